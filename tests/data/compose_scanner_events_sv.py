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

import compose_common

HERE = Path(__file__).parent
OUT = HERE / "scanner_events_sv.jsonl"

SLUGS = compose_common.SLUGS
KINDS = {"v": "violating", "h": "hard_negative", "o": "ordinary"}

TRAIN = []
HELDOUT = []


def rows():
    n = 0
    # HELDOUT was the first held-out split. Measured twice (December 2026), it
    # is training data now; the fresh held-out split is scanner_heldout_*.jsonl,
    # written by other hands that never read this file.
    for split, entries in (("train", TRAIN), ("train", HELDOUT)):
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
    report(OUT)


def report(path):
    """Read the file back, check it, print the counts per standard and split."""
    rows = [json.loads(line) for line in path.open(encoding="utf-8")]
    assert len({r["id"] for r in rows}) == len(rows), "duplicate ids"
    for r in rows:
        assert set(r) == {
            "id",
            "lang",
            "split",
            "title",
            "description",
            "standards",
            "kind",
            "note",
        }, r["id"]
        assert r["lang"] == "sv" and r["split"] in ("train", "heldout"), r["id"]
        assert all(s in SLUGS for s in r["standards"]), r["id"]
        assert (r["kind"] == "violating") == bool(r["standards"]), r["id"]
    splits = ("train", "heldout")
    top = Counter((r["standards"][0], r["split"]) for r in rows if r["standards"])
    anyc = Counter((s, r["split"]) for r in rows for s in r["standards"])
    mirror = Counter(
        (r["note"].rsplit("(mirrors ", 1)[1].rstrip(")"), r["split"])
        for r in rows
        if r["kind"] == "hard_negative"
    )
    print(
        f"{'standard':24}{'top tr':>7}{'top ho':>7}{'any tr':>7}{'any ho':>7}"
        f"{'hn tr':>7}{'hn ho':>7}"
    )
    for s in SLUGS:
        print(
            f"{s:24}"
            + "".join(f"{c[(s, sp)]:>7}" for c in (top, anyc, mirror) for sp in splits)
        )
    kinds = Counter((r["kind"], r["split"]) for r in rows)
    for k in ("violating", "hard_negative", "ordinary"):
        print(f"{k:24}" + "".join(f"{kinds[(k, sp)]:>7}" for sp in splits))
    print(
        f"{'all':24}"
        + "".join(f"{sum(r['split'] == sp for r in rows):>7}" for sp in splits)
    )


# ---- the listings ------------------------------------------------------------

# ---- fraud ---------------------------------------------------------------------

TRAIN += [
    (
        "v",
        "fraud",
        "🚀 VIP-signalgrupp: nästa 100x-coin innan alla andra",
        "Vi köper in tillsammans kl 20:00 PRICK och säljer när kursen smäller. Förra veckan "
        "+870 % på $BJRN. Inträde 1 500 kr via Swish, länk till Telegram efter betalning. "
        "Max 50 platser. Sprid INTE coin-namnet utanför gruppen!!",
        "pump-and-dump crypto signal group",
    ),
    (
        "v",
        "fraud",
        "Gör 10 000 kr till 80 000 på 14 dagar – garanterat",
        "Vår AI-robot handlar forex åt dig dygnet runt, ingen erfarenhet krävs. Sätt in minst "
        "10 000 kr på ditt konto hos oss så sköter roboten resten. Uttag när du vill (avgift 15 %). "
        "På webbinaret visar vi riktiga kontoutdrag från medlemmar. Boka: invest-robot.example.com",
        "guaranteed-return AI trading robot",
    ),
    (
        "v",
        "fraud",
        "Säljer 4 biljetter Linnea Storm på Ullevi",
        "Kan inte gå pga jobb. 450 kr/st (ord. pris 995). Swisha så mejlar jag PDF:erna direkt, "
        "först till kvarn! Swish 070-174 06 12. Inga möten IRL, har inte tid.",
        "fake concert ticket resale",
    ),
    (
        "v",
        "fraud",
        "Tjäna 40 000 kr/mån hemifrån – gratis infokväll",
        "Bli en del av vårt team! Du köper startpaketet (4 995 kr) och tar in tre vänner som gör "
        "likadant, sen rullar pengarna in passivt. Det här är INTE pyramidspel, det är "
        "nätverksmarknadsföring 2.0. Ta med någon du vill se lyckas 💎",
        "pyramid scheme recruitment",
    ),
    (
        "v",
        "fraud",
        "Gratis webbinar: få tillbaka pengar från ditt elbolag",
        "Många hushåll har betalat för mycket för elen i vinter. Fyll i kortnummer, giltighetstid "
        "och CVC i formuläret innan webbinaret så räknar vi ut din ersättning live. Tar två minuter!",
        "card-detail phishing disguised as refund webinar",
    ),
    (
        "v",
        "fraud",
        "Extrajobb för unga – låna ut ditt konto, få 5000 kr",
        "Helt lagligt!! Du tar emot en betalning på ditt konto och för över den vidare, behåller "
        "5 000 själv. Du behöver BankID och vara över 16. Mer info ikväll, adda snap: snabbcash_jobb",
        "money-mule recruitment",
    ),
    (
        "v",
        "fraud",
        "Digital visning: 2:a Södermalm 6 500 kr/mån, förstahand",
        "Jag jobbar utomlands just nu så visningen sker via Zoom. Deposition motsvarande tre "
        "månadshyror (19 500 kr) betalas innan nycklarna skickas med bud. Väldigt många "
        "intresserade, den som betalar först får lägenheten. Kontrakt mejlas efter betalning.",
        "advance-fee rental scam",
    ),
    (
        "v",
        "fraud",
        "dubbla din btc 💰💰",
        "skicka 0,05 btc få 0,1 tbx inom 1h. bc1qexample0000fakewallet0000",
        "crypto doubling scam",
    ),
    (
        "v",
        "fraud",
        "Blivit lurad på krypto? Vi hämtar tillbaka dina pengar",
        "Vårt team av certifierade etiska hackare spårar bedragarna och återför dina medel. "
        "Förskottsavgift 8 000 kr för utredningen, resten betalar du först när pengarna är "
        "tillbaka. 97 % lyckade ärenden. Boka kostnadsfri konsultation i vårt webbinar.",
        "fund-recovery scam targeting victims",
    ),
    (
        "v",
        "fraud",
        "Insamlingskväll för familjerna efter jordbävningen",
        "Varje krona går oavkortat till de drabbade. Swisha till 070-174 06 33 (privat nummer "
        "eftersom vårt 90-konto fortfarande handläggs). Av säkerhetsskäl kan vi inte visa "
        "kvitton eller namn på mottagarna. Tack för ert stora hjärta ❤️",
        "fake charity drive",
    ),
    (
        "v",
        "fraud",
        "GRATTIS! Du är utvald – hämta din vinst i livesändningen",
        "Du har vunnit ett presentkort på 25 000 kr. För att lösa ut vinsten betalar du en "
        "administrationsavgift på 249 kr innan sändningen startar. Ange personnummer, "
        "clearingnummer och kontonummer vid registreringen så sätter vi in beloppet direkt.",
        "advance-fee prize scam",
    ),
    (
        "v",
        "fraud",
        "Vindkraftsobligation med 18 % fast ränta – för dig som är pensionär",
        "Trött på att banken ger 1 % på sparkontot? Våra obligationer i nordisk vindkraft ger 18 % "
        "per år, utan risk eftersom vinden alltid blåser. Minsta insats 50 000 kr. Vi bjuder på "
        "kaffe och bulle under informationsträffen och hjälper dig att föra över pengarna på "
        "plats. Ta med dina bankdosor. Vår rådgivare Gunnar har 30 års erfarenhet och har "
        "hjälpt hundratals seniorer i Småland. Begränsat antal andelar kvar innan årsskiftet.",
        "fake high-yield bond pitched at pensioners",
    ),
    (
        "v",
        "fraud",
        "Kurs: bygg förtroende med ensamma 60+ online – och få dem att betala",
        "Steg för steg: skapa profilen, hitta rätt offer på dejtingsajter, vilka historier som "
        "funkar (sjuk släkting, fast i tullen) och hur du tar emot pengarna utan att det spåras. "
        "Manus ingår. 2 990 kr, betalning i USDT.",
        "romance-scam training course",
    ),
    (
        "v",
        "fraud",
        "Bli produkttestare för kända märken – behåll allt du testar!",
        "Vi söker 200 hemtestare i hela Sverige. Du får mobiler, hörlurar och robotdammsugare "
        "hem och behåller dem efter testet. Enda kravet: en engångsavgift på 399 kr för "
        "registrering och frakt. Informationsmöte via Teams på torsdag.",
        "fake product-tester job with upfront fee",
    ),
]

HELDOUT += [
    (
        "v",
        "fraud",
        "Fysiskt guld till halva marknadspriset – exklusiv medlemsträff",
        "Vi köper direkt från gruvor i Ghana och hoppar över mellanhänderna. Guldet förvaras "
        "tryggt i vårt valv i Zürich tills du vill sälja, så du behöver aldrig hantera det. "
        "Insättning via banköverföring till vårt bolag i Cypern. Minsta köp 25 000 kr.",
        "fake gold investment",
    ),
    (
        "v",
        "fraud",
        "Blomman 🌸 – sparcirkel för kvinnor som lyfter varandra",
        "Du går in med en gåva på 5 000 kr och blir en kronblad. När blomman fylls med åtta nya "
        "systrar flyttar du in i mitten och får 40 000 kr. Det är inte ett spel, det är "
        "systerskap. Träffas hos Annika i Örebro, ta med kontanter och en vän!",
        "gifting-circle pyramid scheme",
    ),
    (
        "v",
        "fraud",
        "Datorn full av virus? Kostnadsfri fjärrhjälp ikväll",
        "Många Windows-datorer är infekterade utan att ägaren vet om det. Logga in i sändningen, "
        "installera AnyDesk och ge vår tekniker koden, så rensar vi datorn. Ha internetbanken "
        "öppen ifall vi behöver kontrollera att inga obehöriga köp gjorts.",
        "tech-support remote access scam",
    ),
    (
        "v",
        "fraud",
        "Mint-kväll: Vasa-kollektionen, garanterad floor 2 ETH",
        "Bara 333 NFT:er någonsin. Teamet är anonymt av säkerhetsskäl men roadmapen är "
        "galen 🔥 Whitelist-plats kostar 0,3 ETH, skickas till 0xEXAMPLE000000000000000000000000deadbeef. "
        "Efter mint låser vi likviditeten (lita på oss). WAGMI",
        "NFT rug-pull mint",
    ),
    (
        "v",
        "fraud",
        "Betala 1 krona – få en ny dammsugare hem",
        "Lagerrensning inför flytten av vårt centrallager! Endast frakten kostar 1 kr. "
        "Ange kortuppgifter i kassan. (Genom att beställa godkänner du vårt medlemskap, "
        "799 kr/mån, som kan sägas upp skriftligen med 12 månaders varsel.)",
        "subscription trap",
    ),
    (
        "v",
        "fraud",
        "B-körkort utan uppkörning – syns i Transportstyrelsens register",
        "Trött på att köra upp gång på gång? Vi har kontakter som fixar det. Körkortet registreras "
        "på riktigt. Pris 18 000 kr, halva i förskott. Info på Telegram @korkort_snabbt_se",
        "fake driving licence for sale",
    ),
    (
        "v",
        "fraud",
        "Säkra matcher – insidern säljer resultaten",
        "Helgens tre matcher i Superettan är redan bestämda. Köp tipset för 2 500 kr och "
        "spela hur mycket du vill. Pengarna tillbaka om tipset inte går in (vi har aldrig missat).",
        "fixed-match betting tip scam",
    ),
]

TRAIN += [
    (
        "h",
        "fraud",
        "Deklarera krypto – så fyller du i K4 rätt",
        "Har du sålt, växlat eller betalat med kryptovaluta under året? En auktoriserad "
        "redovisningskonsult går igenom hur vinster och förluster beräknas med "
        "genomsnittsmetoden och vad som gäller för staking. Frågestund efteråt. 200 kr, "
        "medlemmar i föreningen gratis.",
        "crypto tax seminar",
    ),
    (
        "h",
        "fraud",
        "Så avslöjar du bedragare – trygghetskväll för seniorer",
        "Kommunpolisen och seniorföreningen berättar om de vanligaste bluffarna just nu: "
        'falska banksamtal, "ditt barnbarn i knipa", bluffsms om paket. Vi övar på att säga nej '
        "och lägga på. Kaffe och kaka, ingen anmälan behövs.",
        "fraud-awareness evening for seniors",
    ),
    (
        "h",
        "fraud",
        "Aktiekväll för nybörjare: fonder, index och risk",
        "Vad är skillnaden mellan en indexfond och en aktivt förvaltad fond? Varför ska du "
        "vara skeptisk mot den som lovar hög avkastning utan risk? Vi pratar ISK, avgifter och "
        "långsiktighet. Ingen försäljning, inga tips om enskilda aktier.",
        "beginners' investing evening",
    ),
    (
        "h",
        "fraud",
        "Penningtvätt och kundkännedom – utbildning för compliance",
        "Halvdagsutbildning för dig som arbetar med KYC på bank eller betalinstitut. Vi går "
        "igenom målvaktskonton, varningssignaler på bedrägeriupplägg och rapportering till "
        "Finanspolisen. Certifikat efter godkänt test.",
        "AML and KYC training for bank staff",
    ),
    (
        "h",
        "fraud",
        "Investeringsbedrägerier: vad vi lärt oss av 500 anmälningar",
        "Konsumentvägledare går igenom hur bedragarna arbetar – från annonser med kändisar till "
        '"rådgivare" som ringer upp – och vad du gör om du redan har betalat. Webbinar, 45 min.',
        "investment-fraud awareness webinar",
    ),
]

HELDOUT += [
    (
        "h",
        "fraud",
        "Bluffakturor och vd-mejl – frukostmöte för småföretagare",
        "Företagarna i Sundsvall bjuder på frukost och en kort dragning om fakturabedrägerier, "
        'falska domänförnyelser och mejl där "chefen" vill ha en snabb överföring. Vi delar '
        "rutiner som faktiskt fungerar i ett litet bolag.",
        "business invoice-fraud breakfast",
    ),
    (
        "h",
        "fraud",
        "Bitcoin-meetup: Lightning och självförvaring",
        "Månadens träff på Kafé Kvarnen. Kvällens tema är hårdvaruplånböcker och att ta backup "
        "av sin seed phrase på ett säkert sätt. Vi säljer ingenting och ingen kommer att be om "
        "dina nycklar – gör det aldrig för någon.",
        "bitcoin hobbyist meetup",
    ),
    (
        "h",
        "fraud",
        "När kärleken kostar – föreläsning om romansbedrägerier",
        "Journalisten Maria Ekdahl har intervjuat ett tjugotal drabbade och berättar om hur "
        "bedragarna bygger upp en relation under månader. Efteråt finns brottsofferjouren på "
        "plats. Stadsbiblioteket, hörsalen, fri entré.",
        "romance-scam awareness talk",
    ),
]

# ---- impersonation -------------------------------------------------------------

TRAIN += [
    (
        "v",
        "impersonation fraud",
        "Skatteverket: du har 4 312 kr att få tillbaka",
        "Skatteverket har räknat om din slutskatt. Logga in med BankID via länken i "
        "sändningen för att bekräfta ditt kontonummer, annars återgår beloppet till staten "
        "efter 48 timmar. skatteverket-aterbetalning.example.se",
        "Skatteverket tax-refund impersonation",
    ),
    (
        "v",
        "impersonation fraud",
        "BankID Support – livehjälp när ditt BankID går ut",
        "Ditt BankID slutar gälla inom 24 timmar. Anslut till supportsändningen så hjälper en "
        "handläggare dig att förnya det. Ha bankdosan redo och legitimera dig när handläggaren "
        "ber om det. Avbryt inte signeringen.",
        "fake BankID support session",
    ),
    (
        "v",
        "impersonation fraud",
        "Polisen informerar: ditt bankkonto har använts i brott",
        "Obligatoriskt informationsmöte med Polismyndighetens bedrägerisektion. Under mötet får "
        "du instruktioner om hur du flyttar dina pengar till ett säkert konto under utredningen. "
        "Berätta inte för din bank, de kan vara inblandade.",
        "fake police safe-account scam",
    ),
    (
        "v",
        "impersonation",
        "Officiell fanträff med Sanna Lindqvist 💜 – hon svarar själv i chatten",
        "Hej alla mina fans! Det här är mitt nya konto (det gamla blev hackat). Jag gör en "
        "privat fanträff för de 100 första, biljett 350 kr. Skriv till mig här, inte på mitt "
        "gamla konto. /Sanna",
        "fake account posing as a singer",
    ),
    (
        "v",
        "impersonation fraud",
        "Mälarbanken: obligatorisk säkerhetsgenomgång för alla kunder",
        "Från och med 1 mars måste alla kunder genomgå vår digitala säkerhetsgenomgång för att "
        "behålla tillgång till internetbanken. Mötet tar 10 minuter. Du kommer att ombes "
        "läsa upp koder från din säkerhetsapp för verifiering.",
        "bank impersonation collecting login codes",
    ),
    (
        "v",
        "impersonation fraud",
        "Kronofogden – sista chansen att stoppa utmätningen",
        "Du har en obetald skuld som överlämnats till Kronofogden. Genom att delta i dagens "
        "digitala förhandling och betala 2 850 kr via länken undviker du utmätning av lön och "
        "bil. kronofogden-betalning.example.net",
        "fake Kronofogden debt notice",
    ),
    (
        "v",
        "impersonation",
        "PostNord: ditt paket väntar – boka ny leverans",
        "Vi försökte leverera ditt paket men ingen var hemma. Anmäl dig till leveransbokningen "
        "och betala tullavgiften 29 kr för att få paketet imorgon.",
        "PostNord delivery impersonation",
    ),
    (
        "v",
        "impersonation fraud",
        "Jula Sverige (officiell) fyller 50 – 500 presentkort delas ut!",
        "För att fira vårt jubileum ger vi bort presentkort på 2 000 kr. Gilla, dela och fyll "
        "i dina uppgifter på jula-jubileum.example.com för att vara med. Vinnarna dras live!",
        "brand impersonation giveaway",
    ),
    (
        "v",
        "impersonation",
        "Föräldramöte åk 4 – nytt konto för Rektor Eva Lund",
        "Hej föräldrar! Skolans gamla konto är hackat så jag bjuder in härifrån. Inför mötet "
        "ber jag er fylla i formuläret med barnets personnummer, er adress och vilka tider "
        "barnet är ensamt hemma. Länken skickas i privat meddelande. /Eva, rektor",
        "fake principal account collecting family data",
    ),
    (
        "v",
        "impersonation fraud",
        "Försäkringskassan: retroaktiv föräldrapenning – ansök live",
        "Nya regler ger dig rätt till upp till 14 000 kr retroaktivt. Försäkringskassans "
        "handläggare hjälper dig att ansöka under webbinaret. Ha BankID och kontouppgifter till hands.",
        "Försäkringskassan benefit impersonation",
    ),
    (
        "v",
        "impersonation privacy",
        "Spotify rekryterar: intervjuer via Zoom idag",
        "Vi är Spotifys talangteam och söker 30 supportmedarbetare, helt på distans, 38 000 kr/mån. "
        "Skicka en bild på ditt pass (fram- och baksida) och ditt personnummer till "
        "spotify-talent@example.com innan intervjun så vi hinner göra bakgrundskontroll.",
        "fake recruiter posing as a company",
    ),
    (
        "v",
        "impersonation",
        "Officiell Microsoft-support 🛠️",
        "",
        "fake Microsoft support listing",
    ),
    (
        "v",
        "impersonation",
        "Författaren Henrik Berg signerar nya boken – förbeställ här",
        "Detta är Henriks officiella sida för förbeställningar. Signerat ex skickas hem för "
        "399 kr, betala via länken. (Vi har ingen koppling till förlaget, beställ bara här.)",
        "fake author page taking pre-orders",
    ),
]

HELDOUT += [
    (
        "v",
        "impersonation fraud",
        "Misstänkta köp på ditt kort – följ med i bankens säkra sändning",
        "Vår säkerhetsavdelning har stoppat tre köp i Dubai gjorda med ditt kort. Klicka "
        '"Anslut" och håll linjen. Vår handläggare Jonas hjälper dig att godkänna en återbetalning i appen.',
        "bank fraud-department impersonation",
    ),
    (
        "v",
        "impersonation",
        "Tullverket: avgift för ditt paket från utlandet",
        "Ditt paket (sändningsnr SE-00194-EXAMPLE) hålls kvar i tullen. Betala 89 kr i "
        "tullavgift under dagens öppna tullsession så släpps det. tullverket-avgift.example.se",
        "customs fee impersonation",
    ),
    (
        "v",
        "impersonation fraud",
        "LIVE: Elon ger bort 5 000 BTC till Sverige 🇸🇪",
        "Officiell giveaway för att fira lanseringen i Norden. Skicka mellan 0,01 och 2 BTC till "
        "adressen i sändningen så skickar vi tillbaka det dubbla. Sändningen är endast "
        "tillgänglig i 30 minuter!",
        "fake celebrity crypto giveaway stream",
    ),
    (
        "v",
        "impersonation",
        "Pensionsmyndigheten: så får du årets pensionshöjning",
        "Alla pensionärer måste registrera sig på nytt för att få höjningen från januari. "
        "Anmäl dig till informationsträffen och ha pensionsbeskedet och BankID redo.",
        "pension-authority impersonation",
    ),
    (
        "v",
        "impersonation",
        "Way Out West 2026 – officiellt förköp (begränsat!)",
        "Detta är festivalens officiella förköp för följare. Helgpass 1 195 kr (ord. 2 495). "
        "Betalning via Swish 123 456 78 90. Biljetterna mejlas en vecka innan.",
        "fake official festival page",
    ),
    (
        "v",
        "impersonation misinformation",
        "Överläkaren Anna Bergsten: därför tar jag själv Kurkumin-X",
        "Dr Anna Bergsten, överläkare i onkologi, berättar i detta webbinar varför hon slutat "
        "rekommendera cellgifter och istället ordinerar Kurkumin-X till sina patienter. "
        "Rabattkod ANNA30 gäller under sändningen.",
        "fake doctor endorsement of a supplement",
    ),
    (
        "v",
        "impersonation fraud",
        "Brandvarnarkontroll i ditt kvarter – kommunens hemtjänst",
        "Kommunen gör kostnadsfria hembesök hos dig över 75 under vecka 12. Vår personal "
        "(civilklädd) kontrollerar brandvarnare och elsäkerhet. Lämna gärna portkoden och när "
        "du brukar vara hemma i anmälan.",
        "fake municipal staff home-visit scheme",
    ),
]

TRAIN += [
    (
        "h",
        "impersonation",
        "Cosplayträff i Folkets park – kom som din favoritkaraktär",
        "Höstens stora cosplay-meetup! Fotohörna, catwalk och workshop i rustningsbygge med "
        "EVA-foam. Alla nivåer välkomna, även om du bara har en peruk och ett leende.",
        "cosplay meetup",
    ),
    (
        "h",
        "impersonation",
        "ABBA-tribute på Rotundan – Dancing Queens live",
        "Coverbandet Waterloo Girls spelar alla hitsen i glitter och platåskor. Bandet har "
        "ingen koppling till ABBA, bara mycket kärlek. Dansgolvet öppnar 21.00. 18 år.",
        "ABBA tribute band night",
    ),
    (
        "h",
        "impersonation",
        "Elvis-tävlingen 2026: Sveriges bästa imitatör",
        "Tolv finalister tävlar i look, röst och höftrörelser. Publiken röstar fram vinnaren. "
        "Anmälan för tävlande senast 1 april. Entré 120 kr.",
        "Elvis impersonator contest",
    ),
    (
        "h",
        "impersonation",
        "Imitatörskväll: stand-up med kända röster",
        "Komikern Jesper Wahl gör sina mest kända parodier – från sportkommentatorer till "
        "kungen. Satir, inget annat. Obs: innehåller svordomar.",
        "impressionist comedy show",
    ),
    (
        "h",
        "impersonation",
        "Känn igen falska myndighetssms – biblioteket hjälper dig",
        'Har du fått sms från "Skatteverket" eller "BankID" och blivit osäker? Vi visar '
        "hur riktiga myndigheter kontaktar dig och hur bedragare utger sig för att vara dem. "
        "Ta med din mobil. Drop-in i datorhörnan.",
        "library session on fake authority texts",
    ),
]

HELDOUT += [
    (
        "h",
        "impersonation",
        "Drag king-workshop: hitta din inre gentleman",
        "Lär dig binda, måla skäggstubb och gå som en kille på scen. Workshopen avslutas med "
        "en liten uppvisning för de som vill. Queera Kulturhuset, 18+.",
        "drag king workshop",
    ),
    (
        "h",
        "impersonation",
        "Maskeradbal på slottet – tema 1700-tal",
        "Kom utklädd och bakom mask! Menuett-lektion kl 19, supé kl 20. Pris för bästa "
        "kostym. Klädsel: maskerad, masken får tas av vid midnatt.",
        "masquerade ball",
    ),
    (
        "h",
        "impersonation",
        "Röster och dubbning – nybörjarkurs i röstskådespel",
        "Fyra kvällar där du lär dig göra karaktärsröster, dubba tecknat och imitera dialekter. "
        "Kursledaren har dubbat över 40 barnfilmer. Studieförbundet Vuxenskolan, 1 200 kr.",
        "voice-acting course",
    ),
]

# ---- regulated goods -----------------------------------------------------------

TRAIN += [
    (
        "v",
        "regulated_goods",
        "❄️🍃💊 leverans hela sthlm",
        "snap för meny: nordic_plugg420 🔌 snabbt & diskret, leverans till dörren 24/7",
        "drug delivery menu via Snapchat",
    ),
    (
        "v",
        "regulated_goods",
        "Grönt & braja – helgpaket",
        "Top shelf från Spanien 🇪🇸 1g 150kr / 5g 600. Braja marockanskt. Bara swish, dm för info",
        "cannabis and hash for sale",
    ),
    (
        "v",
        "regulated_goods",
        "TJACK GBG BILLIGAST",
        "",
        "amphetamine for sale, bare title",
    ),
    (
        "v",
        "regulated_goods",
        "Vita varor 🏔️ – kvalité du inte hittat i Malmö",
        "Ren peruansk, 700/g. Prislista i TG @vitavaror_mlm. Träff vid Triangeln eller leverans mot tillägg.",
        "cocaine coded as white goods",
    ),
    (
        "v",
        "regulated_goods",
        "Sobril, Xanor, Tradolan – utan recept",
        "Äkta apoteksvara från Tyskland. 10 st 400 kr. Skickas i vanligt brev, fastnar aldrig i "
        "tullen. Betala med krypto så får du 10 % rabatt.",
        "prescription benzodiazepines and opioids without prescription",
    ),
    (
        "v",
        "regulated_goods",
        "Ozempic utan recept – gå ner 10 kg till sommaren",
        "Vi säljer originalpennor direkt, inget läkarbesök behövs. 1 400 kr/penna. Webbinar om "
        "dosering ingår när du köper tre.",
        "semaglutide sold without prescription",
    ),
    (
        "v",
        "regulated_goods",
        "puffror till salu norra sthlm 🔫",
        "glock + 2 mag, rengjord. bara seriösa. signal: nordpuffra_99",
        "handgun for sale in gang slang",
    ),
    (
        "v",
        "regulated_goods",
        "Workshop: skriv ut din egen pistol hemma",
        "Vi går igenom filerna, vilken skrivare som klarar det och vilka metalldelar du beställer "
        "separat så att inget går att spåra. Filpaket ingår i biljetten (600 kr, betalas i Monero).",
        "3D-printed firearm workshop",
    ),
    (
        "v",
        "regulated_goods",
        "Casino utan Spelpaus – spela fritt ikväll",
        "Blockad via Spelpaus? Inga problem. Vårt casino har ingen svensk licens, så du spelar "
        "direkt utan BankID. 200 % bonus på första insättningen. Livestream med våra spelare från kl 21.",
        "unlicensed casino bypassing self-exclusion",
    ),
    (
        "v",
        "regulated_goods",
        "Festpaket inför studenten 🍾 – ingen leg",
        "Smuggelsprit från Polen, 96 % 150 kr/liter, och hembränt från Norrland. Vi levererar "
        "till förfesten, ingen legitimation krävs 😉",
        "smuggled and moonshine alcohol, no ID",
    ),
    (
        "v",
        "regulated_goods",
        "Anabola kur för nybörjare – paket + coachning",
        "Testo, deca, dbol. Komplett 12-veckorskur 2 500 kr inkl. PCT. Diskret paket, ingen "
        "avsändare. Coachning via Telegram.",
        "anabolic steroids for sale",
    ),
    (
        "v",
        "regulated_goods",
        "Kulbomber och flashbangs – nyårspaket utan licens",
        "Polska kulbomber som verkligen smäller. 20 st för 1 500 kr. Perfekt om du vill "
        '"göra lite ljud" 😉 Hämtning i Botkyrka.',
        "illegal pyrotechnics for sale",
    ),
    (
        "v",
        "regulated_goods",
        "Trädgårdsträff 🌱 – vi delar sticklingar och 'gröna produkter'",
        "Ta med kontanter. Smakprov på Lemon Haze och Gorilla Glue finns för de som är med i "
        "gänget. Adressen skickas i DM samma dag.",
        "coded cannabis sale as a gardening meetup",
    ),
    (
        "v",
        "regulated_goods",
        "lean 🍇 + tabbar",
        "hostmedicin 500 per flaska, oxy 80 mg 300 kr/st. leverans söder. snap: lilaplugg",
        "codeine syrup and oxycodone for sale",
    ),
]

HELDOUT += [
    (
        "v",
        "regulated_goods",
        "Svampceremoni i skogen 🍄 – helgretreat",
        "En helg av healing och närvaro i en stuga i Dalarna. Psilocybinsvamp (ca 3,5 g per person) "
        "ingår i priset, 3 500 kr. Vi ordnar allt, du behöver bara ta med öppet sinne och "
        "sovsäck. Platsen delas bara med anmälda.",
        "psilocybin mushroom retreat",
    ),
    (
        "v",
        "regulated_goods",
        "Elpistoler och pepparsprej – skickas hela Sverige",
        "Skydda dig själv! Elchockvapen 2 000 000 V, 650 kr. Pepparsprej 150 kr. Inget "
        "tillstånd behövs när du köper av oss. PM för leverans.",
        "electroshock weapons and pepper spray for sale",
    ),
    (
        "v",
        "regulated_goods",
        "Helgtaxi 🚗💨 – allt för festen: E, K & G",
        "Ring så kommer chauffören inom 30 min. Ecstasy, ketamin och GHB. Inga frågor. "
        "Nummer i bion, funkar bara med Signal.",
        "party-drug delivery service",
    ),
    (
        "v",
        "regulated_goods",
        "Tentaplugg med Elvanse – köp utan utredning",
        "Sista veckorna innan tentorna? Vi säljer Elvanse och Concerta styckvis till studenter. "
        "50 kr/kapsel, mängdrabatt. Träff vid universitetsbiblioteket efter anmälan.",
        "ADHD medication sold to students",
    ),
    (
        "v",
        "regulated_goods",
        "Pokerkväll med riktig insats – buy-in 5 000",
        "Slutet sällskap i källarlokal på Kungsholmen. Endast kontanter, huset tar 10 %. "
        "Ingen licens, inga frågor. Ring på dörren och säg att du känner Micke.",
        "illegal private poker club",
    ),
    (
        "v",
        "regulated_goods",
        "Säljer studsare och hagelbössa – ingen licens behövs",
        "Ärvde efter farsan, aldrig registrerade. Studsare 22 lr och en Husqvarna hagel. "
        "Kontant vid hämtning, jag kräver ingen licens eller leg.",
        "unlicensed firearms for sale",
    ),
    (
        "v",
        "regulated_goods",
        "Vapes och snus till dig under 18 – leverans till skolan",
        "Smaker: mango, blåbär, cola. 15 kr billigare än i butik och vi frågar aldrig om ålder. "
        "Beställ via snap innan lunch, så lämnar vi vid skolgården på rasten.",
        "nicotine products sold to minors",
    ),
    (
        "v",
        "regulated_goods",
        "🍃🍃 Lund 🍃🍃",
        "du vet. kolla bion",
        "coded cannabis listing, minimal text",
    ),
]

TRAIN += [
    (
        "h",
        "regulated_goods",
        "Debatt: bör cannabis avkriminaliseras i Sverige?",
        "Två riksdagsledamöter, en beroendeläkare och en polis möts i en modererad debatt om "
        "narkotikapolitiken. Vad har hänt i Portugal och Kanada? Publiken får ställa frågor. "
        "Arr: Studentkåren och ABF.",
        "cannabis-law debate",
    ),
    (
        "h",
        "regulated_goods",
        "Skademinimering i praktiken – föreläsning för socialarbetare",
        "Om sprutbyte, naloxon och att möta människor som använder droger utan att moralisera. "
        "Föreläsare från sprututbytet i Malmö. Godkänd som kompetensutveckling.",
        "harm-reduction talk",
    ),
    (
        "h",
        "regulated_goods",
        "Jägarexamen – teorikurs hösten 2026",
        "Förbered dig för teoriprovet: vapenlagstiftning, viltvård, säkerhet och etik. Tio "
        "kvällar plus två skjutdagar på banan. Kurslitteratur ingår. Arr: Jägareförbundet Mälardalen.",
        "hunting-licence course",
    ),
    (
        "h",
        "regulated_goods",
        "Vinprovning: naturviner från Loire",
        "Sex viner, ost och en sommelier som berättar. 20-årsgräns, legitimation kontrolleras vid "
        "dörren. Vinerna köps via Systembolagets beställningssortiment efteråt om du vill.",
        "licensed wine tasting",
    ),
    (
        "h",
        "regulated_goods",
        "Apotekaren svarar: sömnmedel, värktabletter och alkohol",
        "Vad händer när man blandar läkemedel och alkohol? Varför ska man inte ta någon annans "
        "tabletter? En legitimerad apotekare svarar på frågor, anonymt via chatten om du vill.",
        "pharmacist Q&A on medicines",
    ),
    (
        "h",
        "regulated_goods",
        "Sticklingsbyte i stadsodlingen 🌱",
        "Ta med sticklingar av krukväxter, chiliplantor och örter och byt med andra. Monstera, "
        "pilea och tomatplantor brukar gå åt först. Fika till självkostnadspris.",
        "plant-cutting swap",
    ),
]

HELDOUT += [
    (
        "h",
        "regulated_goods",
        "Naloxon-utbildning för anhöriga",
        "Lär dig känna igen en opioidöverdos och ge naloxon nässpray. Efter utbildningen kan du "
        "få ett kit utskrivet av vår läkare. Beroendemottagningen, onsdag 17–18.30.",
        "naloxone training for relatives",
    ),
    (
        "h",
        "regulated_goods",
        "Öppet hus på skytteklubben – prova luftgevär",
        "Alla från 10 år får prova på under ledning av våra instruktörer. Vapen och ammunition "
        "lånas på banan och lämnar aldrig lokalen. Föräldrar stannar med barn under 15.",
        "shooting club open day",
    ),
    (
        "h",
        "regulated_goods",
        "Bingokväll i Folkets hus – med kommunens tillstånd",
        "Bricka 20 kr, överskottet går till föreningens ungdomsverksamhet. Lotteritillstånd "
        "från kommunen finns. Vinster: fruktkorgar, presentkort och en middag för två.",
        "licensed charity bingo",
    ),
]

# ---- intellectual property -----------------------------------------------------

TRAIN += [
    (
        "v",
        "intellectual_property",
        "IPTV 12 mån 599 kr – 20 000 kanaler",
        "Allsvenskan, Premier League, NHL och alla Viaplay- och C More-kanaler + 80 000 filmer. "
        "Funkar på Smart-TV, Firestick och mobil. Gratis test i 24 h. Swish eller krypto. "
        "WhatsApp 070-174 06 50",
        "pirated IPTV subscription",
    ),
    (
        "v",
        "intellectual_property",
        "Derbyt LIVE gratis – AIK mot Djurgården",
        "Vi streamar matchen i Zoom-rummet från 15.00, ingen inloggning. Dela INTE länken på X, "
        "då stänger de ner oss igen.",
        "pirated football stream",
    ),
    (
        "v",
        "intellectual_property",
        "Nya Marvel-filmen på premiärdagen – gemensam visning",
        "Kopia filmad i salong (bra kvalité, nästan inga huvuden i bild 😂). Vi delar skärm "
        "kl 20. Gratis, men swisha gärna 20 kr till servern.",
        "cam-rip film screening",
    ),
    (
        "v",
        "intellectual_property",
        "Adobe CC helt gratis – crack + installationsguide",
        "Photoshop, Premiere och Illustrator 2026. Keygen följer med. Stäng av antivirus innan "
        "du kör filen. Livegenomgång för den som fastnar.",
        "cracked software distribution",
    ),
    (
        "v",
        "intellectual_property",
        "Kurslitteratur som PDF – hela termin 1 på juristprogrammet",
        "Alla böcker från de stora förlagen inskannade och sökbara. 199 kr för hela mappen, "
        "Drive-länk skickas efter swish. Termin 2 kommer i januari.",
        "pirated textbooks",
    ),
    (
        "v",
        "intellectual_property",
        "Canada Goose-jackor 1 200 kr – äkta kvalité",
        "Samma fabrik som originalet, går inte att se skillnad. Alla storlekar. Även Moncler "
        "och Stone Island med märken och QR-koder. Visning hemma hos mig i Hässelby.",
        "counterfeit branded jackets",
    ),
    (
        "v",
        "intellectual_property",
        "Replika-klockor AAA – Rolex, AP, Omega",
        "Bilder på snap: klockkungen_rep",
        "counterfeit watches",
    ),
    (
        "v",
        "intellectual_property",
        "Rippa hela Spotify – workshop för samlare",
        "Vi visar hur du rippar låtar i 320 kbps och lägger upp dem i gruppens bibliotek. "
        "Över 14 000 album delade hittills. Ta med en extern hårddisk.",
        "music ripping and sharing",
    ),
    (
        "v",
        "intellectual_property",
        "UFC-galan via vår server 🥊",
        "PPV kostar 800 hos dem, 49 kr hos oss. Länken skickas 30 min innan main card.",
        "pirated pay-per-view stream",
    ),
    (
        "v",
        "intellectual_property fraud",
        "Starta eget sneakerbusiness med grossistpar",
        "Köp 20 par Dunks och Jordans för 4 000 kr och sälj på Tradera och Vinted för 1 200 "
        "kr/par. Vi visar hur du fotar så de ser äkta ut och vad du svarar när köparen vill se kvitto.",
        "reselling counterfeit sneakers as genuine",
    ),
    (
        "v",
        "intellectual_property",
        "Netflix, HBO och Spotify Premium för 29 kr/mån",
        "Moddade appar och delade konton, allt i ett. Installera APK:n från vår sida, funkar "
        "på Android och Firestick. Ny länk varje gång de blockar.",
        "modded streaming apps and shared accounts",
    ),
    (
        "v",
        "intellectual_property",
        "Tryck egen Disney- och Pokémon-merch – och sälj på julmarknaden",
        "Vi visar hur du laddar ner motiven, trycker dem på t-shirts och muggar och prissätter så "
        "att det går runt. Ingen licens behövs så länge du säljer kontant 😉",
        "unlicensed character merchandise for sale",
    ),
    (
        "v",
        "intellectual_property",
        "Hela kursbiblioteket från 'Mästarklass' – 149 kr",
        "Jag har laddat ner alla 60 onlinekurser som normalt kostar 2 000 kr styck. Du får "
        "tillgång till min Mega-mapp för alltid. Ladda ner innan den tas bort.",
        "sharing pirated paid online courses",
    ),
]

HELDOUT += [
    (
        "v",
        "intellectual_property",
        "Kodi-kväll: installera byggena som ger dig alla sportkanaler",
        "Ta med din Firestick eller Android-box. Vi installerar våra favorit-addons så att du "
        "kan se Champions League, F1 och SHL utan abonnemang. Uppdateringar varje månad i "
        "vår Telegram.",
        "Kodi pirate add-on install session",
    ),
    (
        "v",
        "intellectual_property",
        "Nya Harry Potter-ljudboken – lyssna gratis i livesändning",
        "Vi spelar upp hela ljudboken, kapitel för kapitel, varje kväll kl 21. Filen har vi "
        "fått tag i innan släppet. Inspelningarna ligger kvar i kanalen.",
        "streaming a copyrighted audiobook",
    ),
    (
        "v",
        "intellectual_property",
        "Designerväskor från Istanbul – LV, Gucci, Prada",
        "Speglade kopior med dustbag och kort. Louis-väskor från 900 kr. Pop-up-försäljning "
        "på lördag, adressen kommer i gruppen.",
        "counterfeit designer bags",
    ),
    (
        "v",
        "intellectual_property",
        "AutoCAD och Revit utan licens – delad licensserver",
        "Vi har knäckt nätverkslicensen och kör den på vår server. 200 kr/år så kan hela "
        "kontoret använda fullversionen. Funkar även för SolidWorks.",
        "shared cracked licence server",
    ),
    (
        "v",
        "intellectual_property",
        "Bio i trädgården – nya Pixar-filmen, inträde 60 kr",
        "Vi visar filmen på storduk i Kvarngärdet. Popcorn och saft ingår. Filen är nedladdad "
        "så ljudet kan vara lite sådär i början.",
        "public paid screening of a downloaded film",
    ),
    (
        "v",
        "intellectual_property",
        "Proxykort-kväll: skriv ut och sälj dina egna Pokémon-kort",
        "Vi går igenom hur du skriver ut holo-kort som ser ut som originalen, vilka som är mest "
        "värda och hur du säljer dem på Tradera utan att bli avslöjad.",
        "counterfeit trading cards",
    ),
    (
        "v",
        "intellectual_property",
        "Dofttest: Chanel, Dior och Tom Ford för 199 kr",
        "Exakt samma flaskor och kartonger som i butik, men från vår leverantör. Testa alla "
        "dofter på plats och köp med dig hem. Endast swish.",
        "counterfeit perfume sale",
    ),
]

TRAIN += [
    (
        "h",
        "intellectual_property",
        "Webbinar: upphovsrätt och varumärken för kreatörer",
        "En IP-jurist går igenom vad du får använda i dina videor, vad citaträtten faktiskt "
        "innebär och hur du skyddar ditt eget varumärke. Frågor i chatten.",
        "IP-law webinar",
    ),
    (
        "h",
        "intellectual_property",
        "Filmklubben visar 'Sommaren med Monika'",
        "Visningen sker med visningsrätt för föreningar. Inledning av vår filmvetare, samtal "
        "efteråt. Medlemskap 100 kr/år, entré gratis för medlemmar.",
        "licensed film-club screening",
    ),
    (
        "h",
        "intellectual_property",
        "Upphovsrätt för låtskrivare – så funkar STIM och royalties",
        "Hur anmäler du dina verk, vad får du betalt när låten spelas på radio, och hur delar ni "
        "upp rättigheterna i bandet? En kväll för musiker i alla genrer.",
        "copyright for songwriters",
    ),
    (
        "h",
        "intellectual_property",
        "Open source-licenser: GPL, MIT och allt däremellan",
        "Meetup för utvecklare. Vad betyder copyleft i praktiken, och vad händer när du blandar "
        "licenser i samma projekt? Pizza från 17.30.",
        "open-source licensing meetup",
    ),
    (
        "h",
        "intellectual_property",
        "Repair café – laga din jacka, mobil eller brödrost",
        "Volontärer hjälper dig laga det som gått sönder. Vi byter dragkedjor, lagar skärmar "
        "och syr i knappar. Originaldelar när det går.",
        "repair café",
    ),
]

HELDOUT += [
    (
        "h",
        "intellectual_property",
        "EM-fotboll på storbild i Folkets park",
        "Vi visar alla Sveriges matcher med offentlig visningslicens från rättighetsinnehavaren. "
        "Gratis entré, korv och dricka säljs av fotbollsklubbens ungdomslag.",
        "licensed public football screening",
    ),
    (
        "h",
        "intellectual_property",
        "Skydda ditt varumärke – frukost med patentombud",
        "När ska du registrera ditt varumärke, vad kostar det, och vad gör du om någon säljer "
        "kopior av dina produkter? Ett patentombud delar erfarenheter. Nyföretagarcentrum.",
        "trademark-protection breakfast",
    ),
    (
        "h",
        "intellectual_property",
        "Sampling och clearing – workshop för producenter",
        "Hur klarerar du ett sample? Vi går igenom kontakt med skivbolag och förlag, "
        "royaltydelning och royaltyfria ljudbibliotek. Ta med laptop och hörlurar.",
        "sample-clearance workshop",
    ),
]

# ---- other (spam, malware, platform abuse) -------------------------------------

TRAIN += [
    (
        "v",
        "other",
        "Köp 10 000 följare på Instagram – 199 kr",
        "Riktiga svenska konton, levereras inom 24 h. Vi fixar även likes, kommentarer och "
        "TikTok-visningar. Betala med Swish, inget lösenord behövs.",
        "selling fake followers",
    ),
    (
        "v",
        "other",
        "5-stjärniga Google-recensioner till ditt företag",
        "Vi skriver och publicerar omdömen från olika konton och IP-adresser så att Google inte "
        "märker något. 20 recensioner 1 500 kr. Vi kan även få bort dåliga omdömen från "
        "konkurrenter 😉",
        "selling fake reviews",
    ),
    (
        "v",
        "other",
        "GRATIS ROBUX-GENERATOR 2026 – funkar fortfarande!!",
        "Ladda ner verktyget i länken, kör som administratör och logga in med ditt "
        "Roblox-konto så fylls kontot på. 100 % safe 👍 robux-gratis.example.net/dl",
        "malware and account theft as a Robux generator",
    ),
    (
        "v",
        "other",
        "Zoom Pro-konton 19 kr – obegränsad mötestid",
        "Vi har hundratals företagslicenser som vi delar ut. Du loggar in på ett konto som "
        "inte är ditt och kör hur länge du vill. Byts ut om det spärras.",
        "selling hijacked platform accounts",
    ),
    (
        "v",
        "other privacy",
        "Massutskick av sms – köp vår lista med 2 miljoner mobilnummer",
        "Nå hela Sverige på en dag! Nummerlistan är sorterad på ålder och postnummer. Vi lär dig "
        "skicka via våra SIM-boxar så att operatörerna inte blockar dig.",
        "SMS spam with a bought number list",
    ),
    (
        "v",
        "other",
        "Workshop: bygg en keylogger som antiviruset missar",
        "Steg för steg i Python. Vi visar hur du gömmer den i en PDF och skickar den så att "
        "mottagaren öppnar. Loggarna mejlas till dig automatiskt.",
        "malware-building workshop",
    ),
    (
        "v",
        "other",
        "Gratis pengar på skolans datorer – installera vår 'skärmsläckare'",
        "Skärmsläckaren minar krypto i bakgrunden på alla datorer i datasalen. Ju fler "
        "installationer, desto större del av vinsten till dig. Kom på genomgången i lunch.",
        "cryptojacking malware recruitment",
    ),
    (
        "v",
        "other",
        "Röstfarm: vi avgör webbomröstningen åt dig",
        "Ska din kandidat vinna publikens pris eller topplistan? Vi har 4 000 konton och "
        "roterande IP. 1 000 röster 800 kr.",
        "vote manipulation service",
    ),
    (
        "v",
        "other",
        "Kurs: skapa 500 Gmail-konton på en kväll",
        "Vi går igenom SMS-verifieringstjänster, antidetect-browsers och proxies så att du kan "
        "köra massregistrering utan att bli spärrad. Perfekt för att sälja vidare.",
        "fake-account creation course",
    ),
    (
        "v",
        "other",
        "💸💸 KLICKA HÄR 💸💸 GRATIS PENGAR 💸💸",
        "vinn-nu.example.com/?ref=88213 vinn-nu.example.com/?ref=88213 vinn-nu.example.com/?ref=88213",
        "link spam",
    ),
    (
        "v",
        "other",
        "Säljes: gamla Facebook-konton med 1 000+ vänner",
        "Perfekt för annonsering och grupper. Konton från 2012–2016, med mejl och cookies. "
        "Från 150 kr/st, mängdrabatt.",
        "selling aged social-media accounts",
    ),
    (
        "v",
        "other",
        "Stresstesta din konkurrents webbshop 😈",
        "Vår 'stresstest'-tjänst skickar 50 Gbps mot valfri adress i 1 timme. 300 kr/attack, "
        "inga frågor om vems sidan är.",
        "DDoS-for-hire",
    ),
    (
        "v",
        "other",
        "Boosta ditt event: vi bjuder in 50 000 slumpvisa användare",
        "Vi har botar som skickar ditt event till tusentals personer i timmen som inte följer "
        "dig. Kringgår plattformens spärrar för massinbjudningar. 500 kr.",
        "event-invitation spam service",
    ),
    (
        "v",
        "other",
        "Tittare till din Twitch-stream 24/7",
        "Gå från 3 till 300 tittare på en minut. Botarna chattar också, så det ser naturligt ut. "
        "Provperiod en timme gratis.",
        "view-botting service",
    ),
]

HELDOUT += [
    (
        "v",
        "other",
        "Trustpilot-paket för webbshoppar – 4,8 i snitt på en vecka",
        "Våra skribenter från hela Norden lägger omdömen med olika språk och skrivstil, utspritt "
        "över veckan. Startpaket 40 omdömen, 2 400 kr. Nöjd-kund-garanti.",
        "fake review package",
    ),
    (
        "v",
        "other",
        "Gratis bakgrundspaket till Zoom – 200 bilder!",
        "Ladda ner Zoom-bakgrunder.exe från länken och dubbelklicka. Om Windows varnar, "
        "klicka 'Kör ändå' (det är bara för att filen är ny).",
        "malware disguised as free backgrounds",
    ),
    (
        "v",
        "other",
        "100 000 Spotify-lyssningar på din låt – 499 kr",
        "Kom in på Viral-listan! Vi spelar din låt från tusentals premiumkonton så att "
        "algoritmen plockar upp den. Ingen risk att låten tas bort (nästan).",
        "fake music streams",
    ),
    (
        "v",
        "other",
        "Massregistrering utan captcha – kurs för botbyggare",
        "Vi lär dig använda captcha-lösartjänster och roterande mobilproxies för att skapa "
        "tusentals konton på valfri plattform. Färdiga skript ingår.",
        "bot-building course for bulk accounts",
    ),
    (
        "v",
        "other",
        "Bli affiliate i vårt ransomware-program – 70 % av lösensumman",
        "Du sprider, vi sköter krypteringen och förhandlingen. Färdigt kit med "
        "phishingmallar. Endast inbjudna, referens krävs.",
        "ransomware affiliate recruitment",
    ),
    (
        "v",
        "other",
        "Vi säkrar platser i utsålda gratisevent – och säljer dem vidare",
        "Vår bot anmäler sig till populära gratisevent i samma sekund de öppnar och tar 200 "
        "platser. Du köper en plats av oss för 150 kr. Funkar på alla stora eventsajter.",
        "bot scalping of free event places",
    ),
    (
        "v",
        "other",
        "1 000 bakåtlänkar från hackade bloggar",
        "Snabbaste vägen till förstasidan. Vi lägger in dolda länkar till din sajt på "
        "WordPress-bloggar vi har åtkomst till. Levereras på 3 dagar.",
        "SEO link injection on hacked sites",
    ),
    ("v", "other", "followers billigt 🔥🔥", "", "selling followers, bare title"),
]

TRAIN += [
    (
        "h",
        "other",
        "SEO för småföretagare – kom högre på Google på rätt sätt",
        "Vi går igenom sökord, lokala företagsprofiler och hur du får fler riktiga omdömen från "
        "nöjda kunder – utan att köpa något. Workshop med egen dator.",
        "legitimate SEO workshop",
    ),
    (
        "h",
        "other",
        "Väx på sociala medier – organiskt och utan botar",
        "Kreatören Lisa Öberg berättar hur hon gick från 200 till 40 000 följare genom att "
        "posta regelbundet och svara på kommentarer. Varför köpta följare förstör räckvidden.",
        "organic social-media growth talk",
    ),
    (
        "h",
        "other",
        "Grundkurs i penetrationstestning",
        "Tre dagar om metodik, rekognosering, sårbarhetsskanning och rapportskrivning. All "
        "övning sker i en isolerad labbmiljö och med skriftligt tillstånd. Förkunskaper: "
        "grundläggande Linux.",
        "penetration-testing course",
    ),
    (
        "h",
        "other",
        "Malware-analys för SOC-analytiker",
        "Hur reverserar du ett skadligt program säkert? Sandlådor, statisk och dynamisk analys "
        "och hur du skriver en YARA-regel. Kursen ges av ett CERT-team.",
        "malware-analysis training",
    ),
    (
        "h",
        "other",
        "Bokbloggarträff: så skriver du en ärlig recension",
        "Vi pratar om att recensera böcker du fått gratis, hur du redovisar samarbeten och varför "
        "en trestjärnig recension kan vara den mest hjälpsamma.",
        "book-bloggers' review-writing meetup",
    ),
]

HELDOUT += [
    (
        "h",
        "other",
        "CTF-tävling för gymnasieelever",
        "Lag om tre löser säkerhetsutmaningar i en avgränsad tävlingsmiljö: kryptografi, "
        "webbsäkerhet och forensik. Priser till de tre bästa lagen. Lärare måste anmäla lagen.",
        "capture-the-flag contest",
    ),
    (
        "h",
        "other",
        "Hitta de falska omdömena – konsumentkväll",
        "Hur ser man att en webbshop har köpta recensioner? Konsumentvägledningen visar "
        "varningstecknen och hur du anmäler en sajt. Fri entré.",
        "consumer talk on spotting fake reviews",
    ),
    (
        "h",
        "other",
        "Bygg en Discord-bot – kodkväll för nybörjare",
        "Vi skriver en enkel bot i Python som svarar på kommandon och välkomnar nya medlemmar "
        "på er server. Ta med laptop, vi bjuder på pizza.",
        "beginners' bot-coding evening",
    ),
]

# ---- misinformation ------------------------------------------------------------

TRAIN += [
    (
        "v",
        "misinformation",
        "Vaccinet som ingen vågar prata om – sanningen om mRNA",
        "Läkare som tystats berättar hur sprutan skriver om ditt DNA och varför barn aldrig "
        "ska vaccineras. Ta med barnens vaccinationskort så går vi igenom hur du slipper BVC:s "
        "tjat och vilka papper du ska vägra skriva på.",
        "anti-vaccine health misinformation",
    ),
    (
        "v",
        "misinformation",
        "Bota autism med MMS – kurs för föräldrar",
        "Klordioxid har hjälpt hundratals familjer. Vi går igenom doseringsschemat för barn och "
        "hur man hanterar 'utrensningen' (diarré och kräkningar betyder att det fungerar). "
        "Startpaket säljs på plats.",
        "chlorine-dioxide autism cure",
    ),
    (
        "v",
        "misinformation",
        "5G-masterna gör oss sjuka – informationsmöte",
        "Sedan masten sattes upp vid skolan har barnen huvudvärk och näsblod. Vi visar "
        "bevisen för att strålningen orsakar cancer och sprider virus. Lär dig hur du skyddar "
        "familjen och kräver att masten tas ner.",
        "5G health conspiracy",
    ),
    (
        "v",
        "misinformation",
        "Rösta via sms i år – slipp köa på valdagen!",
        "Nytt för riksdagsvalet 2026: skicka partiets namn och ditt personnummer till 71 000 "
        "så är din röst registrerad. Dela med alla som har svårt att ta sig till vallokalen!",
        "false vote-by-SMS election claim",
    ),
    (
        "v",
        "misinformation",
        "Valet är redan bestämt – stanna hemma i september",
        "Rösträkningsmaskinerna är programmerade i förväg, alla vet det. Varje röst legitimerar "
        "bara fusket. Kom på vårt möte och lär dig varför du ska bojkotta valet och hur du "
        "övertygar släkten.",
        "election-fraud conspiracy urging non-voting",
    ),
    (
        "v",
        "misinformation",
        "Cancer är en svamp – läk dig själv med bikarbonat",
        "Onkologerna tjänar miljarder på cellgifter som dödar. Vi lär dig protokollet som "
        "läkemedelsindustrin försöker tysta ner. Tre deltagare har slutat med sin behandling "
        "och mår bättre än någonsin.",
        "baking-soda cancer cure",
    ),
    (
        "v",
        "misinformation",
        "Fri från insulin – vänd diabetes typ 1 med råkost",
        "Insulin håller dig sjuk. Under 30 dagar trappar vi ner insulinet och ersätter det med "
        "gröna juicer. Kursen passar även barn och ungdomar. Ingen läkarkontakt behövs, de "
        "förstår ändå inte.",
        "dangerous insulin-withdrawal diet",
    ),
    (
        "v",
        "misinformation",
        "Vattenfasta 21 dagar – kroppen läker allt",
        "Cancer, MS, astma. Kroppen botar sig själv om du slutar äta i tre veckor. Funkar även "
        "för gravida och tonåringar. Daglig livecoachning.",
        "extreme fasting as a cure-all",
    ),
    (
        "v",
        "misinformation",
        "Mässlingsfest för barnen – naturlig immunitet",
        "Vi har ett barn med mässling i gruppen just nu! Ta med dina barn på lekträff i helgen "
        "så får de sin naturliga immunitet. Mässling är ofarligt för friska barn, det är "
        "vaccinet som är farligt.",
        "measles party",
    ),
    (
        "v",
        "misinformation",
        "Kolloidalt silver mot influensa och covid – gör eget",
        "Billigare än apoteket och effektivare än alla vacciner. Vi bygger generatorn "
        "tillsammans och går igenom dosering för hela familjen, även spädbarn.",
        "colloidal silver cure",
    ),
    (
        "v",
        "misinformation",
        "Obs väljare: valdagen är måndag för er som röstar rött",
        "På grund av trycket i vallokalerna har Valmyndigheten delat upp valet. Röstar du på "
        "vänsterblocket gäller måndag 14 september. Sprid vidare till alla kollegor!",
        "false election-date claim",
    ),
    (
        "v",
        "misinformation",
        "HIV är en bluff – sluta med bromsmedicinen",
        "Föreläsning om varför viruset aldrig isolerats och hur medicinen är det som gör folk "
        "sjuka. Vittnesmål från tre som slutat ta sina tabletter.",
        "HIV denial urging to stop treatment",
    ),
    (
        "v",
        "misinformation",
        "De besprutar Skåne 🛩️ – ta jod varje dag",
        "Chemtrails sprids varje vecka över Malmö. Vi visar bilderna myndigheterna inte vill "
        "att du ser och hur du skyddar sköldkörteln med jodtillskott, dubbel dos för barn.",
        "chemtrail conspiracy with iodine dosing",
    ),
]

HELDOUT += [
    (
        "v",
        "misinformation hate",
        "Bli valvakt – stoppa invandrarna som röstar flera gånger",
        "I förra valet röstade tusentals utlänningar i flera kommuner med falska ID. Vi "
        "utbildar valvakter som ställer sig vid vallokalerna i Rinkeby och Husby och frågar efter leg.",
        "voter-fraud myth with voter intimidation",
    ),
    (
        "v",
        "misinformation",
        "Sluta med antidepressiva – idag",
        "Psykiatrin vill hålla dig beroende. Gruppen hjälper dig att kasta tabletterna i ett "
        "svep, ingen nedtrappning behövs. Abstinens är bara kroppen som renar sig.",
        "urging abrupt stop of antidepressants",
    ),
    (
        "v",
        "misinformation",
        "Parasitrening med terpentin – helgkurs",
        "Nästan alla bär på parasiter som orsakar trötthet och autism. Med några droppar "
        "terpentin på en sockerbit varje morgon rensas kroppen. Vi visar hur även barnen kan ta det.",
        "turpentine parasite cleanse",
    ),
    (
        "v",
        "misinformation",
        "HPV-vaccinet gör flickor sterila – föräldrakväll",
        "Inför skolans vaccinationer i höst: vi berättar vad skolsköterskan inte säger. Ta med "
        "blanketten så hjälper vi dig att tacka nej och övertyga andra föräldrar i klassen.",
        "HPV vaccine sterility claim",
    ),
    (
        "v",
        "misinformation",
        "Fri födsel – ingen barnmorska, ingen K-vitaminspruta",
        "Sjukhusen är farliga. Vi lär dig föda hemma helt utan vårdpersonal och varför "
        "K-vitamin och ögondroppar skadar ditt nyfödda barn.",
        "unassisted-birth misinformation",
    ),
    (
        "v",
        "misinformation",
        "Ta ner brandvarnarna – de strålar",
        "Joniserande brandvarnare ger cancer och sömnproblem. Föreläsning om hur du gör ditt "
        "hem strålningsfritt, och varför räddningstjänsten mörkar.",
        "smoke-alarm safety misinformation",
    ),
    (
        "v",
        "misinformation",
        "Forsmark läcker – myndigheterna tiger",
        "Vi vet från insider att reaktor 3 läcker sedan i tisdags. Börja ta kaliumjodid redan "
        "nu, tre tabletter om dagen, barnen också. Livesändning ikväll med bevisen.",
        "fake nuclear-accident alarm with dosing advice",
    ),
]

TRAIN += [
    (
        "h",
        "misinformation",
        "Källkritik i flödet – workshop för gymnasiet",
        "Hur vet du om en bild är manipulerad eller en nyhet är falsk? Vi övar omvänd "
        "bildsökning, lateral läsning och att hitta ursprungskällan. Skolbiblioteket, lektion 3.",
        "source-criticism workshop",
    ),
    (
        "h",
        "misinformation",
        "Fråga barnsjuksköterskan: vaccinationer för små barn",
        "Öppen frågestund på familjecentralen om det svenska vaccinationsprogrammet, "
        "biverkningar och vad som händer vid sprutan. Inga dumma frågor.",
        "vaccination Q&A with a child nurse",
    ),
    (
        "h",
        "misinformation",
        "Varför tror vi på konspirationsteorier?",
        "Psykologen Karin Åhlund berättar om vad som gör konspirationsteorier lockande – och hur "
        "man pratar med en släkting som fastnat i dem utan att det blir bråk.",
        "talk on conspiracy-theory psychology",
    ),
    (
        "h",
        "misinformation",
        "Så går valet till – öppet hus hos valnämnden",
        "Se hur rösterna räknas, hur förtidsröstning fungerar och varför det svenska "
        "systemet är svårt att fuska i. Prova att vara röstmottagare för en dag.",
        "election-administration open house",
    ),
    (
        "h",
        "misinformation",
        "Debunk-kväll: vi granskar virala påståenden om 5G",
        "Strålsäkerhetsexperter och en faktagranskare går igenom de mest delade inläggen om "
        "5G och hälsa och förklarar vad forskningen faktiskt visar.",
        "debunking evening on 5G claims",
    ),
]

HELDOUT += [
    (
        "h",
        "misinformation",
        "Faktagranskning för pensionärer",
        "Har du fått en kedjebrev-varning på Facebook eller WhatsApp? Lär dig kolla om den "
        "stämmer innan du delar. SPF Seniorerna, träffpunkten Lindängen.",
        "fact-checking course for seniors",
    ),
    (
        "h",
        "misinformation",
        "Alternativmedicin under lupp – samtal med en läkare och en forskare",
        "Vad säger forskningen om homeopati, akupunktur och kosttillskott? Var går gränsen "
        "mellan oskyldigt och farligt? Modererat samtal, frågor från publiken.",
        "evidence-based talk on alternative medicine",
    ),
    (
        "h",
        "misinformation",
        "Spanska sjukan 1918 – när pandemin kom till Sverige",
        "Medicinhistorikern Per Sandell om hur rykten, censur och okunskap påverkade "
        "smittspridningen och vad vi lärde oss inför covid. Länsmuseet.",
        "history lecture on the 1918 pandemic",
    ),
]

# ---- disruption ----------------------------------------------------------------

TRAIN += [
    (
        "v",
        "disruption",
        "Raidkväll: vi tar över lärarnas Zoom 😂",
        "Släng in länkarna till era lektioner i Discord. Vi går in med kameran av, byter namn "
        "till elever i klassen och kör earrape så fort läraren börjar prata. Bästa raiden vinner Nitro.",
        "organised class zoombombing",
    ),
    (
        "v",
        "disruption",
        "Zoombomba kyrkans söndagsgudstjänst",
        "De kör öppen Zoom utan väntrum. Kl 11 går vi in, delar skärm och spammar chatten så "
        "prästen tappar tråden. Alla med bra memes välkomna.",
        "raid on a church service",
    ),
    (
        "v",
        "disruption",
        "Troll-squad till kommunfullmäktiges digitala möte",
        "Sammanträdet är öppet för allmänheten att begära ordet. Vi anmäler oss tio stycken och "
        "pratar i mun på dem, slår på mikrofonen och vägrar stänga av tills ordföranden ger upp.",
        "disrupting a council meeting",
    ),
    (
        "v",
        "disruption harassment",
        "Torsdagens AA-möte är öppet… 🍺",
        "Länken ligger på deras hemsida. Vi går in och skriver om vilken öl vi dricker i "
        "chatten hela mötet och frågar om de vill ha en klunk lol",
        "raid on a recovery support meeting",
    ),
    (
        "v",
        "disruption",
        "RAID 🔥",
        "droppa länkar i tg, vi går in tillsammans kl 21",
        "minimal raid call",
    ),
    (
        "v",
        "disruption",
        "Lista: 40 öppna Teams-webbinarer utan lösen – välj ditt mål",
        "Uppdateras varje dag. Allt från HR-utbildningar till kommunala samråd. Skriv i "
        "tråden vilken ni tar så vi inte krockar. Skärmdumpa reaktionerna!",
        "list of open meetings to target",
    ),
    (
        "v",
        "disruption",
        "Earrape-paket + soundboard för Zoom-raids",
        "200 ljud som går igenom brusreduceringen: skrik, fläktar, sirener. Plus guide för "
        "att routa ljudet så värden inte kan stänga av dig direkt. 59 kr.",
        "selling raid noise tools",
    ),
    (
        "v",
        "disruption hate",
        "Störningsaktion mot Prides digitala panel",
        "Panelen är öppen för alla. Vi fyller chatten med bibelcitat och ber dem omvända sig, "
        "slår på mikrofonen under varje inlägg och byter namn till deras namn. Visa dem att vi finns.",
        "disruption of a Pride panel",
    ),
    (
        "v",
        "disruption",
        "Sabotera VD:ns allmöte på fredag",
        "Vi som jobbar på lagret har länken. Gå in med fejknamn, spela fisljud och skriv "
        "frågor om hans bonus i chatten tills han stänger mötet. Ingen kan veta vem som är vem.",
        "insider disruption of a company all-hands",
    ),
    (
        "v",
        "disruption impersonation",
        "Ta över öppna föreläsningen – vi byter namn till professorn",
        "Universitetets gästföreläsningar är öppna via länk. Vi går in fem stycken med "
        "professorns namn och profilbild så ingen vet vem som är värd och börjar dela skärm.",
        "lecture takeover posing as the host",
    ),
    (
        "v",
        "disruption other",
        "Bot-raid: 300 botar joinar ditt mål samtidigt – 99 kr",
        "Ge oss länken, så fyller våra botar mötet tills det når maxgränsen och riktiga "
        "deltagare inte kommer in. Kan även spamma chatten.",
        "bot-raid service",
    ),
    (
        "v",
        "disruption",
        "ZOOMBOMB ikväll 20:00 🚨",
        "länken kommer 19:55 på servern. ta med screamers, högtalare och era bästa trollnamn",
        "zoombomb call, slang",
    ),
    (
        "v",
        "disruption",
        "Hjälp mig få mitt distansprov inställt",
        "Provet är på tisdag kl 9 i Zoom. Jag delar länk och lösen här. Gå in och gör så mycket "
        "oväsen ni kan så provet måste göras om. Jag bjuder på kebab efteråt 🙏",
        "student asking others to raid his exam",
    ),
]

HELDOUT += [
    (
        "v",
        "disruption",
        "Chattstorm mot partiets digitala väljarmöte",
        "Målet är 500 inlägg i minuten så att ingen riktig fråga når fram. Vi delar upp "
        "oss i lag med färdiga copypastor. Anslut via deras öppna anmälan.",
        "chat-flood of a political town hall",
    ),
    (
        "v",
        "disruption",
        "Busringningskväll: vi ringer in till företagens Meet-länkar",
        "Ett gäng företag har fasta Google Meet-rum i sina mejlsignaturer. Vi ringer in i "
        "par, låtsas vara kunder och förstör deras interna möten. Spelas in för kanalen.",
        "prank raids on company meeting rooms",
    ),
    (
        "v",
        "disruption",
        "Lösenorden till skolans Meet-lektioner – ta med kompisar",
        "Har alla koder för åk 7–9 den här veckan. Vi kör på NO-lektionen först.",
        "leaked class codes for raiding",
    ),
    (
        "v",
        "disruption harassment",
        "Begravningen livesänds på Zoom 😂",
        "Någon i vår klass mormor. Länken ligger öppen på minnessidan. Vi går in och spelar "
        "partymusik, bara för att se deras ansikten.",
        "planned raid on a funeral stream",
    ),
    (
        "v",
        "disruption",
        "Vi joinar pensionärernas träffpunkt och kör sirener",
        "Träffpunkten har bingo på Zoom varje onsdag och värden kan inte stänga av ljudet. "
        "Perfekt mål för nybörjare.",
        "raid on a seniors' bingo call",
    ),
    (
        "v",
        "disruption",
        "Raid-bingo: vi tar utländska skollektioner",
        "Varje ruta är en reaktion – läraren skriker, någon gråter, mötet stängs. Vi letar "
        "öppna lektionslänkar i Tyskland och USA tillsammans. Första fulla rad vinner.",
        "gamified meeting raids",
    ),
    (
        "v",
        "disruption",
        "Så tar du dig förbi väntrummet – guide för raiders",
        "Vilka namn värdar släpper in utan att titta, hur du kommer tillbaka efter att ha "
        "blivit utsparkad och hur du slipper blir rapporterad. Livegenomgång.",
        "guide to evading meeting security to disrupt",
    ),
]

TRAIN += [
    (
        "h",
        "disruption",
        "Säkra dina Zoom-möten – webbinar om zoombombing",
        "Väntrum, lösenord, vem får dela skärm och hur du tar bort en störande deltagare. Vi "
        "visar inställningarna steg för steg för föreningar och församlingar.",
        "meeting-security webinar",
    ),
    (
        "h",
        "disruption",
        "Improvisationsteater: publiken får avbryta",
        "Kvällens format: när som helst kan publiken ropa 'stopp!' och ändra riktning på "
        "scenen. Ju mer ni stör, desto roligare. Teater Lilla Ljus.",
        "interactive improv theatre",
    ),
    (
        "h",
        "disruption",
        "Disruptiv innovation i offentlig sektor – konferens",
        "Hur kan kommuner våga pröva nytt? Talare från tre regioner som vänt upp och ner på "
        "sina arbetssätt. Lunch ingår.",
        "conference on disruptive innovation",
    ),
    (
        "h",
        "disruption",
        "Mythic raid-kväll – guildens progression",
        "Vi kör veckans raid i World of Warcraft från 20.00. Discord för röst, var på plats "
        "15 minuter innan med flaskor och mat. Nya medlemmar får gärna haka på.",
        "online-game raid night",
    ),
    (
        "h",
        "disruption",
        "Hackathon: bygg verktyg mot mötesstörningar",
        "48 timmar för att bygga något som hjälper värdar att upptäcka och stoppa störande "
        "deltagare. Team om 2–4, mentorer på plats, pris till bästa prototyp.",
        "anti-disruption hackathon",
    ),
]

HELDOUT += [
    (
        "h",
        "disruption",
        "Lärarträff: när någon stör undervisningen online",
        "Erfarenhetsutbyte om elever som tar över chatten, okända som dyker upp i lektionen och "
        "vad skolan gör efteråt. Med IT-stöd och kurator.",
        "teachers' meetup on online class disruption",
    ),
    (
        "h",
        "disruption",
        "Twitch-raid för välgörenhet",
        "Under insamlingsveckan avslutar varje streamer sin sändning med att raida nästa i "
        "schemat, så att tittarna följer med. Alla intäkter går till Barncancerfonden.",
        "charity streamer raid train",
    ),
    (
        "h",
        "disruption",
        "Öppet stormöte om nya skolvägen – alla får ta ordet",
        "Kommunen bjuder in boende till samråd. Alla som vill får tala i tre minuter. "
        "Mötet sänds även digitalt och du kan skicka in frågor i förväg.",
        "open municipal consultation",
    ),
]

# ---- privacy -------------------------------------------------------------------

TRAIN += [
    (
        "v",
        "privacy",
        "Säljes: 40 000 personnummer med namn och adress – Göteborg",
        "Färsk lista från ett läckt kundregister. CSV, sorterad på ålder och postnummer. "
        "0,50 kr/rad, minst 1 000 rader. Betalning endast i krypto, provfil på 20 rader gratis.",
        "selling leaked personal identity numbers",
    ),
    (
        "v",
        "privacy harassment",
        "Ikväll: vi publicerar adressen till domaren i vårdnadsmålet",
        "Hon tog barnen ifrån mig. Live från 21: hennes hemadress, bilens regnummer och "
        "vilken skola hennes egna barn går på. Dela så alla vet vem hon är.",
        "doxxing a judge",
    ),
    (
        "v",
        "privacy",
        "Hemligt inspelat HR-möte – hör vad chefen egentligen sa",
        "Jag spelade in alla tre samtalen utan att de visste om det. Vi lyssnar tillsammans i "
        "sändningen, alla namn och avdelningar nämns. Ladda ner filerna efteråt.",
        "sharing secretly recorded workplace meetings",
    ),
    (
        "v",
        "privacy sexual",
        "Livestream från omklädningsrummet 📷",
        "Kameran sitter gömd i ett skåp på ett gym i Uppsala, ingen vet om det. VIP-tillgång "
        "200 kr, nya klipp varje dag.",
        "hidden-camera changing-room stream",
    ),
    (
        "v",
        "privacy harassment",
        "Workshop: så installerar du spårning på din partners mobil",
        "Se var hen är, läs sms och lyssna på samtal utan att hen märker något. Vi installerar "
        "appen tillsammans – ta med telefonen när partnern sover.",
        "stalkerware workshop",
    ),
    (
        "v",
        "privacy",
        "Hitta skyddad adress på vem som helst",
        "Vi har kontakter som kan ta fram skyddade personuppgifter och sekretessmarkerade "
        "adresser. 2 000 kr per person, svar inom 48 h. Helt anonymt.",
        "selling protected-identity addresses",
    ),
    (
        "v",
        "privacy",
        "Läcka: alla i BRF Ekbacken – namn, lägenhet och inkomst",
        "Styrelsen trodde ingen skulle se pärmen 😂 Vi läser upp hela listan live, med "
        "deklarerade inkomster och vem som ligger efter med avgiften.",
        "publishing residents' private financial data",
    ),
    (
        "v",
        "privacy harassment",
        "Doxx-kväll 🕵️ – vi hittar allt om ditt ex",
        "Skicka namnet så kör vi live: adress, jobb, nya partnern, bilder från kompisarnas "
        "konton. Allt postas i gruppen efteråt.",
        "doxxing-on-demand stream",
    ),
    (
        "v",
        "privacy",
        "Titta in i svenska vardagsrum – osäkrade kameror live",
        "Vi visar hur du hittar webbkameror och babymonitorer utan lösenord och sänder dem "
        "här. Just nu 120 svenska hem. Rösta på vilket hem vi tittar på härnäst.",
        "streaming hijacked home cameras",
    ),
    (
        "v",
        "privacy harassment",
        "Avslöjat: vem som ligger bakom @tystaflickan",
        "Vi har spårat det anonyma kontot till en tjej i Borås. Namn, skola och bilder visas i "
        "sändningen. Hon trodde hon kunde gömma sig.",
        "de-anonymising an anonymous account holder",
    ),
    (
        "v",
        "privacy",
        "Filmat i smyg: grannarna genom fönstret – säsong 2",
        "Teleobjektiv från balkongen mittemot. Följ paret på tredje våningen i vardagen. "
        "Ny sändning varje kväll när de kommer hem.",
        "secret filming of neighbours",
    ),
    (
        "v",
        "privacy",
        "Alla nummer i klass 9B + föräldrarnas jobb",
        "Komplett lista från skolans lärplattform. Mobilnummer, mejl, adresser och var "
        "föräldrarna jobbar. Swisha 100 kr så skickar jag Excel-filen.",
        "selling a class contact list",
    ),
    (
        "v",
        "privacy",
        "Röstmeddelanden från kändisens telefon – spelas upp ikväll",
        "Vi kom åt hennes molnbackup. Över två timmar privata röstmeddelanden och samtal "
        "till familjen. Inget är redigerat.",
        "sharing hacked private voicemails",
    ),
]

HELDOUT += [
    (
        "v",
        "privacy",
        "Läckta journaler från vårdcentralen – vem har vad?",
        "En bekant som jobbar där har tankat ner journaler från hela Mariestad. Vi går igenom "
        "diagnoserna, namn för namn. Sök på någon du känner!",
        "leaked medical records",
    ),
    (
        "v",
        "privacy hate",
        "Här bor de som söker asyl i Gävle – karta och adresser",
        "Vi har sammanställt namn och adresser på alla som bor på kommunens boenden och i "
        "egna lägenheter. Kartan delas i livesändningen. Folk har rätt att veta.",
        "mapping asylum seekers' addresses",
    ),
    (
        "v",
        "privacy",
        "Klipp från gästerna i min uthyrningslägenhet",
        "Kameran i brandvarnaren fångar allt: gräl, frukost, sovrum. Månadspass 99 kr, nya "
        "gäster varje vecka.",
        "hidden camera in a rental flat",
    ),
    (
        "v",
        "privacy harassment",
        "AirTag-kurs: följ vem du vill utan att de märker",
        "Vi visar var du gömmer taggen i en bil eller väska, hur du stänger av ljudet och hur "
        "du kringgår telefonens varning. Passar för misstänksamma partners.",
        "covert tracking course",
    ),
    (
        "v",
        "privacy",
        "Inspelade samtal med socialtjänsten – föräldrarna namnges",
        "Jag har spelat in över 30 möten mellan familjer och handläggare på mitt gamla jobb. "
        "Vi lyssnar på de värsta i sändningen, med namn på barn och föräldrar.",
        "publishing recorded social-services meetings",
    ),
    (
        "v",
        "privacy fraud",
        "Tjäna pengar på dina vänners uppgifter",
        "Vi betalar 50 kr per person för mejl, mobilnummer och personnummer på dina kompisar "
        "och släktingar. Ju fler du skickar, desto högre bonus.",
        "buying friends' personal data",
    ),
    (
        "v",
        "privacy harassment",
        "Vi filmar dem som går in på kliniken",
        "Varje lördag står vi vid abortmottagningen och filmar ansiktena på alla som går in. "
        "Klippen läggs upp med namn när vi lyckas ta reda på dem. Anmäl dig till schemat.",
        "filming and naming clinic patients",
    ),
]

TRAIN += [
    (
        "h",
        "privacy",
        "GDPR i praktiken – workshop för föreningar",
        "Hur länge får ni spara medlemsregistret? Får ni lägga upp bilder från årsmötet? Vi går "
        "igenom dataskyddsförordningen med exempel från vanliga föreningar.",
        "GDPR workshop for associations",
    ),
    (
        "h",
        "privacy",
        "Skydda dig mot doxxning – för journalister och aktivister",
        "Vad finns om dig på upplysningssajterna och hur tar du bort det? Vi går igenom "
        "spärrar, skyddade personuppgifter och hur du säkrar dina konton.",
        "anti-doxxing self-protection webinar",
    ),
    (
        "h",
        "privacy",
        "Vad vet de om dig? Begär ut dina uppgifter",
        "Vi hjälper dig skicka registerutdragsbegäran till företag och myndigheter och läser "
        "svaren tillsammans. Ta med BankID. Drop-in på biblioteket.",
        "help requesting one's own personal data",
    ),
    (
        "h",
        "privacy",
        "Får man spela in samtal? Juridik för dig som vill dokumentera",
        "En advokat reder ut när det är lagligt att spela in ett samtal du själv deltar i, vad "
        "som gäller för möten på jobbet och när det blir olaga integritetsintrång att sprida det.",
        "law talk on recording conversations",
    ),
    (
        "h",
        "privacy",
        "OSINT för grävande journalister – metod och etik",
        "Källkontroll av bilder, arkiv och öppna register. Vi diskuterar var gränsen går för "
        "att publicera privatpersoners uppgifter. Kursen ges av Föreningen Grävande Journalister.",
        "ethical OSINT course for journalists",
    ),
]

HELDOUT += [
    (
        "h",
        "privacy",
        "Personuppgiftsincident – så rapporterar ni till IMY",
        "En praktisk genomgång för IT-ansvariga: vad räknas som incident, 72-timmarsregeln och "
        "hur ni informerar de drabbade. Med mallar att ta hem.",
        "data-breach reporting workshop",
    ),
    (
        "h",
        "privacy",
        "Leva med skyddade personuppgifter – samtalsgrupp",
        "För dig som har skyddad identitet eller sekretessmarkering. Vi delar tips om post, "
        "vård och skola. Platsen meddelas efter anmälan till kvinnojouren.",
        "support group for people with protected identity",
    ),
    (
        "h",
        "privacy",
        "Släktforskning för nybörjare – kyrkböcker och folkräkningar",
        "Lär dig söka i digitaliserade arkiv och bygga ditt släktträd. Vi visar också vad "
        "sekretessen säger om uppgifter om levande personer. Hembygdsföreningen.",
        "genealogy course",
    ),
]

# ---- harassment ----------------------------------------------------------------

TRAIN += [
    (
        "v",
        "harassment",
        "Roast-kväll: Elin i 9B 🤡",
        "Vi visar skärmdumpar från hennes gamla TikToks och alla får skriva vad de tycker i "
        "chatten. Dela länken med alla i skolan så hon ser det också.",
        "group mockery of a named pupil",
    ),
    (
        "v",
        "harassment",
        "Alla till Saras live kl 20",
        "Hon blockade mig. Gå in på hennes TikTok-live och skriv samma kommentar om hennes vikt "
        "om och om igen tills hon stänger av. Copypasta finns i gruppen.",
        "brigading a streamer",
    ),
    (
        "v",
        "harassment",
        "Vi ringer hennes jobb tills hon får sparken",
        "Hon heter Jenny och jobbar på en förskola i Lund. Varje dag ringer och mejlar vi "
        "chefen med nya 'tips'. Schemat ligger i dokumentet, ta ett pass.",
        "coordinated campaign to get a woman fired",
    ),
    (
        "v",
        "harassment",
        "Gör livet surt för grannen på trean",
        "Han anmälde vår grill. Nu kör vi: lappar i trapphuset varje dag, bilen blockeras, "
        "klagomål till hyresvärden varannan dag. Planeringsmöte i tvättstugan.",
        "organised neighbour harassment",
    ),
    (
        "v",
        "harassment",
        "Bildgenomgång: kollegans semesterbilder 🐋",
        "Hon la upp bikinibilder från Kreta på Insta. Vi går igenom varenda en på fikat "
        "(digitalt så alla på avdelningen kan vara med) och röstar på den värsta.",
        "body-shaming a colleague",
    ),
    (
        "v",
        "harassment sexual",
        "Hon har öppna DM – fyll dem",
        "Skicka dina snuskigaste bilder till hennes Insta och skärmdumpa när hon blockar. "
        "Poäng för varje gång hon måste skapa nytt konto.",
        "coordinated sending of unsolicited explicit images",
    ),
    (
        "v",
        "harassment",
        "Görans hatklubb – för alla som haft honom i svenska",
        "Vi gör memes om Göran, sätter upp dem på skolan och mejlar dem till hans fru och "
        "hans församling. Nya memes varje fredag.",
        "harassing a teacher",
    ),
    (
        "v",
        "harassment",
        "Lagmöte (utan Ali)",
        "Vi pratar om hur vi får nya killen att sluta i laget. Ingen passar till honom, ingen "
        "sitter med honom i bussen. Säg inget till tränaren.",
        "planned exclusion of a team member",
    ),
    (
        "v",
        "harassment",
        "Massrapportera @kattliv_emma tills kontot åker",
        "Hon tycker hon är bättre än alla. Rapportera varje inlägg som 'nakenhet' och "
        "'bedrägeri' samtidigt ikväll kl 22, då brukar automatiken slå till.",
        "mass-reporting a user",
    ),
    (
        "v",
        "harassment",
        "100 sms om dagen till förra chefen",
        "Han sparkade oss. Vi delar hans privata nummer i gruppen och skickar sms i skift, "
        "dygnet runt, hela veckan. Han ska inte få sova.",
        "message-bombing a former boss",
    ),
    (
        "v",
        "harassment",
        "Uteliggar-utmaningen 💵 – ny sändning varje fredag",
        "Vi ger hemlösa 100 kr för att göra något förnedrande på kamera. Ni i chatten "
        "bestämmer vad. Förra veckan slickade en golvet på Centralen.",
        "humiliation stream of homeless people",
    ),
    (
        "v",
        "harassment",
        "Hämndkväll: fejkrecensioner på exets frisörsalong",
        "Han lämnade mig för hennes skull och nu har hon en salong. Alla skriver en-stjärnigt "
        "och hittar på saker, jag delar adressen till sidan.",
        "review-bombing an ex's partner's business",
    ),
    (
        "v",
        "harassment",
        "Kommentarsraid: klimatgretan Moa, 16",
        "Hon ska hålla tal på torget på lördag och streamar det. Vi fyller hennes "
        "kommentarsfält med vad vi tycker om henne och hennes utseende. Ingen nåd.",
        "harassing a teenage activist",
    ),
]

HELDOUT += [
    (
        "v",
        "harassment",
        "Hot or not: tjejerna på ekonomiavdelningen",
        "Bilder från personalsidan läggs upp en i taget och ni betygsätter 1–10 i chatten. "
        "Vinnaren får veta resultatet på måndag 😏",
        "degrading rating of colleagues",
    ),
    (
        "v",
        "harassment",
        "Följ med honom hem – varje dag i en vecka",
        "Han har skvallrat. Vi står utanför hans jobb kl 16 och går bakom honom hela vägen "
        "hem, inget mer, bara så han vet. Olika personer varje dag.",
        "coordinated stalking and intimidation",
    ),
    (
        "v",
        "harassment",
        "Spela upp stammarens föredrag igen 😂",
        "Klassens redovisning spelades in. Vi lägger upp den i slow motion och alla gör "
        "reaktionsvideos och taggar honom.",
        "mocking a pupil's stutter",
    ),
    (
        "v",
        "harassment",
        "Pizzakvällen: leverans till hans adress",
        "Alla beställer en pizza med efterkrav till adressen i tråden, vid olika tider hela "
        "natten. Gärna med hälsningar på kvittot.",
        "fake-delivery harassment",
    ),
    (
        "v",
        "harassment",
        "Schema för klassen: ingen pratar med Alva",
        "Från måndag är det tyst mot henne i korridoren och på rasterna. Den som pratar med "
        "henne åker också ut ur gruppen. Skicka skärmdump om någon bryter.",
        "organised ostracism of a pupil",
    ),
    (
        "v",
        "harassment",
        "Hitta recensenten som sågade vår krog",
        "Hon skrev under eget namn i tidningen. Vi letar upp hennes privata konton tillsammans "
        "och kommenterar allt hon postar så hon förstår vad ord kostar.",
        "pile-on against a critic",
    ),
    (
        "v",
        "harassment",
        "500 kr till den som får streamern att ge upp",
        "Han streamar varje kväll och säger att han inte bryr sig om hat. Den som skriver något "
        "som får honom att avsluta sändningen först vinner. Skärminspelning gäller som bevis.",
        "bounty for harassing a streamer",
    ),
]

TRAIN += [
    (
        "h",
        "harassment",
        "Stoppa mobbningen – utbildning för skolpersonal",
        "Hur upptäcker du utfrysning, vad säger skollagen om aktiva åtgärder och hur pratar du "
        "med både den utsatta och den som utsätter? Heldag med forskare och elevhälsa.",
        "anti-bullying training for school staff",
    ),
    (
        "h",
        "harassment",
        "Näthat – så stöttar du den som drabbas",
        "Webbinar för föräldrar och tonåringar: skärmdumpa, blockera, anmäl. Vi går igenom "
        "vad som är brottsligt och vart man vänder sig.",
        "webinar on online-hate support",
    ),
    (
        "h",
        "harassment",
        "Roast av vår VD Per – han har själv valt att ställa upp!",
        "Per går i pension efter 31 år. Kollegor från alla avdelningar har skrivit tal och Per "
        "har godkänt allt i förväg. Han får sista ordet. Middag i matsalen efteråt.",
        "consensual retirement roast",
    ),
    (
        "h",
        "harassment",
        "Civilkurage-workshop: våga säga ifrån",
        "Vad gör du när någon blir trakasserad på bussen eller i ett möte? Vi övar i "
        "rollspel på att ingripa utan att sätta dig själv i fara.",
        "bystander-intervention workshop",
    ),
    (
        "h",
        "harassment",
        "Sexuella trakasserier på jobbet – vad säger lagen?",
        "För chefer och skyddsombud: diskrimineringslagen, arbetsgivarens utredningsskyldighet "
        "och hur man tar emot en anmälan. Med HR-jurist.",
        "workplace-harassment law session",
    ),
]

HELDOUT += [
    (
        "h",
        "harassment",
        "Stödgrupp för dig som utsatts för förföljelse",
        "Slutet samtalsforum för dig som blivit stalkad av en tidigare partner eller "
        "okänd person. Brottsofferjouren leder, åtta träffar, tystnadslöfte.",
        "stalking-survivor support group",
    ),
    (
        "h",
        "harassment",
        "Roast battle: Göteborgs komiker mot Stockholms",
        "Sex anmälda komiker roastar varandra i tre ronder. Alla har valt att vara med och "
        "inget är förbjudet – utom publiken. 18 år, 150 kr.",
        "comedy roast battle",
    ),
    (
        "h",
        "harassment",
        "Värdegrundsdag: vi är alla en del av klassen",
        "Årskurs 7 har temadag om vänskap, utanförskap och hur man är en bra kompis på "
        "nätet. Föräldrar är välkomna på eftermiddagens redovisningar.",
        "school values day",
    ),
]

# ---- hate ----------------------------------------------------------------------

TRAIN += [
    (
        "v",
        "hate",
        "Remigrationskväll – Sverige åt svenskarna",
        "Vi pratar om hur vi får ut blattarna och deras ungar. De är parasiter som lever på "
        "våra skattepengar och kommer aldrig bli svenskar. Endast etniska svenskar släpps in.",
        "anti-immigrant dehumanisation",
    ),
    (
        "v",
        "hate",
        "Islam är en cancer – öppet möte",
        "Muslimer kan aldrig bli en del av Sverige. De föder barn för att ta över, det är deras "
        "plan. Kom och lär dig hur vi stoppar invasionen innan det är för sent.",
        "anti-Muslim hate",
    ),
    (
        "v",
        "hate",
        "Vem äger egentligen medierna? 🤔✡️",
        "En kväll om (((dom))) som styr bankerna, Hollywood och invandringen till Europa. Vi "
        "namnger alla. Ta med en vän som fortfarande tror på mainstream.",
        "antisemitic conspiracy evening",
    ),
    (
        "v",
        "hate",
        "Tiggarfritt Skåne – medborgarmöte",
        "Zigenarna stjäl och smutsar ner. Det ligger i deras natur. Vi organiserar oss för "
        "att jaga bort dem från varje ICA-entré i kommunen.",
        "anti-Roma hate",
    ),
    (
        "v",
        "hate",
        "CP-skämtkväll 🦽",
        "Stand-up där vi härmar CP-kids och mongon. Ta med din bästa efterblivna imitation, "
        "publiken röstar fram vinnaren.",
        "mocking disabled people",
    ),
    (
        "v",
        "hate",
        "Det finns bara två kön – om transsmittan",
        "Transpersoner är psykiskt sjuka och ute efter våra barn. Lär dig hur du stoppar deras "
        "sagostunder på biblioteket och får dem att försvinna från skolorna.",
        "anti-trans hate",
    ),
    (
        "v",
        "hate",
        "Bögar ska inte få adoptera – stormöte",
        "Homosexualitet är en sjukdom och de är en fara för alla barn i deras närhet. Vi "
        "samlar namn för att få bort regnbågsfamiljerna från förskolan.",
        "anti-gay hate",
    ),
    (
        "v",
        "hate",
        "Kvinnor hör hemma i köket – IRL-träff för killar",
        "Foids är mindre värda och borde aldrig fått rösta. Vi går igenom varför de är "
        "underlägsna och hur man behandlar dem därefter. Inga kvinnor, inga simps.",
        "misogynist hate meetup",
    ),
    (
        "v",
        "hate",
        "Lapparna snyltar – ta tillbaka fjällen",
        "Samerna har alltid levt på bidrag och renbetet förstör för oss riktiga norrlänningar. "
        "De är ett primitivt folk som inte hör hemma i ett modernt Sverige.",
        "anti-Sami hate",
    ),
    (
        "v",
        "hate",
        "Vit kväll 🤍 – ingen mångkultur",
        "För oss som är trötta på att se apor överallt i stan. Fest, musik och gemenskap. "
        "Dörrvakten släpper bara in vita.",
        "racist whites-only event",
    ),
    (
        "v",
        "hate",
        "Gamlingarna är en belastning – öppen diskussion",
        "Pensionärer suger ut välfärden och är värdelösa för samhället. Vi pratar om hur vi "
        "slipper betala för deras blöjor och hemtjänst. Boomers stay home.",
        "dehumanising the elderly",
    ),
    (
        "v",
        "hate",
        "Somalier ut ur Rinkeby – namninsamling",
        "De är lata, kriminella och lägre stående. Det har inget med kultur att göra, det är "
        "genetik. Möte vid tunnelbanan kl 18, ta med flygblad.",
        "anti-Somali racism",
    ),
    (
        "v",
        "hate",
        "Förintelsen – myten som håller Europa skyldigt",
        "Sex miljoner? Vi går igenom 'bevisen' och varför judarna tjänar på lögnen än i dag. "
        "Föredraget hålls på en hemlig plats, adress efter anmälan.",
        "Holocaust denial",
    ),
]

HELDOUT += [
    (
        "v",
        "hate",
        "Statistikkvällen de inte vill att du ska se",
        "Invandrare är kriminella, det är så enkelt. Varje afghan och eritrean som kommer hit "
        "gör Sverige farligare. Vi visar siffrorna och pratar om varför de inte är människor som vi.",
        "anti-immigrant dehumanisation dressed as statistics",
    ),
    (
        "v",
        "hate",
        "Bönemöte mot perversionen i vår församling",
        "HBTQ-folket har smugit sig in i kyrkan. Vi ber för att de ska omvändas eller lämna "
        "oss i fred. De är sjuka och syndiga och ska inte röra våra barn.",
        "anti-LGBT hate at a prayer meeting",
    ),
    (
        "v",
        "hate",
        "Judiska butiker i Malmö – listan",
        "Vet du vem du handlar av? Vi går igenom alla judiskt ägda affärer i stan och hur vi "
        "får dem att förstå att de inte är välkomna här.",
        "antisemitic boycott list",
    ),
    (
        "v",
        "hate",
        "Rasbiologiska cirkeln – borde 'de svagsinta' få skaffa barn?",
        "Vi läser 1930-talets texter och tycker att de hade rätt. Utvecklingsstörda och döva "
        "förstör folkstammen. Studiecirkel, sex träffar.",
        "eugenics against disabled people",
    ),
    (
        "v",
        "hate",
        "Feministhorornas kväll – vi säger som det är",
        "Kvinnor är dumma i huvudet och ska inte ha makt över män. Kvällens föreläsare "
        "förklarar varför kvinnliga chefer borde sparkas allihop.",
        "misogynist slurs",
    ),
    (
        "v",
        "hate",
        "Därför har afrikaner lägre IQ – föreläsning",
        "Vetenskapen de försöker censurera. Negrer kan inte bygga civilisationer, och det är "
        "därför Afrika ser ut som det gör. Fri entré för medlemmar.",
        "scientific racism",
    ),
    (
        "v",
        "hate",
        "Tranny-roast 🤡🤡",
        "Vi visar klipp på transor och skrattar åt hur äckliga de är. Ta med öl.",
        "mocking trans people with slurs",
    ),
]

TRAIN += [
    (
        "h",
        "hate",
        "Workshop mot rasism: orden som sårar",
        "Vi pratar öppet om rasistiska skällsord – varifrån de kommer, varför de gör ont och "
        "hur du agerar när någon använder dem i klassrummet. För lärare och fritidsledare. "
        "Obs: citerade ord förekommer i materialet.",
        "anti-racism workshop discussing slurs",
    ),
    (
        "h",
        "hate",
        "Förintelsens minnesdag – vittnesmål och ljuständning",
        "Vi läser överlevandes berättelser, hör Judiska församlingens kantor och tänder ljus "
        "för de sex miljoner som mördades. Stortorget 17.00.",
        "Holocaust remembrance day",
    ),
    (
        "h",
        "hate",
        "Pride Park Örebro 2026",
        "Tre dagar med konserter, panelsamtal och familjeområde. Årets tema är trygghet: "
        "hur möter vi hatet mot HBTQI-personer? Fri entré.",
        "Pride festival",
    ),
    (
        "h",
        "hate",
        "Hatbrott – så utreder polisen",
        "Polisens demokrati- och hatbrottsgrupp berättar hur brotten anmäls och utreds, "
        "från klotter till misshandel. Efteråt: hur civilsamhället kan stötta utsatta.",
        "police talk on hate crime",
    ),
    (
        "h",
        "hate",
        "Ska rasistiska ord strykas ur gamla barnböcker?",
        "Samtal om Pippi, Tintin och nya utgåvor. En förläggare, en litteraturvetare och en "
        "författare diskuterar redigering, censur och ansvar. Stadsbiblioteket.",
        "debate on racist language in children's books",
    ),
]

HELDOUT += [
    (
        "h",
        "hate",
        "Antisemitism i dag – samtal med unga judar",
        "Hur är det att bära kippa i Malmö 2026? Tre unga berättar om hot, vardag och hopp. "
        "Samtalet leds av en journalist. Säkerhetskontroll vid entrén.",
        "talk on antisemitism today",
    ),
    (
        "h",
        "hate",
        "Samernas nationaldag – firande med joik och suovas",
        "Den 6 februari hissar vi den samiska flaggan och bjuder på joik, kortfilmer och "
        "samisk mat. Alla är välkomna, oavsett bakgrund.",
        "Sami national day celebration",
    ),
    (
        "h",
        "hate",
        "Från 'sinnesslö' till rättighetsbärare – funktionsrättsrörelsens historia",
        "Föredrag om hur synen på funktionsnedsättning förändrats, från steriliseringslagarna "
        "till FN-konventionen. Teckenspråkstolkat.",
        "disability-rights history lecture",
    ),
]

# ---- violence ------------------------------------------------------------------

TRAIN += [
    (
        "v",
        "violence",
        "Uppdrag finns – 50k",
        "Behöver någon som kan skrämma en person i Västerås ordentligt. Adress och bild skickas "
        "på Signal. Halva innan, halva efter. Bara seriösa, gärna under 15 😶",
        "recruiting for a paid assault",
    ),
    (
        "v",
        "violence",
        "Fight på ängen lördag – firma mot firma",
        "30 mot 30, inga vapen, inga snitchar. Platsen skickas en timme innan. Den som inte "
        "dyker upp är en fegis. Blod på tröjan = medalj.",
        "organised hooligan fight",
    ),
    (
        "v",
        "violence privacy",
        "Vi hittar pedofilen i Gävle och ger honom vad han förtjänar",
        "Han bor i centrum, vi har adressen och bilder. Ta med batonger. Vi livesänder så alla "
        "ser vad som händer med sådana som han.",
        "vigilante assault plan",
    ),
    (
        "v",
        "violence",
        "Hämnd för Kevin 🕊️",
        "De som gjorde det vet vilka de är. Vi ses i deras område på fredag natt. Alla som "
        "är med tar med sig det som behövs.",
        "gang revenge call",
    ),
    (
        "v",
        "violence",
        "Besök hos kommunalrådet – hon ska få känna",
        "Hon röstade igenom nedläggningen av vår skola. Torsdag kväll samlas vi utanför hennes "
        "villa med facklor och visar vad som händer med förrädare. Ungarna är hemma då.",
        "threat against a local politician",
    ),
    (
        "v",
        "violence",
        "KO-kvällen: folk som inte såg det komma 😂",
        "Vi visar våra bästa klipp där vi slår ner randoms i stan. Nya klipp varje vecka, "
        "skicka in era egna så blir ni med i topplistan.",
        "celebrating random assaults",
    ),
    (
        "v",
        "violence",
        "rosendalsskolan imorgon",
        "alla som hatar skolan. ni vet vad som händer kl 10. stanna hemma om ni vill leva",
        "school attack threat",
    ),
    (
        "v",
        "violence",
        "Fira att snuten fick en kniv i sig 🍾",
        "En gris mindre i Biskopsgården. Vi skålar på torget ikväll, ta med raketer.",
        "celebrating a stabbing of a police officer",
    ),
    (
        "v",
        "violence",
        "Demonstration: ta med stenar och molotovs",
        "Polisen kommer försöka stoppa oss. Den här gången slår vi tillbaka. Bränn deras bilar "
        "och se till att ingen av dem går hem oskadd.",
        "call for violent riot",
    ),
    (
        "v",
        "violence privacy",
        "10 000 kr till den som vet var hon bor",
        "Min ex-fru gömmer sig på ett skyddat boende någonstans i Umeå med barnen. Säg var så "
        "sköter jag resten. Hon kommer att ångra att hon gick.",
        "threat of domestic violence",
    ),
    (
        "v",
        "violence",
        "Skuldindrivning live – se vad som händer när man inte betalar",
        "Ikväll hälsar vi på en som är skyldig 40k. Allt sänds. Låt det här bli en lärdom "
        "för alla andra som tror de kan strunta i oss.",
        "streamed debt-collection assault",
    ),
    (
        "v",
        "violence",
        "Knivkurs för killar – så sticker du så det räknas",
        "Vi går igenom var på kroppen det gör mest skada och hur du kommer undan efteråt. "
        "Ingen självförsvarsskit. 300 kr, adress i DM.",
        "instruction in stabbing to injure",
    ),
    (
        "v",
        "violence hate",
        "Jakt på bidragstjuvar i Husby lördag",
        "Vi går runt i gäng och ger dem som inte jobbar en läxa. Inga poliser, inga kameror. "
        "Samling vid centrum 22.00.",
        "vigilante attack call with hate",
    ),
]

HELDOUT += [
    (
        "v",
        "violence",
        "Sista varningen till Lisa på ekonomi",
        "Om hon inte drar tillbaka anmälan mot Robban kommer hon inte hinna hem från jobbet en "
        "dag. Alla på lagret vet vad som gäller. Sprid.",
        "workplace death threat",
    ),
    (
        "v",
        "violence",
        "Tjäna 30 000 på en helg – vi söker chaufförer och utförare",
        "Ingen erfarenhet krävs, verktyget fixar vi. Du får adress och tid, sen är det bara att "
        "göra jobbet och försvinna. Kontakta oss på Threema. Åldern spelar ingen roll.",
        "recruiting for a shooting",
    ),
    (
        "v",
        "violence",
        "Nyårskravallen 🎆 – smällare mot blåljus",
        "Vi samlas i Hjällbo kl 23 och skjuter raketer mot polisbilar och ambulanser som "
        "kommer. Filma och lägg upp med hashtaggen.",
        "planned attack on emergency services",
    ),
    (
        "v",
        "violence hate",
        "Vi ger oss på flatorna vid paraden",
        "Vi står vid Slussen när tåget passerar och tar de som går för sig själva efteråt. "
        "Handskar och huvor. Ingen ska våga visa sig nästa år.",
        "planned assault on Pride participants",
    ),
    (
        "v",
        "violence child_safety",
        "Fight club för 13-åringar – satsa på vinnaren",
        "Ungdomar slåss i parken bakom skolan varje onsdag. Vi sänder live och du kan satsa "
        "via Swish. Ju blodigare desto högre odds.",
        "streamed betting on teen fights",
    ),
    (
        "v",
        "violence",
        "Skål för skytten på Möllan",
        "Han gjorde det många bara pratar om. Fyra träffade och ingen hittar honom. Vi firar "
        "honom ikväll med hans låt på repeat.",
        "glorifying a shooting",
    ),
    (
        "v",
        "violence",
        "Vakten på Kåken – vi väntar på honom efter stängning",
        "Han slängde ut oss i lördags. Kl 03 när han går mot bussen är vi där. Fler än fem "
        "behövs, tejpa över ansiktet.",
        "planned assault on a doorman",
    ),
]

TRAIN += [
    (
        "h",
        "violence",
        "Självförsvar för kvinnor – grundkurs",
        "Fyra tillfällen där du lär dig frigöra dig från grepp, använda rösten och ta dig "
        "därifrån. Ingen förkunskap krävs. Instruktörerna har polis- och budobakgrund.",
        "women's self-defence class",
    ),
    (
        "h",
        "violence",
        "Boxningsgala: Nordiska mästerskapen live",
        "Sex matcher i proffsklassen sänds från Eriksdalshallen. Huvudmatchen i "
        "tungvikt börjar ca 22.00. Biljett till strömningen 149 kr.",
        "boxing gala stream",
    ),
    (
        "h",
        "violence",
        "True crime-bokcirkel: 'Mordet i Norrtälje'",
        "Vi läser en bok i månaden om verkliga brott och diskuterar utredningen, medierna "
        "och offrens perspektiv. Fika och mörka samtal, varje andra tisdag.",
        "true-crime book club",
    ),
    (
        "h",
        "violence",
        "Krav maga – prova på för nybörjare",
        "Lär dig försvara dig mot slag, grepp och hot med kniv i en trygg träningsmiljö. "
        "Ta med vattenflaska och bekväma kläder. Första passet gratis.",
        "krav maga taster class",
    ),
    (
        "h",
        "violence",
        "Våld i nära relationer – utbildning för vårdpersonal",
        "Hur ställer du frågan om våld, och vad gör du med svaret? Kvinnofridslinjen och "
        "kommunens våldsteam går igenom rutiner, dokumentation och skyddsplanering.",
        "domestic-violence training for health staff",
    ),
]

HELDOUT += [
    (
        "h",
        "violence",
        "HEMA: historisk fäktning med långsvärd",
        "Vi tränar efter medeltida fäktböcker med skyddsutrustning och trubbiga svärd. "
        "Provträning för nybörjare första lördagen i månaden.",
        "historical fencing class",
    ),
    (
        "h",
        "violence",
        "Paintball-turnering för företag",
        "Lag om åtta möts i skogsbanan utanför Enköping. Skyddsmask och overall ingår, "
        "minimiålder 16. Grill och prisutdelning efteråt.",
        "corporate paintball tournament",
    ),
    (
        "h",
        "violence",
        "Vikingastrid på Birka – reenactmentdagar",
        "Se koreograferade strider med sköld och yxa, lär dig om vikingatida vapen och prova "
        "att kasta spjut mot halmbal. För hela familjen.",
        "viking battle reenactment",
    ),
]

# ---- violent extremism ---------------------------------------------------------

TRAIN += [
    (
        "v",
        "violent_extremism",
        "Nordiskt Uppvaknande – rekryteringsmöte",
        "Vi söker män som är beredda att offra allt för folket. Kampen vinns inte med "
        "röstsedlar. Intervju krävs innan du får adressen. Ingen telefon på mötet.",
        "recruitment for a violent nationalist group",
    ),
    (
        "v",
        "violent_extremism",
        "Minneskväll för helgonet från Christchurch 🕯️",
        "Vi läser manifestet tillsammans och hedrar den som vågade göra något. Hans poäng "
        "står sig. Vem blir nästa?",
        "glorifying a terrorist attack",
    ),
    (
        "v",
        "violent_extremism",
        "Stöd våra bröder i kalifatet – insamlingskväll",
        "Swisha till familjerna till shuhada och till bröderna som är på väg. Varje krona "
        "hjälper kampen. Allah belönar den som ger. Nummer i slutet av sändningen.",
        "funding a terrorist organisation",
    ),
    (
        "v",
        "violent_extremism",
        "Dag X – praktisk förberedelse",
        "Systemet faller snart och vi ska inte vänta. Vi utbildar i sjukvård, skytte och "
        "målval. Bara vita män, inga telefoner, plats i Bergslagen meddelas.",
        "accelerationist attack preparation",
    ),
    (
        "v",
        "violent_extremism",
        "Filmvisning: martyrernas väg",
        "Vi visar videorna från operationerna i Europa 2015–2017. Efteråt samtal om vår "
        "plikt och vad som väntar den som följer efter.",
        "screening attack propaganda",
    ),
    (
        "v",
        "violent_extremism",
        "1488 studiecirkel",
        "läsning: siege. inga telefoner. 🇸🇪",
        "coded neo-Nazi study circle",
    ),
    (
        "v",
        "violent_extremism",
        "Läsecirkel ⚡ – helgonen",
        "Vi går igenom helgonkalendern och varför nästa måste komma från Norden. Länk bara via "
        "inbjudan i TG.",
        "Terrorgram-style glorification circle",
    ),
    (
        "v",
        "violent_extremism",
        "Active Club Mälardalen – träning för den kommande kampen",
        "Kampsport, löpning och ideologi. Vi bygger krigare, inte gymråttor. Endast vita män "
        "18–35. När dagen kommer ska du vara redo.",
        "white-nationalist fight club recruitment",
    ),
    (
        "v",
        "violent_extremism",
        "Militant cell söks – direkta aktioner mot fascisterna",
        "Demonstrationer räcker inte längre. Vi planerar attacker mot deras lokaler och "
        "ledare. Kurs i säkerhetskultur först, sen tilldelas du en grupp.",
        "recruiting for a militant cell",
    ),
    (
        "v",
        "violent_extremism",
        "Ekoförsvar: maskinerna ska brinna",
        "Skogsbolagen förstör planeten och lagarna skyddar dem. Workshop i hur man planerar en "
        "brandaktion mot deras maskiner och kontor utan att åka fast.",
        "eco-extremist arson planning",
    ),
    (
        "v",
        "violent_extremism",
        "Da'wa-kväll för unga bröder",
        "Demokratin är shirk. Vi förklarar varför hijra och jihad är en plikt för varje muslim "
        "i dag och hur du tar dig till fronten. Endast bröder 15–25.",
        "jihadist recruitment of young men",
    ),
    (
        "v",
        "violent_extremism",
        "Ljus för Nordens försvarare – 22 juli",
        "På årsdagen tänder vi ljus för mannen som visade vägen på Utøya. Han såg vad som kom "
        "och handlade. Samling vid minnesplatsen, ingen ska veta varför vi är där.",
        "glorifying the Utøya attacker",
    ),
    (
        "v",
        "violent_extremism",
        "🌞⚡ brödraskapet söker nya",
        "dm. bara vita.",
        "coded extremist recruitment, minimal",
    ),
]

HELDOUT += [
    (
        "v",
        "violent_extremism",
        "23 maj – ER-dagen",
        "Vi firar vår högste gentleman och hans uppror. Normies och Stacys ska få betala. "
        "Nästa uppror börjar här, kanske med någon av oss.",
        "incel glorification of an attack",
    ),
    (
        "v",
        "violent_extremism",
        "Hawala-kväll för mujahedin",
        "Pengarna når bröderna i Somalia inom två dagar, ni vet vilka. Kontanter lämnas vid "
        "moskén efter isha. Inga namn, inga frågor.",
        "funding jihadist fighters",
    ),
    (
        "v",
        "violent_extremism",
        "Medborgarmilis Norrland – vapenträning inför inbördeskriget",
        "Regeringen har förrått oss. När det smäller behöver vi enheter som kan slå till mot "
        "myndigheter och 'kollaboratörer'. Träning i skogen varannan helg.",
        "anti-government militia training",
    ),
    (
        "v",
        "violent_extremism",
        "Kemikväll för patrioter",
        "Lär dig vad som krävs för att bygga något som verkligen får dem att lyssna. Vi visar "
        "hur man köper ingredienserna utan att flaggas. Säkerhetsinstruktioner i förväg.",
        "bomb-making for a violent movement",
    ),
    (
        "v",
        "violent_extremism",
        "Läsecirkel: al-Awlakis föreläsningar",
        "Vi lyssnar på shejkens föreläsningar om plikten att slå till i väst och diskuterar "
        "hur de gäller oss i Sverige i dag. Bröder, hör av er privat.",
        "jihadist propaganda study circle",
    ),
    (
        "v",
        "violent_extremism",
        "Nordisk naturkamp – befolkningen måste minska",
        "El Paso-skytten förstod sambandet mellan invandring och naturförstörelse. Vi pratar om "
        "honom och om vad som krävs av nästa generation ekokrigare.",
        "eco-fascist glorification",
    ),
    (
        "v",
        "violent_extremism",
        "Slaviska Legionen – sommarläger för svenska frivilliga",
        "Två veckors militär grundutbildning i Ryssland för män som vill kämpa mot det liberala "
        "Europa. Resa och mat betalas. Endast rekommenderade, kontakt via ProtonMail.",
        "training camp of an extremist paramilitary group",
    ),
]

TRAIN += [
    (
        "h",
        "violent_extremism",
        "Nazismens historia i Sverige – föreläsning",
        "Från 1930-talets partier till dagens våldsbejakande miljöer. Historikern Erik "
        "Lindquist om organisationer, propaganda och vilka som lockades. Forum för levande historia.",
        "history lecture on Swedish Nazism",
    ),
    (
        "h",
        "violent_extremism",
        "Så hoppar man av – om Exit och avhopparverksamhet",
        "Före detta medlemmar berättar hur de tog sig ut och vad som hjälpte. För "
        "socialsekreterare, anhöriga och andra som möter personer i extremistmiljöer.",
        "exit programme information evening",
    ),
    (
        "h",
        "violent_extremism",
        "Förebygg radikalisering – fortbildning för lärare",
        "Vilka är varningstecknen, vad gör du när en elev delar extremistisk propaganda, och "
        "vem kontaktar du? Med Center mot våldsbejakande extremism.",
        "radicalisation-prevention training",
    ),
    (
        "h",
        "violent_extremism",
        "Dokumentär: 'Kalifatets barn' + samtal",
        "Filmen följer barn som fördes till IS-kontrollerade områden. Efter visningen samtalar "
        "regissören med en forskare om återvändare. 15 år.",
        "documentary screening on IS returnees",
    ),
    (
        "h",
        "violent_extremism",
        "Minnesstund för offren på Drottninggatan",
        "På årsdagen samlas vi vid minnesplatsen och läser namnen på dem som dödades. "
        "Blommor, tystnad och musik av Stockholms domkyrkokör.",
        "commemoration of terror victims",
    ),
]

HELDOUT += [
    (
        "h",
        "violent_extremism",
        "RAF och sjuttiotalets vänsterterrorism – seminarium",
        "Varför radikaliserades studenter i Västtyskland, och vad hände vid ockupationen av "
        "ambassaden i Stockholm 1975? Historiska institutionen, öppet för alla.",
        "history seminar on left-wing terrorism",
    ),
    (
        "h",
        "violent_extremism",
        "Debatt: terrorlagstiftningen och yttrandefriheten",
        "Är det rimligt att det blir straffbart att delta i en terroristorganisation? Jurister "
        "och en journalist debatterar var gränsen ska gå. Juristföreningen.",
        "debate on terrorism law",
    ),
    (
        "h",
        "violent_extremism",
        "Bokcirkel: de överlevandes berättelser från Utøya",
        "Vi läser vittnesmål från de ungdomar som överlevde 22 juli och pratar om minne, "
        "sorg och demokrati. Fem träffar, ledare från ABF.",
        "book circle on survivors' accounts",
    ),
]

# ---- self-harm (no methods: the listings say what they encourage, not how) -------

TRAIN += [
    (
        "v",
        "self_harm",
        "Pro ana-utmaningen: 30 dagar under 500 kcal",
        "Daglig incheckning med våg och måttband. Den som går över får en straffuppgift. "
        "Inget recovery-tjat här, det här är för oss som vill bli små 🦋",
        "pro-anorexia starvation challenge",
    ),
    (
        "v",
        "self_harm",
        "Skärgruppen 🩹 – inga bli-frisk-tjat",
        "Ett ställe där vi visar vad vi gjort i veckan och peppar varandra, utan att någon "
        "ringer BUP eller skolkuratorn.",
        "group encouraging self-cutting",
    ),
    (
        "v",
        "self_harm",
        "För oss som är klara med livet",
        "Vi planerar tillsammans så att ingen behöver göra det ensam. Datum sätts i chatten. "
        "Inga hjälplinjer, inga försök att övertala någon.",
        "suicide-pact planning group",
    ),
    (
        "v",
        "self_harm",
        "thinspo-kväll 💀 #proana #promia",
        "",
        "thinspiration event, bare title",
    ),
    (
        "v",
        "self_harm",
        "Svältcoach: vägning live varje morgon",
        "Jag hjälper dig ner till målvikten oavsett vad läkarna säger. BMI 15 är inte farligt, "
        "det är disciplin. 499 kr/mån.",
        "starvation coaching",
    ),
    (
        "v",
        "self_harm",
        "Vilka tabletter funkar? Anonym frågestund",
        "Vi svarar på det ingen annan vågar svara på: vad som faktiskt funkar och hur du "
        "undviker att bli upptäckt av föräldrar eller vården innan det är för sent.",
        "overdose instruction Q&A",
    ),
    (
        "v",
        "self_harm",
        "50 uppdrag – vågar du fullfölja?",
        "En admin ger dig ett nytt uppdrag varje natt kl 04.20. De blir svårare och svårare. "
        "Det sista uppdraget gör man bara en gång. Berätta inte för någon att du är med.",
        "suicide challenge game",
    ),
    (
        "v",
        "self_harm",
        "Svimningsleken LIVE – vem är borta längst?",
        "Vi sänder när folk kör svimningsleken och tar tid. Bästa tiden vinner ett presentkort. "
        "Skicka in ditt klipp!",
        "choking-game challenge stream",
    ),
    (
        "v",
        "self_harm",
        "Dölj ärren – workshop",
        "Så döljer du skadorna för föräldrar, lärare och skolsköterskan så att ingen lägger "
        "sig i. Vilka kläder och ursäkter som funkar, och hur du slipper gympan.",
        "concealing self-harm from carers",
    ),
    (
        "v",
        "self_harm",
        "Ana buddies 🦋 – kvällsgruppen",
        "Skriv när du är hungrig så peppar vi dig att låta bli. Vi delar också tips på hur du "
        "lurar familjen vid middagsbordet.",
        "pro-ana accountability group",
    ),
    (
        "v",
        "self_harm",
        "Vi som inte vill vakna",
        "Här försöker ingen rädda någon. Vi stöttar varandras beslut. Den som ringer 112 eller "
        "tipsar någons föräldrar åker ut.",
        "group encouraging suicide",
    ),
    (
        "v",
        "self_harm",
        "ikväll är sista gången ni ser mig",
        "live kl 23. jag har bestämt mig. ni får vara med om ni vill.",
        "at-risk user announcing suicide on stream (needs support)",
    ),
    (
        "v",
        "self_harm",
        "Straffa dig själv-gruppen",
        "Har du ätit för mycket eller misslyckats på provet? Vi bestämmer ditt straff "
        "tillsammans. Rapportera med bild efteråt.",
        "group assigning self-punishment",
    ),
]

HELDOUT += [
    (
        "v",
        "self_harm",
        "Avskedsklubben",
        "För dig som redan bestämt dig. Vi skriver avskedsbrev tillsammans och går igenom det "
        "praktiska så att det verkligen blir av. Ingen dömer och ingen ringer någon.",
        "group helping people carry out suicide",
    ),
    (
        "v",
        "self_harm",
        "Tom mage 🤍 – vi firar varje dag utan mat",
        "Posta ditt 'noll-kcal-kvitto' varje kväll. Längsta streaken i månaden får krona i "
        "gruppnamnet. Förra rekordet: 9 dagar.",
        "celebrating prolonged fasting",
    ),
    (
        "v",
        "self_harm",
        "Röda linjer 🖤 – konstkväll för oss som skadar oss",
        "Visa dina senaste och få feedback från gruppen. Det är vackert, inte sjukt.",
        "aestheticising self-harm",
    ),
    (
        "v",
        "self_harm",
        "Mia-kväll: så gör du utan att någon hör",
        "Tips från oss som hållit på i flera år om hur man gör det tyst och döljer spåren "
        "i badrummet. Bara för de som redan är inne i det, inga frågor om att sluta.",
        "bulimia concealment tips",
    ),
    (
        "v",
        "self_harm",
        "Allergitablett-utmaningen – live",
        "Vi kör utmaningen från TikTok: den som tar flest och ser mest grejer vinner. Bjud "
        "in dina vänner och filma.",
        "dangerous medicine-overdose challenge",
    ),
    (
        "v",
        "self_harm",
        "Ingen kommer att sakna dig – samtal för dig som tvekar",
        "Vi hjälper dig att se sanningen: de klarar sig bättre utan dig. Kvällssamtal för "
        "dig som fortfarande håller igen.",
        "encouraging suicide",
    ),
    (
        "v",
        "self_harm",
        "Laxerkur-gruppen",
        "Vi peppar varandra att öka dosen laxermedel varje dag tills vågen visar rätt siffra. "
        "Dela ditt schema och din viktkurva.",
        "encouraging laxative abuse",
    ),
]

TRAIN += [
    (
        "h",
        "self_harm",
        "Första hjälpen till psykisk hälsa – grundkurs",
        "Två dagar där du lär dig känna igen tecken på psykisk ohälsa, ställa frågan om "
        "självmordstankar och hjälpa någon vidare till vård. Kursintyg. Max 16 deltagare.",
        "mental-health first-aid course",
    ),
    (
        "h",
        "self_harm",
        "Våga fråga – utbildning i suicidprevention",
        "Att fråga rakt ut om någon tänker ta sitt liv räddar liv. Vi övar på formuleringar, "
        "lyssnande och hur du tar kontakt med psykiatrin. För föreningsledare och chefer.",
        "suicide-prevention training",
    ),
    (
        "h",
        "self_harm",
        "Stödgrupp för efterlevande efter suicid",
        "För dig som förlorat någon närstående genom självmord. Vi träffas varannan vecka i "
        "en liten grupp med samtalsledare från SPES. Ingen anmälan, kom som du är.",
        "suicide-bereavement support group",
    ),
    (
        "h",
        "self_harm",
        "Självskadebeteende hos unga – föreläsning för skolpersonal",
        "Vad ligger bakom, hur bemöter du en elev som skadar sig och vad ska du undvika att "
        "säga? Föreläsare från barn- och ungdomspsykiatrin.",
        "self-harm awareness talk for school staff",
    ),
    (
        "h",
        "self_harm",
        "Anhörigkväll om ätstörningar",
        "För föräldrar och syskon till någon med anorexi eller bulimi. Vi pratar om måltider, "
        "konflikter och att ta hand om sig själv. Med behandlare från ätstörningsenheten.",
        "eating-disorder family evening",
    ),
]

HELDOUT += [
    (
        "h",
        "self_harm",
        "Mina ärr, min historia – spoken word om återhämtning",
        "Fyra poeter som levt med självskada läser om vägen tillbaka. Efteråt finns "
        "samtalsstöd på plats för den som vill prata. Ungdomens hus, 15+.",
        "spoken word on recovery",
    ),
    (
        "h",
        "self_harm",
        "Informationskväll: svara i stödlinjen för människor i kris",
        "Vill du vara den som lyssnar när någon har det som mörkast? Vi berättar om uppdraget. "
        "Grundutbildningen är 30 timmar och du får handledning hela tiden.",
        "crisis-line volunteer recruitment",
    ),
    (
        "h",
        "self_harm",
        "Vägen ut ur anorexin – samtal med författaren",
        "Johanna Frisk skriver om åren då maten styrde allt och om vad som till slut hjälpte. "
        "Samtal och signering. Bokhandeln vid torget.",
        "author talk on anorexia recovery",
    ),
]

# ---- sexual content (nothing explicit is written, only what the listing offers) ----

TRAIN += [
    (
        "v",
        "sexual",
        "Gratis webbinar: bli synlig på LinkedIn",
        "Efter tio minuter byter vi till något helt annat 😉🔞 Bjud in hela kontoret, ingen "
        "varning och ingen ålderskontroll. Skärmen delas automatiskt.",
        "bait webinar switching to porn",
    ),
    (
        "v",
        "sexual",
        "LIVE SEXSHOW 🔞 öppet för alla",
        "Ingen inloggning, ingen ålderskontroll, gratis för alla som hittar länken. Dela i "
        "alla grupper ni är med i!",
        "explicit show open to anyone",
    ),
    (
        "v",
        "sexual privacy",
        "OnlyFans-läckor – alla tjejerna från Umeå",
        "Vi har laddat ner allt från 40 konton och visar det gratis i kanalen med namn och "
        "Instagram. De får skylla sig själva.",
        "sharing leaked paid explicit content",
    ),
    (
        "v",
        "sexual privacy",
        "Hämndporrkvällen",
        "Skicka in nakenbilder och filmer på ditt ex så visar vi dem live med namn och stad. "
        "Bästa hämnden vinner.",
        "revenge porn event",
    ),
    (
        "v",
        "sexual",
        "Massage med happy ending – hotell i city",
        "Thai-tjejer, 1 500 kr/30 min, allt ingår 😘 Diskret. Ring eller sms:a 070-174 06 77 "
        "för rumsnummer.",
        "selling sexual services",
    ),
    (
        "v",
        "sexual privacy",
        "Deepfake-nakenbilder på beställning",
        "Skicka en vanlig bild på vem som helst – kollega, granne, kändis – så gör vi en "
        "nakenbild som ser äkta ut. 99 kr/st, leverans inom en timme.",
        "non-consensual deepfake nudes",
    ),
    (
        "v",
        "sexual",
        "Kamkväll 🍑💦 jag visar allt i lobbyn",
        "Ingen biljett, jag kör i den öppna lobbyn så alla som går in ser direkt. Tips via "
        "Swish.",
        "explicit cam show in an open lobby",
    ),
    (
        "v",
        "sexual",
        "Guerillabio på Stortorget 🔞",
        "Vi projicerar porrfilm på väggen mot torget lördag kväll när folk går förbi. Ta med "
        "projektorn så filmar vi reaktionerna.",
        "public porn projection to passers-by",
    ),
    (
        "v",
        "sexual",
        "Sugardejting: träffa generösa män – betalt per träff",
        "För tjejer 18+. Han betalar, du bjuder på sällskap och 'lite till'. 3 000–8 000 kr "
        "per kväll. Infoträff på Zoom, kameran på.",
        "transactional sex recruitment",
    ),
    (
        "v",
        "sexual privacy",
        "Swingerfesten – bilderna från förra gången",
        "Vi visar alla bilder och filmer från förra festen på storbild, ansiktena syns. "
        "Deltagarna vet inte att det filmades.",
        "sharing intimate images without consent",
    ),
    (
        "v",
        "sexual",
        "🔞🔞🔞 gratis",
        "gå bara in, allt visas direkt",
        "explicit stream, minimal text",
    ),
    (
        "v",
        "sexual",
        "Escort Göteborg – incall & outcall",
        "Nya tjejer varje vecka. Bokning via Telegram @gbg_nights_example. Hotell eller hemma hos dig.",
        "escort advertisement",
    ),
    (
        "v",
        "sexual",
        "Flash-kväll: visa dig för okända",
        "Vi slumpar in oss i öppna videochattar och möten och visar oss nakna för dem som "
        "inte väntar sig det. Samlas i Discord först.",
        "exposing oneself to strangers in video calls",
    ),
]

HELDOUT += [
    (
        "v",
        "sexual",
        "Strippklubb på Zoom – länken får spridas",
        "Ikväll kl 22 dansar våra tjejer och det blir helt naket. Länken ligger öppen, sprid "
        "den på skolor, jobbforum och var ni vill.",
        "explicit stream link spread to unsuspecting viewers",
    ),
    (
        "v",
        "sexual privacy",
        "Klippen från nollningen 🍆",
        "Det som hände i bastun efter sittningen kom på film. De som var med vet inte om att "
        "det finns. Visas för de som betalar 50 kr.",
        "sharing secretly filmed intimate clips",
    ),
    (
        "v",
        "sexual",
        "Nya tjejer från Rumänien – boka en natt",
        "Unga, nyanlända och gör allt du vill. Pris efter överenskommelse, chauffören "
        "hämtar på Arlanda.",
        "advertising prostitution, trafficking signs",
    ),
    (
        "v",
        "sexual",
        "Sov gott-ASMR 😴 – lugn kvällssändning",
        "Börjar som vanlig ASMR, sen blir det betydligt mer explicit 🔞 Ingen varning i "
        "sändningen så det blir en överraskning för de nya.",
        "explicit content disguised as ASMR",
    ),
    (
        "v",
        "sexual privacy",
        "Cosplayare i smyg 🔞",
        "Vi fotade under kjolar och i omklädningsrummet på Comic Con. Hela samlingen visas "
        "i sändningen, med kostymnamn så ni vet vem.",
        "upskirt photos of cosplayers",
    ),
    (
        "v",
        "sexual",
        "gratis porrkanal ✨",
        "länk i bio, inga krav",
        "porn channel promotion, minimal",
    ),
    (
        "v",
        "sexual",
        "Sexpartystream – vi postar länken i föräldragrupperna",
        "Tänk reaktionerna när mammorna i klassgruppen klickar 😂 Festen sänds helt "
        "ocensurerad från 23.",
        "explicit stream pushed to parents' groups",
    ),
]

TRAIN += [
    (
        "h",
        "sexual",
        "Sex och samlevnad hemma – kväll för föräldrar till tonåringar",
        "Hur pratar du med din 14-åring om samtycke, porr och preventivmedel utan att det blir "
        "pinsamt? Skolsköterskan och en sexualupplysare ger konkreta tips.",
        "sex-education evening for parents",
    ),
    (
        "h",
        "sexual",
        "Dragshow: Glitter & Gravitas",
        "Stadens drottningar bjuder på läppsynk, komik och en hel del paljetter. Brunchshow "
        "med tre rätter. Alla åldrar välkomna på söndagsbrunchen.",
        "drag show",
    ),
    (
        "h",
        "sexual",
        "Samtycke – workshop för gymnasiet",
        "Vad betyder ja, och hur vet du att den andra vill? Sexualupplysare från RFSU "
        "leder samtal och övningar. Klassvis, lärare närvarande.",
        "consent workshop",
    ),
    (
        "h",
        "sexual",
        "Kroki med levande modell",
        "Öppen krokiklass varje torsdag. Modellen poserar naken i korta och långa poser. "
        "Fotografering är förbjuden. Ta med block och kol, 18 år.",
        "life-drawing class",
    ),
    (
        "h",
        "sexual",
        "Nakenheten i konsthistorien – föreläsning",
        "Från Venus av Willendorf till Zorns badande kullor: hur nakna kroppar har målats, "
        "censurerats och betraktats. Konstmuseets hörsal.",
        "art-history lecture on the nude",
    ),
]

HELDOUT += [
    (
        "h",
        "sexual",
        "Känn efter! Webbinar om bröstundersökning",
        "En bröstsjuksköterska visar hur du undersöker dina bröst och vad du ska höra av dig "
        "om. Illustrationer används. Frågor anonymt i chatten.",
        "breast self-examination webinar",
    ),
    (
        "h",
        "sexual",
        "Klimakteriet och lusten – föreläsning",
        "Gynekologen Eva Strand pratar om vad som händer med kroppen, relationen och "
        "sexlivet efter 45. Med tid för frågor. Kvinnokliniken bjuder på kaffe.",
        "menopause and sexuality talk",
    ),
    (
        "h",
        "sexual",
        "Burlesk på Södra Teatern – 18 år",
        "En kväll med fjäderboor, glamour och humor. Biljetter säljs endast till dig som är "
        "över 18 och legitimation visas i dörren. Inga kameror i salongen.",
        "ticketed burlesque show",
    ),
]

# ---- child safety (written abstractly: what the listing seeks, never any detail) ---

TRAIN += [
    (
        "v",
        "child_safety",
        "Hemlig chatt för tjejer 12–14 som vill träffa äldre killar",
        "Inga föräldrar, inga lärare. Bara du och killar som förstår dig på riktigt. Radera "
        "appen efter varje samtal. Anmälan via privat meddelande.",
        "grooming chat targeting young girls",
    ),
    (
        "v",
        "child_safety",
        "Modellscouting för barn 10–15 – privat webbkamerasession",
        "Vi söker nya ansikten! Barnet ska vara ensamt i rummet under castingen och "
        "föräldrarna ska inte få veta förrän kontraktet är klart. Skicka några selfies innan.",
        "fake child-model casting isolating children",
    ),
    (
        "v",
        "child_safety",
        "Sugar daddy söker yngre – helst under 16",
        "Presenter, pengar och uppmärksamhet mot att vi träffas i hemlighet. Skriv din ålder "
        "och stad i första meddelandet.",
        "adult seeking minors for secret meetings",
    ),
    (
        "v",
        "child_safety",
        "Gamingkväll för killar 11–14 – vinn skins",
        "Privat röstchatt med coachen Micke (34). Han ger skins till den som är ensam hemma "
        "och har kameran på. Säg inget till mamma, då blir det inga fler skins.",
        "grooming via game rewards",
    ),
    (
        "v",
        "child_safety",
        "🍭 yngre-träff 🍭",
        "dm för länk. inga vuxna förutom arrangören. du vet vad det gäller",
        "coded listing seeking minors",
    ),
    (
        "v",
        "child_safety",
        "Bytesring för 'skolfoton' – endast verifierade",
        "Vi delar samlingar med minderåriga. Krypterat, inga nya medlemmar utan referens och "
        "eget bidrag.",
        "ring trading child abuse material (abstract)",
    ),
    (
        "v",
        "child_safety",
        "Dejtingkväll 13+ – träffa någon äldre",
        "För dig mellan 13 och 15 som är trött på jämnåriga. Våra medlemmar är 25–50 år och "
        "vet hur man behandlar en mogen tjej.",
        "dating event pairing minors with adults",
    ),
    (
        "v",
        "child_safety",
        "Influencerakademin för tjejer 12–15 – privat 1:1-coachning",
        "Coachen bedömer dina bilder i enskilt samtal. Ju mer du vågar, desto fler följare "
        "lovar vi. Det här stannar mellan oss.",
        "grooming under the guise of influencer coaching",
    ),
    (
        "v",
        "child_safety",
        "Ensam hemma? Snacka med en storebror varje kväll",
        "Jag lyssnar när ingen annan gör det. Bara du och jag, ingen annan behöver veta. "
        "För dig som är 10–15.",
        "adult befriending lonely children in secret",
    ),
    (
        "v",
        "child_safety privacy",
        "Exklusiv stream från barngympan – för betalande medlemmar",
        "Filmat i smyg, föräldrarna har inte godkänt något. Bara för medlemmar med rätt "
        "'intressen'. Nya pass varje vecka.",
        "covertly filmed children offered to predators",
    ),
    (
        "v",
        "child_safety",
        "Extrajobb för 15–17-åringar: videosamtal med generösa vuxna",
        "Tjäna 2 000 kr i timmen hemifrån. Inga frågor om ålder, inga föräldrar inblandade. "
        "Kameran på.",
        "recruiting minors for exploitative video calls",
    ),
    (
        "v",
        "child_safety",
        "Sovläger för tjejer 10–13 – hos mig, inga föräldrar",
        "Jag är en snäll farbror med pool och massor av godis. Skjuts ordnas. Säg hemma att ni "
        "sover hos en kompis.",
        "adult luring children to stay overnight in secret",
    ),
    (
        "v",
        "child_safety",
        "Guide: så vinner du barns förtroende på nätet",
        "Vilka spel de finns i, hur du får dem att byta till privat chatt och hur du får dem "
        "att inte berätta för någon. Endast för medlemmar.",
        "grooming instruction webinar",
    ),
]

HELDOUT += [
    (
        "v",
        "child_safety",
        "Gratis Robux till tjejer 9–13 som joinar min privata call",
        "1 000 Robux direkt till dig som är med i kväll. Bara du och jag i samtalet, och du "
        "får inte berätta var du fick dem ifrån.",
        "grooming with in-game currency",
    ),
    (
        "v",
        "child_safety",
        "Fotbollstjejer 12–15: jag sponsrar utrustning och cuper",
        "Jag betalar skor, kläder och cupavgifter mot att vi ses ensamma ibland. Tränaren och "
        "dina föräldrar behöver inte veta något.",
        "adult sponsor seeking secret meetings with girls",
    ),
    (
        "v",
        "child_safety",
        "Kompisappen – för barn som inte har några vänner",
        "Våra vuxna 'volontärer' chattar privat med ditt barn varje kväll. Ingen insyn för "
        "föräldrar, det förstör förtroendet. Barnen är 8–13.",
        "fake befriending service giving adults secret access to children",
    ),
    (
        "v",
        "child_safety",
        "Få tonåringen du chattar med att skicka bilder",
        "Workshop i vilka ord som funkar, hur du pressar när hen tvekar och hur du använder "
        "det du fått för att få mer. Anonym deltagare, inga namn.",
        "sextortion and grooming instruction (abstract)",
    ),
    (
        "v",
        "child_safety",
        "Tonårsdrömmar 🔒",
        "Slutet forum. Endast material med minderåriga. Betalning i Monero, ny länk varje "
        "vecka.",
        "forum seeking child abuse material (abstract)",
    ),
    (
        "v",
        "child_safety",
        "Ensamkommande barn som behöver sova någonstans?",
        "Jag har plats för pojkar 13–16 utan papper. Inga myndigheter, inga frågor. De får "
        "jobba av hyran hos mig.",
        "exploiting unaccompanied minors",
    ),
    (
        "v",
        "child_safety",
        "Efterfest för sexorna hos Roffe",
        "Efter skolavslutningen! Sprit och energidryck finns, och inga andra vuxna än jag. "
        "Säg att ni är hos en kompis, jag skjutsar hem er på morgonen.",
        "adult hosting a secret party for 12-year-olds",
    ),
]

TRAIN += [
    (
        "h",
        "child_safety",
        "Prata med ditt barn om nätgrooming – föräldrakväll",
        "Hur ser det ut när en vuxen försöker få kontakt med barn i spel och chattar? Vilka "
        "tecken ska du vara uppmärksam på, och hur pratar du med ditt barn utan att skrämma? "
        "Med fältassistenter från kommunen.",
        "parents' evening on online grooming",
    ),
    (
        "h",
        "child_safety",
        "Trygg idrott – utbildning för ledare och tränare",
        "Obligatorisk för alla ledare i klubben. Regler för omklädningsrum, resor och "
        "enskilda samtal, och vad du gör om ett barn berättar något. Utdrag ur "
        "belastningsregistret lämnas innan.",
        "safeguarding training for youth-sport coaches",
    ),
    (
        "h",
        "child_safety",
        "Bli volontär i barnjourens chatt",
        "Vill du vara en vuxen som barn kan prata med? Efter 40 timmars utbildning svarar du "
        "anonymt i chatten under handledning. Informationsmöte på Zoom.",
        "children's helpline volunteer recruitment",
    ),
    (
        "h",
        "child_safety",
        "Polisen om grooming och sextortion – för högstadiet",
        "Kommunpolisen besöker årskurs 8 och pratar om vuxna som utger sig för att vara "
        "jämnåriga, hot om att sprida bilder och var man får hjälp. Kurator närvarar.",
        "police school talk on grooming",
    ),
    (
        "h",
        "child_safety",
        "Barnkonventionen i förskolan – studiedag",
        "Hur gör vi barnets bästa till något konkret i vardagen? Förskolans personal arbetar "
        "med fallbeskrivningar om delaktighet, integritet och skydd.",
        "children's-rights staff training",
    ),
]

HELDOUT += [
    (
        "h",
        "child_safety",
        "Orosanmälan – när och hur? Utbildning för förskolepersonal",
        "Socialtjänsten går igenom anmälningsplikten, tecken på att ett barn far illa och vad "
        "som händer efter en anmälan. Två timmar, digitalt.",
        "child-protection reporting training",
    ),
    (
        "h",
        "child_safety",
        "Stödgrupp för vuxna som utsattes för övergrepp som barn",
        "En trygg grupp för dig som bär på erfarenheter av sexuella övergrepp i barndomen. "
        "Tio träffar med legitimerad terapeut. Anmälan och ett första samtal krävs.",
        "support group for adult survivors of child abuse",
    ),
    (
        "h",
        "child_safety",
        "Familjefotografering i ateljén – syskon och föräldrar",
        "Höstens porträttdagar! Hela familjen fotograferas tillsammans, 30 minuter. Föräldrar "
        "är med hela tiden och väljer själva vilka bilder som publiceras.",
        "family portrait session",
    ),
]

# ---- ordinary events -----------------------------------------------------------

TRAIN += [
    (
        "o",
        "",
        "Morgonyoga i parken – drop-in",
        "Varje lördag kl 9 vid paviljongen. Ta med egen matta och vattenflaska. Passet är "
        "lugnt och passar alla nivåer. Vid regn flyttar vi in i Folkets hus. Gratis!",
        "outdoor morning yoga",
    ),
    (
        "o",
        "",
        "Lansering: Kvarnbergs nya havredryck",
        "Var först att smaka! Vi bjuder på kaffe, bullar och provsmakning av tre nya smaker. "
        "Pressvisning kl 10, öppet för allmänheten 12–16.",
        "product launch",
    ),
    (
        "o",
        "",
        "Föräldramöte förskoleklass, Ängsskolan",
        "Vi går igenom höstens schema, fritids och utflykter. Mötet hålls i matsalen. Barnen "
        "är välkomna, vi ordnar barnpassning i gympasalen.",
        "school parents' meeting",
    ),
    (
        "o",
        "",
        "Matlagningskurs: indiskt vegetariskt",
        "Vi lagar dal, paneer och chapati från grunden. Kursledaren Priya visar hur du rostar "
        "kryddor rätt. Vi äter tillsammans efteråt. Förkläde finns att låna. 650 kr.",
        "cooking class",
    ),
    (
        "o",
        "",
        "Kickoff 2026 – säljavdelningen",
        "Vi summerar året, presenterar nya mål och avslutar med middag på Hotell Kusten. "
        "Klädkod: smart casual. Anmäl allergier till Therese senast 10 januari.",
        "company kickoff",
    ),
    (
        "o",
        "",
        "Söndagens gudstjänst sänds digitalt",
        "Högmässa från Sankta Maria kyrka kl 11 med nattvard. Kyrkokören sjunger och "
        "kyrkkaffet flyttar in i chatten efteråt. Välkommen!",
        "church service stream",
    ),
    (
        "o",
        "",
        "Boksläpp: 'Sjön som frös' av Ingrid Marklund",
        "Författaren läser ur sin nya roman och samtalar med förläggaren. Boken säljs "
        "på plats och Ingrid signerar. Bubbel och tilltugg.",
        "book release",
    ),
    (
        "o",
        "",
        "Språkcafé – prata svenska över en fika",
        "För dig som lär dig svenska och vill öva samtal. Volontärer från Röda korset leder "
        "grupperna. Alla nivåer, gratis. Biblioteket varje onsdag 17–19.",
        "language café",
    ),
    (
        "o",
        "",
        "Kodkurs för nybörjare: Python på sex veckor",
        "Vi börjar från noll – variabler, loopar, funktioner – och bygger ett litet eget "
        "projekt. Ta med egen dator. Kvällstid, Zoom. Arr: Studiefrämjandet.",
        "beginner coding course",
    ),
    (
        "o",
        "",
        "Föreningsstämma Brf Linden 2026",
        "Ordinarie stämma i gemensamhetslokalen. Dagordning och årsredovisning finns i "
        "tvättstugan och på hemsidan. Motioner ska vara inlämnade senast 15 mars.",
        "housing co-op annual meeting",
    ),
    (
        "o",
        "",
        "Excel för ekonomer – pivottabeller och XLOOKUP",
        "Praktiskt webbinar, 90 minuter. Vi jobbar i en övningsfil som du får i förväg. "
        "Inspelningen skickas till alla anmälda.",
        "Excel webinar",
    ),
    (
        "o",
        "",
        "Bokföring för enskild firma – grundkurs",
        "Verifikationer, moms och bokslut på ett begripligt sätt. Passar dig som precis "
        "startat eget. Två kvällar, Nyföretagarcentrum, 300 kr.",
        "bookkeeping course",
    ),
    (
        "o",
        "",
        "Lunchföreläsning: så sköter du din tjänstepension",
        "Pensionsrådgivare från fackförbundet förklarar hur tjänstepensionen fungerar och vad "
        "du bör tänka på vid jobbyte. Ta med lunchlådan, vi står för kaffet.",
        "pension lunch talk",
    ),
    (
        "o",
        "",
        "Beskärningskurs för fruktträd",
        "Hur och när beskär du äpple- och päronträd? Praktisk visning i "
        "hembygdsgårdens fruktträdgård. Ta med egen sekatör om du har.",
        "fruit-tree pruning course",
    ),
    (
        "o",
        "",
        "Stickcafé på Kulturhuset",
        "Ta med ditt pågående projekt eller börja något nytt. Garn och stickor finns att låna. "
        "Nybörjare får hjälp att lägga upp. Varannan torsdag.",
        "knitting café",
    ),
    (
        "o",
        "",
        "Loppis på skolgården",
        "Sexornas klasskassa-loppis! Kläder, leksaker, böcker och hembakat. Swish och "
        "kontanter. Lördag 10–14.",
        "flea market",
    ),
    (
        "o",
        "",
        "Körrepetition inför julkonserten",
        "Extra repetition för alla stämmor. Vi går igenom Gläns över sjö och strand och "
        "Betlehems stjärna. Ta med noter.",
        "choir rehearsal",
    ),
    (
        "o",
        "",
        "AW på Pelikan för nya medarbetare",
        "",
        "company after-work, no description",
    ),
    (
        "o",
        "",
        "Schackklubben – simultanspel med klubbmästaren",
        "Klubbmästaren Sara Holm spelar mot upp till 20 motståndare samtidigt. Alla åldrar, "
        "alla nivåer. Anmälan i förväg, begränsat antal bräden.",
        "chess simultaneous exhibition",
    ),
    (
        "o",
        "",
        "Löpargrupp för nybörjare – från soffan till 5 km",
        "Åtta veckor, två pass i veckan. Vi växlar gång och löpning och ökar sakta. Samling "
        "vid idrottsplatsens parkering, tisdagar och torsdagar 18.00.",
        "beginner running group",
    ),
    (
        "o",
        "",
        "Sagostund för 3–5-åringar",
        "Bibliotekarien läser bilderböcker om höst och djur. Vi avslutar med en enkel "
        "pyssel. Ingen anmälan.",
        "children's story time",
    ),
    (
        "o",
        "",
        "Surdegsbröd för nybörjare",
        "Du får med dig en egen surdegsgrund hem och lär dig mata den, knåda och baka ett "
        "lantbröd. Kursen är i bageriets lokal, kl 9–13.",
        "sourdough baking course",
    ),
    (
        "o",
        "",
        "Fotokurs: ta bättre bilder med mobilen",
        "Ljus, komposition och redigering i gratisappar. Vi går ut på en fotopromenad i "
        "gamla stan och tittar på bilderna tillsammans efteråt.",
        "mobile photography course",
    ),
    (
        "o",
        "",
        "Valpkurs – grundlydnad för unghundar",
        "Sex tillfällen för valpar 3–6 månader. Kontakt, inkallning och att gå fint i koppel. "
        "Vaccinationsintyg krävs. Brukshundklubbens plan.",
        "puppy training class",
    ),
    (
        "o",
        "",
        "Släppfest: Bandet Nattfåglar firar nya skivan",
        "Spelning på Kafé 44 med förband. Vinylen säljs vid merchbordet. Insläpp 19.00, "
        "entré 120 kr.",
        "album release party",
    ),
    (
        "o",
        "",
        "Vernissage: 'Ljus över Kullaberg' – akvareller",
        "Konstnären Britt Hallberg visar nya verk från ett år vid kusten. Vernissage med "
        "musik på lördag kl 13, utställningen pågår till 30 maj.",
        "art exhibition opening",
    ),
    (
        "o",
        "",
        "Pubquiz på Oliver Twist – tema 90-tal",
        "Lag om max sex personer. Musikfrågor, film och Melodifestivalen. Vinnarlaget får "
        "presentkort. Start 19.30.",
        "pub quiz",
    ),
    (
        "o",
        "",
        "Bröllopsmässan 2026",
        "Över 60 utställare: fotografer, blommor, klänningar och lokaler. Modevisning kl 12 "
        "och 15. Fri entré för förbokade.",
        "wedding fair",
    ),
    (
        "o",
        "",
        "Rekryteringsträff: vi söker undersköterskor till hemtjänsten",
        "Träffa våra chefer och medarbetare, ställ frågor om schema och lön, och lämna gärna "
        "CV på plats. Digital träff för dig som inte kan komma.",
        "recruitment event for care workers",
    ),
    (
        "o",
        "",
        "Mindfulness på lunchen – 30 minuter",
        "Guidad meditation för dig som vill landa mitt i arbetsdagen. Kameran får vara av. "
        "Varje tisdag via Teams.",
        "lunchtime mindfulness",
    ),
    (
        "o",
        "",
        "Öppet hus på förskolan Solrosen",
        "Kom och titta på lokalerna, träffa pedagogerna och se hur en dag ser ut hos oss. "
        "Köansökan görs via kommunens e-tjänst.",
        "preschool open house",
    ),
    (
        "o",
        "",
        "Innebandyturnering för korpenlag",
        "Tolv lag, matcher om 2x10 minuter. Anmälan per lag 800 kr, inklusive domare och "
        "lunch. Sporthallen i Viskafors.",
        "corporate floorball tournament",
    ),
    ("o", "", "Styrelsemöte mars", "", "board meeting, no description"),
    (
        "o",
        "",
        "Kom igång med Teams – kurs för seniorer",
        "Vi visar hur du startar ett videosamtal med barnbarnen, stänger av mikrofonen och "
        "delar en bild. Ta med surfplatta eller mobil. SPF bjuder på fika.",
        "video-call course for seniors",
    ),
    (
        "o",
        "",
        "Vårkonsert med kulturskolan",
        "Elever från stråk, blås och piano spelar i Stadshuset. Fri entré, kollekt till "
        "kulturskolans resefond.",
        "music-school spring concert",
    ),
    (
        "o",
        "",
        "Spanska A1 – kvällskurs",
        "För nybörjare som vill klara sig på semestern. Tio kvällar med en infödd lärare, "
        "mycket tal och lite grammatik. Kursbok ingår.",
        "beginner Spanish course",
    ),
    (
        "o",
        "",
        "Kräftskiva på kolonilotten",
        "Vi dukar långbord vid redskapsboden. Alla tar med sina egna kräftor och något att "
        "dela. Visor, hattar och lyktor – lotterna ordnar musik.",
        "crayfish party",
    ),
    (
        "o",
        "",
        "Julmarknad i Gamla Linköping",
        "Hantverk, glögg, pepparkakor och tomtar. Lucia kl 15 på torget. Öppet 11–16 båda "
        "helgdagarna.",
        "Christmas market",
    ),
    (
        "o",
        "",
        "Midsommarfirande på hembygdsgården",
        "Vi klär stången kl 11, reser den kl 14 och dansar små grodorna. Kaffeservering och "
        "lotterier. Ta med filt och picknick.",
        "midsummer celebration",
    ),
    (
        "o",
        "",
        "Släktträff – Anderssons från Hälsingland",
        "Vart femte år samlas vi! Lunch på gården, bildvisning av gamla fotografier och "
        "släktträdet uppdaterat. OSA till Kerstin senast 1 juni.",
        "family reunion",
    ),
    (
        "o",
        "",
        "Bokcirkeln läser 'Utvandrarna'",
        "Vi fortsätter med del två. Träffas hemma hos Lena, ta med något att dricka. "
        "Nästa bok väljer vi tillsammans.",
        "book circle",
    ),
    (
        "o",
        "",
        "Seniorgympa med musik",
        "Rörlighet, balans och styrka i lugnt tempo, sittande eller stående. Måndagar "
        "10.00 i församlingshemmet. 20 kr per gång.",
        "seniors' exercise class",
    ),
    (
        "o",
        "",
        "Kundträff: nyheter i vårt ekonomisystem",
        "Vi visar vårens nya funktioner för attest och rapporter, och berättar vad som "
        "kommer under hösten. Webbinar, 45 minuter med frågestund.",
        "software customer webinar",
    ),
    (
        "o",
        "",
        "Alumniträff – Ekonomprogrammet 2016",
        "Tio år sedan examen! Mingel på gamla kåren, middag och kanske lite sittningssånger. "
        "Betalning och anmälan via länken.",
        "alumni reunion",
    ),
    (
        "o",
        "",
        "Digital frukost: hållbara inköp i offentlig sektor",
        "Tre korta inspel om upphandling med klimatkrav och en paneldiskussion. Kl 8.00–9.00, "
        "länk skickas dagen innan.",
        "public-procurement breakfast webinar",
    ),
    (
        "o",
        "",
        "Nybörjarkurs i padel",
        "Fyra lektioner om grepp, serve och väggspel. Racketar finns att låna. Max fyra per "
        "bana. Padelhallen i Kungsbacka.",
        "padel beginners' course",
    ),
    (
        "o",
        "",
        "Första hjälpen och HLR för föräldrar – barn och spädbarn",
        "Vad gör du om barnet sätter något i halsen? Vi övar HLR på dockor och går igenom "
        "vanliga olyckor i hemmet. Tre timmar.",
        "infant first-aid course",
    ),
    (
        "o",
        "",
        "Trädgårdsrundan – öppna privata trädgårdar",
        "Tolv trädgårdar i kommunen öppnar grindarna. Karta finns på hemsidan. Många "
        "säljer plantor och kaffe.",
        "open gardens day",
    ),
    (
        "o",
        "",
        "Digital studiecirkel: läsa Strindberg",
        "Sex kvällar där vi läser 'Röda rummet' och pratar om Stockholm på 1870-talet. "
        "Ledare från ABF. Kostnadsfritt, boken lånas på biblioteket.",
        "online literature study circle",
    ),
    (
        "o",
        "",
        "Informationsmöte: ny detaljplan för Norra hamnen",
        "Stadsbyggnadskontoret presenterar planförslaget och svarar på frågor. Synpunkter "
        "kan lämnas till och med 30 april.",
        "planning information meeting",
    ),
    (
        "o",
        "",
        "Tisdagsdans – bugg och fox till levande musik",
        "Dansbandet Silverkvällar spelar 19–22. Entré 150 kr. Fika finns att köpa. Ingen "
        "partner behövs, vi byter ofta.",
        "social dance night",
    ),
]

HELDOUT += [
    (
        "o",
        "",
        "Mammapilates med bebis",
        "Stärk bål och bäckenbotten efter förlossningen medan bebisen ligger bredvid på "
        "filten. Från sex veckor efter förlossning. Sex gånger, 720 kr.",
        "postnatal pilates class",
    ),
    (
        "o",
        "",
        "Demo: nya appen för regionens bussar och tåg",
        "Vi visar hur du köper biljett, ser realtid och sparar dina favoritresor. Ge oss gärna "
        "feedback innan lanseringen i augusti.",
        "app demo by a transport authority",
    ),
    (
        "o",
        "",
        "Inför gymnasievalet – informationskväll för åk 9",
        "Studie- och yrkesvägledarna berättar om program, antagning och meritvärde. "
        "Gymnasieskolorna finns på plats i aulan från 18.00.",
        "upper-secondary choice evening",
    ),
    (
        "o",
        "",
        "Tårtdekoration med marsipan",
        "Lär dig kavla, klä och modellera rosor. Du dekorerar en egen tårta att ta med hem. "
        "Konditoriet Glädjen, söndag 10–14.",
        "cake-decorating class",
    ),
    (
        "o",
        "",
        "Planeringsdag för IT-avdelningen – Q3",
        "Genomgång av roadmap, prioriteringar och budget. Förmiddag i konferensrum Ekorren, "
        "eftermiddag i arbetsgrupper. Lunch ingår.",
        "team planning day",
    ),
    (
        "o",
        "",
        "Taizémässa i domkyrkan",
        "Stillhet, levande ljus och sånger från Taizé. En kvart tystnad mitt i mässan. "
        "Välkommen som du är.",
        "Taizé prayer service",
    ),
    (
        "o",
        "",
        "Poesiuppläsning på antikvariatet",
        "Fem lokala poeter läser nyskrivet och gammalt bland hyllorna. Öppen scen efter "
        "pausen, skriv upp dig vid kassan.",
        "poetry reading",
    ),
    (
        "o",
        "",
        "Tysk konversationsgrupp – Stammtisch",
        "Vi pratar tyska om allt mellan himmel och jord. Passar dig som har läst några år och "
        "vill hålla språket vid liv. Varannan måndag på Café Bremen.",
        "German conversation group",
    ),
    (
        "o",
        "",
        "Workshop: kom igång med React",
        "Vi bygger en liten att göra-app med komponenter och state. Du behöver kunna "
        "grundläggande JavaScript. Lördag 10–16, lunch ingår.",
        "React workshop",
    ),
    (
        "o",
        "",
        "Årsmöte i Båtklubben Måsen",
        "Val av styrelse, genomgång av hamnavgifterna och planering av sjösättningen. Kaffe "
        "och smörgås från 18.30, mötet börjar 19.00.",
        "boat-club annual meeting",
    ),
    (
        "o",
        "",
        "Power BI för nybörjare – webbinar",
        "Från Excel-fil till din första rapport på en timme. Vi visar import, enkla mått och "
        "hur du delar en rapport med kollegor.",
        "Power BI webinar",
    ),
    (
        "o",
        "",
        "Fågelskådning vid Tåkern",
        "Guidad morgontur när vårflyttningen är som mest intensiv. Ta med kikare och varma "
        "kläder. Samling vid naturum kl 06.00.",
        "birdwatching trip",
    ),
    (
        "o",
        "",
        "Svampexkursion – kantareller och trattkantareller",
        "Vi går ut i skogen med en svampkonsulent och lär oss skilja matsvampar från giftiga. "
        "Ta med korg och kniv. Avslutning med svampsmörgås vid elden.",
        "mushroom foraging walk",
    ),
    (
        "o",
        "",
        "Brädspelskväll på Spelhörnan",
        "Över 300 spel att låna. Personalen lär gärna ut nya spel. Fri entré, köp en fika. "
        "Varje fredag från 18.",
        "board-game night",
    ),
    (
        "o",
        "",
        "Amerikanerträff på torget",
        "Cruising och bilutställning med raggarbilar från 50- och 60-talet. Korvgrillning "
        "och priser för bästa bil. Onsdag från 18.",
        "classic car meet",
    ),
    (
        "o",
        "",
        "Drejkurs för nybörjare",
        "Fem kvällar vid drejskivan. Du lär dig centrera, dra upp och glasera, och får med "
        "dig dina skålar hem. Allt material ingår.",
        "pottery-wheel course",
    ),
    (
        "o",
        "",
        "Babysim – nya grupper i höst",
        "För bebisar 3–12 månader med förälder. Lugna sånger och lekar i varmvattenbassängen. "
        "Åtta tillfällen.",
        "baby swimming",
    ),
    (
        "o",
        "",
        "Qigong i stadsparken",
        "Mjuka rörelser och andning i en halvtimme innan jobbet. Onsdagar 07.30 vid "
        "dammen. Gratis, ingen anmälan.",
        "qigong in the park",
    ),
    (
        "o",
        "",
        "Sommarjobbsmässan för ungdomar 16–19",
        "Träffa arbetsgivare från kommunen, handeln och besöksnäringen. Ta med CV, vi hjälper "
        "dig att skriva ett om du inte har något.",
        "summer-job fair",
    ),
    (
        "o",
        "",
        "Stumfilm med levande piano",
        "Vi visar en svensk stumfilmsklassiker från 1920-talet, ackompanjerad live av "
        "pianisten Gustav Wendt. Cinemateket, lördag 15.00.",
        "silent film with live piano",
    ),
    (
        "o",
        "",
        "Studiebesök på reningsverket",
        "Följ vattnet från avlopp till sjön. Guidad tur på 90 minuter, stabila skor "
        "rekommenderas. Från 12 år.",
        "wastewater plant tour",
    ),
    (
        "o",
        "",
        "Klädbytardag på fritidsgården",
        "Lämna upp till tio rena plagg och ta med dig lika många hem. Det som blir kvar går "
        "till Myrorna.",
        "clothes swap",
    ),
    (
        "o",
        "",
        "Halloween på biblioteket",
        "Spökhistorier, pumpalyktor och maskeradtävling för barn 6–10 år. Kom gärna utklädd!",
        "children's Halloween event",
    ),
    (
        "o",
        "",
        "Open mic: nya komiker testar material",
        "Tio komiker, fem minuter var. Vissa är roliga, alla är modiga. Gratis entré, köp en "
        "öl i baren.",
        "comedy open mic",
    ),
    (
        "o",
        "",
        "Guidad dagsvandring i Skuleskogen",
        "Drygt 12 km över Slåttdalsskrevan och längs kusten. Medelsvår tur. Ta med matsäck "
        "och vandringskängor. Samåkning från Örnsköldsvik.",
        "guided hike",
    ),
    (
        "o",
        "",
        "Laga punka själv – cykelverkstad",
        "Vi visar hur du lagar punka, justerar bromsar och smörjer kedjan. Ta med din cykel. "
        "Verktyg finns på plats.",
        "bike-repair workshop",
    ),
    (
        "o",
        "",
        "Svåra samtal i kundtjänst – halvdagsutbildning",
        "Hur bemöter du en arg kund i telefon? Vi tränar på att lyssna, sätta gränser och "
        "avsluta samtal på ett bra sätt. För kundtjänstpersonal.",
        "customer-service training",
    ),
    (
        "o",
        "",
        "Nationaldagsfirande i stadsparken",
        "Flagghissning, tal av kommunfullmäktiges ordförande och välkomnande av nya "
        "svenska medborgare. Musik av stadens blåsorkester.",
        "national day celebration",
    ),
    (
        "o",
        "",
        "Prova-på-klättring för vuxna",
        "Instruktörer lär dig knopar och säkring på topprepsväggen. Skor och sele lånas ut. "
        "Två timmar, 250 kr.",
        "climbing taster",
    ),
    (
        "o",
        "",
        "Lanseringswebbinar: CRM-systemet Kundkraft 4",
        "Vi visar de nya automatiseringarna, integrationen med e-post och den förenklade "
        "rapportvyn. Alla deltagare får tre månaders provperiod.",
        "SaaS launch webinar",
    ),
    ("o", "", "Personalmöte v. 12", "", "staff meeting, no description"),
]

# ---- later additions: longer descriptions, misspellings, bare titles -------------

TRAIN += [
    (
        "v",
        "fraud",
        "Bli fri som jag – mentorskap i trading för vanligt folk",
        "För tre år sedan satt jag på ett lager i Borlänge och räknade dagarna till lön. I dag "
        "jobbar jag två timmar om dagen från Marbella. Skillnaden? Jag slutade lyssna på "
        "banken och började följa systemet. I mitt mentorskap får du exakt samma signaler som "
        "jag handlar på, direkt i mobilen. Mina elever gör i snitt 30 % i månaden, och de "
        "flesta har aldrig köpt en aktie förut. Du sätter in pengarna hos min partnermäklare "
        "(länk efter anmälan) så sköter vi resten tillsammans. Platserna till januarigruppen "
        "släpps ikväll på webbinaret och brukar ta slut på under en timme. Ta med ditt "
        "kreditkort så att du inte missar din plats. Det här är din tur att välja frihet.",
        "long persuasive fake trading-mentor pitch",
    ),
    (
        "v",
        "regulated_goods",
        "xanax o oxy snabb deliv sthlm 💊 hmu",
        "fixar även vita. swish/krypto. kolla storyn för dagens meny",
        "misspelled pill and cocaine sale",
    ),
    (
        "o",
        "",
        "Sommarlovsläger på Fjällgården för barn 9–12 år",
        "Fem dagar med vandring, kanot, lägereld och nya kompisar! Lägret leds av erfarna "
        "ledare från friluftsfrämjandet, alla med utdrag ur belastningsregistret och "
        "utbildning i första hjälpen. Barnen bor i fyrbäddsrum och äter tre lagade mål om "
        "dagen, och vi tar hänsyn till allergier och specialkost. Mobiler samlas in på dagen "
        "men barnen får ringa hem varje kväll, och föräldrar får en bild och en rad om dagen "
        "via vår föräldragrupp. Buss från Östersund måndag morgon, hemresa fredag eftermiddag. "
        "Pris 3 900 kr inklusive allt, syskonrabatt 10 %. Kommunen har ett antal friplatser – "
        "kontakta fritidsgården om du vill söka. Sista anmälningsdag 15 maj.",
        "long children's summer-camp listing",
    ),
]

HELDOUT += [
    (
        "v",
        "violent_extremism",
        "Norden vaknar – vill du vara med när det händer?",
        "Du har sett hur ditt kvarter förändrats, hur politikerna ljuger och hur medierna "
        "tiger. Du är inte ensam. Vi är ett nätverk av män i hela Norden som slutat prata "
        "och börjat förbereda oss. Vi tränar tillsammans, vi läser tillsammans och vi vet att "
        "systemet inte går att rösta bort. När den dagen kommer behövs män som inte tvekar "
        "att slå till mot dem som förrått folket – och vi vill att du är en av dem. Första "
        "steget är ett samtal på en krypterad kanal med en av våra kontaktpersoner. Du "
        "berättar om dig själv, din bakgrund och vad du kan bidra med. Skriv inget om oss i "
        "sociala medier. Håll det här mellan dig och brödraskapet.",
        "long persuasive recruitment for a violent extremist network",
    ),
    (
        "v",
        "misinformation",
        "Ditt barn behöver inga vacciner – kväll med naturläkaren",
        "Naturläkaren Solveig har arbetat med barnfamiljer i över tjugo år och har aldrig sett "
        "ett ovaccinerat barn bli allvarligt sjukt. Under kvällen berättar hon varför "
        "mässling, kikhosta och stelkramp är ofarliga för ett barn som ammats och fått rätt "
        "kost, och varför biverkningarna av sprutorna tystas ner. Du får också veta hur du "
        "svarar BVC-sköterskan när hon tjatar och hur du skyddar ditt barn med C-vitamin och "
        "homeopatiska droppar istället. Många föräldrar har lämnat kvällen lättade. Ta med "
        "din partner så att ni kan fatta beslutet tillsammans. Droppar och böcker säljs "
        "efteråt.",
        "long persuasive anti-vaccine evening",
    ),
    (
        "v",
        "intellectual_property",
        "Allsvenskan gratis varje omgång",
        "",
        "pirated football streams, bare title",
    ),
    (
        "v",
        "disruption",
        "zoombomb lärarn imorgon kl 8 haha",
        "",
        "bare call to raid a class",
    ),
    (
        "v",
        "fraud",
        "GRATIS IPHONE 17!!! betala bara frackten",
        "begränsat antal, registrera med kortuppgifter nu innan dom tar slut!! vinnsten "
        "skickas inom 3 dagar",
        "misspelled free-phone card scam",
    ),
    (
        "h",
        "violent_extremism",
        "Krig och terror på nyheterna – vad säger jag till mitt barn?",
        "När nyheterna är fulla av krig och attentat undrar många föräldrar vad de ska säga. "
        "Ska man skydda barnen från bilderna, eller prata om dem? Barnpsykologen Helena "
        "Nordin berättar hur barn i olika åldrar förstår hot och våld, vilka frågor som brukar "
        "komma och hur du svarar ärligt utan att skrämma. Vi pratar också om vad du gör om "
        "ditt barn har sett en film från ett terrordåd på nätet, och hur skolan och "
        "elevhälsan kan hjälpa till. Kvällen avslutas med frågor från publiken. Familjecentralen "
        "bjuder på kaffe, och barnpassning finns för de minsta.",
        "long parents' talk on explaining terror to children",
    ),
    (
        "o",
        "",
        "Barnteater i parken hela sommaren",
        "Varje tisdag och torsdag i juli spelar Teatergruppen Tummelisa föreställningen "
        "'Draken som inte ville sova' på gräsmattan vid plaskdammen. Pjäsen är 40 minuter "
        "lång och passar barn mellan tre och åtta år, men hela familjen brukar skratta. Efter "
        "föreställningen får barnen träffa draken och prova att måla ansiktsmasker. Ta med en "
        "filt att sitta på och gärna picknick. Vid regn spelar vi inomhus i Kulturhuset, och "
        "det meddelas här senast kl 9 samma dag. Fri entré tack vare stöd från kommunens "
        "kulturnämnd. Föreställningen teckenspråkstolkas den 18 juli.",
        "long children's theatre listing",
    ),
]

if __name__ == "__main__":
    main()
