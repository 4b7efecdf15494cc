"""The demo's people, accounts, meetings, events and reports (data only)."""

from tillit.core.models import Role

STAFF = [
    ("analyst1", "Alva Lind", Role.ANALYST, 1, "sv"),
    ("analyst2", "Ben Okafor", Role.ANALYST, 2, "en"),
    ("analyst3", "Chen Wei", Role.ANALYST, 3, "en"),
    ("panel", "Dagny Holm", Role.APPEALS_PANEL, 4, "sv"),
    ("panel2", "Erik Ström", Role.APPEALS_PANEL, 4, "sv"),
    ("panel3", "Fatima Ali", Role.APPEALS_PANEL, 4, "en"),
    ("policy", "Elif Demir", Role.POLICY, 1, "en"),
    ("legal", "Filip Nyström", Role.LEGAL, 1, "sv"),
    # The legal desk's second reviewer (the two-person rule, #15).
    ("legal2", "Hanna Sjöberg", Role.LEGAL, 1, "en"),
    ("admin", "Greta Admin", Role.ADMIN, 4, "en"),
]

ACCOUNTS = [
    (
        "acc-lund",
        "Lunds Folkhögskola",
        "rektor@lundsfhsk.se",
        ["it@lundsfhsk.se"],
        "sv",
        "paid",
    ),
    (
        "acc-acme",
        "Acme Events Ltd",
        "owner@acme-events.com",
        ["ops@acme-events.com"],
        "en",
        "paid",
    ),
    ("acc-berg", "Familjen Berg", "anna@familjenberg.se", [], "sv", "free"),
    ("acc-north", "Northwind Consulting", "cfo@northwind.example", [], "en", "free"),
]

# (id, account, host, topic, starts in hours, minutes, context, public)
MEETINGS = [
    (
        "81234567890",
        "acc-lund",
        "larare@lundsfhsk.se",
        "Svenska 2 – distansgrupp",
        -0.5,
        90,
        "academic_course",
        False,
    ),
    (
        "81234567891",
        "acc-lund",
        "larare@lundsfhsk.se",
        "Matematik 1b",
        2,
        60,
        "academic_course",
        False,
    ),
    (
        "92345678901",
        "acc-acme",
        "host@acme-events.com",
        "Product launch live Q&A",
        0.5,
        120,
        "public_event",
        True,
    ),
    (
        "92345678902",
        "acc-acme",
        "host@acme-events.com",
        "Partner webinar",
        24 * 7,
        60,
        "work",
        False,
    ),
    (
        "73456789012",
        "acc-berg",
        "anna@familjenberg.se",
        "Mormors 80-årsdag",
        30,
        180,
        "family",
        False,
    ),
    (
        "73456789013",
        "acc-berg",
        "anna@familjenberg.se",
        "Släktträff planering",
        -48,
        45,
        "family",
        False,
    ),
    (
        "64567890123",
        "acc-north",
        "cfo@northwind.example",
        "Quarterly review",
        5,
        60,
        "work",
        False,
    ),
    (
        "645678901",
        "acc-north",
        "cfo@northwind.example",
        "One-to-one with candidate",
        -3,
        30,
        "one_to_one",
        False,
    ),
]

EVENTS = [
    (
        "ev-crypto",
        "acc-north",
        "Free crypto masterclass",
        "Double your savings in one evening. Free tickets!",
        6,
        "free",
    ),
    (
        "ev-pride",
        "acc-acme",
        "Pride Week opening talk",
        "An open talk with community speakers.",
        72,
        "free",
    ),
    (
        "ev-kurs",
        "acc-lund",
        "Öppen föreläsning: Klimat och samhälle",
        "Välkommen till en öppen föreläsning.",
        48,
        "paid",
    ),
    # The event scanner flags this one when the demo is seeded (#14): its
    # ai_scan case is the scanner's own, not a made-up report.
    (
        "ev-leverans",
        "acc-north",
        "Kokain, MDMA och gräs levererat till dörren",
        "Toppkvalitet på vita och piller, diskret leverans inom 30 min. "
        "Skriv på Snapchat för meny, bara kontanter, inga frågor.",
        3,
        "free",
    ),
]

# (channel, category, target type, id, reporter email, language, text)
REPORTS = [
    (
        "event_page",
        "violent_extremism",
        "event",
        "ev-pride",
        "moderator@acme-events.com",
        "en",
        "Attendees in the event chat are recruiting for an armed group and "
        "posting its channel; they say they will come to the venue next week.",
    ),
    (
        "in_meeting",
        "disruption",
        "meeting",
        "81234567890",
        "elev1@student.lundsfhsk.se",
        "sv",
        "Någon som kallar sig 'Teacher' delar skärmen med porr och skriker i mikrofonen.",
    ),
    (
        "in_meeting",
        "sexual",
        "meeting",
        "81234567890",
        "elev2@student.lundsfhsk.se",
        "sv",
        "Explicit bild delades i chatten under lektionen.",
    ),
    (
        "web_form",
        "harassment",
        "meeting",
        "81234567891",
        "",
        "sv",
        "Länken till lektionen lades ut på ett forum med 'kom och stör'.",
    ),
    (
        "event_page",
        "fraud",
        "event",
        "ev-crypto",
        "worried@example.org",
        "en",
        "This 'masterclass' asks attendees to send money to a wallet to 'unlock' the next session.",
    ),
    (
        "web_form",
        "fraud",
        "event",
        "ev-crypto",
        "victim@example.net",
        "en",
        "I lost 300 EUR after this event's host DM'd me.",
    ),
    (
        "in_meeting",
        "hate",
        "meeting",
        "92345678901",
        "attendee@acme-fan.com",
        "en",
        "A participant keeps posting slurs in the Q&A.",
    ),
    (
        "portal",
        "privacy",
        "meeting",
        "73456789013",
        "anna@familjenberg.se",
        "sv",
        "En kusin spelade in mötet och lade ut det publikt utan att fråga.",
    ),
    (
        "web_form",
        "impersonation",
        "account",
        "acc-north",
        "real.cfo@northwind.example",
        "en",
        "Someone set up meetings pretending to be our CFO.",
    ),
    (
        "email",
        "other",
        "meeting",
        "64567890123",
        "someone@example.com",
        "en",
        "Forwarded from the trust mailbox: suspicious invitation.",
    ),
    (
        "web_form",
        "self_harm",
        "meeting",
        "645678901",
        "friend@example.org",
        "en",
        "The other person said they would hurt themselves after the call.",
    ),
    (
        "event_page",
        "hate",
        "event",
        "ev-pride",
        "ally@example.org",
        "en",
        "People are organising on a forum to flood this event with hateful chat.",
    ),
    (
        "web_form",
        "intellectual_property",
        "meeting",
        "92345678902",
        "rights@studio.example",
        "en",
        "The webinar plans to stream our film without a licence.",
    ),
]


PANEL = {"panel": "Legal", "panel2": "Engineering", "panel3": "Customer support"}

# The legal desk (#15): a verified agency, its officer's sign-in and one request.
AGENCY = ("Polismyndigheten", "SE", ["polisen.se"])
OFFICER = "utredare@polisen.se"
LEGAL_REQUEST = {
    "country": "SE",
    "kind": "court_order",
    "legal_basis": "Rättegångsbalken 27 kap. 19 §; Stockholms tingsrätt B 4711-26",
    "targets": [{"type": "account", "id": "acc-lund"}],
    "data_requested": ["subscriber_info", "reports"],
    "due_in_days": 10,
}
