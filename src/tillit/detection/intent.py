"""Does a post ask others to disrupt a meeting? (issue #13). Pure: no Django,
no scikit-learn or numpy at run time.

A logistic regression over hashed word and character n-grams of the normalised
text and over two lexicons, English and Swedish: calls to disrupt (by the
behaviour asked for: noise, music, unmuting, flooding the chat, slurs,
pornography, impersonation, slang and emoji) and what insiders tell of the
host's weak spots ("never locks it"). Its weights
are trained by `tillit notifier train` (training.py) on the training split of
tests/data/ and shipped in intent_model.json; they are read on the first
prediction, so a scan that finds no meeting never reads them. It runs only on
posts that name a meeting.
"""

import json
import math
import re
import unicodedata
import zlib
from functools import cache
from pathlib import Path

MODEL_PATH = Path(__file__).with_name("intent_model.json")
# Hashed feature space; the model file keeps only the buckets with a weight.
BUCKETS = 1 << 18
# A post is read up to here: a call to disrupt sits beside its link, and a
# 1 MB post must cost no more than a short one (issue #10).
MAX_CHARS = 2000
CHAR_NGRAMS = (3, 4, 5)
# A word is named as a reason only if it weighs this much.
MIN_REASON = 0.5
# A lexicon family counts this much against a word or n-gram's 1: one phrase
# stands for many ways of saying it, so it should weigh more under the same
# regularisation (chosen by cross-validation on the training split).
LEXICON_VALUE = 2.0

ZERO_WIDTH = re.compile("[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")
# What names the meeting is not the post's intent: links, domains and numbers
# go before the n-grams, or a link alone would read as a call to disrupt.
DOMAIN = re.compile(r"\w\.\w")
DIGITS = re.compile(r"\d+")
# The words that write a meeting reference ("zoom 845 1203 9976 pw …", "z00m",
# "Mötes-ID: … Lösenkod: …") tell nothing of intent either: every form is
# shared by calls and harmless posts alike.
REFERENCE_WORDS = frozenset(["zoom", "z", "m", "zo", "j", "id", "mötes-id"])
# … and the word after one of these is the passcode itself, random letters.
PASSCODE_WORDS = frozenset(
    [
        "pw",
        "pwd",
        "pass",
        "passcode",
        "password",
        "code",
        "kod",
        "lösen",
        "lösenord",
        "lösenkod",
    ]
)
TOKEN = re.compile(r"\w+|[^\w\s!-/:-@[-`{-~]")

# (feature, pattern). Each phrase is a behaviour asked of others; the words
# alone ("unmute", "music") are left to the n-grams, which also see the harmless
# uses ("unmute when it's your turn").
CALLS = (
    (
        "noise",
        r"make (?:as much |some )?(?:noise|a racket)|(?:scream|yell|shout)(?:ing)? "
        r"(?:at|in)|skrik(?:a|er)?\b|oväsen|väsnas|beatbox\w*|burp\w*|moan\w*|"
        r"bark(?:ing)? when|hum really loud|(?:into|on) (?:the |your )?mic (?:every|when)|"
        r"rapa i micken|skäll(?:a|er)? som|gorma|tjut\w*|gapa|flippa ur",
    ),
    (
        "music",
        r"play\w* (?:\w+ ){0,3}(?:music|song)|"
        r"spela(?:r)? (?:\w+ ){0,3}(?:musik|låt(?:ar|en)?)|musik (?:i micken|på (?:max|högsta))|"
        r"dra på (?:\w+ ){0,3}musik|soundboard\w*|siren\w*|sirenljud\w*|rick ?roll\w*|"
        r"crank (?:\w+ ){0,3}(?:up|to)",
    ),
    (
        "unmute",
        r"unmute (?:all |and |together)|(?:all|everyone) unmute|"
        r"slå(?:r)? på (?:micken|mikrofonen|ljudet) (?:allihop|samtidigt|och (?:prata|sluta))|"
        r"alla slår på (?:micken|mikrofonen)|prata över honom|talk over (?:her|the)",
    ),
    (
        "chat_flood",
        r"flood\w*|take over the chat|fill the chat|spam\w*|ta över chatten|fyll(?:a)? chatten|"
        r"översvämma|floda|klistra in|alts\b|(?:with|tio) (?:accounts|konton)|fejkkonton|"
        r"leave and rejoin|lämna och gå med igen|scribble\w*|klottra\w*|"
        r"keep (?:pasting|requesting)|every (?:two |few )?seconds?|varannan sekund",
    ),
    (
        "slurs",
        r"slurs?|fula ord|svordomar|rasistisk\w*|kränkande|"
        r"kalla (?:henne|honom) |hatisk\w*|hateful|the [nr] word|"
        r"go back to his country|åka hem till sitt land|names we talked about",
    ),
    (
        "porn",
        r"porn\w*|nsfw|porr\w*|snusk\w*|äcklig\w* bild\w*|"
        r"nudes?\b|naken\w*|blotta\w*|flash the|show your butt|d\*?[i*]cks?\b|"
        r"visa rumpan|gross pic\w*|disgusting|vidrig\w*|draw nasty|rita snuskigt",
    ),
    (
        "rename",
        r"rename (?:yourself )?(?:as )?the teacher|"
        r"change your name to|set your name to|"
        r"byt namn till (?:läraren|en elev)|döp om dig till en elev|lärarens namn|"
        r"låtsas vara|name yourself (?:after |as )?(?:the |mr|mrs)|"
        r"go in as the principal|(?:use|copy) (?:the )?\w+'s name|gets? blamed|"
        r"swap (?:display )?names|döp dig till fröken|kalla dig (?:läraren|rektorn)|"
        r"gå in som rektorn|(?:ta|använd) \w+s namn|får hon skulden",
    ),
    (
        "chaos",
        r"go crazy|act (?:a fool|up)|mess up|wreck|ruin|disrupt|"
        r"kaos|sabb\w+|förstör\w*|jävl\w+|bråka|härja|stör\w*",
    ),
    (
        "takeover",
        r"hijack\w*|derail\w*|grief(?:ing|ed|ers?)?\b|shut (?:\w+ ){0,2}down|"
        r"take over the|storm the|get (?:\w+ ){0,2}cancell?ed|rage ?quit\w*|"
        r"open season|free for all|kapa\w*|spår(?:a|ar) ur|sänk(?:er)? (?:den här )?lektionen|"
        r"ta över (?:hela )?lektionen|storma lektionen|fritt fram",
    ),
    (
        "target",
        r"make (?:her|him) (?:cry|regret|log off)|(?:till|until) (?:she|he) (?:quits?|"
        r"ends? the|snaps?)|impossible for her to|do not let him finish|payback|"
        r"what'?s coming|loses it|hämnd\w*|omöjligt för henne|livet surt|mobba\w*|"
        r"låt honom inte|avslutar mötet|lämna mötet",
    ),
    (
        "crowd",
        r"randoms|whole server|hela discorden|send (?:the boys|everyone)|bring the squad|"
        r"skicka in alla|bjud in hela",
    ),
    (
        "classic",
        r"raid\w*|bomb\w*|troll\w*|crash the",
    ),
    ("emoji", "[😈💀🤡🔥🤪🔊]"),
)
# Who is posting: a member of the class or congregation (Ling et al. 2021).
# A risk signal of its own (risk.py): classmates sharing their own link say
# "my class" too, so the model does not read these.
INSIDER = (
    r"my (?:class|teacher|prof|school|lecture)|our (?:class|teacher|lecture|school)|"
    r"the teacher|i'?m in this class|min (?:klass|lärare|skola)|"
    r"vår (?:klass|lärare|lektion|skola)|läraren|mentorn|jag går (?:i klassen|där)|"
    r"{weak}"
)
# What an insider tells others about the host's weak spots: a feature of the
# model ("lex:insider") and an insider hint.
WEAK_HOST = (
    r"never (?:locks|kicks|mutes?)|sparkar aldrig|kastar aldrig|kollar aldrig|"
    r"tystar aldrig|doesn'?t know how to (?:kick|remove)|vet inte hur man tar bort|"
    r"kan inte sparka ut|waiting room off|stänger av väntrummet|afk|"
    r"borta halva tiden|no clue how"
)
INSIDER = INSIDER.format(weak=WEAK_HOST)
# What harmless invitations say (welcome, thanks, a birthday, a support
# group): a feature of the model ("lex:harmless") as much as a call is, so
# that the words of a call in a post like these weigh less.
HARMLESS = (
    r"welcome\w*|new members|please|thanks|bring (?:your|an) |bride|the couple|"
    r"retirement|prayer|choir|support (?:group|chat)|recital|storytime|sing-?along|"
    r"cameras? optional|see you|"
    r"välkomn\w*|tack\b|ta med (?:en|er)|grattis|kalas\w*|brudpar\w*|pension\w*|"
    r"bön\w*|kyrkokör\w*|stödgrupp\w*|samtalsgrupp\w*|anhörig\w*|uppvisning\w*|"
    r"sagostund|sångstund|kamera valfri|ses kl|"
    r"🎉|🎂|💐|❤|🙏|☕|🍿|💍"
)


def alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a lexicon pattern, each emoji of a
    bracketed set on its own: the unit the lexicon is grown and checked by
    (every one must match a training post, tests/detection/test_intent.py)."""
    if pattern.startswith("[") and pattern.endswith("]"):
        return list(pattern[1:-1])
    parts, depth, current, escaped = [], 0, "", False
    for char in pattern:
        if escaped or char == "\\":
            escaped = not escaped and char == "\\"
        elif char in "([":
            depth += 1
        elif char in ")]":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(current)
            current = ""
            continue
        current += char
    return [*parts, current]


def _is_emoji(phrase: str) -> bool:
    return len(phrase) == 1 and not phrase.isalnum()


def _first_letters(phrase: str) -> str:
    """The letters a phrase of words can start with ("(?:all|everyone) …": ae)."""
    if phrase.startswith("(?:"):
        choices = alternatives(phrase[3 : phrase.index(")")])
        return "".join(sorted({choice[0] for choice in choices}))
    return phrase[0]


def _groups() -> tuple[str, str]:
    """The lexicon as one alternation for the phrases of words and one for the
    emoji, a named group per phrase ("noise__3") so that a match tells which
    phrase fired. The phrases of words are sorted by the letters they start
    with, each lot behind a look at the next letter: a word start tries the
    phrases of its letter, not all two hundred (ten times faster). Phrases
    that could match at the same place keep their order within a lot."""
    lots: dict[str, list[str]] = {}
    emoji = []
    for family, pattern in FAMILIES:
        for i, phrase in enumerate(alternatives(pattern)):
            group = f"(?P<{family}__{i}>{phrase})"
            if _is_emoji(phrase):
                emoji.append(group)
            else:
                lots.setdefault(_first_letters(phrase), []).append(group)
    words = "|".join(
        f"(?=[{letters}])(?:{'|'.join(groups)})" for letters, groups in lots.items()
    )
    return words, "|".join(emoji)


FAMILIES = (*CALLS, ("insider", WEAK_HOST), ("harmless", HARMLESS))
EMOJI = "".join(
    phrase for _, p in FAMILIES for phrase in alternatives(p) if _is_emoji(phrase)
)
_WORDS, _EMOJI_GROUPS = _groups()
# One pattern for the whole lexicon, on the normalised (lower-case) text;
# finditer names the family and the phrase of each match with lastgroup. A
# phrase of words starts at a word's start, an emoji anywhere: the first
# checks turn away in a step the places where no phrase starts (#10: hostile
# text costs what its length costs).
LEXICON_PATTERN = re.compile(
    rf"\b(?=[^\W\d_])(?:{_WORDS})|(?=[{EMOJI}])(?:{_EMOJI_GROUPS})"
)
INSIDER_PATTERN = re.compile(rf"\b(?:{INSIDER})\b", re.I)
WEAK_HOST_PATTERN = re.compile(rf"\b(?:{WEAK_HOST})\b", re.I)


def normalise(text: str) -> str:
    """Lower case, NFKC (full-width letters and digits become ASCII), no
    zero-width characters, and no links, numbers or words of a meeting
    reference (nor the passcode after "pw"); one space between words."""
    text = unicodedata.normalize("NFKC", ZERO_WIDTH.sub("", text[:MAX_CHARS]))
    kept, after_passcode = [], False
    for word in text.lower().split():
        bare = word.rstrip(":")
        if bare in PASSCODE_WORDS:
            after_passcode = True
        elif after_passcode:
            after_passcode = False
        elif "/" not in word and not DOMAIN.search(word):
            kept.append(word)
    words = DIGITS.sub(" ", " ".join(kept)).split()
    return " ".join(w for w in words if w.rstrip(":") not in REFERENCE_WORDS)


def _bucket(feature: str) -> int:
    return zlib.crc32(feature.encode()) % BUCKETS


def lexicon(text: str) -> list[tuple[str, str]]:
    """(phrase's group, phrase) for each lexicon phrase in the normalised text."""
    return [(m.lastgroup, m.group(0)) for m in LEXICON_PATTERN.finditer(text)]


def features(text: str, allowed: frozenset[str] | None = None) -> dict[str, list[str]]:
    """Feature name → what in the text it stands for (a phrase, or itself).
    allowed, when given, is the lexicon's phrases (groups) to read: training
    restricts it to what its folds hold (training.py)."""
    norm = normalise(text)
    found: dict[str, list[str]] = {}
    for group, phrase in lexicon(norm):
        if allowed is None or group in allowed:
            found.setdefault(f"lex:{group.split('__')[0]}", []).append(phrase)
    words = TOKEN.findall(norm)
    for i, word in enumerate(words):
        found.setdefault(f"w:{word}", [word])
        if i:
            bigram = f"{words[i - 1]} {word}"
            found.setdefault(f"w:{bigram}", [bigram])
    for word in words:
        padded = f" {word} "
        for n in CHAR_NGRAMS:
            for j in range(len(padded) - n + 1):
                found.setdefault(f"c:{padded[j : j + n]}", [])
    return found


def value(name: str) -> float:
    """A feature's value: LEXICON_VALUE for a lexicon family, 1 otherwise."""
    return LEXICON_VALUE if name.startswith("lex:") else 1.0


def feature_buckets(names) -> list[int]:
    return [_bucket(name) for name in names]


@cache
def load(path: Path = MODEL_PATH) -> dict:
    model = json.loads(path.read_text(encoding="utf-8"))
    model["weights"] = {int(k): w for k, w in model["weights"].items()}
    return model


def version() -> str:
    return load()["version"]


def threshold() -> float:
    return load()["threshold"]


def predict(text: str, *, model: dict | None = None) -> tuple[float, list[str]]:
    """The probability that the post asks others to disrupt a meeting, and the
    lexicon phrases and words that pushed it up most (strongest first)."""
    model = model or load()
    weights = model["weights"]
    found = features(text, model.get("allowed"))
    total = model["bias"]
    pushed = []
    for name, shown in found.items():  # shown is [] for a character n-gram
        weight = weights.get(_bucket(name), 0.0) * value(name)
        total += weight
        if shown and (weight > 0 if name.startswith("lex:") else weight >= MIN_REASON):
            pushed.append((weight, name, shown[0]))
    probability = 1 / (1 + math.exp(-max(-30.0, min(30.0, total))))
    pushed.sort(reverse=True)
    signals = []
    for _, name, shown in pushed[:3]:
        kind = name.split(":", 1)[0]
        label = name.split(":", 1)[1] if kind == "lex" else "word"
        signals.append(f"{label}: {shown.strip()}")
    return probability, signals
