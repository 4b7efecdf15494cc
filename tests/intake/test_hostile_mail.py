"""Hostile mail to the trust mailbox (#10): `tillit intake email` answers what
it can read, repairs what it must, and refuses only what it cannot read, with
a line on standard error and exit 1; never a traceback."""

import io
from io import StringIO
from urllib.parse import parse_qs, urlparse

import pytest
from django.core.management import CommandError, call_command
from hypothesis import example, given, settings
from hypothesis import strategies as st

from tillit.core.models import AuditEvent
from tillit.intake.email_intake import (
    MAX_HTML_CHARS,
    parse_message,
    read_prefill_token,
)

HEADERS = "To: trust@tillit.example\r\nMIME-Version: 1.0\r\n"


def _raw(*, sender="Maria <maria@example.se>", subject="Hej", body: str) -> bytes:
    return f"From: {sender}\r\nSubject: {subject}\r\n{HEADERS}{body}".encode()


def _nested(depth: int) -> bytes:
    opening = "".join(
        f'Content-Type: multipart/mixed; boundary="b{i}"\r\n\r\n--b{i}\r\n'
        for i in range(depth)
    )
    closing = "".join(f"--b{i}--\r\n" for i in reversed(range(depth)))
    return _raw(
        subject="Nested",
        body=f"{opening}Content-Type: text/plain\r\n\r\nhello\r\n{closing}",
    )


def _intake(monkeypatch, raw: bytes) -> tuple[str, str]:
    monkeypatch.setattr("sys.stdin", type("S", (), {"buffer": io.BytesIO(raw)}))
    out, err = StringIO(), StringIO()
    call_command("intake", "email", stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def _prefilled(mail) -> dict:
    link = next(w for w in mail.body.split() if "/report/?t=" in w)
    return read_prefill_token(parse_qs(urlparse(link).query)["t"][0])


@pytest.mark.django_db
def test_a_body_in_an_unknown_charset_is_read_with_replacement(monkeypatch, deliver):
    raw = _raw(body="Content-Type: text/plain; charset=x-klingon\r\n\r\n")
    raw += "Meeting ID: 812 3456 7890. Hälsningar\r\n".encode("latin-1")
    out, err = _intake(monkeypatch, raw)
    assert '"target_id": "81234567890"' in out and '"answered": true' in out
    assert "charset 'x-klingon' is unknown" in err
    [answer] = deliver()
    assert answer.to == ["maria@example.se"]
    assert "H\ufffdlsningar" in _prefilled(answer)["description"]


@pytest.mark.django_db
@pytest.mark.parametrize("depth", [40, 3000])
def test_deeply_nested_multipart_is_answered_from_its_headers(
    monkeypatch, deliver, depth
):
    """40 levels is past the cap; 3,000 is past the parser's own recursion."""
    out, err = _intake(monkeypatch, _nested(depth))
    assert '"answered": true' in out
    assert "nests more than 16 multipart levels" in err
    [answer] = deliver()
    assert answer.to == ["maria@example.se"]
    assert answer.subject == "Re: Nested"


@pytest.mark.django_db
def test_a_few_levels_of_multipart_are_read_as_before(monkeypatch, deliver):
    out, err = _intake(monkeypatch, _nested(5))
    assert '"answered": true' in out and err == ""
    assert _prefilled(deliver()[0])["description"] == "Nested\n\nhello"


@pytest.mark.django_db
def test_line_breaks_in_the_sender_name_and_subject_inject_no_header(
    monkeypatch, deliver
):
    crlf = "=?utf-8?q?Maria=0D=0ABcc=3A_victim=40example=2Ecom?="
    raw = _raw(
        sender=f"{crlf} <maria@example.se>",
        subject=crlf,
        body="Content-Type: text/plain\r\n\r\nHej\r\n",
    )
    out, _err = _intake(monkeypatch, raw)
    assert '"answered": true' in out
    [answer] = deliver()
    assert answer.to == ["maria@example.se"] and answer.bcc == []
    assert answer.subject == "Re: Maria Bcc: victim@example.com"
    message = answer.message()
    assert message["Bcc"] is None
    assert "Maria Bcc: victim@example.com" in answer.body
    assert _prefilled(answer)["name"] == "Maria Bcc: victim@example.com"


@pytest.mark.django_db
def test_nul_bytes_in_the_subject_name_and_body_are_dropped(monkeypatch, deliver):
    """PostgreSQL cannot store a NUL: the answer, its outbox row and the audit
    event are written all the same."""
    raw = _raw(
        sender="=?utf-8?q?Ma=00ria?= <maria@example.se>",
        subject="Hej\x00d\xe5",
        body="Content-Type: text/plain\r\n\r\nMeeting\x00 ID: 812 3456 7890\r\n",
    )
    out, _err = _intake(monkeypatch, raw)
    assert '"answered": true' in out
    [answer] = deliver()
    assert answer.subject == "Re: Hejdå"
    prefilled = _prefilled(answer)
    assert prefilled["name"] == "Maria"
    assert "\x00" not in prefilled["description"]
    assert AuditEvent.objects.filter(verb="intake.email_answered").count() == 1


@pytest.mark.django_db
def test_a_message_over_the_limit_is_refused_unread(monkeypatch, deliver):
    monkeypatch.setattr(
        "tillit.intake.management.commands.intake.MAX_MESSAGE_BYTES", 1000
    )
    raw = _raw(body="Content-Type: text/plain\r\n\r\n" + "x" * 2000 + "\r\n")
    with pytest.raises(CommandError, match="larger than"):
        _intake(monkeypatch, raw)
    assert deliver() == []
    assert not AuditEvent.objects.filter(verb__startswith="intake.email").exists()


SEEDS = [
    _raw(body="Content-Type: text/plain; charset=x-klingon\r\n\r\nhello\r\n"),
    _raw(
        sender="=?utf-8?q?Maria=0D=0ABcc=3A_victim=40example=2Ecom?= <m@example.se>",
        body="Content-Type: text/plain\r\n\r\nhello\r\n",
    ),
    _nested(3),
]
TOKENS = [b"\r\n", b"=?", b"?=", b"=?utf-8?q?", b"\x00", b"\xff", b";", b'"']
TOKENS += [b"charset=", b"boundary=", b"<", b">", b"(", b")", b":", b"@", b","]
TOKENS += [b"Content-Type: ", b"Content-Disposition: attachment", b"*0*=", b"''"]


@settings(max_examples=200, deadline=None, derandomize=True)
@given(
    seed=st.sampled_from(SEEDS),
    edits=st.lists(
        st.tuples(st.integers(0, 300), st.integers(0, 4), st.sampled_from(TOKENS)),
        max_size=6,
    ),
)
@example(seed=b"From: )se,.\r\nContent-Type: t<ext/plain\r\n\r\nhello\r\n", edits=[])
@example(seed=b"From: =?u?=tf-8?q?M=0D=0A=2=: <m@example.;se>\r\n\r\nhi\r\n", edits=[])
@example(seed=b"From: =?ut\xfff-8?q?Maria?= <maria@example.se>\r\n\r\nhi\r\n", edits=[])
@example(
    seed=b"From: m@example.se\r\nContent-Type: text/plain; charset*=\x00x''u\r\n\r\nhi",
    edits=[],
)
def test_any_mangled_message_is_read_without_an_exception(seed, edits):
    """Python's mail parser trips over some malformed headers (IndexError,
    AttributeError, CharsetError): such a header is read as written."""
    raw = bytearray(seed)
    for position, deleted, token in edits:
        raw[position : position + deleted] = token
    parsed = parse_message(bytes(raw))
    assert "\x00" not in parsed["name"] + parsed["subject"] + parsed["text"]
    assert "\n" not in parsed["name"] + parsed["subject"]


HTML_MAIL = (
    "Content-Type: text/html; charset=utf-8\r\n\r\n"
    "<html><head><title>x</title><style>p { color: red; }</style></head>"
    "<body><script>track()</script><p>Someone took over our class&nbsp;&amp; "
    "shouted slurs.</p><p>Join link: <a href='https://zoom.us/j/81234567890'>"
    "here</a></p></body></html>\r\n"
)


@pytest.mark.django_db
def test_an_html_only_mail_prefills_its_text_not_its_markup(monkeypatch, deliver):
    """The form gets what the sender wrote: no style sheet, script or
    entities, and the meeting is found behind the link's words."""
    out, _err = _intake(monkeypatch, _raw(body=HTML_MAIL))
    assert '"target_id": "81234567890"' in out
    [answer] = deliver()
    description = _prefilled(answer)["description"]
    assert "Someone took over our class & shouted slurs." in description
    assert "https://zoom.us/j/81234567890" in description
    for markup in ("color: red", "track()", "<p>", "&nbsp;", "&amp;"):
        assert markup not in description


def test_an_html_body_over_the_limit_is_read_from_its_beginning():
    body = "<p>Meeting ID: 812 3456 7890</p>" + "<p>more</p>" * MAX_HTML_CHARS
    parsed = parse_message(_raw(body=f"Content-Type: text/html\r\n\r\n{body}"))
    assert parsed["target_id"] == "81234567890"
    assert len(parsed["text"]) < MAX_HTML_CHARS
    assert parsed["notes"] == [
        f"the HTML body is longer than {MAX_HTML_CHARS:,} characters: "
        "read its beginning"
    ]
