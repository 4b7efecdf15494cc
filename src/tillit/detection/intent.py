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

ZERO_WIDTH = re.compile("[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")
# What names the meeting is not the post's intent: links, domains and numbers
# go before the n-grams, or a link alone would read as a call to disrupt.
DOMAIN = re.compile(r"\w\.\w")
DIGITS = re.compile(r"\d+")
TOKEN = re.compile(r"\w+|[^\w\s!-/:-@[-`{-~]")

# (feature, pattern). Each phrase is a behaviour asked of others; the words
# alone ("unmute", "music") are left to the n-grams, which also see the harmless
# uses ("unmute when it's your turn").
CALLS = (
    (
        "noise",
        r"make (?:as much |some )?(?:noise|a racket)|(?:scream|yell|shout)(?:ing)? "
        r"(?:when|over|at|in|the whole)|be loud|air ?horn|"
        r"skrik(?:a|er)?\b|vråla|oväsen|väsnas|låt(?:a)? som en djurpark|visselpipa",
    ),
    (
        "music",
        r"(?:blast|play)\w* (?:\w+ ){0,3}(?:music|song|audio)|earrape|ear rape|"
        r"spela(?:r)? (?:\w+ ){0,3}(?:musik|låt(?:ar|en)?)|musik (?:i micken|på (?:max|högsta))|"
        r"dra på (?:\w+ ){0,3}(?:musik|låten)|hårdrock i micken",
    ),
    (
        "unmute",
        r"unmute (?:all |and |together|at the same)|(?:all|everyone) unmute|"
        r"slå(?:r)? på (?:micken|mikrofonen|ljudet) (?:allihop|samtidigt|och (?:prata|sluta))|"
        r"(?:alla|allihop) slår på (?:micken|mikrofonen|ljudet)|prata i mun på|"
        r"prata över (?:honom|henne)|talk over (?:him|her|the)",
    ),
    (
        "chat_flood",
        r"flood\w*|take over the chat|chat takeover|copy ?paste|copypasta|"
        r"fill the chat|drown the|spam\w*|ta över chatten|fyll(?:a)? chatten|"
        r"översvämma|floda|klistra in|samma (?:sak|meddelande) i chatten|om och om igen",
    ),
    (
        "slurs",
        r"slurs?|worst words|racist|fula ord|svordomar|rasistisk\w*|kränkande|"
        r"kalla (?:honom|henne|hen) ",
    ),
    (
        "porn",
        r"porn\w*|nsfw|something nasty|porr\w*|snusk\w*|äcklig\w* bild\w*|nåt äckligt",
    ),
    (
        "rename",
        r"rename (?:yourself |to )?(?:as )?(?:the|a) (?:teacher|student|sub)|"
        r"rename to the teacher|change your name to|(?:join|go in) as '|"
        r"pretend to be the|call yourself|set your name to|"
        r"byt namn till (?:läraren|en elev|lärarens)|döp om (?:er|dig) till "
        r"(?:lärarens|läraren|en elev)|lärarens namn|ta en elevs namn|låtsas vara|"
        r"gå in som '",
    ),
    (
        "chaos",
        r"cause chaos|go (?:crazy|wild)|act (?:a fool|up)|make a mess|mess (?:up|with)|"
        r"wreck|ruin|disrupt|ending this (?:lecture|class)|"
        r"kaos|sabb\w+|förstör\w*|jävl\w+|bråka|härja|ställ(?:a)? till det|stör\w*",
    ),
    (
        "classic",
        r"raid\w*|bomb\w*|troll\w*|crash (?:the|this|it)",
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
    r"never (?:locks|kicks|checks|uses)|can'?t mute|no waiting room|"
    r"låser aldrig|sparkar aldrig|kastar aldrig|inget väntrum|har aldrig väntrum|"
    r"kollar aldrig|kan inte stänga av"
)
INSIDER = INSIDER.format(weak=WEAK_HOST)
# One pattern, a named group per family (emoji have no word boundary before
# them): finditer names the family of each phrase with lastgroup.
CALL_PATTERN = re.compile(
    "|".join(
        f"(?P<{name}>{p})" if name == "emoji" else rf"\b(?P<{name}>{p})"
        for name, p in CALLS
    ),
    re.IGNORECASE,
)
INSIDER_PATTERN = re.compile(rf"\b(?:{INSIDER})\b", re.I)
WEAK_HOST_PATTERN = re.compile(rf"\b(?:{WEAK_HOST})\b", re.I)


def normalise(text: str) -> str:
    """Lower case, NFKC (full-width letters and digits become ASCII), no
    zero-width characters, and no links or numbers."""
    text = unicodedata.normalize("NFKC", ZERO_WIDTH.sub("", text[:MAX_CHARS]))
    words = [w for w in text.lower().split() if "/" not in w and not DOMAIN.search(w)]
    return DIGITS.sub(" ", " ".join(words))


def _bucket(feature: str) -> int:
    return zlib.crc32(feature.encode()) % BUCKETS


def features(text: str) -> dict[str, list[str]]:
    """Feature name → what in the text it stands for (a phrase, or itself)."""
    norm = normalise(text)
    found: dict[str, list[str]] = {}
    for m in CALL_PATTERN.finditer(norm):
        found.setdefault(f"lex:{m.lastgroup}", []).append(m.group(0))
    if phrases := [m.group(0) for m in WEAK_HOST_PATTERN.finditer(norm)]:
        found["lex:insider"] = phrases
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
    found = features(text)
    total = model["bias"]
    pushed = []
    for name, shown in found.items():  # shown is [] for a character n-gram
        weight = weights.get(_bucket(name), 0.0)
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
