"""Meeting references in public text: each provider, each disguise, and the
numbers that are not meetings."""

import json
from io import StringIO

import pytest
from django.core.management import call_command

from tillit.detection.links import MeetingRef, extract
from tillit.detection.risk import assess


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "join us https://us02web.zoom.us/j/81234567890?pwd=abc123 now",
            [MeetingRef("zoom", "81234567890", "abc123")],
        ),
        ("https://zoom.us/w/812345678", [MeetingRef("zoom", "812345678")]),
        (
            "host link lol https://acme.zoom.us/s/81234567890?zak=xyz",
            [MeetingRef("zoom", "81234567890", None, True)],
        ),
        ("my room https://zoom.us/my/prof.berg", [MeetingRef("zoom", "prof.berg")]),
        (
            "zoommtg://zoom.us/join?action=join&confno=81234567890&pwd=9911",
            [MeetingRef("zoom", "81234567890", "9911")],
        ),
        (
            "One tap mobile +46850539728,,81234567890#,,,,*482193# Sweden",
            [MeetingRef("zoom", "81234567890", "482193")],
        ),
        (
            "Meeting ID: 812 3456 7890\nPasscode: Kx7pQ2",
            [MeetingRef("zoom", "81234567890", "Kx7pQ2")],
        ),
        (
            "Mötes-ID: 812-3456-7890 lösenkod: 123987",
            [MeetingRef("zoom", "81234567890", "123987")],
        ),
        (
            "https://meet.google.com/abc-defg-hij",
            [MeetingRef("google_meet", "abc-defg-hij")],
        ),
        (
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjY4%40thread.v2/0?context=x",
            [MeetingRef("teams", "19:meeting_NjY4@thread.v2")],
        ),
        (
            "https://teams.live.com/meet/9876543210987?p=Ab12",
            [MeetingRef("teams", "9876543210987", "Ab12")],
        ),
        (
            "Microsoft Teams meeting\nMeeting ID: 345 678 901 234\nPasscode: q7Wz3x",
            [MeetingRef("teams", "345678901234", "q7Wz3x")],
        ),
        ("https://meet.jit.si/Mattelektion9B", [MeetingRef("jitsi", "mattelektion9b")]),
        ("https://8x8.vc/acme/standup", [MeetingRef("jitsi", "acme/standup")]),
        ("https://acme.webex.com/meet/jsmith", [MeetingRef("webex", "acme/jsmith")]),
        (
            "https://nam12.safelinks.protection.outlook.com/?url=https%3A%2F%2Fzoom.us%2Fj%2F81234567890&data=x",
            [MeetingRef("zoom", "81234567890")],
        ),
        (
            "https://www.google.com/url?q=https://meet.google.com/xyz-abcd-efg&sa=D",
            [MeetingRef("google_meet", "xyz-abcd-efg")],
        ),
    ],
)
def test_references_are_found_and_normalised(text, expected):
    assert extract(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Call me on +46 70 123 45 67 or 08-123 456 78",
        "Order #812345678901 shipped today",
        "ISBN 978-91-29-68765-4 is a great read",
        "New zoom lens 24-70mm f/2.8 for sale, 81234567890 SEK",
        "The recording of yesterday's webinar is on our website",
        "Register for our webinar at https://events.example.com/register",
        "Meeting ID: 1234",  # too short for a meeting
        "",
    ],
)
def test_numbers_that_are_not_meetings_are_left_alone(text):
    assert extract(text) == []


def test_risk_names_its_signals_and_levels():
    raid = assess(
        text="raid my class at 10, rename yourself to a real student",
        passcode_exposed=True,
        host_start=False,
    )
    assert raid.level == "high"
    assert raid.signals[:3] == ("call_to_disrupt", "insider_hint", "passcode_exposed")
    assert "intent: classic: raid" in raid.signals  # why the model called it
    calm = assess(text="Book club tonight", passcode_exposed=False, host_start=False)
    assert (calm.level, calm.score, calm.signals) == ("low", 0.0, ())
    swedish = assess(
        text="kom och stör lektionen!", passcode_exposed=False, host_start=True
    )
    assert swedish.signals[:2] == ("call_to_disrupt", "host_link_leaked")
    assert swedish.level == "high"
    alone = assess(
        text="kom och stör!",
        passcode_exposed=False,
        host_start=False,
        has_reference=False,
    )
    assert alone.level == "medium"


def test_scan_command_prints_one_line_per_reference_and_skips_bad_input(
    monkeypatch, capsys
):
    lines = [
        json.dumps(
            {"id": "p1", "text": "raid this https://zoom.us/j/81234567890?pwd=x1y2z3"}
        ),
        "this is not json",
        json.dumps({"id": "p2"}),
        json.dumps({"id": "p3", "text": "x" * 1_000_001}),
        json.dumps(
            {"id": "p4", "text": "https://zoom.us/j/81234567890", "provider": "skype"}
        ),
        json.dumps({"id": "p5", "text": "again https://zoom.us/j/81234567890"}),
        json.dumps({"id": "p6", "text": "no links here"}),
    ]
    monkeypatch.setattr("sys.stdin", StringIO("\n".join(lines) + "\n"))
    out, err = StringIO(), StringIO()
    call_command("notifier", "scan", "-", stdout=out, stderr=err)
    findings = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [f["post_id"] for f in findings] == ["p1", "p5"]
    first = findings[0]
    assert first == {
        "post_id": "p1",
        "provider": "zoom",
        "meeting_id": "81234567890",
        "passcode_exposed": True,
        "risk": first["risk"],
        "level": first["level"],
        "signals": ["call_to_disrupt", "passcode_exposed", "intent: classic: raid"],
    }
    assert "posted_repeatedly" in findings[1]["signals"]
    summary = err.getvalue()
    assert "scanned 3 posts, found 2 meeting references" in summary
    for reason in ("not_json 1", "no_text 1", "too_large 1", "unknown_provider 1"):
        assert reason in summary


def test_the_evaluation_set_is_large_labelled_and_mostly_right():
    from pathlib import Path

    lines = (
        (Path(__file__).parent.parent / "data" / "at_risk_posts.jsonl")
        .read_text(encoding="utf-8")
        .splitlines()
    )
    posts = [json.loads(line) for line in lines]
    assert len(posts) >= 200
    assert {p["lang"] for p in posts} == {"en", "sv"}
    assert sum(1 for p in posts if not p["refs"]) >= 60  # hard negatives
    wrong = [
        p["id"]
        for p in posts
        if {(r.provider, r.meeting_id) for r in extract(p["text"])}
        != {(r["provider"], r["meeting_id"]) for r in p["refs"]}
    ]
    assert len(wrong) <= len(posts) * 0.03, wrong


def _eval_texts() -> list[str]:
    from pathlib import Path

    path = Path(__file__).parent.parent / "data" / "at_risk_posts.jsonl"
    return [
        json.loads(line)["text"]
        for line in path.read_text(encoding="utf-8").splitlines()
    ]


def test_the_cheap_check_never_rules_out_a_post_the_trigger_pattern_matches():
    from tillit.detection.links import TRIGGER, _may_mention_meeting

    texts = _eval_texts()
    texts += [t.upper() for t in texts] + [t.swapcase() for t in texts]
    texts += [
        t.replace("i", "ı").replace("s", "ſ") for t in texts
    ]  # match i and s case-insensitively without lowercasing to them
    texts += ["MEETİNG ID: 812 3456 7890", "+46850539728,,81234567890#", "CONFNO"]
    matched = [t for t in texts if TRIGGER.search(t)]
    assert len(matched) > 400
    assert all(_may_mention_meeting(t) for t in matched)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "JOIN HTTPS://US02WEB.ZOOM.US/J/81234567890",
            [MeetingRef("zoom", "81234567890")],
        ),
        ("MEETİNG ID: 812 3456 7890", [MeetingRef("zoom", "81234567890")]),
        (
            "meetıng id 812 3456 7890 pwd abcd",
            [MeetingRef("zoom", "81234567890", "abcd")],
        ),
        ("MÖTES-ID: 812-3456-7890", [MeetingRef("zoom", "81234567890")]),
    ],
)
def test_case_and_unusual_letters_do_not_hide_a_meeting(text, expected):
    assert extract(text) == expected


# Issue #13: as people type them. Each family beside posts that look like it
# and name no meeting.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Links without a scheme, all five providers.
        ("zoom.us/j/81234567890 kom in", [MeetingRef("zoom", "81234567890")]),
        (
            "us02web.zoom.us/j/8123456789?pwd=Qx12 nu",
            [MeetingRef("zoom", "8123456789", "Qx12")],
        ),
        ("meet.google.com/abc-defg-hij", [MeetingRef("google_meet", "abc-defg-hij")]),
        ("kör här: meet.jit.si/FysikHjalp79", [MeetingRef("jitsi", "fysikhjalp79")]),
        (
            "teams.live.com/meet/9214683109966?p=Ps5q2XTD",
            [MeetingRef("teams", "9214683109966", "Ps5q2XTD")],
        ),
        ("skolan.webex.com/meet/eva.lind", [MeetingRef("webex", "skolan/eva.lind")]),
        # Numbers without "Meeting ID", with the passcode next to them.
        ("zoom 845 1203 9976", [MeetingRef("zoom", "84512039976")]),
        ("id 84512039976 pass 77aa12", [MeetingRef("zoom", "84512039976", "77aa12")]),
        (
            "ID 845 1203 9976 kod: ngbVyM",
            [MeetingRef("zoom", "84512039976", "ngbVyM")],
        ),
        (
            "zoom: 913-4193-5272 lösen 725616",
            [MeetingRef("zoom", "91341935272", "725616")],
        ),
        ("id: 8012619918 pw Skhcvu", [MeetingRef("zoom", "8012619918", "Skhcvu")]),
        # Look-alikes, spacing, full-width digits, invisible characters.
        ("Z00M 931 0858 5057", [MeetingRef("zoom", "93108585057")]),
        ("zo0m 905 2203 3443 pw 443980", [MeetingRef("zoom", "90522033443", "443980")]),
        ("zoom . us / j / 98236311859", [MeetingRef("zoom", "98236311859")]),
        ("zoom 9 3 2 7 8 0 0 9 9 7 ikväll", [MeetingRef("zoom", "9327800997")]),
        ("zoom.us/j/９８５７３１３９７２", [MeetingRef("zoom", "9857313972")]),
        (
            "zo\u200bom.us/j/8641406394 kod 940657",
            [MeetingRef("zoom", "8641406394", "940657")],
        ),
        ("https://zoom\u200b.us/j/98861749797", [MeetingRef("zoom", "98861749797")]),
    ],
)
def test_references_as_people_type_them(text, expected):
    assert extract(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Beside the bare numbers: a customer's, an order's, a phone's id.
        "Customer ID 8123456789 please",
        "Kundnummer 8123456789, order id 812345678",
        "ring mig på 070-123 45 67 eller +46 70 123 45 67",
        "ISBN 978-91-29-68765-4 och ordernummer 81234599887",
        "priset är 1 299 kr, mötet är 2026-04-01",
        "Registration ID 812345678 for the webinar",
        # Beside the look-alikes and the links without a scheme.
        "zoom in on the photo, z00m lens 100-400 for sale",
        "example.com/j/81234567890 is not a meeting",
        "mailto:zoom.us/j is not a link, nor is notzoom.us/j/81234567890",
        # "pass" and "code" in a sentence are no passcode, and name no meeting.
        "Kom och pass the ball, code review at 10",
    ],
)
def test_numbers_and_words_that_are_not_meetings(text):
    assert extract(text) == []


def test_a_teams_meeting_id_is_not_read_as_a_zoom_number():
    text = "Microsoft Teams meeting\nMeeting ID: 345 678 901 234\nPasscode: q7Wz3x"
    assert extract(text) == [MeetingRef("teams", "345678901234", "q7Wz3x")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Zoom's own groups, a Swedish "zoom-möte", the id after "zoom id".
        ("zoommöte 845 1203 9976", [MeetingRef("zoom", "84512039976")]),
        (
            "Zoom-möte: 845 1203 9976 lösenord: abc123",
            [MeetingRef("zoom", "84512039976", "abc123")],
        ),
        ("Zoom ID 845-120-3997 ikväll", [MeetingRef("zoom", "8451203997")]),
        ("zoom 845 120 399 at 9", [MeetingRef("zoom", "845120399")]),
        (
            "lektionen på zoom, id 84512039976 / pass 1234",
            [MeetingRef("zoom", "84512039976", "1234")],
        ),
        (
            "class is on zoom id 845 1203 9976 code hej123",
            [MeetingRef("zoom", "84512039976", "hej123")],
        ),
        # Every provider's link typed with spaces around dots and slashes.
        (
            "meet . google . com / abc-defg-hij",
            [MeetingRef("google_meet", "abc-defg-hij")],
        ),
        ("meet.jit.si / MattePass", [MeetingRef("jitsi", "mattepass")]),
        (
            "teams . live . com / meet / 9876543210987",
            [MeetingRef("teams", "9876543210987")],
        ),
        ("zoom . us/ j/ 84512039976", [MeetingRef("zoom", "84512039976")]),
        ("zoom.us/ j/ 84512039976 kom", [MeetingRef("zoom", "84512039976")]),
        (
            "acme . webex . com / meet / jsmith",
            [MeetingRef("webex", "acme/jsmith")],
        ),
        # Look-alike letters: Cyrillic о, full-width letters and digits.
        ("zооm.us/j/84512039976", [MeetingRef("zoom", "84512039976")]),
        (
            "ｚｏｏｍ．ｕｓ／ｊ／８４５１２０３９９７６",
            [MeetingRef("zoom", "84512039976")],
        ),
        (
            "ＺＯＯＭ ８４５ １２０３ ９９７６ ｋｏｄ ４４１１",
            [MeetingRef("zoom", "84512039976", "4411")],
        ),
        (
            "teams.microsoft.com/l/meetup-join/19%3ameeting_X%40thread.v2/0",
            [MeetingRef("teams", "19:meeting_X@thread.v2")],
        ),
        ("z0om.us/j/84512039976", [MeetingRef("zoom", "84512039976")]),
        ("zoom ٨٤٥١٢٠٣٩٩٧٦", [MeetingRef("zoom", "84512039976")]),
        # A link after another, with a space after the first one's slash.
        (
            "see https://example.com/ zoom.us/j/84512039976",
            [MeetingRef("zoom", "84512039976")],
        ),
    ],
)
def test_more_references_as_people_type_them(text, expected):
    assert extract(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Dates, phone numbers and prices beside "zoom": none is a meeting.
        "zoom 2024-05-12 10:00",
        "zoommöte 2026-04-01 kl 10 30",
        "zoom meeting tomorrow, call me 070 123 45 67",
        "zoom: +46 70 123 45 67",
        "zoom call (555) 123-4567",
        "zoom-möte, ring 08-123 456 78 om det strular",
        "zoom price 1 299 kr",
        "zoom lens 24-70mm 84512039976 kr",
        "ISBN 978-0-306-40615-7 zoom",
        "webinar registration id 845 1203 9976",
        "Registrerings-ID 845 1203 9976 för webbinariet",
        "order id 845 1203 9976 zoom lens",
        # Spacing that is a sentence, not a link; words that are not providers.
        "I hate zoom. Us students want real classes / lessons",
        "we meet . at the station / 10 am",
        "teams . we won 3 / 1",
        "zoom in on the photo, z00m out again",
        # Cyrillic text that names no provider is left as it is.
        "Встреча в школе завтра, приходите",
    ],
)
def test_more_numbers_and_words_that_are_not_meetings(text):
    assert extract(text) == []
