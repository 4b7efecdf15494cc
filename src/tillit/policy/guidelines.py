"""The first Acceptable Use Guidelines, in Tillit's own words (S19).

Loaded by a data migration; the policy app versions them later.
(slug, severity, entry tier, English title, Swedish title, English text, Swedish text)
"""

STANDARDS = [
    (
        "child_safety",
        "critical",
        3,
        "Child safety",
        "Barns säkerhet",
        "Never use the service to sexualise, groom, exploit or endanger a minor, or to "
        "share or seek material that does. We report such material to the authorities.",
        "Använd aldrig tjänsten för att sexualisera, grooma, utnyttja eller utsätta "
        "ett barn för fara, eller för att dela eller söka sådant material. Vi anmäler "
        "sådant material till myndigheterna.",
    ),
    (
        "violent_extremism",
        "critical",
        3,
        "Violent extremism",
        "Våldsbejakande extremism",
        "Do not promote, recruit for, fund or glorify terrorist or violent extremist "
        "organisations or their attacks.",
        "Främja, rekrytera till, finansiera eller förhärliga inte terroristorganisationer "
        "eller våldsbejakande extremistgrupper eller deras attacker.",
    ),
    (
        "self_harm",
        "critical",
        2,
        "Suicide and self-harm",
        "Självmord och självskada",
        "Do not encourage or instruct suicide or self-harm. Talking about experiences "
        "and recovery is welcome; someone at risk is offered support, not only sanctions.",
        "Uppmuntra eller instruera inte till självmord eller självskada. Att berätta om "
        "erfarenheter och återhämtning är välkommet; den som är i fara erbjuds stöd, "
        "inte bara sanktioner.",
    ),
    (
        "violence",
        "high",
        2,
        "Violence and threats",
        "Våld och hot",
        "Do not threaten, incite or celebrate violence against people or groups.",
        "Hota inte, uppvigla inte till och hylla inte våld mot personer eller grupper.",
    ),
    (
        "hate",
        "high",
        1,
        "Hateful conduct",
        "Hatiskt beteende",
        "Do not attack or demean people for who they are: ethnicity, national origin, "
        "religion, disability, sex, gender identity, sexual orientation or age.",
        "Angrip eller förnedra inte människor för vilka de är: etnicitet, nationellt "
        "ursprung, religion, funktionsnedsättning, kön, könsidentitet, sexuell läggning "
        "eller ålder.",
    ),
    (
        "sexual",
        "high",
        1,
        "Sexual content",
        "Sexuellt innehåll",
        "Do not show sexually explicit material to people who have not chosen to see "
        "it, and never without the consent of those shown.",
        "Visa inte sexuellt explicit material för personer som inte valt att se det, "
        "och aldrig utan samtycke från dem som syns.",
    ),
    (
        "privacy",
        "high",
        1,
        "Privacy",
        "Integritet",
        "Do not share someone's private information, or record or stream people "
        "without the consent the law requires.",
        "Dela inte någons privata uppgifter och spela inte in eller sänd människor "
        "utan det samtycke som lagen kräver.",
    ),
    (
        "harassment",
        "medium",
        1,
        "Harassment and bullying",
        "Trakasserier och mobbning",
        "Do not target people with unwanted, repeated or degrading behaviour.",
        "Utsätt inte människor för oönskat, upprepat eller förnedrande beteende.",
    ),
    (
        "fraud",
        "medium",
        1,
        "Fraud and scams",
        "Bedrägerier",
        "Do not deceive people for money or data, phish, or run scams.",
        "Lura inte människor på pengar eller uppgifter, nätfiska inte och bedriv inte "
        "bedrägerier.",
    ),
    (
        "regulated_goods",
        "medium",
        1,
        "Regulated goods",
        "Reglerade varor",
        "Do not sell or trade weapons, drugs or other goods the law restricts.",
        "Sälj eller handla inte med vapen, narkotika eller andra varor som lagen "
        "begränsar.",
    ),
    (
        "misinformation",
        "medium",
        1,
        "Harmful misinformation",
        "Skadlig desinformation",
        "Do not spread false claims that can cause real harm to health, safety or "
        "elections.",
        "Sprid inte falska påståenden som kan skada hälsa, säkerhet eller val.",
    ),
    (
        "disruption",
        "medium",
        1,
        "Meeting disruption",
        "Störning av möten",
        "Do not join meetings uninvited to disrupt them, or call on others to do so.",
        "Gå inte in i möten objuden för att störa dem och uppmana inte andra att göra det.",
    ),
    (
        "impersonation",
        "low",
        1,
        "Impersonation",
        "Identitetsstöld",
        "Do not pretend to be another person or organisation to mislead.",
        "Utge dig inte för att vara en annan person eller organisation för att vilseleda.",
    ),
    (
        "intellectual_property",
        "low",
        1,
        "Intellectual property",
        "Immateriella rättigheter",
        "Do not share material that infringes others' copyright or trademarks.",
        "Dela inte material som gör intrång i andras upphovsrätt eller varumärken.",
    ),
    (
        "other",
        "low",
        1,
        "Something else",
        "Något annat",
        "Other conduct that breaks the Terms of Service.",
        "Annat beteende som bryter mot användarvillkoren.",
    ),
]
