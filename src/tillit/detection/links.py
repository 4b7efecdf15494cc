"""Find meeting references in public text (S26). Pure and fast: no Django.

A post is first checked for a few lowercase words, then against one trigger
pattern; only the few posts that mention a meeting provider or a meeting id go
through the full patterns.
Numbers count as meeting ids only in a meeting context (a link, "Meeting ID",
a one-tap dial string, "zoom", "möte" or a bare "id" before the number),
never alone: phone numbers, order numbers and ISBNs are not meetings. A post
is normalised before it is matched (`normalise`, `_undisguised`): what people
do to dodge filters (full-width or look-alike letters, invisible characters,
z00m, spaces around a link's dots and slashes) changes no meaning, so it is
undone.

Every pattern here runs in time linear in the text, however hostile (issue
#10): a pattern that searches the whole text never has two quantifiers that can
share the same characters, and each attempt starts at a literal word or at the
start of a run of characters and covers a bounded stretch; the URL patterns
only see one URL at a time, and only its first MAX_URL characters.
tests/detection/test_hostile_text.py holds them to it.
"""

import re
import unicodedata
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
    r"meeting\s*id|m[öo]tes-?id|confno|,,\d{9,11}#|z[o0]{2}m|möte",
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
    "meet",  # also "meet . google . com", spaced (SPACED_LINK)
    "teams",
    "jit",
    "8x8",
    "webex",
    "safelinks",
    "google.",
    "tesid",
    "möte",
    "tes-id",
    "confno",
    ",,",
)
# z00m, zo0m, z0om: looked for only in a post with a 0.
LOOKALIKE_WORDS = ("z00m", "zo0m", "z0om")
UNLOWERED = re.compile("[İıſ]")
# "id 845 1203 9976 kod …": a bare "id" counts only before a meeting number,
# so a post with "id" is checked for one (ID_NUMBER) instead of TRIGGER.
ID_WORD = re.compile(r"(?<!\w)id\b", re.IGNORECASE)
# Characters that do not print, put inside words to dodge filters.
ZERO_WIDTH = re.compile("[\u00ad\u180e\u200b-\u200f\u2060-\u2064\ufeff]")
# z00m, zo0m, Z0OM: a zero for an o.
LOOKALIKE_ZOOM = re.compile(r"z[o0]{2}m", re.IGNORECASE)
# Cyrillic and Greek letters drawn as Latin ones ("zооm" with Cyrillic о),
# read as the Latin letter only where that reveals a provider's name.
HOMOGLYPHS = str.maketrans(
    "аеорсухіјѕкмтвнАВЕКМНОРСТХІЈЅοαικνρτχΟΑΒΕΖΗΙΚΜΝΡΤΧ",
    "aeopcyxijskmtbhABEKMHOPCTXIJSoaiknptxOABEZHIKMNPTX",
)
# Other scripts' digits (٨٤٥, which NFKC keeps), read as ASCII digits: an id
# is the platform's, in ASCII.
OTHER_DIGIT = re.compile(r"[^\D0-9]")
NON_LATIN = re.compile("[\u0370-\u03ff\u0400-\u04ff]")
# Invisible or Greek and Cyrillic letters, and other digits: most non-ASCII
# posts hold neither. Two one-character classes, each fast; as an alternation
# with a lookahead, one search took three times as long.
UNUSUAL_LETTER = re.compile(
    "[\u00ad\u180e\u200b-\u200f\u2060-\u2064\ufeff\u0370-\u03ff\u0400-\u04ff]"
)
UNUSUAL_DIGIT = re.compile(r"[^\D0-9]")
PROVIDER_WORD = re.compile(r"zoom|meet\.|teams\.|jit\.si|webex|8x8", re.IGNORECASE)
# "zoom . us / j / 812…", "meet . google . com/…": a link typed with spaces
# around its dots and slashes (spaces after a dot only before a provider's
# domain label, so that sentences are left alone). All bounded.
SPACED_LINK = re.compile(
    r"[ \t]{1,3}([./])[ \t]{0,3}|"
    r"(?:(?<=zoom\.us)|(?<=zoom\.com)|(?<=google\.com)|(?<=jit\.si)|(?<=8x8\.vc)|"
    r"(?<=live\.com)|(?<=microsoft\.com)|(?<=webex\.com)|(?<=[/ ]j)|(?<=[/ ]w)|"
    r"(?<=[/ ]s)|(?<=[/ ]my)|(?<=[/ ]meet)|(?<=[/ ]l)|(?<= us)|(?<= com)|"
    r"(?<= si)|(?<= vc))(/)[ \t]{1,3}|"
    r"(\.)[ \t]{1,3}(?=(?:us|com|google|jit|si|vc|live|microsoft|webex)\b)",
    re.IGNORECASE,
)
# A meeting link, even wrapped by SafeLinks, is a few hundred characters: only
# the first MAX_URL characters of a longer one are read.
MAX_URL = 4096
URL = re.compile(rf"(?:https?|zoommtg)://[^\s<>\"')\]]{{1,{MAX_URL}}}", re.IGNORECASE)
# A provider's link typed without its scheme: "us02web.zoom.us/j/…",
# "meet.google.com/abc-defg-hij". It starts where a run of host characters
# starts (never inside one, nor after a scheme's "//"), so each attempt covers
# a bounded stretch.
SCHEMELESS = re.compile(
    r"(?<![\w.@/-])(?:[\w-]{1,63}\.){0,3}(?:zoom(?:gov)?\.(?:us|com)|meet\.google\.com|"
    r"meet\.jit\.si|8x8\.vc|teams\.(?:live|microsoft)\.com|webex\.com)/"
    rf"[^\s<>\"')\]]{{1,{MAX_URL}}}",
    re.IGNORECASE,
)
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
# A Zoom meeting number as people write it: 9 to 11 digits, never starting
# with 0 (a Swedish phone number does), whole, in Zoom's own groups of three
# and three or four ("845 1203 9976", "845-120-3997"), or a digit at a time
# ("8 4 5 1 2 …"). Not a date's 4-2-2 nor a phone's 2-3-2-2.
NUMBER = (
    r"([1-9]\d{8,10}|[1-9]\d{2}[ \-]\d{3,4}[ \-]\d{3,4}|[1-9](?:[ \-]\d){8,10})"
    r"(?![\d\w]|[ \-]\d)"
)
# A meeting number after "zoom" ("zoom-möte", "zoom id"), "möte", or a bare
# "id" (ID_NUMBER).
WORD_NUMBER = re.compile(
    r"(?<![\w+])(zoom(?:[ \-]?m[öo]tet?)?|m[öo]tet?|id)(?:[ \t]{0,3}id)?"
    rf"[ \t]{{0,3}}[:#]?[ \t]{{0,3}}{NUMBER}",
    re.IGNORECASE,
)
ID_NUMBER = re.compile(rf"(?<!\w)id\b[ \t:#]{{0,7}}{NUMBER}", re.I)
# Words that make a bare "id" a meeting's: the post names a meeting elsewhere.
MEETING_WORDS = re.compile(
    r"zoom|meeting|m[öo]te|lektion|lecture|class|klass|webinar|webbinar", re.I
)
# "Registration ID", "Customer ID", "Ordernummer/id": a bare id of something
# else, read in the few characters before "id".
OTHER_ID = re.compile(
    r"(?:registration|registrerings|order|customer|kund|ticket|biljett|booking|"
    r"boknings|reference|referens|ärende|invoice|faktura|tracking|user|användar|"
    r"member|medlems|transaction|session|product|produkt)[ \t-]{0,2}$",
    re.IGNORECASE,
)
# The passcode written right after a reference: "kod 940657", "pw Skhcvu",
# "lösen: 725616". The short words count only there.
PASSCODE_NEAR = re.compile(
    r"[\s,;.:/—–-]{0,6}(?:pass\s?code|password|l[öo]senkod|l[öo]senord|l[öo]sen|pwd|"
    r"pw|pass|code|kod)[ \t]{0,3}[:=]?[ \t]{0,3}([A-Za-z0-9]{4,12})\b",
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
ANY_DIGIT = re.compile(r"\d")


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


def _ascii_digit(m: re.Match) -> str:
    return str(unicodedata.digit(m.group()))


def normalise(text: str) -> str:
    """Undo the disguises that change no meaning: full-width letters and
    digits and other compatibility forms (NFKC), and invisible characters."""
    if text.isascii():
        return text
    if not unicodedata.is_normalized("NFKC", text):
        text = unicodedata.normalize("NFKC", text)
    if not UNUSUAL_LETTER.search(text) and not UNUSUAL_DIGIT.search(text):
        return text  # most posts in Swedish
    text = ZERO_WIDTH.sub("", text)
    if OTHER_DIGIT.search(text):
        text = OTHER_DIGIT.sub(_ascii_digit, text)
    if NON_LATIN.search(text):
        latin = text.translate(HOMOGLYPHS)
        if len(PROVIDER_WORD.findall(latin)) > len(PROVIDER_WORD.findall(text)):
            return latin
    return text


def _may_mention_meeting(text: str, lowered: str | None = None) -> bool:
    """False only if TRIGGER cannot match; True is checked against TRIGGER."""
    if not text.isascii() and UNLOWERED.search(text):
        return True
    if lowered is None:
        lowered = text.lower()
    # A plain loop: any() over a generator takes twice as long here.
    for word in TRIGGER_WORDS:  # noqa: SIM110
        if word in lowered:
            return True
    if "0" in lowered:
        for word in LOOKALIKE_WORDS:  # noqa: SIM110
            if word in lowered:
                return True
    return False


def _undisguised(text: str) -> str | None:
    """The text with look-alikes and spaced links undone, if it may name a
    meeting; None if it cannot."""
    lowered = text.lower()
    if _may_mention_meeting(text, lowered):
        if "0" in text:
            text = LOOKALIKE_ZOOM.sub("zoom", text)
        # What SPACED_LINK can match: most posts hold none of it.
        if " ." in text or "/ " in text or " /" in text or ". " in text or "\t" in text:
            text = SPACED_LINK.sub(r"\1\2\3", text)
        if TRIGGER.search(text):
            return text
    if "id" in lowered and ID_NUMBER.search(text) is not None:
        return text
    return None


def _written_numbers(text: str) -> list[tuple[str, str, int]]:
    """Meeting numbers written out, as (provider, digits, end): after
    "Meeting ID", after "zoom" or "möte", and after a bare "id" when a
    passcode follows or the post names a meeting. A post that names Teams
    (and not Zoom) gives Teams ids."""
    teams = TEAMS_WORD.search(text) and not ZOOM_WORD.search(text)
    default = TEAMS if teams else ZOOM
    numbers = [(default, m.group(1), m.end()) for m in MEETING_ID_TEXT.finditer(text)]
    for m in WORD_NUMBER.finditer(text):
        word = m.group(1).lower()
        if word == "id" and (
            OTHER_ID.search(text, max(0, m.start() - 16), m.start())
            or not (PASSCODE_NEAR.match(text, m.end()) or MEETING_WORDS.search(text))
        ):
            continue
        provider = ZOOM if word.startswith("zoom") else default
        numbers.append((provider, m.group(2), m.end()))
    written = []
    for provider, ident, end in numbers:
        digits = _digits(ident)
        if provider != ZOOM or 9 <= len(digits) <= 11:
            written.append((provider, digits, end))
    return written


def extract(text: str) -> list[MeetingRef]:
    """Return every meeting reference in the text, once each, in order.

    One frame for the whole post, longer than most: it is the notifier's hot
    path (bench/detection.py), and the provider passes share `found`."""
    if not text:
        return []
    text = _undisguised(normalise(text))
    if text is None:
        return []
    found: dict[tuple[str, str], MeetingRef] = {}
    ends: dict[tuple[str, str], int] = {}

    def add(ref: MeetingRef | None, end: int) -> None:
        if ref is None:
            return
        key = (ref.provider, ref.meeting_id)
        old = found.get(key)
        if old is None:
            found[key], ends[key] = ref, end
        elif ref.passcode and not old.passcode or ref.host_start and not old.host_start:
            found[key] = MeetingRef(
                ref.provider,
                ref.meeting_id,
                old.passcode or ref.passcode,
                old.host_start or ref.host_start,
            )

    # URL and ONE_TAP need "://" and ",," in the text: skip them when absent.
    if "://" in text:
        for m in URL.finditer(text):
            add(_from_url(m.group()), m.end())
    if "/" in text:
        for m in SCHEMELESS.finditer(text):
            add(_from_url("https://" + m.group()), m.end())
    if ",," in text:
        for m in ONE_TAP.finditer(text):
            add(MeetingRef(ZOOM, m.group(1), m.group(2)), m.end())
    for provider, digits, end in (
        _written_numbers(text) if ANY_DIGIT.search(text) else ()
    ):
        add(MeetingRef(provider, digits), end)
    if not found:
        return []
    # A passcode written anywhere in the post exposes every meeting in it;
    # "kod", "pw", "pass" and the like count only right after a reference.
    anywhere = PASSCODE_TEXT.search(text)
    refs = []
    for key, ref in found.items():
        if ref.passcode is None:
            near = PASSCODE_NEAR.match(text, ends[key]) or anywhere
            if near:
                ref = MeetingRef(
                    ref.provider, ref.meeting_id, near.group(1), ref.host_start
                )
        refs.append(ref)
    return refs
