"""Tillit's published positions (S24), in its own words. Pure data."""

POSITIONS = {
    "academic-freedom": {
        "title_en": "Academic freedom",
        "title_sv": "Akademisk frihet",
        "body_en": (
            "Courses, seminars and lectures discuss difficult subjects: violence, "
            "extremism, sexuality, history's crimes. Teaching and research about such "
            "subjects do not break our guidelines. We look at context: the purpose of "
            "the meeting, who attends, and whether material is shown to inform or to "
            "harm. When a report concerns an academic course, an analyst weighs that "
            "context in the decision and records it."
        ),
        "body_sv": (
            "Kurser, seminarier och föreläsningar tar upp svåra ämnen: våld, "
            "extremism, sexualitet, historiens brott. Undervisning och forskning om "
            "sådana ämnen bryter inte mot våra riktlinjer. Vi ser till sammanhanget: "
            "mötets syfte, vilka som deltar och om materialet visas för att informera "
            "eller för att skada. När en anmälan gäller en kurs väger analytikern in "
            "det sammanhanget i beslutet och dokumenterar det."
        ),
    },
    "freedom-of-expression": {
        "title_en": "Freedom of expression",
        "title_sv": "Yttrandefrihet",
        "body_en": (
            "People meet to argue, protest, organise and disagree. We act only on "
            "reports and public information, never by monitoring private meetings, "
            "and we take the least severe action that stops the harm. Unpopular or "
            "offensive opinions are not violations in themselves; threats, hateful "
            "attacks on people and coordinated disruption are."
        ),
        "body_sv": (
            "Människor möts för att debattera, protestera, organisera sig och vara "
            "oense. Vi agerar bara på anmälningar och offentlig information, aldrig "
            "genom att övervaka privata möten, och vi väljer den mildaste åtgärd som "
            "stoppar skadan. Impopulära eller stötande åsikter är inte i sig "
            "överträdelser; hot, hatiska angrepp på människor och samordnade "
            "störningar är det."
        ),
    },
    "suicide-and-self-harm": {
        "title_en": "Suicide and self-harm",
        "title_sv": "Självmord och självskada",
        "body_en": (
            "A person at risk needs help before anything else. A report that someone "
            "may harm themselves soon goes to the expedited lane, and every notice we "
            "send about it includes support resources, not only sanctions. Sharing "
            "experiences and recovery is welcome; encouraging or instructing "
            "self-harm is not."
        ),
        "body_sv": (
            "En människa i fara behöver hjälp före allt annat. En anmälan om att "
            "någon snart kan skada sig själv hamnar i förtursspåret, och varje "
            "meddelande vi skickar om den innehåller stödresurser, inte bara "
            "sanktioner. Att dela erfarenheter och återhämtning är välkommet; att "
            "uppmuntra eller instruera till självskada är det inte."
        ),
    },
}

SUPPORT_RESOURCES = {
    "en": (
        "If you or someone else is in immediate danger, call 112 (in the EU) or your "
        "local emergency number. Support lines: Mind Självmordslinjen 90101 (Sweden), "
        "Samaritans 116 123 (UK and Ireland), 988 (United States), and "
        "findahelpline.com for other countries."
    ),
    "sv": (
        "Om du eller någon annan är i akut fara, ring 112. Stödlinjer: Mind "
        "Självmordslinjen 90101 (chatt och telefon), 1177 Vårdguiden, och "
        "findahelpline.com för andra länder."
    ),
}


def support_resources(category: str, language: str) -> str:
    """Self-harm notices carry support resources, not only sanctions (S24)."""
    if category != "self_harm":
        return ""
    return SUPPORT_RESOURCES.get(language, SUPPORT_RESOURCES["en"])


# Words that make a self-harm report urgent, in English and Swedish.
IMMINENT = (
    "tonight",
    "right now",
    "today",
    "going to kill",
    "end my life",
    "end it all",
    "goodbye forever",
    "pills",
    "ikväll",
    "i kväll",
    "just nu",
    "idag",
    "i dag",
    "ta livet av",
    "ta mitt liv",
    "hejdå för alltid",
    "tabletter",
)


def is_imminent_self_harm(category: str, text: str) -> bool:
    """A self-harm report that reads as happening soon (S24)."""
    if category != "self_harm":
        return False
    lowered = (text or "").lower()
    return any(word in lowered for word in IMMINENT)
