"""Write tests/data/notifier_train.jsonl and notifier_heldout.jsonl (issue #13).

The clauses below were written by hand for this project, for each split on its
own: no clause of the held-out split is a copy or a paraphrase of a training
one. The composer puts a clause, a meeting reference in one of the forms people
type, and sometimes a short context together, and labels the result by the
issue's rule: a call to disrupt plus a meeting reference is high risk; a bare
link, or a call with no meeting to warn about, is not. Seeded: running it again
writes the same files. `python tests/data/compose_notifier_posts.py`
"""

import json
import random
from pathlib import Path

HERE = Path(__file__).parent
ZW = "\u200b"

# ---- meeting reference forms ------------------------------------------------

PW_WORDS = {
    "en": ["pwd", "pass", "pw", "code", "passcode", "password"],
    "sv": ["kod", "lösen", "lösenord", "pw", "kod:", "lösenkod"],
}


def _zoom_id(rng):
    return str(rng.choice([8, 9])) + "".join(
        str(rng.randrange(10)) for _ in range(rng.choice([9, 10]))
    )


def _grouped(ident, sep=" "):
    if len(ident) == 11:
        return sep.join((ident[:3], ident[3:7], ident[7:]))
    return sep.join((ident[:3], ident[3:6], ident[6:]))


def _pw(rng):
    alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    if rng.random() < 0.5:
        return "".join(str(rng.randrange(10)) for _ in range(6))
    return "".join(rng.choice(alphabet) for _ in range(rng.choice([6, 8])))


def _fullwidth(s):
    return "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in s)


def _ref(provider, meeting_id, passcode=False):
    return {
        "provider": provider,
        "meeting_id": meeting_id,
        "passcode_exposed": passcode,
    }


def zoom_form(rng, lang, form):
    ident = _zoom_id(rng)
    pw = _pw(rng)
    pword = rng.choice(PW_WORDS[lang])
    give_pw = rng.random() < 0.55
    sub = rng.choice(["", "us02web.", "us04web.", "us06web."])
    if form == "zoom_url":
        text = f"https://{sub}zoom.us/j/{ident}" + (f"?pwd={pw}" if give_pw else "")
    elif form == "zoom_schemeless":
        text = f"{sub}zoom.us/j/{ident}" + (f"?pwd={pw}" if give_pw else "")
    elif form == "zoom_number":
        word = rng.choice(["zoom", "Zoom", "ZOOM", "zoom:", "zoom id"])
        text = f"{word} {_grouped(ident, rng.choice([' ', '-', '']))}"
        if give_pw:
            text += f" {pword} {pw}"
    elif form == "zoom_bare_id":
        word = rng.choice(["id", "ID", "id:", "ID:"])
        text = f"{word} {_grouped(ident, rng.choice([' ', '']))} {pword} {pw}"
        give_pw = True
    elif form == "zoom_meeting_id":
        word = (
            "Meeting ID:" if lang == "en" else rng.choice(["Mötes-ID:", "Meeting ID:"])
        )
        text = f"{word} {_grouped(ident)}"
        if give_pw:
            text += f" {'Passcode' if lang == 'en' else 'Lösenkod'}: {pw}"
    elif form == "zoom_lookalike":
        word = rng.choice(["z00m", "zo0m", "Z00M", "zoOm"])
        text = f"{word} {_grouped(ident)}"
        if give_pw:
            text += f" {pword} {pw}"
    elif form == "zoom_spaced_link":
        text = f"zoom . us / j / {ident}"
        if give_pw:
            text += f" {pword} {pw}"
    elif form == "zoom_spaced_digits":
        text = f"zoom {' '.join(ident)}"
        if give_pw:
            text += f" {pword} {pw}"
    elif form == "zoom_fullwidth":
        text = rng.choice(
            [f"zoom {_fullwidth(_grouped(ident))}", f"zoom.us/j/{_fullwidth(ident)}"]
        )
        if give_pw:
            text += f" {pword} {pw}"
    elif form == "zoom_zero_width":
        text = rng.choice(
            [
                f"zo{ZW}om.us/j/{ident}",
                f"zoom.us/j/{ident[:3]}{ZW}{ident[3:7]}{ZW}{ident[7:]}",
                f"https://zoom{ZW}.us/j/{ident}",
            ]
        )
        if give_pw:
            text += f" {pword} {pw}"
    elif form == "zoom_host_link":
        text = f"https://{sub or 'us02web.'}zoom.us/s/{ident}?zak=eyJ{_pw(rng)}"
        give_pw = False
    else:
        raise ValueError(form)
    return text, _ref("zoom", ident, give_pw)


def _meet_code(rng):
    letters = "abcdefghijklmnopqrstuvwxyz"

    def part(n):
        return "".join(rng.choice(letters) for _ in range(n))

    return f"{part(3)}-{part(4)}-{part(3)}"


JITSI_ROOMS = {
    "en": [
        "Bio9Revision",
        "ChemLabGroupB",
        "SaturdayChessClub",
        "HistoryYear8",
        "GrandmasBirthday",
        "LatinReading",
        "PhysicsHelpDesk",
        "BandPractice",
        "RecoveryCircle",
        "CodeClubKids",
        "Spanish2Live",
        "ArtClassFriday",
    ],
    "sv": [
        "Matte8B",
        "SvenskaGrupp2",
        "KemiLabbet",
        "Pluggkvall",
        "Kyrkkaffet",
        "SamhallTisdag",
        "FysikHjalp",
        "Korovning",
        "Stodgruppen",
        "Engelska9A",
        "Mormors80",
        "Syslojden",
    ],
}
WEBEX_HOSTS = {
    "en": [
        ("northside", "m.baker"),
        ("cityuni", "lecture.hall2"),
        ("acme", "allhands"),
    ],
    "sv": [("skolan", "eva.lind"), ("kommun", "fullmakt"), ("gymnasiet", "per.ek")],
}


def other_form(rng, lang, form):
    pw = _pw(rng)
    if form == "meet_url":
        code = _meet_code(rng)
        return f"https://meet.google.com/{code}", _ref("google_meet", code)
    if form == "meet_schemeless":
        code = _meet_code(rng)
        shown = code.upper() if rng.random() < 0.2 else code
        return f"meet.google.com/{shown}", _ref("google_meet", code)
    if form == "jitsi_schemeless":
        room = rng.choice(JITSI_ROOMS[lang]) + str(rng.randrange(10, 99))
        return f"meet.jit.si/{room}", _ref("jitsi", room.lower())
    if form == "teams_live":
        ident = "9" + "".join(str(rng.randrange(10)) for _ in range(12))
        if rng.random() < 0.5:
            return (
                f"teams.live.com/meet/{ident}?p={pw}",
                _ref("teams", ident, True),
            )
        return f"https://teams.live.com/meet/{ident}", _ref("teams", ident)
    if form == "teams_join":
        thread = "".join(
            rng.choice("ABCDEFGHJKMNPQRSTXYZabcdefghjk0123456789") for _ in range(10)
        )
        return (
            f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{thread}%40thread.v2/0",
            _ref("teams", f"19:meeting_{thread}@thread.v2"),
        )
    if form == "webex_schemeless":
        site, name = rng.choice(WEBEX_HOSTS[lang])
        return f"{site}.webex.com/meet/{name}", _ref("webex", f"{site}/{name}")
    raise ValueError(form)


ZOOM_FORMS = [
    "zoom_url",
    "zoom_schemeless",
    "zoom_number",
    "zoom_bare_id",
    "zoom_meeting_id",
    "zoom_lookalike",
    "zoom_spaced_link",
    "zoom_spaced_digits",
    "zoom_fullwidth",
    "zoom_zero_width",
]
OTHER_FORMS = [
    "meet_url",
    "meet_schemeless",
    "jitsi_schemeless",
    "teams_live",
    "teams_join",
    "webex_schemeless",
]


def reference(rng, lang, form=None):
    form = form or rng.choice(ZOOM_FORMS * 2 + OTHER_FORMS)
    if form.startswith("zoom"):
        text, ref = zoom_form(rng, lang, form)
    else:
        text, ref = other_form(rng, lang, form)
    return form, text, ref


# ---- clauses, written for each split on its own -----------------------------
# (family, clause). Families of a call to disrupt: noise, music, unmute,
# chat_flood, slurs, porn, rename, slang_emoji, classic, insider.

HELDOUT_CALLS = {
    "en": [
        ("noise", "everyone join and make as much noise as you can"),
        ("noise", "hop in and just scream when she starts talking"),
        ("noise", "get in there and yell over the teacher the whole time"),
        ("noise", "join at 9 and be LOUD, like really loud"),
        ("noise", "bring an air horn and go off every 30 seconds"),
        ("music", "blast your music the second you get in"),
        ("music", "play the loudest song you have on repeat in there"),
        ("music", "everyone share screen and play earrape audio"),
        ("music", "karaoke takeover, mics on and sing over him"),
        ("unmute", "all unmute at the same time at 10:15"),
        ("unmute", "when i say go everyone unmute and start talking"),
        ("unmute", "unmute together and don't stop no matter what he says"),
        ("chat_flood", "take over the chat, copy paste this 100 times"),
        ("chat_flood", "fill the chat with the same emoji till it lags"),
        ("chat_flood", "spam reactions and raise hands nonstop so she can't teach"),
        ("chat_flood", "drown the Q&A in nonsense questions"),
        ("chat_flood", "chat takeover at noon, paste the copypasta"),
        ("slurs", "say the worst words you know on mic"),
        ("slurs", "type slurs in the chat and leave before she kicks you"),
        ("slurs", "go in and call the speaker every slur in the book"),
        ("porn", "share screen and put up something nsfw"),
        ("porn", "post porn in the chat lmaooo"),
        ("porn", "set your profile pic to something nasty and turn the cam on"),
        ("rename", "rename to the teacher's name so nobody can tell who's who"),
        ("rename", "join as 'Mr Johnson' and start handing out fake homework"),
        ("rename", "set your name to one of the students and get them in trouble"),
        ("rename", "pretend to be the sub, call yourself Substitute Teacher"),
        ("slang_emoji", "pull up 🔊🔊 we going crazy in here"),
        ("slang_emoji", "who tryna mess up this class 😈"),
        ("slang_emoji", "let's go cause chaos 💀💀"),
        ("slang_emoji", "we ending this lecture early 😂 everyone pull up"),
        ("slang_emoji", "ruin it for them 🙏🔥"),
        ("classic", "zoom raid at 2pm be there"),
        ("classic", "bombing this one tonight who's in"),
        ("classic", "time to troll the book club"),
        ("insider", "i'm in this class, teacher never locks it, come in and act up"),
        ("insider", "my prof doesn't use a waiting room, get in and go wild"),
        ("insider", "our teacher can't mute anyone lol, come make a mess of it"),
    ],
    "sv": [
        ("noise", "alla in och skrik när hon börjar prata"),
        ("noise", "gå in och för så mycket oväsen ni bara kan"),
        ("noise", "vråla i micken hela lektionen"),
        ("noise", "kom in och låt som en djurpark haha"),
        ("noise", "ta med visselpipa och tuta hela tiden"),
        ("music", "spela hög musik så fort ni kommer in"),
        ("music", "dela skärm och dra på den värsta låten på max"),
        ("music", "kör hårdrock i micken tills han ger upp"),
        ("music", "alla spelar olika låtar samtidigt"),
        ("unmute", "alla slår på micken samtidigt kl 13"),
        ("unmute", "när jag skriver NU slår alla på ljudet och pratar"),
        ("unmute", "stäng inte av micken, prata i mun på henne"),
        ("chat_flood", "ta över chatten, klistra in det här hundra gånger"),
        ("chat_flood", "fyll chatten med emojis tills det laggar"),
        ("chat_flood", "översvämma chatten med skräp"),
        (
            "chat_flood",
            "skriv samma sak i chatten om och om igen så hon inte hinner läsa",
        ),
        ("chat_flood", "räck upp handen allihop hela tiden och spamma reaktioner"),
        ("slurs", "skriv fula ord i chatten och lämna direkt"),
        ("slurs", "säg rasistiska saker i micken"),
        ("slurs", "kalla honom allt möjligt i chatten tills han loggar ut"),
        ("porn", "dela skärm med porr haha"),
        ("porn", "lägg upp snuskiga bilder i chatten"),
        ("porn", "byt profilbild till nåt äckligt och slå på kameran"),
        ("rename", "döp om er till lärarens namn"),
        ("rename", "gå in som 'Rektorn' och säg att lektionen är inställd"),
        ("rename", "ta en elevs namn så får hen skulden"),
        ("rename", "låtsas vara vikarien och skicka hem alla"),
        ("slang_emoji", "kör vi kaos på lektionen? 😈"),
        ("slang_emoji", "vi sabbar hela lektionen 💀💀"),
        ("slang_emoji", "dags att förstöra hennes mattepass 😂"),
        ("slang_emoji", "alla in och kör jävelskap 🔥"),
        ("slang_emoji", "ska vi jävlas med dom? 🤡"),
        ("classic", "raid kl 14 alla med"),
        ("classic", "vi bombar mötet ikväll"),
        ("classic", "trollar svenskan imorgon vem är med"),
        ("insider", "jag går i klassen, läraren låser aldrig, kom in och bråka"),
        ("insider", "vår lärare har inget väntrum, gå in och härja"),
        ("insider", "mentorn kan inte stänga av nån lol, kom och ställ till det"),
    ],
}
TRAIN_CALLS = {
    "en": [
        ("noise", "come in and make a racket while he's presenting"),
        ("noise", "everybody shout at once at 2:30"),
        ("music", "play music super loud the whole lesson"),
        ("music", "turn your speakers up and play some trash music"),
        ("unmute", "unmute all together at the start"),
        ("unmute", "everyone unmute and talk over her"),
        ("chat_flood", "flood the chat with memes"),
        ("chat_flood", "take over the chat and don't let anyone talk"),
        ("slurs", "post slurs in chat lol"),
        ("slurs", "yell slurs and leave"),
        ("porn", "share porn on screen when she lets you present"),
        ("porn", "post nsfw pics in the chat"),
        ("rename", "rename yourself as the teacher"),
        ("rename", "change your name to a student in the class"),
        ("slang_emoji", "let's wreck this class 😂😂"),
        ("slang_emoji", "pull up and act a fool 🤪"),
        ("insider", "it's my class and the teacher never kicks anyone, go crazy"),
        ("classic", "raid this lecture"),
    ],
    "sv": [
        ("noise", "kom in och skrik hela lektionen"),
        ("noise", "för oväsen när läraren pratar"),
        ("noise", "alla skriker samtidigt kl 10"),
        ("noise", "väsnas så mycket ni kan"),
        ("music", "spela musik på högsta volym"),
        ("music", "dra på musik i micken hela tiden"),
        ("music", "spela skräpmusik när hon delar skärm"),
        ("unmute", "alla slår på mikrofonen samtidigt"),
        ("unmute", "sätt på ljudet allihop och prata över honom"),
        ("unmute", "slå på micken och sluta inte prata"),
        ("chat_flood", "spamma chatten med memes"),
        ("chat_flood", "ta över chatten helt"),
        ("chat_flood", "fyll chatten med skit"),
        ("chat_flood", "floda chatten med samma meddelande"),
        ("slurs", "skriv svordomar i chatten"),
        ("slurs", "skrik fula ord och lämna"),
        ("slurs", "skriv kränkande saker om läraren i chatten"),
        ("porn", "visa porr när ni får dela skärm"),
        ("porn", "lägg in porrbilder i chatten"),
        ("porn", "skicka äckliga bilder i chatten"),
        ("rename", "byt namn till läraren"),
        ("rename", "döp om dig till en elev i klassen"),
        ("rename", "gå in med lärarens namn och låtsas vara hen"),
        ("slang_emoji", "vi förstör lektionen 😂😂"),
        ("slang_emoji", "dags för kaos 😈😈"),
        ("slang_emoji", "kom och jävlas lite 🤡"),
        ("slang_emoji", "sabba föreläsningen haha 💀"),
        ("insider", "det är min klass och läraren sparkar aldrig ut nån, kör hårt"),
        ("insider", "jag går där, ingen låser mötet, kom och bråka"),
        ("classic", "raida lektionen"),
        ("classic", "vi trollar mötet"),
    ],
}

HELDOUT_CONTEXT = {
    "en": [
        "it's my english class",
        "our teacher is so clueless",
        "math starts 9:15",
        "she never checks the participants",
        "it's the 8am lecture",
        "tomorrow",
        "no waiting room lol",
        "starts in 10 min",
        "it's our chem class",
        "he never uses the waiting room",
        "",
        "",
        "",
    ],
    "sv": [
        "det är min engelskaklass",
        "läraren fattar ingenting",
        "mattan börjar 9:15",
        "hon kollar aldrig deltagarlistan",
        "föreläsningen kl 8",
        "imorgon",
        "inget väntrum lol",
        "börjar om 10 min",
        "det är vår kemilektion",
        "han har aldrig väntrum",
        "",
        "",
        "",
    ],
}
TRAIN_CONTEXT = {
    "en": ["my class", "our lecture at 11", "teacher is clueless", "tonight", "", ""],
    "sv": [
        "min klass",
        "vår lektion kl 11",
        "läraren är borta",
        "ikväll",
        "vår skola",
        "",
        "",
    ],
}

# Links shared without intent; several use the words of a call to disrupt.
HELDOUT_BENIGN = {
    "en": [
        ("own_class_link", "hey class, here's today's link for the study group"),
        ("own_class_link", "for everyone in group 3: we meet here at 7"),
        ("own_class_link", "sharing the link for our project meeting, see you all"),
        (
            "own_class_link",
            "forgot to post it in the class chat: tonight's review session",
        ),
        ("own_class_link", "reminder for my tutoring students, same room as last week"),
        ("support_group", "our grief support circle meets thursdays, all welcome"),
        ("support_group", "online AA meeting tonight 8pm, newcomers welcome"),
        ("support_group", "parents of kids with ADHD, we meet here once a month"),
        ("support_group", "caregivers' coffee chat, come as you are"),
        ("public_webinar", "free webinar on budgeting tomorrow, join here"),
        ("public_webinar", "public talk about climate adaptation, open to all"),
        ("public_webinar", "the library's author evening is online this year"),
        ("public_webinar", "open house for prospective students, ask us anything"),
        ("bare_link", "link"),
        ("bare_link", "meeting link:"),
        ("bare_link", "standup moved to"),
        ("bare_link", "in case anyone needs it again"),
        ("hard_noise", "make some noise for our graduates at the end! 🎉"),
        ("hard_noise", "please keep the noise down, we have a guest speaker"),
        (
            "hard_music",
            "music class: bring your instrument and unmute when it's your turn",
        ),
        ("hard_music", "DJ set tonight, send your requests for the music"),
        ("hard_unmute", "stay muted unless you have a question please"),
        ("hard_unmute", "everyone unmute to sing happy birthday to grandma at 7"),
        ("hard_chat", "drop your questions in the chat, we'll get to them all"),
        ("hard_chat", "the chat is moderated, be kind to each other"),
        ("hard_slurs", "workshop for moderators: how to respond to slurs in comments"),
        ("hard_porn", "info night for parents on keeping kids away from porn online"),
        ("hard_rename", "please rename yourself to your first name and pronouns"),
        ("hard_rename", "rename to your team name before the breakout rooms"),
        ("hard_slang", "study session tonight 😎📚 pull up if you need help"),
        ("hard_slang", "game night 🎲 pull up, bring snacks"),
        ("news_link", "tips for hosts after last week's zoombombing, recording here"),
        ("joke_link", "this meeting could have been an email 😂"),
    ],
    "sv": [
        ("own_class_link", "hej klassen, här är länken till pluggruppen idag"),
        ("own_class_link", "till alla i grupp 3: vi ses här kl 19"),
        ("own_class_link", "länken till vårt grupparbete, ses där"),
        ("own_class_link", "glömde lägga den i klasschatten: repetitionen ikväll"),
        ("own_class_link", "till mina läxhjälpselever, samma rum som förra veckan"),
        ("support_group", "sorgegruppen träffas på torsdagar, alla är välkomna"),
        ("support_group", "AA-möte online ikväll kl 20, nya är välkomna"),
        ("support_group", "föräldrar till barn med NPF, vi ses här en gång i månaden"),
        ("support_group", "anhörigfika digitalt, kom som du är"),
        ("public_webinar", "gratis webbinarium om privatekonomi imorgon, gå med här"),
        ("public_webinar", "öppen föreläsning om klimatanpassning, alla välkomna"),
        ("public_webinar", "bibliotekets författarkväll är digital i år"),
        ("public_webinar", "öppet hus för blivande studenter, fråga oss vad som helst"),
        ("bare_link", "länk"),
        ("bare_link", "möteslänk:"),
        ("bare_link", "avstämningen flyttad till"),
        ("bare_link", "om nån behöver den igen"),
        ("hard_noise", "vi låter och firar födelsedagsbarnet i slutet! 🎉"),
        ("hard_noise", "ha micken avstängd, det blir mycket ljud annars"),
        (
            "hard_music",
            "musiklektion: ta med instrument och slå på ljudet när det är din tur",
        ),
        ("hard_music", "önska musik till festen ikväll"),
        ("hard_unmute", "håll micken avstängd tills du får ordet"),
        ("hard_unmute", "alla slår på ljudet och sjunger för mormor kl 19"),
        ("hard_chat", "skriv era frågor i chatten så tar vi dem"),
        ("hard_chat", "chatten modereras, var snälla mot varandra"),
        ("hard_slurs", "workshop för moderatorer om hur man bemöter hatkommentarer"),
        ("hard_porn", "föräldramöte om barn och porr på nätet"),
        ("hard_rename", "byt namn till förnamn och klass så vi vet vem du är"),
        ("hard_rename", "döp om dig till ditt lagnamn innan grupprummen"),
        ("hard_slang", "pluggkväll 😎📚 kom om du vill ha hjälp"),
        ("hard_slang", "spelkväll 🎲 häng med, ta med snacks"),
        (
            "news_link",
            "tips till mötesvärdar efter förra veckans zoombombning, inspelning här",
        ),
        ("joke_link", "det här mötet kunde ha varit ett mejl 😂"),
    ],
}
TRAIN_BENIGN = {
    "en": [
        ("own_class_link", "class link for tomorrow, see you"),
        ("support_group", "peer support group for new dads, every sunday"),
        ("public_webinar", "webinar on tax returns, everyone welcome"),
        ("hard_unmute", "unmute when it's your turn to present"),
        ("hard_rename", "rename yourself so we know who you are"),
        ("hard_chat", "put your questions in the chat"),
        ("hard_noise", "cheer loudly for the winners at the end"),
        ("bare_link", "join here"),
    ],
    "sv": [
        ("own_class_link", "klassens länk till imorgon, ses"),
        ("own_class_link", "här är länken till lektionen för er som är sjuka"),
        ("own_class_link", "grupp 2, vi kör här istället"),
        ("support_group", "stödgrupp för nyblivna pappor varje söndag"),
        ("support_group", "samtalsgrupp för unga med ångest, välkommen"),
        ("public_webinar", "webbinarium om deklarationen, alla välkomna"),
        ("public_webinar", "öppen digital föreläsning om hjärnan"),
        ("hard_unmute", "slå på micken när det är din tur att redovisa"),
        ("hard_unmute", "alla mickar av under föreläsningen tack"),
        ("hard_rename", "byt namn så vi vet vem du är"),
        ("hard_chat", "skriv frågor i chatten"),
        ("hard_music", "vi spelar musik i pausen, önska gärna"),
        ("hard_noise", "heja högt på vinnarna i slutet"),
        ("hard_slang", "fika och plugg 😎 häng med"),
        ("bare_link", "gå med här"),
        ("bare_link", "möte"),
    ],
}

# Posts with no meeting reference at all.
HELDOUT_NO_REF = {
    "en": [
        (
            "news",
            "Another school reports zoombombing during an online assembly, police investigating",
        ),
        (
            "news",
            "Study finds most meeting raids are organised by insiders, not strangers",
        ),
        (
            "news",
            "The district now requires waiting rooms after a string of disrupted lessons",
        ),
        ("news", "Opinion: hosts should stop posting meeting links on public pages"),
        (
            "joke",
            "my cat just joined the zoom call and did a better presentation than me",
        ),
        ("joke", "zoom fatigue is real, i've been 'on mute' for 3 years"),
        ("joke", "me pretending my wifi is bad to leave the zoom 🙃"),
        ("zoom_in", "zoom in on the photo, you can see the bird on the roof"),
        ("zoom_in", "if you zoom in 400% the license plate is readable"),
        ("zoom_in", "new camera has 30x optical zoom, worth it"),
        ("phone_number", "call the office on 020 7946 0958 before friday"),
        ("phone_number", "new number: +1 415 555 0134, text me"),
        ("phone_number", "zoom support phone line +1 888 799 9666 was useless"),
        ("order_number", "order 84512039971 still hasn't shipped, anyone else?"),
        ("order_number", "tracking number 9400 1118 9922 3344 5566 77"),
        ("isbn", "the textbook is ISBN 978-0-13-468599-1, second edition"),
        ("date", "deadline moved to 2026-03-14 at 23:59"),
        ("price", "the zoom lens costs $1,299.99 on sale"),
        (
            "webinar_registration",
            "register first: https://zoom.us/webinar/register/WN_x8Kq2LmZQa6",
        ),
        (
            "webinar_registration",
            "registration for the webinar is at zoom.us/webinar/register/WN_b3TfPq91aZ",
        ),
        ("call_no_ref", "anyone know a class we can go and mess up? 😈"),
        ("call_no_ref", "we should all unmute at once next time lol"),
        ("call_no_ref", "i want to blast music in someone's lecture so bad"),
        ("call_no_ref", "who has a link? let's go scream in a class"),
        ("call_no_ref", "rename as the teacher next time, it'd be hilarious"),
    ],
    "sv": [
        (
            "news",
            "Ännu en skola drabbad av zoombombning under digital samling, polisen utreder",
        ),
        ("news", "Studie: de flesta mötesattacker organiseras av insiders"),
        ("news", "Kommunen kräver nu väntrum efter flera störda lektioner"),
        ("news", "Debatt: sluta lägga ut möteslänkar på öppna sidor"),
        ("joke", "katten gick med i zoom-samtalet och höll en bättre dragning än jag"),
        ("joke", "zoomtrötthet är på riktigt, jag har varit på mute i tre år"),
        ("joke", "när man låtsas ha dåligt wifi för att slippa zoomen 🙃"),
        ("zoom_in", "zooma in på bilden, man ser fågeln på taket"),
        ("zoom_in", "om du zoomar in 400% går registreringsskylten att läsa"),
        ("zoom_in", "nya kameran har 30x optisk zoom, värt det"),
        ("phone_number", "ring kontoret på 08-123 456 78 före fredag"),
        ("phone_number", "nytt nummer: 070-123 45 67, sms:a mig"),
        ("phone_number", "zooms support +46 8 505 397 28 svarade aldrig"),
        ("order_number", "order 84512039972 har fortfarande inte skickats"),
        ("order_number", "kolli-id 00373500 1234 5678 90 hos postnord"),
        ("isbn", "kursboken har ISBN 978-91-44-12345-6, andra upplagan"),
        ("date", "deadline flyttad till 2026-03-14 kl 23:59"),
        ("price", "zoomobjektivet kostar 12 999 kr på rea"),
        (
            "webinar_registration",
            "anmäl dig först: https://zoom.us/webinar/register/WN_s7KaP2mQx3b",
        ),
        (
            "webinar_registration",
            "anmälan till webbinariet: zoom.us/webinar/register/WN_Lk82hPq0aXe",
        ),
        ("call_no_ref", "vet nån en lektion vi kan sabba? 😈"),
        ("call_no_ref", "vi borde slå på micken allihop samtidigt nästa gång haha"),
        ("call_no_ref", "vill så gärna spela hög musik på nån föreläsning"),
        ("call_no_ref", "nån som har en länk? vi går in och skriker"),
        ("call_no_ref", "döp om er till läraren nästa gång, det blir så kul"),
    ],
}
TRAIN_NO_REF = {
    "en": [
        ("news", "Zoombombing incidents drop as schools enable waiting rooms"),
        ("zoom_in", "zoom in on the map to see the trail"),
        ("phone_number", "my number is 07700 900123"),
        ("call_no_ref", "let's go mess up some class 😂 anyone got one"),
        ("joke", "zoom meetings before coffee should be illegal"),
    ],
    "sv": [
        ("news", "Färre zoombombningar sedan skolorna började använda väntrum"),
        ("news", "Polisen varnar för att möteslänkar delas öppet"),
        ("zoom_in", "zooma in på kartan så ser du stigen"),
        ("zoom_in", "kameran zoomar dåligt i mörker"),
        ("phone_number", "mitt nummer är 073-987 65 43"),
        ("order_number", "ordernummer 81234599887, var är mitt paket"),
        ("price", "priset är 1 299 kr"),
        ("date", "mötet är 2026-04-01"),
        ("call_no_ref", "nån som vill sabba en lektion? 😂"),
        ("call_no_ref", "vi skulle skrika allihop på nån lektion"),
        ("joke", "zoommöten före kaffet borde vara förbjudna"),
        ("joke", "glömde stänga av kameran på zoomen igen..."),
    ],
}


def _join(rng, parts):
    parts = [p for p in parts if p]
    text = (
        rng.choice([" ", " ", ", ", " — "]).join(parts) if len(parts) > 1 else parts[0]
    )
    return text


def compose(
    rng,
    lang,
    calls,
    contexts,
    benign,
    no_ref,
    counts,
    prefix,
    start,
    group=None,
    benign_context=False,
):
    """Return posts of one language: counts = (calls with a reference, benign
    with a reference, no reference). With group (training only), each post
    names the clause it was written from ("clause": "BLOCK:lang:call:3"), so
    that cross-validation keeps the posts of one clause in one fold. With
    benign_context, the benign posts get a context from the same list as the
    calls, so that a context's words tell nothing of the label."""
    posts = []
    n_call, n_benign, n_none = counts
    forms = ZOOM_FORMS * 2 + OTHER_FORMS + ["zoom_host_link"]
    for i in range(n_call):
        family, clause = calls[i % len(calls)]
        form, ref_text, ref = reference(rng, lang, forms[i % len(forms)])
        context = rng.choice(contexts)
        order = rng.random()
        if order < 0.5:
            text = _join(rng, [clause, ref_text, context])
        elif order < 0.8:
            text = _join(rng, [ref_text, clause, context])
        else:
            text = _join(rng, [context, ref_text, clause])
        posts.append((family, form, text, [ref], True, f"call:{i % len(calls)}"))
    for i in range(n_benign):
        family, clause = benign[i % len(benign)]
        form, ref_text, ref = reference(rng, lang, forms[(i * 7 + 3) % len(forms)])
        parts = [clause, ref_text] if rng.random() < 0.7 else [ref_text, clause]
        if benign_context:
            parts.append(rng.choice(contexts))
        text = _join(rng, parts)
        posts.append((family, form, text, [ref], False, f"benign:{i % len(benign)}"))
    for i in range(n_none):
        family, clause = no_ref[i % len(no_ref)]
        posts.append((family, "none", clause, [], False, f"none:{i % len(no_ref)}"))
    rng.shuffle(posts)
    composed = []
    for n, (family, form, text, refs, high, clause) in enumerate(posts):
        post = {
            "id": f"{prefix}{lang}{start + n:03d}",
            "lang": lang,
            "text": text,
            "refs": refs,
            "high_risk": high,
            "family": family,
            "form": form,
        }
        if group:
            post["clause"] = f"{group}:{lang}:{clause}"
        composed.append(post)
    return composed


def _existing():
    """The 205 posts of issue #6, tuned on already: training only."""
    from tillit.detection.links import extract

    posts = []
    for line in (HERE / "at_risk_posts.jsonl").read_text(encoding="utf-8").splitlines():
        post = json.loads(line)
        found = {(r.provider, r.meeting_id): r for r in extract(post["text"])}
        for ref in post["refs"]:
            got = found.get((ref["provider"], ref["meeting_id"]))
            ref["passcode_exposed"] = bool(got and got.passcode)
        post["family"] = (
            "classic"
            if post["high_risk"]
            else "bare_link"
            if post["refs"]
            else "no_reference"
        )
        post["form"] = "issue6"
        posts.append(post)
    return posts


# Written after the first training run, from the tests' cases and general
# knowledge of how classmates post (never from held-out results): people who
# share their own class link say "my class" and "the teacher" too.
TRAIN_EXTRA_BENIGN = {
    "en": [
        ("own_class_link", "my class is online today because of the snow, link"),
        ("own_class_link", "our teacher asked me to post the link for everyone"),
        ("own_class_link", "if you missed the teacher's email, this is where we meet"),
        ("own_class_link", "my lecture moved online, students use this"),
        ("own_class_link", "guys in our class, the revision session is here tonight"),
        ("own_class_link", "tutoring tonight for my class, bring your worksheets"),
        ("own_class_link", "the teacher says we can join early to set up"),
        ("own_class_link", "our school's parent evening is online, here's the room"),
        ("support_group", "bereavement group, gentle space, join us tuesday"),
        ("support_group", "sober coffee hangout online, no pressure"),
        ("public_webinar", "free lecture on birds of the coast, all welcome"),
        ("public_webinar", "our museum's online tour starts at 6"),
        ("hard_music", "bring your violin and unmute when you play your part"),
        ("hard_music", "choir practice, sing along but stay muted please"),
        ("hard_noise", "we'll all shout happy new year at midnight!"),
        ("hard_unmute", "unmute yourselves at the end for questions"),
        ("hard_chat", "say hi in the chat when you arrive"),
        ("hard_rename", "change your display name to your real name please"),
        ("hard_slang", "movie night 🍿 pull up whenever"),
        ("hard_slang", "lol this class is so fun 😂 see you all there"),
        ("bare_link", "the room for today"),
        ("bare_link", "same link as always"),
        ("own_class_link", "it's my class's zoom, see you there at 10"),
        ("own_class_link", "my class meets here on mondays, new students welcome"),
        ("own_class_link", "this is my class link if anyone from period 2 lost it"),
        ("own_class_link", "it's our class room for the group project"),
    ],
    "sv": [
        ("own_class_link", "min klass har distans idag pga snön, länken"),
        ("own_class_link", "läraren bad mig lägga ut länken till alla"),
        ("own_class_link", "vår lektion är digital idag, här kopplar vi upp oss"),
        ("own_class_link", "till er i min klass som missade mejlet"),
        ("own_class_link", "vår skolas föräldramöte är digitalt i år"),
        ("hard_music", "ta med fiolen och slå på ljudet när du spelar din stämma"),
        ("hard_noise", "vi ropar gott nytt år vid tolvslaget!"),
        ("hard_chat", "säg hej i chatten när ni kommer in"),
        ("hard_rename", "ändra visningsnamn till ditt riktiga namn tack"),
        ("hard_slang", "filmkväll 🍿 kom när ni vill"),
        ("own_class_link", "länk till min klass genomgång, ses kl 8"),
        ("own_class_link", "vår klass har prov-genomgång här, ta med frågor"),
        ("own_class_link", "min lärare är sjuk så vi pluggar själva här"),
        ("support_group", "samtalsgrupp för anhöriga till spelberoende, onsdagar"),
        ("public_webinar", "kommunens digitala medborgardialog om nya skolan"),
        ("hard_unmute", "slå på micken och säg ditt namn när du kommer in"),
    ],
}
TRAIN_EXTRA_CALLS = {
    "en": [
        ("music", "play loud music over his slides"),
        ("music", "crank some awful music up when she talks"),
        ("unmute", "everybody unmute at once when she starts"),
        ("noise", "go in and make loud noises till he quits"),
        ("noise", "just scream into your mic when it starts"),
        ("noise", "everyone bang pots on cam lmao"),
        ("unmute", "unmute together and yell"),
        ("unmute", "when the lesson starts we all unmute"),
        ("chat_flood", "paste this into the chat as many times as you can"),
        ("chat_flood", "spam the q&a so she can't answer anyone"),
        ("slurs", "say the n word on mic and leave"),
        ("porn", "put up nudes when you get screen share"),
        (
            "rename",
            "name yourself after the principal and tell everyone class is cancelled",
        ),
        ("slang_emoji", "we finna ruin this lecture 💀"),
        ("slang_emoji", "who's tryna crash out in class 😈"),
        ("insider", "my class link, the teacher never kicks anyone, act up"),
    ],
    "sv": [
        ("music", "spela musik högt när han visar bilderna"),
        ("music", "dra upp volymen på nån hemsk låt när hon pratar"),
        ("noise", "gorma och tjut så fort hon säger något"),
        ("unmute", "mickar på allihop och sjung falskt"),
        ("chat_flood", "skriv hundra meddelanden i chatten på en gång"),
        ("rename", "kalla dig läraren i deltagarlistan"),
        ("porn", "dela nakenbilder på skärmen"),
        ("noise", "låt som grisar i micken hela tiden"),
        ("noise", "skrik rakt in i micken när hon börjar"),
        ("unmute", "slå på ljudet alla på en gång och gapa"),
        ("chat_flood", "spamma frågelådan så hon inte hinner svara"),
        ("slurs", "skrik kränkande ord och logga ut"),
        ("porn", "visa nakenbilder när ni får dela"),
        ("rename", "kalla dig rektorn och säg att lektionen är slut"),
        ("slang_emoji", "vi kör sönder lektionen 💀"),
        ("slang_emoji", "nån som vill jävlas med föreläsningen 😈"),
        ("unmute", "mickarna på samtidigt och sjung"),
        ("music", "spela technomusik på max i micken"),
        ("chat_flood", "skriv samma emoji i chatten tusen gånger"),
        ("insider", "länken till min klass, läraren kastar aldrig ut nån, kör"),
    ],
}


# Written for issue #13's second round, by hand and from fresh scenarios
# (never from held-out results): English calls to disrupt phrased without the
# lexicon's words (slang, indirect asks, sarcasm, gamer talk, emoji alone) and
# Swedish harmless posts whose words sound like disruption. Each clause is
# used once; calls and harmless posts draw their context from the same list.
TRAIN_EXTRA2_CONTEXT = {
    "en": ["tonight", "at 9", "starts in 5 min", "tomorrow", "see you", "", "", ""],
    "sv": ["ikväll", "kl 9", "börjar om 5 min", "imorgon", "ses", "", "", ""],
}
TRAIN_EXTRA2_CALLS = {
    "en": [
        ("slang_emoji", "you know what to do 😈"),
        ("slang_emoji", "make it memorable for her lol"),
        ("slang_emoji", "let's give them a show they won't forget 🎭"),
        ("slang_emoji", "😈😈😈"),
        ("slang_emoji", "🔊📢🤡"),
        ("slang_emoji", "run it up in there tonight, no mercy"),
        ("slang_emoji", "pull up at 10 and get rowdy with it"),
        ("slang_emoji", "gg ez, this lecture is getting griefed"),
        ("slang_emoji", "grief the lobby at 3, bring the squad"),
        ("slang_emoji", "squad up, we're griefing his office hours"),
        ("slang_emoji", "pop off in there, she can't handle it"),
        ("slang_emoji", "time to speedrun getting kicked from this class"),
        ("slang_emoji", "clip it when he loses it 😂 everyone hop in"),
        ("slang_emoji", "would be a shame if 40 people joined and did a bit 🙃"),
        ("slang_emoji", "totally not suggesting you all join and make it weird 🙂"),
        ("slang_emoji", "oh no, what if the whole server showed up unannounced 😇"),
        ("slang_emoji", "send the boys in"),
        ("slang_emoji", "unleash the goblins on this one 👺"),
        ("slang_emoji", "let's have some fun with the sub today 😏"),
        ("slang_emoji", "bring the energy, we're hijacking her class"),
        ("slang_emoji", "hijack the presentation when he shares screen"),
        ("slang_emoji", "who's down to hijack the bible study lmao"),
        ("slang_emoji", "everybody in, turn it into a circus"),
        ("slang_emoji", "first one to make her log off wins"),
        ("slang_emoji", "let's see how long until he ends the call 😂"),
        ("slang_emoji", "bet we can make him cry in 5 min"),
        ("slang_emoji", "make her regret teaching online"),
        ("slang_emoji", "she gave us detention so now she gets what's coming, hop on"),
        ("slang_emoji", "payback time for the quiz, everyone join at 1"),
        ("slang_emoji", "storm the lecture at noon 🌩️"),
        ("slang_emoji", "go in and cause a scene, cams on"),
        ("slang_emoji", "gamers rise up, this lecture is ours tonight"),
        ("slang_emoji", "everyone join at 2 and act unhinged"),
        ("slang_emoji", "no cap we finna shut this class down"),
        ("slang_emoji", "come in and make it impossible for her to teach"),
        ("slang_emoji", "do NOT let him finish his presentation"),
        ("slang_emoji", "lol imagine 50 randoms joining this book club at once"),
        ("slang_emoji", "open invite to derail this webinar"),
        ("slang_emoji", "derail the Q&A with dumb questions"),
        ("slang_emoji", "big W if we get the seminar cancelled, link"),
        ("slang_emoji", "it's a free for all in there, bring friends 😜"),
        ("slang_emoji", "wanna see the teacher rage quit? join"),
        ("porn", "turn your cam on and do something disgusting"),
        ("porn", "show your butt on cam lmao"),
        ("porn", "flash the class when she calls on you"),
        ("porn", "put a gross pic as your background"),
        ("porn", "draw nasty stuff on the whiteboard when she opens annotate"),
        ("porn", "annotate all over her slides with d*cks"),
        ("chat_flood", "use the annotate tool and scribble over everything"),
        ("chat_flood", "type 'L' in chat every 2 seconds"),
        ("chat_flood", "keep pasting the bee movie script in chat"),
        ("chat_flood", "everybody type his mom jokes in the chat"),
        ("chat_flood", "keep requesting to share screen till she snaps"),
        ("chat_flood", "all of you leave and rejoin every minute"),
        ("chat_flood", "join with 10 accounts each"),
        ("chat_flood", "bring your alts and fill the room"),
        ("noise", "mic up and beatbox the whole lecture"),
        ("noise", "hum really loud when he asks a question"),
        ("noise", "burp into the mic every time she says ok"),
        ("noise", "moan on mic when the teacher talks"),
        ("noise", "everyone bark when she says hello 🐶"),
        ("noise", "do the fortnite dance on cam and talk over the prof"),
        ("music", "play siren sounds through your mic"),
        ("music", "soundboard time, bring your worst sounds"),
        ("music", "hook up a soundboard and go nuts"),
        ("music", "crank the rickroll to 100 when he presents"),
        ("slurs", "call her the names we talked about in the gc"),
        ("slurs", "tell the speaker to go back to his country"),
        ("slurs", "say the r word every time he talks"),
        ("slurs", "type hateful stuff about the pastor in the chat"),
        ("rename", "name yourself mrs patel and tell them the test is cancelled"),
        ("rename", "go in as the principal, same profile picture and everything"),
        ("rename", "copy the TA's name and kick people out of breakout rooms"),
        ("rename", "use jake's name so he gets blamed"),
        ("rename", "be the teacher for a day, swap display names and teach nonsense"),
        ("classic", "zoombomb it at 4, link below"),
        ("insider", "the host is afk half the time, come in and do whatever"),
        ("insider", "sub doesn't know how to remove people, it's open season"),
        (
            "insider",
            "my teacher has no clue how zoom works, everybody come have fun with it 😈",
        ),
        ("insider", "she leaves the waiting room off, just walk in and do your thing"),
        (
            "insider",
            "i'm in this church's youth group, they never mute anyone, come wild out",
        ),
        ("insider", "our pastor doesn't know how to kick people, send everyone"),
    ],
    "sv": [
        ("slang_emoji", "ni vet vad ni ska göra 😈"),
        ("slang_emoji", "gör det minnesvärt för henne haha"),
        ("slang_emoji", "vi ger dom en show de aldrig glömmer 😈"),
        ("slang_emoji", "😈😈🤡"),
        ("slang_emoji", "kör hårt där inne ikväll"),
        ("slang_emoji", "dags att busa lite med vikarien 😏"),
        ("slang_emoji", "spring in och ta över hela lektionen"),
        ("slang_emoji", "kapa presentationen när han delar skärm"),
        ("slang_emoji", "vem hänger med och kapar bibelstudiet"),
        ("slang_emoji", "alla in och gör det omöjligt för henne att undervisa"),
        ("slang_emoji", "låt honom inte hålla klart sin redovisning"),
        ("slang_emoji", "första som får henne att lämna mötet vinner"),
        ("slang_emoji", "slå vad om att han avslutar mötet inom 5 min"),
        ("slang_emoji", "hämnd för provet, alla in kl 13"),
        ("slang_emoji", "storma lektionen vid lunch ⚡"),
        ("slang_emoji", "gå in och gör en scen, kameran på"),
        ("slang_emoji", "gamers, den här föreläsningen är vår ikväll"),
        ("slang_emoji", "på riktigt nu, vi sänker den här lektionen"),
        ("slang_emoji", "gör livet surt för henne på distansen"),
        ("slang_emoji", "ställ dumma frågor tills föreläsningen spårar ur"),
        ("slang_emoji", "öppen inbjudan att spåra ur webbinariet"),
        ("slang_emoji", "full rulle på mattelektionen 🔥 alla med"),
        ("slang_emoji", "nu jävlar kör vi 😈"),
        ("slang_emoji", "mobba ut vikarien, alla in kl 9"),
        ("slang_emoji", "ge fröken en lektion hon aldrig glömmer 😂"),
        ("slang_emoji", "bjud in hela discorden till hennes lektion"),
        ("porn", "visa rumpan i kameran lol"),
        ("porn", "blotta er när hon ropar upp er"),
        ("porn", "sätt nån vidrig bild som bakgrund"),
        ("porn", "rita snuskigt på whiteboarden när hon öppnar anteckningar"),
        ("chat_flood", "klottra över alla hennes bilder med ritverktyget"),
        ("chat_flood", "skriv 'L' i chatten varannan sekund"),
        ("chat_flood", "klistra in hela bee movie-manuset i chatten"),
        ("chat_flood", "lämna och gå med igen varje minut allihop"),
        ("chat_flood", "gå med med tio konton var"),
        ("chat_flood", "ta med era fejkkonton och fyll rummet"),
        ("noise", "beatboxa så fort hon öppnar munnen"),
        ("noise", "rapa i micken varje gång hon säger okej"),
        ("noise", "skäll som hundar när hon säger hej 🐶"),
        ("noise", "flippa ur i micken när han börjar prata"),
        ("music", "spela sirenljud genom micken"),
        ("music", "ta fram soundboarden och kör"),
        ("slurs", "kalla henne det vi snackade om i gruppchatten"),
        ("slurs", "säg åt föreläsaren att åka hem till sitt land"),
        ("slurs", "skriv hatiska saker om prästen i chatten"),
        ("rename", "döp dig till fröken Andersson och säg att provet är inställt"),
        ("rename", "gå in som rektorn, samma profilbild och allt"),
        ("rename", "ta assistentens namn och kasta ut folk från grupprummen"),
        ("rename", "använd Jonnas namn så får hon skulden"),
        ("insider", "värden är borta halva tiden, kom in och gör vad ni vill"),
        ("insider", "vikarien vet inte hur man tar bort folk, fritt fram"),
        ("insider", "min lärare fattar inte hur zoom funkar, alla in och ha kul 😈"),
        ("insider", "hon stänger av väntrummet, bara gå in och kör"),
        (
            "insider",
            "jag är med i församlingens ungdomsgrupp, de tystar aldrig nån, kom in",
        ),
        ("insider", "vår pastor kan inte sparka ut folk, skicka in alla"),
    ],
}
TRAIN_EXTRA2_BENIGN = {
    "en": [
        (
            "own_class_link",
            "my class is doing presentations today, link for anyone home sick",
        ),
        ("own_class_link", "teacher asked me to share this with our group, see you"),
        (
            "own_class_link",
            "for my period 4 class, the review is here, bring questions",
        ),
        (
            "own_class_link",
            "our teacher is running late, she said start without her here",
        ),
        (
            "own_class_link",
            "everyone in my seminar, this is the room for debate practice",
        ),
        ("own_class_link", "my prof moved office hours online this week"),
        (
            "own_class_link",
            "this is the link for our class's reading circle, be there!",
        ),
        ("own_class_link", "our school's choir practice is online"),
        (
            "own_class_link",
            "i'm in this class too, the teacher said we can use this room",
        ),
        ("support_group", "our church prayer group meets online, everyone welcome 🙏"),
        ("support_group", "NA meeting thursday 7pm, just show up"),
        ("support_group", "grieving pet owners circle, come share a memory"),
        ("support_group", "new moms support chat, babies welcome on cam"),
        ("support_group", "long covid support group, cameras optional"),
        ("public_webinar", "city council town hall online, ask the mayor anything"),
        ("public_webinar", "our bookshop's author Q&A, bring your hardest questions"),
        ("public_webinar", "astronomy club livestream, meteor shower watch party"),
        (
            "hard_slang",
            "you know what to do: cameras on, grab a coffee, and say hi ☕",
        ),
        ("hard_slang", "make it memorable! grandpa's 90th, join in a silly hat 🎉"),
        ("hard_slang", "let's give them a show! the kids' dance recital streams here"),
        ("hard_slang", "run it up! final push before the exam, study group"),
        ("hard_slang", "pull up to the book club, we're on chapter 9"),
        ("hard_slang", "gg everyone, scrim review, bring your vods"),
        ("hard_slang", "squad up for the esports club meeting, new members welcome 🎮"),
        ("hard_slang", "team stream, clip your best plays for the montage"),
        ("hard_classic", "raid boss strategy meeting for the guild"),
        ("hard_classic", "dance team: we totally bombed the last show, practice call"),
        ("hard_classic", "kids' watch party: Trolls 2, cams on and sing along"),
        (
            "hard_noise",
            "when the bride walks in, everyone cheer as loud as you can! 💍",
        ),
        ("hard_noise", "watch party for the final, come yell at the TV with us"),
        ("hard_noise", "kids' sing-along, unmute and make noise with your shakers"),
        (
            "hard_music",
            "play your favourite song for the group, show and tell for musicians",
        ),
        ("hard_music", "jam session, bring an instrument and play along"),
        ("hard_music", "music therapy group, we'll listen to a song together"),
        (
            "hard_unmute",
            "unmute all together and shout surprise when she joins! 🎂",
        ),
        ("hard_unmute", "everyone unmute at the end for the group goodbye"),
        (
            "hard_chat",
            "flood the chat with your memories of Mrs Olsen for her retirement 💐",
        ),
        ("hard_chat", "spam hearts in the chat when the couple says I do ❤️"),
        ("hard_chat", "fill the chat with questions for the panel, we love it"),
        ("hard_rename", "change your name to your team name for trivia"),
        ("hard_rename", "rename yourself to your character's name for the D&D session"),
        ("hard_rename", "set your name to your company and role please"),
        ("hard_porn", "parents' webinar on sextortion and how to talk to teens"),
        (
            "hard_slurs",
            "training for volunteers: what to do if someone posts hate speech",
        ),
        (
            "hard_chaos",
            "organised chaos as always 😂 parent meeting for the class trip",
        ),
        ("hard_chaos", "it's going to be wild, 30 toddlers on one call, storytime"),
        ("news_link", "recording of the panel on why so many schools got zoombombed"),
        ("joke_link", "my dog attends more meetings than me, proof: his puppy class"),
        ("bare_link", "new link"),
        ("bare_link", "updated room"),
        ("own_class_link", "it's my class's study hall, see you at 4"),
        ("own_class_link", "my class's revision call is at 6, bring your notes"),
        ("own_class_link", "it's our class group call at 8, teacher will join later"),
        ("own_class_link", "for my class: presentations start at 10, good luck all"),
        ("own_class_link", "it's my history class, we meet at 1 instead of room 4"),
        (
            "own_class_link",
            "our class meets at 3 today, the teacher is sick so a sub runs it",
        ),
        ("own_class_link", "my class's parent-teacher evening is at 7"),
        ("own_class_link", "the teacher asked us to join at 8:45 to test audio"),
        (
            "own_class_link",
            "my class is watching the play together at 2, popcorn optional 🍿",
        ),
        ("own_class_link", "my class's last lesson before summer at 11, come say bye"),
        ("own_class_link", "our class chat for the group essay, at 5 after practice"),
    ],
    "sv": [
        ("hard_music", "kom och sjung med i kyrkokören, alla röster välkomna"),
        ("hard_unmute", "slå på mikrofonen när du vill dela något i samtalsgruppen"),
        ("hard_rename", "byt namn till ditt förnamn innan vi börjar, tack"),
        ("hard_music", "vi spelar musik till fikat, ta med en kopp"),
        ("hard_chat", "storma in med frågor till rektorn på föräldramötet!"),
        ("hard_chat", "ta över ordet när det är din tur i debattövningen"),
        ("hard_classic", "bomba oss med frågor på frågestunden 💬"),
        ("hard_chaos", "ställ till med fest! mormors 80-årskalas digitalt 🎉"),
        ("hard_noise", "skrik ut ditt svar när jag säger nu, det är frågesport!"),
        ("hard_noise", "barnen får skrika och hoppa, det är rörelsepass för förskolan"),
        ("hard_classic", "trollkarlen Kalle uppträder för barnen på kalaset 🎩"),
        ("hard_classic", "trollerikurs för nybörjare, ta med en kortlek"),
        ("hard_chat", "spamma inte chatten, ställ frågor i Q&A istället tack"),
        ("hard_chat", "fyll chatten med hjärtan när brudparet säger ja ❤️"),
        ("hard_chat", "klistra in er länk till dokumentet i chatten"),
        (
            "hard_chaos",
            "kaos hemma med tre barn, men här är länken till föreningsmötet 😅",
        ),
        ("hard_chaos", "ursäkta att jag stör, men styrelsemötet har flyttats hit"),
        ("hard_chaos", "stör dig inte på ljudet från bygget, vi kör ändå"),
        ("hard_chaos", "förstör inte ögonen, ta pauser! digital skrivarverkstad"),
        ("hard_chaos", "sabbatsfirande i församlingen, alla välkomna"),
        ("hard_chaos", "härja fritt med penslarna i barnens målarstund"),
        ("hard_chaos", "jävlar vad kul det blev förra gången! stickcafé igen"),
        ("hard_noise", "låt som en fågel! fågelskådarföreningens läteskurs"),
        (
            "hard_music",
            "spela din favoritlåt för gruppen, visa-och-berätta för musiker",
        ),
        ("hard_music", "jamsession, alla tar med instrument och spelar med"),
        ("hard_music", "musikterapigrupp, vi lyssnar på en låt tillsammans"),
        (
            "hard_unmute",
            "alla slår på micken samtidigt och ropar grattis när hon loggar in 🎂",
        ),
        ("hard_unmute", "slå på ljudet allihop i slutet så vi kan säga hejdå"),
        ("hard_rename", "byt namn till ert lagnamn inför frågesporten"),
        ("hard_rename", "döp om dig till din rollfigur inför rollspelet"),
        ("hard_rename", "skriv ditt namn och din förening i visningsnamnet"),
        ("hard_slurs", "kalla honom Farfar i chatten, han gillar det 😄"),
        ("hard_porn", "föräldraträff om sextortion och hur man pratar med tonåringar"),
        (
            "hard_slurs",
            "utbildning för volontärer: vad gör man om någon skriver rasistiska kommentarer",
        ),
        ("hard_slurs", "kurs i att hantera kränkande kommentarer på nätet"),
        (
            "own_class_link",
            "min klass har redovisningar idag, länk för er som är hemma sjuka",
        ),
        ("own_class_link", "läraren bad mig dela detta med gruppen, ses"),
        ("own_class_link", "till min klass 7B: genomgången är här, ta med frågor"),
        ("own_class_link", "vår lärare är sen, hon sa att vi ska börja utan henne här"),
        (
            "own_class_link",
            "hej alla i seminariegruppen, här är rummet för debattövningen",
        ),
        ("own_class_link", "min mentor flyttar handledningen online den här veckan"),
        ("own_class_link", "länken till vår klass läsecirkel, kom!"),
        ("own_class_link", "vår skolas kör övar digitalt"),
        ("own_class_link", "jag går i klassen och läraren bad mig lägga ut länken"),
        ("own_class_link", "mentorn kan inte vara med, så vi kör själva här"),
        (
            "own_class_link",
            "läraren kollar aldrig frånvaron online ändå, men kom gärna på genomgången",
        ),
        ("support_group", "församlingens bönegrupp träffas digitalt, alla välkomna 🙏"),
        ("support_group", "AA-möte torsdag kl 19, kom som du är"),
        ("support_group", "samtalsgrupp för dig som mist ditt husdjur"),
        (
            "support_group",
            "stödgrupp för nyblivna mammor, bebisar välkomna framför kameran",
        ),
        ("support_group", "stödgrupp för långtidscovid, kamera valfri"),
        ("support_group", "anhöriggruppen för demens ses på måndag"),
        (
            "support_group",
            "pensionärsföreningens träff, vi hjälper dig med ljudet om det krånglar",
        ),
        (
            "public_webinar",
            "kommunfullmäktige sänds digitalt, ställ frågor till politikerna",
        ),
        ("public_webinar", "bokhandelns författarsamtal, kom med dina svåraste frågor"),
        ("public_webinar", "astronomiföreningen sänder meteorregnet live"),
        ("public_webinar", "bostadsrättsföreningens årsstämma hålls digitalt i år"),
        ("hard_slang", "ni vet vad ni ska göra: kamera på, ta en kaffe och säg hej ☕"),
        ("hard_slang", "gör det minnesvärt! farfars 90-årsdag, kom med rolig hatt 🎉"),
        ("hard_slang", "vi ger dom en show! barnens dansuppvisning streamas här"),
        ("hard_slang", "kör hårt sista veckan innan provet, pluggstuga 💪"),
        ("hard_slang", "häng med på bokcirkeln, vi är på kapitel 9"),
        ("hard_slang", "gg allihop, genomgång av matchen, ta med era klipp 🎮"),
        ("hard_classic", "raidgenomgång för gillet, nya medlemmar välkomna"),
        ("hard_slang", "e-sportklubbens möte, nya medlemmar välkomna 🎮"),
        ("hard_classic", "vi floppade totalt på förra uppvisningen 😅 repetition"),
        ("hard_noise", "när bruden kommer in, jubla så högt ni kan! 💍"),
        ("hard_noise", "tittarfest för finalen, vi skriker på tv:n tillsammans"),
        ("hard_noise", "barnens sångstund, slå på ljudet och skramla med maracas"),
        ("hard_noise", "heja fram löparna i livesändningen!"),
        (
            "hard_chat",
            "översvämma chatten med minnen av Gunilla inför hennes pension 💐",
        ),
        ("hard_chat", "släpp loss frågorna i chatten till panelen"),
        ("hard_chaos", "organiserat kaos som vanligt 😂 föräldramöte om klassresan"),
        ("hard_chaos", "det blir vilt, 30 småbarn i samma samtal, sagostund här"),
        ("news_link", "inspelning av panelen om varför så många skolor zoombombades"),
        ("joke_link", "hunden går på fler möten än jag, här är beviset (valpkursen)"),
        ("bare_link", "ny länk"),
        ("bare_link", "uppdaterat rum"),
        ("bare_link", "samma som förra veckan"),
        ("own_class_link", "det är min klass pluggstund, ses kl 4"),
        ("own_class_link", "min klass har genomgång kl 6, ta med anteckningar"),
        ("own_class_link", "vår klass samlas kl 8, läraren kommer lite senare"),
        ("own_class_link", "till min klass: redovisningarna börjar kl 10, lycka till"),
        (
            "own_class_link",
            "det är min historielektion, vi kör kl 1 istället för i sal 4",
        ),
        (
            "own_class_link",
            "vår klass har lektion kl 3, läraren är sjuk så en vikarie kör",
        ),
        ("own_class_link", "min klass föräldramöte är kl 7"),
        ("own_class_link", "läraren bad oss gå in kl 8.45 för att testa ljudet"),
        (
            "own_class_link",
            "klassen tittar på pjäsen tillsammans kl 2, popcorn valfritt 🍿",
        ),
        (
            "own_class_link",
            "sista lektionen för min klass före sommaren kl 11, säg hejdå",
        ),
        ("own_class_link", "vår klass gruppsamtal för uppsatsen kl 5 efter träningen"),
    ],
}
TRAIN_EXTRA2_NO_REF = {
    "en": [
        ("call_no_ref", "someone drop a link, we're griefing a class today 😈"),
        ("call_no_ref", "who has a lecture we can hijack tomorrow?"),
        ("call_no_ref", "dm me your class link and we'll make it memorable"),
        ("news", "School district reports fewer meeting intrusions this term"),
        ("joke", "my teacher's wifi disrupted class more than any troll could"),
        ("zoom_in", "zoom out a bit, the whole chart doesn't fit"),
    ],
    "sv": [
        ("call_no_ref", "nån som har en länk? vi ska kapa en lektion idag 😈"),
        ("call_no_ref", "vilken föreläsning ska vi spåra ur imorgon?"),
        ("call_no_ref", "skicka er klasslänk så gör vi det minnesvärt"),
        ("news", "Skolverket: färre störda distanslektioner i år"),
        ("joke", "min lärares wifi störde lektionen mer än något troll"),
        ("zoom_in", "zooma ut lite, hela diagrammet syns inte"),
    ],
}


def main():
    rng = random.Random(13)
    train = _existing()
    train += compose(
        rng,
        "en",
        TRAIN_CALLS["en"],
        TRAIN_CONTEXT["en"],
        TRAIN_BENIGN["en"],
        TRAIN_NO_REF["en"],
        (20, 16, 5),
        "t",
        1,
        group="TRAIN",
    )
    train += compose(
        rng,
        "sv",
        TRAIN_CALLS["sv"],
        TRAIN_CONTEXT["sv"],
        TRAIN_BENIGN["sv"],
        TRAIN_NO_REF["sv"],
        (50, 40, 12),
        "t",
        1,
        group="TRAIN",
    )
    heldout = []
    for lang in ("en", "sv"):
        heldout += compose(
            rng,
            lang,
            HELDOUT_CALLS[lang],
            HELDOUT_CONTEXT[lang],
            HELDOUT_BENIGN[lang],
            HELDOUT_NO_REF[lang],
            (95, 90, 25),
            "h",
            1,
        )
    # A seed of their own, so that adding them changed no held-out post.
    more = random.Random(1313)
    for lang, start in (("en", 100), ("sv", 200)):
        extra, calls = TRAIN_EXTRA_BENIGN[lang], TRAIN_EXTRA_CALLS[lang]
        train += compose(
            more,
            lang,
            calls,
            TRAIN_CONTEXT[lang],
            extra,
            [],
            (2 * len(calls), 2 * len(extra), 0),
            "t",
            start,
            group="TRAIN_EXTRA",
            # Since #13's second round: the harmless posts get the calls'
            # contexts too, or "tonight" and "läraren är borta" read as intent.
            benign_context=True,
        )
    # The second round (issue #13), on a seed of its own too: each clause once.
    second = random.Random(1314)
    for lang, start in (("en", 300), ("sv", 400)):
        calls, benign = TRAIN_EXTRA2_CALLS[lang], TRAIN_EXTRA2_BENIGN[lang]
        no_ref = TRAIN_EXTRA2_NO_REF[lang]
        train += compose(
            second,
            lang,
            calls,
            TRAIN_EXTRA2_CONTEXT[lang],
            benign,
            no_ref,
            (len(calls), len(benign), len(no_ref)),
            "t",
            start,
            group="TRAIN_EXTRA2",
            benign_context=True,
        )
    for name, posts in (("notifier_train", train), ("notifier_heldout", heldout)):
        with open(HERE / f"{name}.jsonl", "w", encoding="utf-8") as out:
            for post in posts:
                out.write(json.dumps(post, ensure_ascii=True) + "\n")
        print(name, len(posts))


if __name__ == "__main__":
    main()
