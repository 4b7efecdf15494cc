"""Realistic demo data for `make run`: accounts, meetings and events in English
and Swedish, reports across channels and categories, staff of every role."""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from tillit.appeals.models import PanelMember
from tillit.cases.services.claims import claim_next_case
from tillit.cases.services.decisions import decide_case
from tillit.cases.services.filing import submit_report
from tillit.core.models import Role, StaffProfile
from tillit.directory.services import upsert_account, upsert_event, upsert_meeting
from tillit.intake.services import ReporterIdentity, ReportInput

PASSWORD = "tillit-demo"

STAFF = [
    ("analyst1", "Alva Lind", Role.ANALYST, 1, "sv"),
    ("analyst2", "Ben Okafor", Role.ANALYST, 2, "en"),
    ("analyst3", "Chen Wei", Role.ANALYST, 3, "en"),
    ("panel", "Dagny Holm", Role.APPEALS_PANEL, 4, "sv"),
    ("panel2", "Erik Ström", Role.APPEALS_PANEL, 4, "sv"),
    ("panel3", "Fatima Ali", Role.APPEALS_PANEL, 4, "en"),
    ("policy", "Elif Demir", Role.POLICY, 1, "en"),
    ("legal", "Filip Nyström", Role.LEGAL, 1, "sv"),
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
]

# (channel, category, target type, id, reporter email, language, text)
REPORTS = [
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
    (
        "ai_scan",
        "violent_extremism",
        "event",
        "ev-kurs",
        "",
        "sv",
        "Automatisk skanning: beskrivningen matchar en känd rekryteringstext.",
    ),
]


PANEL = {"panel": "Legal", "panel2": "Engineering", "panel3": "Customer support"}


def demo_logins() -> list[tuple[str, str, str]]:
    staff = [
        (u, PASSWORD, f"{role.label}, tier {tier}") for u, _n, role, tier, _l in STAFF
    ]
    return [*staff, ("anna", PASSWORD, "portal user (account owner, Familjen Berg)")]


def database_is_empty() -> bool:
    return not get_user_model().objects.exists()


def seed_demo() -> list[tuple[str, str, str]]:
    """Fill an empty database with the demo and return its logins."""
    now = timezone.now()
    with transaction.atomic():
        _create_staff()
        _create_panel()
    accounts = _sync_accounts()
    _sync_meetings(accounts, now=now)
    _sync_events(accounts, now=now)
    _file_reports()
    _decide_one_case()
    return demo_logins()


def _create_staff() -> None:
    """Staff of every role, and anna, a portal user who owns an account."""
    User = get_user_model()
    for username, name, role, tier, language in STAFF:
        first, last = name.split(" ", 1)
        user = User.objects.create_user(
            username,
            f"{username}@tillit.example",
            PASSWORD,
            first_name=first,
            last_name=last,
        )
        user.is_staff = role == Role.ADMIN
        user.is_superuser = role == Role.ADMIN
        user.save(update_fields=["is_staff", "is_superuser"])
        StaffProfile.objects.create(user=user, role=role, tier=tier, language=language)
    User.objects.create_user("anna", "anna@familjenberg.se", PASSWORD)


def _create_panel() -> None:
    """The appeals panel's members, each in a term that runs today."""
    User = get_user_model()
    today = timezone.localdate()
    for username, department in PANEL.items():
        PanelMember.objects.create(
            user=User.objects.get(username=username),
            department=department,
            tenure_years=3,
            experience=PanelMember.Experience.EXPERIENCED,
            term_start=today - timedelta(days=30),
            term_end=today + timedelta(days=335),
        )


def _sync_accounts() -> dict:
    """The platform's accounts, as the platform would sync them; by id."""
    accounts = {}
    for pk, name, owner, admins, language, plan in ACCOUNTS:
        accounts[pk], _ = upsert_account(
            account_id=pk,
            name=name,
            owner_email=owner,
            admin_emails=admins,
            language=language,
            plan=plan,
            source="demo",
        )
    return accounts


def _sync_meetings(accounts: dict, *, now) -> None:
    for pk, acc, host, topic, hours, minutes, context, public in MEETINGS:
        upsert_meeting(
            meeting_id=pk,
            account=accounts[acc],
            host_email=host,
            topic=topic,
            starts_at=now + timedelta(hours=hours),
            duration_minutes=minutes,
            context=context,
            is_public=public,
            source="demo",
        )


def _sync_events(accounts: dict, *, now) -> None:
    for pk, acc, title, description, hours, ticket in EVENTS:
        upsert_event(
            event_id=pk,
            account=accounts[acc],
            title=title,
            description=description,
            starts_at=now + timedelta(hours=hours),
            ticket_type=ticket,
            source="demo",
        )


def _file_reports() -> None:
    for channel, category, ttype, tid, email, language, text in REPORTS:
        submit_report(
            data=ReportInput(
                channel=channel,
                category=category,
                description=text,
                target_type=ttype,
                target_id=tid,
                reporter=ReporterIdentity(email=email),
                language=language,
                detection_confidence=0.91 if channel == "ai_scan" else None,
            ),
            source=f"demo:{channel}",
        )


def _decide_one_case() -> None:
    """One decided case, so the register, statements of reasons and appeals show."""
    analyst = get_user_model().objects.get(username="analyst2")
    case = claim_next_case(reviewer=analyst, tier=1)
    if case is not None:
        decide_case(
            case_id=case.pk,
            reviewer=analyst,
            outcome="violation",
            standard=case.standard_id,
            actions=["warning"],
            rationale="Demo: a first warning after reports from several participants.",
        )
