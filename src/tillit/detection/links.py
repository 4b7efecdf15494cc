"""Find meeting references in public text (S26). Pure and fast: no Django.

A post is first checked for a few lowercase words, then against one trigger
pattern; only the few posts that mention a meeting provider or a meeting id go
through the full patterns.
Numbers count as meeting ids only in a meeting context (a link, "Meeting ID",
a one-tap dial string), never alone: phone numbers, order numbers and ISBNs
are not meetings.

Every pattern here runs in time linear in the text, however hostile (issue
#10): a pattern that searches the whole text never has two quantifiers that can
share the same characters, and each attempt starts at a literal word or at the
start of a run of characters and covers a bounded stretch; the URL patterns
only see one URL at a time, and only its first MAX_URL characters.
tests/detection/test_hostile_text.py holds them to it.
"""

import re
from dataclasses import dataclass
from urllib.parse import parse_qs, unquote, urlsplit

ZOOM, MEET, TEAMS, JITSI, WEBEX = "zoom", "google_meet", "teams", "jitsi", "webex"
PROVIDERS = (ZOOM, MEET, TEAMS, JITSI, WEBEX)


@dataclass(frozen=True, slots=True)
class MeetingRef:
    provider: str
    meeting_id: str
    passcode: str | None = None
    host_start: bool = False


TRIGGER = re.compile(
    r"zoom|meet\.|teams\.|jit\.si|8x8\.vc|webex|safelinks|google\.[a-z.]{1,63}/url|"
    r"meeting\s*id|m[öo]tes-?id|confno|,,\d{9,11}#",
    re.IGNORECASE,
)
# TRIGGER is exact but slow: a case-insensitive alternation is tried at every
# position of the text. Every match of it contains one of these words once the
# text is lowercased, so most posts are ruled out by a few substring searches.
# Three characters match an ASCII letter case-insensitively without lowercasing
# to it (İ and ı match i, ſ matches s); a post with one of them goes straight to
# TRIGGER.
TRIGGER_WORDS = (
    "zoom",
    "meet.",
    "meeting",
    "teams.",
    "jit.si",
    "8x8.vc",
    "webex",
    "safelinks",
    "google.",
    "tesid",
    "tes-id",
    "confno",
    ",,",
)
UNLOWERED = re.compile("[İıſ]")
# A meeting link, even wrapped by SafeLinks, is a few hundred characters: only
# the first MAX_URL characters of a longer one are read.
MAX_URL = 4096
URL = re.compile(rf"(?:https?|zoommtg)://[^\s<>\"')\]]{{1,{MAX_URL}}}", re.IGNORECASE)
ZOOM_URL = re.compile(
    r"^(?:https?://)?(?:[\w-]+\.)*zoom(?:gov)?\.(?:us|com)/(j|w|s|my|wc/join)/([\w.-]+)",
    re.IGNORECASE,
)
ZOOMMTG = re.compile(r"^zoommtg://[^?]*\?(.*)$", re.IGNORECASE)
MEET_URL = re.compile(
    r"meet\.google\.com/([a-z]{3}-[a-z]{4}-[a-z]{3})\b", re.IGNORECASE
)
TEAMS_JOIN = re.compile(
    r"teams\.microsoft\.com/l/meetup-join/([^/?\s]+)", re.IGNORECASE
)
TEAMS_MEET = re.compile(
    r"teams\.(?:live|microsoft)\.com/meet/(\d{9,15})", re.IGNORECASE
)
JITSI_URL = re.compile(
    r"(?:meet\.jit\.si/([\w-]{3,})|8x8\.vc/([\w-]+/[\w-]{3,}))", re.IGNORECASE
)
# The host label starts where a run of word characters and hyphens starts, and
# is at most 63 characters (a DNS label): a search would otherwise scan each
# long run once from every position in it.
WEBEX_URL = re.compile(
    r"(?<![\w-])([\w-]{1,63})\.webex\.com/(?:meet/([\w.-]+)|[\w-]+/j\.php\?MTID=([\w-]+)|join/([\w.-]+))",
    re.IGNORECASE,
)
# "Meeting ID: 812 3456 7890", "Mötes-ID: 812-3456-7890"
MEETING_ID_TEXT = re.compile(
    r"(?:meeting\s*id|m[öo]tes-?id|m[öo]te-?id)\s*(?:[:#]\s*)?(\d(?:[ \-]?\d){8,13})(?!\d)",
    re.IGNORECASE,
)
PASSCODE_TEXT = re.compile(
    r"(?:pass\s*code|password|l[öo]senkod|l[öo]senord|pwd)\s*(?:[:=]\s*)?([A-Za-z0-9]{4,12})\b",
    re.IGNORECASE,
)
# One-tap mobile: +46850539728,,81234567890#,,,,*123456#
ONE_TAP = re.compile(r"\+\d{6,15},,(\d{9,11})#(?:,,,,\*(\d{4,10})#)?")
# "Meeting ID" written in a post that names Teams (and not Zoom) is a Teams id.
TEAMS_WORD = re.compile("teams", re.IGNORECASE)
ZOOM_WORD = re.compile("zoom", re.IGNORECASE)
NOT_DIGIT = re.compile(r"\D")


def _unwrap(url: str) -> str:
    """Follow Outlook SafeLinks and Google redirects to the real address."""
    for _ in range(3):
        parts = urlsplit(url)
        host = parts.netloc.lower()
        if host.endswith("safelinks.protection.outlook.com"):
            target = parse_qs(parts.query).get("url")
        elif host.startswith(("www.google.", "google.")) and parts.path == "/url":
            query = parse_qs(parts.query)
            target = query.get("q") or query.get("url")
        else:
            return url
        if not target:
            return url
        url = unquote(target[0])
    return url


def _digits(value: str) -> str:
    return NOT_DIGIT.sub("", value)


def _from_url(url: str) -> MeetingRef | None:
    url = _unwrap(url.rstrip(".,;:!?"))
    if m := ZOOM_URL.match(url):
        kind, ident = m.group(1).lower(), m.group(2)
        query = parse_qs(urlsplit(url).query)
        passcode = (query.get("pwd") or [None])[0]
        if kind == "my":
            return MeetingRef(ZOOM, ident.lower(), passcode)
        ident = _digits(ident)
        if 9 <= len(ident) <= 11:
            return MeetingRef(ZOOM, ident, passcode, host_start=kind == "s")
        return None
    if m := ZOOMMTG.match(url):
        query = parse_qs(m.group(1))
        ident = _digits((query.get("confno") or [""])[0])
        if 9 <= len(ident) <= 11:
            return MeetingRef(ZOOM, ident, (query.get("pwd") or [None])[0])
        return None
    if m := MEET_URL.search(url):
        return MeetingRef(MEET, m.group(1).lower())
    if m := TEAMS_JOIN.search(url):
        return MeetingRef(TEAMS, unquote(m.group(1)))
    if m := TEAMS_MEET.search(url):
        query = parse_qs(urlsplit(url).query)
        return MeetingRef(TEAMS, m.group(1), (query.get("p") or [None])[0])
    if m := JITSI_URL.search(url):
        return MeetingRef(JITSI, (m.group(1) or m.group(2)).lower())
    if m := WEBEX_URL.search(url):
        ident = m.group(2) or m.group(3) or m.group(4)
        return MeetingRef(WEBEX, f"{m.group(1).lower()}/{ident}")
    return None


def _may_mention_meeting(text: str) -> bool:
    """False only if TRIGGER cannot match; True is checked against TRIGGER."""
    if not text.isascii() and UNLOWERED.search(text):
        return True
    lowered = text.lower()
    # A plain loop: any() over a generator takes twice as long here.
    for word in TRIGGER_WORDS:  # noqa: SIM110
        if word in lowered:
            return True
    return False


def extract(text: str) -> list[MeetingRef]:
    """Return every meeting reference in the text, once each, in order.

    One frame for the whole post, longer than most: it is the notifier's hot
    path (bench/detection.py), and the provider passes share `found`."""
    if not text or not _may_mention_meeting(text) or not TRIGGER.search(text):
        return []
    found: dict[tuple[str, str], MeetingRef] = {}

    def add(ref: MeetingRef | None) -> None:
        if ref is None:
            return
        key = (ref.provider, ref.meeting_id)
        old = found.get(key)
        if old is None:
            found[key] = ref
        elif ref.passcode and not old.passcode or ref.host_start and not old.host_start:
            found[key] = MeetingRef(
                ref.provider,
                ref.meeting_id,
                old.passcode or ref.passcode,
                old.host_start or ref.host_start,
            )

    # URL and ONE_TAP need "://" and ",," in the text: skip them when absent.
    if "://" in text:
        for url in URL.findall(text):
            add(_from_url(url))
    if ",," in text:
        for m in ONE_TAP.finditer(text):
            add(MeetingRef(ZOOM, m.group(1), m.group(2)))
    passcode = None
    written = MEETING_ID_TEXT.findall(text)
    if written:
        passcode = PASSCODE_TEXT.search(text)
        provider = (
            TEAMS if TEAMS_WORD.search(text) and not ZOOM_WORD.search(text) else ZOOM
        )
        for ident in written:
            digits = _digits(ident)
            if provider == ZOOM and not 9 <= len(digits) <= 11:
                continue
            add(MeetingRef(provider, digits, passcode.group(1) if passcode else None))
    refs = list(found.values())
    if not refs:
        return refs
    # A passcode written anywhere in the post exposes every meeting in it.
    if passcode is None:
        passcode = PASSCODE_TEXT.search(text)
    if passcode:
        refs = [
            r
            if r.passcode
            else MeetingRef(r.provider, r.meeting_id, passcode.group(1), r.host_start)
            for r in refs
        ]
    return refs
