"""The intent model and the risk levels (issue #13). Figures on the held-out
split are the bench's (bench/notifier_quality.py), never asserted here."""

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tillit.detection import intent
from tillit.detection.links import extract
from tillit.detection.risk import assess

DATA = Path(__file__).parent.parent / "data"
LINK = "https://zoom.us/j/84512039976"
# A group of choices with no group inside it, "(?:locks|kicks)".
INNER_GROUP = re.compile(r"\(\?:([^()]*)\)")


def _level(text: str) -> str:
    """As the scan does: each reference assessed, the highest level kept."""
    levels = [
        assess(
            text=text, passcode_exposed=r.passcode is not None, host_start=r.host_start
        ).level
        for r in extract(text)
    ]
    assert levels, "the test's post names a meeting"
    return max(levels, key=["low", "medium", "high"].index)


def test_the_shipped_model_loads_small_and_versioned():
    model = intent.load()
    assert model["version"].startswith("intent-1-")
    assert 0 < model["threshold"] < 1
    assert intent.MODEL_PATH.stat().st_size < 1_000_000
    assert model["trained_on"].startswith("notifier_train.jsonl")


@pytest.mark.parametrize(
    "text",
    [
        f"everyone join my class and scream, unmute all together {LINK}?pwd=ab12cd",
        f"kom in och skrik, alla slår på micken samtidigt {LINK} det är min klass",
    ],
)
def test_a_clear_call_to_disrupt_with_its_link_is_high_and_says_why(text):
    risk = assess(text=text, passcode_exposed=False, host_start=False)
    assert risk.level == "high"
    assert risk.signals[0] == "call_to_disrupt"
    assert any(s.startswith("intent: ") for s in risk.signals)
    probability, reasons = intent.predict(text)
    assert probability >= intent.threshold() and reasons


@pytest.mark.parametrize(
    "text",
    [
        f"hey class, here's the link for our study group tonight {LINK}",
        f"hej klassen, här är länken till pluggruppen ikväll {LINK}",
    ],
)
def test_a_classmate_sharing_their_own_link_is_low(text):
    assert _level(text) == "low"


def test_a_bare_link_is_low_and_what_raises_it_is_named():
    bare = assess(text=LINK, passcode_exposed=False, host_start=False)
    assert (bare.level, bare.signals) == ("low", ())
    raised = assess(text=f"for my class {LINK}", passcode_exposed=True, host_start=True)
    assert raised.signals == ("insider_hint", "passcode_exposed", "host_link_leaked")
    assert raised.level == "medium"


def test_a_call_to_disrupt_naming_no_meeting_has_nothing_to_warn():
    text = "let's all go and scream in someone's class lol"
    assert extract(text) == []
    alone = assess(
        text=text, passcode_exposed=False, host_start=False, has_reference=False
    )
    assert alone.level == "medium"


# Each family of a call to disrupt, in English and Swedish, beside a harmless
# post with the same words (written for these tests, in neither split).
FAMILIES = [
    (
        "noise",
        f"get in and make noise the whole lesson {LINK}",
        f"make some noise for the winners at the end 🎉 {LINK}",
    ),
    (
        "noise",
        f"gå in och skrik hela lektionen {LINK}",
        f"vi firar födelsedagsbarnet i slutet 🎉 {LINK}",
    ),
    (
        "music",
        f"play loud music when he starts the slides {LINK}",
        f"music class, bring your instrument {LINK}",
    ),
    (
        "music",
        f"spela hög musik när hon delar skärm {LINK}",
        f"musiklektion, ta med ditt instrument {LINK}",
    ),
    (
        "unmute",
        f"everyone unmute together at 10 {LINK}",
        f"please stay muted until it's your turn {LINK}",
    ),
    (
        "unmute",
        f"alla slår på micken samtidigt kl 10 {LINK}",
        f"håll micken avstängd tills det är din tur {LINK}",
    ),
    (
        "chat_flood",
        f"flood the chat with memes till it lags {LINK}",
        f"put your questions in the chat {LINK}",
    ),
    (
        "chat_flood",
        f"spamma chatten med memes {LINK}",
        f"skriv era frågor i chatten {LINK}",
    ),
    (
        "slurs",
        f"post slurs in the chat and leave {LINK}",
        f"workshop for moderators on handling hate comments {LINK}",
    ),
    (
        "slurs",
        f"skriv fula ord i chatten och dra {LINK}",
        f"workshop om hur man bemöter hatkommentarer {LINK}",
    ),
    (
        "porn",
        f"share porn on screen lol {LINK}",
        f"info evening for parents about kids online {LINK}",
    ),
    (
        "porn",
        f"visa porr när ni får dela skärm {LINK}",
        f"föräldramöte om barn på nätet {LINK}",
    ),
    (
        "rename",
        f"rename yourself as the teacher and go in {LINK}",
        f"please rename yourself to your first name {LINK}",
    ),
    (
        "rename",
        f"byt namn till läraren och gå in {LINK}",
        f"byt namn till ditt förnamn så vi vet vem du är {LINK}",
    ),
    (
        "slang_emoji",
        f"let's wreck this class 😂😂 {LINK}",
        f"study night 😎📚 see you there {LINK}",
    ),
    (
        "slang_emoji",
        f"vi förstör lektionen 😈 {LINK}",
        f"pluggkväll 😎📚 ses där {LINK}",
    ),
    # The families and phrases added in #13's second round (gamer talk,
    # takeovers, aiming at the host, bringing a crowd), each beside a harmless
    # post with the same kind of words.
    (
        "takeover",
        f"we're hijacking the seminar at noon lol {LINK}",
        f"squad up for the chess club, new members welcome {LINK}",
    ),
    (
        "takeover",
        f"vi kapar seminariet vid lunch haha {LINK}",
        f"schackklubben träffas, nya medlemmar välkomna {LINK}",
    ),
    (
        "target",
        f"payback for the test, make him regret it {LINK}",
        f"thanks for the test review, see you all there {LINK}",
    ),
    (
        "target",
        f"hämnd för provet, omöjligt för henne att hålla lektionen {LINK}",
        f"tack för genomgången inför provet, ses där {LINK}",
    ),
    (
        "crowd",
        f"send the boys in, whole server at 2 {LINK}",
        f"the whole family at 2 for grandma's birthday 🎂 {LINK}",
    ),
    (
        "crowd",
        f"skicka in alla, bjud in hela discorden {LINK}",
        f"hela familjen kl 2 för mormors födelsedag 🎂 {LINK}",
    ),
    (
        "noise",
        f"burp into the mic every time he talks {LINK}",
        f"choir practice, please sing along {LINK}",
    ),
    (
        "porn",
        f"flash the class with nudes when she shares {LINK}",
        f"art class: bring your sketchbook please {LINK}",
    ),
    (
        "porn",
        f"blotta er och visa nakenbilder i kameran {LINK}",
        f"konstkurs, ta med ditt skissblock {LINK}",
    ),
    (
        "rename",
        f"go in as the principal and use the TA's name in chat {LINK}",
        f"please set your display name to your first name {LINK}",
    ),
    ("classic", f"raid this lecture {LINK}", f"weekly team meeting {LINK}"),
    ("classic", f"raida lektionen {LINK}", f"veckomöte {LINK}"),
    (
        "insider",
        f"it's my class, the teacher never kicks anyone, go crazy {LINK}",
        f"it's my class's link, see you at 9 {LINK}",
    ),
    (
        "insider",
        f"det är min klass, läraren sparkar aldrig ut nån, kom och bråka {LINK}",
        f"länken till min klass, ses kl 9 {LINK}",
    ),
]


@pytest.mark.parametrize(("family", "call", "harmless"), FAMILIES)
def test_every_family_of_call_is_high_and_its_hard_negative_is_not(
    family, call, harmless
):
    assert _level(call) == "high", family
    assert _level(harmless) != "high", family


def test_the_words_of_a_meeting_reference_are_not_read_as_intent():
    text = "Meeting ID: 845 1203 9976 Passcode: Xk7Qz2, zoom 8 4 5 pw raidx9 z00m"
    assert intent.normalise(text) == "meeting"
    assert intent.normalise("kod: 8BEKSH kör hårt") == "kör hårt"


def _training_texts() -> list[str]:
    train = [json.loads(line) for line in (DATA / "notifier_train.jsonl").open()]
    return [intent.normalise(p["text"]) for p in train]


def _matches_a_training_post(phrase: str, texts: list[str]) -> bool:
    start = "" if len(phrase) == 1 and not phrase.isalnum() else r"\b"
    found = re.compile(rf"{start}(?:{phrase})", re.IGNORECASE)
    return any(found.search(t) for t in texts)


def test_every_lexicon_phrase_is_drawn_from_the_training_split():
    """No phrase of the lexicon, nor any choice inside one ("never
    (?:locks|kicks)"), is there for a post the training split lacks: the
    held-out split is never read, and the trainer's cross-validation can only
    keep a phrase out of the folds that do not hold it if it is in some."""
    texts = _training_texts()
    missing = []
    for family, pattern in intent.FAMILIES:
        for phrase in intent.alternatives(pattern):
            if not _matches_a_training_post(phrase, texts):
                missing.append((family, phrase))
                continue
            for group in INNER_GROUP.finditer(phrase):
                for choice in intent.alternatives(group.group(1)):
                    one = (
                        f"{phrase[: group.start()]}(?:{choice}){phrase[group.end() :]}"
                    )
                    if not _matches_a_training_post(one, texts):
                        missing.append((family, phrase, choice))
    assert missing == []


def test_cross_validation_reads_only_the_lexicon_its_folds_hold():
    pytest.importorskip("sklearn")
    from tillit.detection import training

    held = training.supported(["everyone unmute and talk over her 😈"])
    assert held == {"unmute__1", "unmute__5", "emoji__0"}
    text = f"hijack it 😈 {LINK}"
    assert "lex:takeover" in intent.features(text)
    assert set(intent.features(text, held)) & {"lex:takeover"} == set()
    assert "lex:emoji" in intent.features(text, held)


def test_the_datasets_are_labelled_by_the_rule_and_kept_apart():
    train = [json.loads(line) for line in (DATA / "notifier_train.jsonl").open()]
    heldout = [json.loads(line) for line in (DATA / "notifier_heldout.jsonl").open()]
    posts = train + heldout
    assert len(posts) >= 600 and len(heldout) >= 400
    assert sum(p["lang"] == "sv" for p in posts) * 2 >= len(posts)
    assert sum(p["lang"] == "sv" for p in heldout) * 2 == len(heldout)
    assert len({p["id"] for p in posts}) == len(posts)
    assert not {p["text"] for p in train} & {p["text"] for p in heldout}
    for post in posts:
        assert post["high_risk"] is False or post["refs"], post["id"]  # rule
        for ref in post["refs"]:
            assert ref["provider"] in {"zoom", "google_meet", "teams", "jitsi", "webex"}
            assert isinstance(ref["passcode_exposed"], bool)
        assert post["family"]


def test_the_scan_path_never_imports_scikit_learn_or_numpy():
    code = (
        "import sys; from tillit.detection import scan, risk;"
        "risk.assess(text='raid it', passcode_exposed=False, host_start=False);"
        "bad = {'sklearn', 'numpy', 'scipy'} & set(sys.modules); assert not bad, bad"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_train_reproduces_the_shipped_model(tmp_path):
    pytest.importorskip("sklearn")
    from tillit.detection import training

    model = training.train()
    training.write(model, tmp_path / "model.json")
    retrained = intent.load(tmp_path / "model.json")
    shipped = intent.load()
    assert retrained["version"] == shipped["version"]
    assert retrained["threshold"] == shipped["threshold"]
    for post in training.read_posts():
        assert intent.predict(post["text"], model=retrained) == intent.predict(
            post["text"], model=shipped
        )
