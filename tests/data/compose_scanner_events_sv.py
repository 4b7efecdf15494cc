"""Write tests/data/scanner_events_sv.jsonl (issue #14, the Swedish half).

Every listing below was written by hand for this project, one by one; nothing is
combined from templates. The held-out listings were written as their own pieces:
none is a copy, paraphrase or variation of a training listing (other scenario,
wording, names and prices). All names, numbers, handles, URLs and prices are made up.

Each entry is (kind, slugs, title, description, note):
  kind  "v" violating, "h" hard negative, "o" ordinary
  slugs for "v": the standards broken, main one first, space-separated;
        for "h": the one standard whose vocabulary the legitimate listing uses
        (written into the note as "(mirrors <slug>)"; its `standards` is []);
        for "o": "".

`python tests/data/compose_scanner_events_sv.py` writes the file and prints the counts.
"""

import json
from collections import Counter
from pathlib import Path

HERE = Path(__file__).parent
OUT = HERE / "scanner_events_sv.jsonl"

SLUGS = [
    "child_safety", "violent_extremism", "self_harm", "violence", "hate", "sexual",
    "privacy", "harassment", "fraud", "regulated_goods", "misinformation",
    "disruption", "impersonation", "intellectual_property", "other",
]
KINDS = {"v": "violating", "h": "hard_negative", "o": "ordinary"}

TRAIN = []
HELDOUT = []


def rows():
    n = 0
    for split, entries in (("train", TRAIN), ("heldout", HELDOUT)):
        for kind, slugs, title, description, note in entries:
            n += 1
            slugs = slugs.split()
            assert all(s in SLUGS for s in slugs), (title, slugs)
            if kind == "v":
                assert slugs, title
                standards = slugs
            elif kind == "h":
                assert len(slugs) == 1, title
                standards = []
                note = f"{note} (mirrors {slugs[0]})"
            else:
                assert kind == "o" and not slugs, title
                standards = []
            yield {
                "id": f"ev-sv-{n:04d}",
                "lang": "sv",
                "split": split,
                "title": title,
                "description": description,
                "standards": standards,
                "kind": KINDS[kind],
                "note": note,
            }


def main():
    out = list(rows())
    titles = Counter((r["title"].strip().lower()) for r in out)
    dup = [t for t, c in titles.items() if c > 1]
    assert not dup, dup
    with OUT.open("w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} listings to {OUT.name}")


# ---- the listings ------------------------------------------------------------

# ---- fraud ---------------------------------------------------------------------

TRAIN += [
    ("v", "fraud", "🚀 VIP-signalgrupp: nästa 100x-coin innan alla andra",
     "Vi köper in tillsammans kl 20:00 PRICK och säljer när kursen smäller. Förra veckan "
     "+870 % på $BJRN. Inträde 1 500 kr via Swish, länk till Telegram efter betalning. "
     "Max 50 platser. Sprid INTE coin-namnet utanför gruppen!!",
     "pump-and-dump crypto signal group"),
    ("v", "fraud", "Gör 10 000 kr till 80 000 på 14 dagar – garanterat",
     "Vår AI-robot handlar forex åt dig dygnet runt, ingen erfarenhet krävs. Sätt in minst "
     "10 000 kr på ditt konto hos oss så sköter roboten resten. Uttag när du vill (avgift 15 %). "
     "På webbinaret visar vi riktiga kontoutdrag från medlemmar. Boka: invest-robot.example.com",
     "guaranteed-return AI trading robot"),
    ("v", "fraud", "Säljer 4 biljetter Linnea Storm på Ullevi",
     "Kan inte gå pga jobb. 450 kr/st (ord. pris 995). Swisha så mejlar jag PDF:erna direkt, "
     "först till kvarn! Swish 070-174 06 12. Inga möten IRL, har inte tid.",
     "fake concert ticket resale"),
    ("v", "fraud", "Tjäna 40 000 kr/mån hemifrån – gratis infokväll",
     "Bli en del av vårt team! Du köper startpaketet (4 995 kr) och tar in tre vänner som gör "
     "likadant, sen rullar pengarna in passivt. Det här är INTE pyramidspel, det är "
     "nätverksmarknadsföring 2.0. Ta med någon du vill se lyckas 💎",
     "pyramid scheme recruitment"),
    ("v", "fraud", "Gratis webbinar: få tillbaka pengar från ditt elbolag",
     "Många hushåll har betalat för mycket för elen i vinter. Fyll i kortnummer, giltighetstid "
     "och CVC i formuläret innan webbinaret så räknar vi ut din ersättning live. Tar två minuter!",
     "card-detail phishing disguised as refund webinar"),
    ("v", "fraud", "Extrajobb för unga – låna ut ditt konto, få 5000 kr",
     "Helt lagligt!! Du tar emot en betalning på ditt konto och för över den vidare, behåller "
     "5 000 själv. Du behöver BankID och vara över 16. Mer info ikväll, adda snap: snabbcash_jobb",
     "money-mule recruitment"),
    ("v", "fraud", "Digital visning: 2:a Södermalm 6 500 kr/mån, förstahand",
     "Jag jobbar utomlands just nu så visningen sker via Zoom. Deposition motsvarande tre "
     "månadshyror (19 500 kr) betalas innan nycklarna skickas med bud. Väldigt många "
     "intresserade, den som betalar först får lägenheten. Kontrakt mejlas efter betalning.",
     "advance-fee rental scam"),
    ("v", "fraud", "dubbla din btc 💰💰",
     "skicka 0,05 btc få 0,1 tbx inom 1h. bc1qexample0000fakewallet0000",
     "crypto doubling scam"),
    ("v", "fraud", "Blivit lurad på krypto? Vi hämtar tillbaka dina pengar",
     "Vårt team av certifierade etiska hackare spårar bedragarna och återför dina medel. "
     "Förskottsavgift 8 000 kr för utredningen, resten betalar du först när pengarna är "
     "tillbaka. 97 % lyckade ärenden. Boka kostnadsfri konsultation i vårt webbinar.",
     "fund-recovery scam targeting victims"),
    ("v", "fraud", "Insamlingskväll för familjerna efter jordbävningen",
     "Varje krona går oavkortat till de drabbade. Swisha till 070-174 06 33 (privat nummer "
     "eftersom vårt 90-konto fortfarande handläggs). Av säkerhetsskäl kan vi inte visa "
     "kvitton eller namn på mottagarna. Tack för ert stora hjärta ❤️",
     "fake charity drive"),
    ("v", "fraud", "GRATTIS! Du är utvald – hämta din vinst i livesändningen",
     "Du har vunnit ett presentkort på 25 000 kr. För att lösa ut vinsten betalar du en "
     "administrationsavgift på 249 kr innan sändningen startar. Ange personnummer, "
     "clearingnummer och kontonummer vid registreringen så sätter vi in beloppet direkt.",
     "advance-fee prize scam"),
    ("v", "fraud", "Vindkraftsobligation med 18 % fast ränta – för dig som är pensionär",
     "Trött på att banken ger 1 % på sparkontot? Våra obligationer i nordisk vindkraft ger 18 % "
     "per år, utan risk eftersom vinden alltid blåser. Minsta insats 50 000 kr. Vi bjuder på "
     "kaffe och bulle under informationsträffen och hjälper dig att föra över pengarna på "
     "plats. Ta med dina bankdosor. Vår rådgivare Gunnar har 30 års erfarenhet och har "
     "hjälpt hundratals seniorer i Småland. Begränsat antal andelar kvar innan årsskiftet.",
     "fake high-yield bond pitched at pensioners"),
    ("v", "fraud", "Kurs: bygg förtroende med ensamma 60+ online – och få dem att betala",
     "Steg för steg: skapa profilen, hitta rätt offer på dejtingsajter, vilka historier som "
     "funkar (sjuk släkting, fast i tullen) och hur du tar emot pengarna utan att det spåras. "
     "Manus ingår. 2 990 kr, betalning i USDT.",
     "romance-scam training course"),
    ("v", "fraud", "Bli produkttestare för kända märken – behåll allt du testar!",
     "Vi söker 200 hemtestare i hela Sverige. Du får mobiler, hörlurar och robotdammsugare "
     "hem och behåller dem efter testet. Enda kravet: en engångsavgift på 399 kr för "
     "registrering och frakt. Informationsmöte via Teams på torsdag.",
     "fake product-tester job with upfront fee"),
]

HELDOUT += [
    ("v", "fraud", "Fysiskt guld till halva marknadspriset – exklusiv medlemsträff",
     "Vi köper direkt från gruvor i Ghana och hoppar över mellanhänderna. Guldet förvaras "
     "tryggt i vårt valv i Zürich tills du vill sälja, så du behöver aldrig hantera det. "
     "Insättning via banköverföring till vårt bolag i Cypern. Minsta köp 25 000 kr.",
     "fake gold investment"),
    ("v", "fraud", "Blomman 🌸 – sparcirkel för kvinnor som lyfter varandra",
     "Du går in med en gåva på 5 000 kr och blir en kronblad. När blomman fylls med åtta nya "
     "systrar flyttar du in i mitten och får 40 000 kr. Det är inte ett spel, det är "
     "systerskap. Träffas hos Annika i Örebro, ta med kontanter och en vän!",
     "gifting-circle pyramid scheme"),
    ("v", "fraud", "Datorn full av virus? Kostnadsfri fjärrhjälp ikväll",
     "Många Windows-datorer är infekterade utan att ägaren vet om det. Logga in i sändningen, "
     "installera AnyDesk och ge vår tekniker koden, så rensar vi datorn. Ha internetbanken "
     "öppen ifall vi behöver kontrollera att inga obehöriga köp gjorts.",
     "tech-support remote access scam"),
    ("v", "fraud", "Mint-kväll: Vasa-kollektionen, garanterad floor 2 ETH",
     "Bara 333 NFT:er någonsin. Teamet är anonymt av säkerhetsskäl men roadmapen är "
     "galen 🔥 Whitelist-plats kostar 0,3 ETH, skickas till 0xEXAMPLE000000000000000000000000deadbeef. "
     "Efter mint låser vi likviditeten (lita på oss). WAGMI",
     "NFT rug-pull mint"),
    ("v", "fraud", "Betala 1 krona – få en ny dammsugare hem",
     "Lagerrensning inför flytten av vårt centrallager! Endast frakten kostar 1 kr. "
     "Ange kortuppgifter i kassan. (Genom att beställa godkänner du vårt medlemskap, "
     "799 kr/mån, som kan sägas upp skriftligen med 12 månaders varsel.)",
     "subscription trap"),
    ("v", "fraud", "B-körkort utan uppkörning – syns i Transportstyrelsens register",
     "Trött på att köra upp gång på gång? Vi har kontakter som fixar det. Körkortet registreras "
     "på riktigt. Pris 18 000 kr, halva i förskott. Info på Telegram @korkort_snabbt_se",
     "fake driving licence for sale"),
    ("v", "fraud", "Säkra matcher – insidern säljer resultaten",
     "Helgens tre matcher i Superettan är redan bestämda. Köp tipset för 2 500 kr och "
     "spela hur mycket du vill. Pengarna tillbaka om tipset inte går in (vi har aldrig missat).",
     "fixed-match betting tip scam"),
]

TRAIN += [
    ("h", "fraud", "Deklarera krypto – så fyller du i K4 rätt",
     "Har du sålt, växlat eller betalat med kryptovaluta under året? En auktoriserad "
     "redovisningskonsult går igenom hur vinster och förluster beräknas med "
     "genomsnittsmetoden och vad som gäller för staking. Frågestund efteråt. 200 kr, "
     "medlemmar i föreningen gratis.",
     "crypto tax seminar"),
    ("h", "fraud", "Så avslöjar du bedragare – trygghetskväll för seniorer",
     "Kommunpolisen och seniorföreningen berättar om de vanligaste bluffarna just nu: "
     "falska banksamtal, \"ditt barnbarn i knipa\", bluffsms om paket. Vi övar på att säga nej "
     "och lägga på. Kaffe och kaka, ingen anmälan behövs.",
     "fraud-awareness evening for seniors"),
    ("h", "fraud", "Aktiekväll för nybörjare: fonder, index och risk",
     "Vad är skillnaden mellan en indexfond och en aktivt förvaltad fond? Varför ska du "
     "vara skeptisk mot den som lovar hög avkastning utan risk? Vi pratar ISK, avgifter och "
     "långsiktighet. Ingen försäljning, inga tips om enskilda aktier.",
     "beginners' investing evening"),
    ("h", "fraud", "Penningtvätt och kundkännedom – utbildning för compliance",
     "Halvdagsutbildning för dig som arbetar med KYC på bank eller betalinstitut. Vi går "
     "igenom målvaktskonton, varningssignaler på bedrägeriupplägg och rapportering till "
     "Finanspolisen. Certifikat efter godkänt test.",
     "AML and KYC training for bank staff"),
    ("h", "fraud", "Investeringsbedrägerier: vad vi lärt oss av 500 anmälningar",
     "Konsumentvägledare går igenom hur bedragarna arbetar – från annonser med kändisar till "
     "\"rådgivare\" som ringer upp – och vad du gör om du redan har betalat. Webbinar, 45 min.",
     "investment-fraud awareness webinar"),
]

HELDOUT += [
    ("h", "fraud", "Bluffakturor och vd-mejl – frukostmöte för småföretagare",
     "Företagarna i Sundsvall bjuder på frukost och en kort dragning om fakturabedrägerier, "
     "falska domänförnyelser och mejl där \"chefen\" vill ha en snabb överföring. Vi delar "
     "rutiner som faktiskt fungerar i ett litet bolag.",
     "business invoice-fraud breakfast"),
    ("h", "fraud", "Bitcoin-meetup: Lightning och självförvaring",
     "Månadens träff på Kafé Kvarnen. Kvällens tema är hårdvaruplånböcker och att ta backup "
     "av sin seed phrase på ett säkert sätt. Vi säljer ingenting och ingen kommer att be om "
     "dina nycklar – gör det aldrig för någon.",
     "bitcoin hobbyist meetup"),
    ("h", "fraud", "När kärleken kostar – föreläsning om romansbedrägerier",
     "Journalisten Maria Ekdahl har intervjuat ett tjugotal drabbade och berättar om hur "
     "bedragarna bygger upp en relation under månader. Efteråt finns brottsofferjouren på "
     "plats. Stadsbiblioteket, hörsalen, fri entré.",
     "romance-scam awareness talk"),
]
