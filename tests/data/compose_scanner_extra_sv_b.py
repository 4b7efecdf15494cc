"""Extra Swedish training listings for Tillit's event scanner.

Written by hand for Tillit (issue #14), one listing at a time, by an AI helper
(an assistant session started by the project). Released under CC0 1.0.

Every listing is a literal tuple (kind, slugs, title, description, note):
  kind  "v" violating, "h" hard negative, "o" ordinary
  slugs space-separated standards, main first ("v"); the mirrored slug ("h"); "" ("o")

Run from the repository root:
    python tests/data/compose_scanner_extra_sv_b.py
It writes tests/data/scanner_events_extra_sv_b.jsonl and prints counts per kind
and main standard.
"""

import compose_common

LISTINGS = []

# ---------------------------------------------------------------- fraud
LISTINGS += [
    (
        "v",
        "fraud",
        "Bli miljonär på 90 dagar – gratis kickoff",
        "Jag heter Robin och gick från CSN-skuld till 2,4 miljoner på tre månader. På webinaret visar jag systemet. "
        "Platserna i mitt innersta nätverk kostar 4 995 kr via Swish, men du tjänar tillbaka det första veckan. "
        "GARANTERAD avkastning 30 % i månaden, ingen risk. Ta med dig två vänner så får du din avgift tillbaka!",
        "Pyramid-style investment scheme with guaranteed returns and recruitment bonus",
    ),
    (
        "v",
        "fraud",
        "Gratis iPhone 15 till alla deltagare!!",
        "Vi firar 10 000 följare 🎉 Alla som är med på livesändningen på fredag vinner en iPhone. Du betalar bara frakten, 49 kr, "
        "fyll i kortnummer och CVC i formuläret på winphone-sverige.example innan sändningen startar.",
        "Fake giveaway harvesting card details via shipping fee",
    ),
    (
        "v",
        "fraud",
        "Jobbkväll: tjäna 35 000 kr/mån hemifrån",
        'Söker 20 personer som vill jobba med "pakethantering" hemifrån. Introduktionskit 1 200 kr betalas i förskott, '
        "återbetalas efter första lönen. Ingen erfarenhet krävs. Skicka kopia på ID-kort och bankuppgifter till rekrytering@hemjobb.example "
        "före mötet så förbereder vi ditt kontrakt.",
        "Advance-fee job scam collecting ID and bank details",
    ),
    (
        "v",
        "fraud",
        "Kryptoklubben – dubbla dina bitcoin live",
        "Skicka valfri summa BTC till plånboken som visas i chatten under streamen så skickar vi tillbaka det dubbla inom 10 minuter. "
        "Begränsat erbjudande, bara under sändningen!! 🚀🚀",
        "Classic crypto doubling scam",
    ),
    (
        "v",
        "fraud",
        "Sista biljetterna till Way Out West – billigt via Swish",
        "Har 6 st helgbiljetter kvar, kan inte gå pga sjukdom. 900 kr st (ord.pris 2 800). Biljetterna mejlas efter betalning. "
        "Swisha till 123 456 78 90 och skriv din mejl i meddelandet. Kör ett kort Q&A-möte ikväll om ni undrar nåt, först till kvarn.",
        "Fake ticket resale, pay first and nothing delivered",
    ),
    (
        "v",
        "fraud",
        "Skuldfri på en kväll – workshop",
        "Har du betalningsanmärkningar? Vi har en metod som raderar dem från UC inom 48 timmar. Logga in med ditt BankID på vår sida "
        "under workshopen så gör vi jobbet åt dig. Avgift 2 500 kr dras automatiskt.",
        "Credit-repair scam that asks participants to log in with BankID on the scammer's site",
    ),
    (
        "v",
        "fraud",
        "investerings middag online med Lars – 40% per kvartal",
        "hej alla! lars här, jag har hjälpt över 300 pensionärer att få ut mer av sina pengar. min fond ger 40% varje kvartal, helt säkert "
        "för att vi handlar med guld i dubai. minsta insats 50 000 kr. ring mig efter mötet så fixar vi överföringen, gärna innan banken hinner lägga sig i 😉",
        "Ponzi-style offer targeting pensioners, urges bypassing bank warnings",
    ),
    (
        "v",
        "fraud",
        "Vinn ett presentkort på 5 000 kr – enkät-webinar",
        "Svara på 12 frågor om din shoppingvana under webinaret så är du med i utlottningen. Obs: för att verifiera att du är en riktig person "
        "behöver vi ditt personnummer, din adress och engångskoden som kommer i SMS.",
        "Survey giveaway used to harvest personal numbers and one-time codes",
    ),
    (
        "v",
        "fraud",
        "Träffa kärleken – privat dejtingkväll",
        "Jag är en ensam ingenjör som jobbar på en oljeplattform och vill hitta någon seriös. Träffas i mitt privata videorum. "
        "Tyvärr är min bank låst här ute så jag kan behöva ett litet lån för flygbiljetten hem, men jag betalar tillbaka dubbelt ❤️",
        "Romance scam set up as a private dating event",
    ),
    (
        "v",
        "fraud",
        "Sälj din bil på 24h – värderingsträff",
        "Vi köper alla bilar, även utan besiktning. Under mötet gör vi en värdering. För att starta ärendet betalar du en "
        'registreringsavgift på 695 kr. Pengarna för bilen betalas ut "inom 3-5 veckor".',
        "Car-buying scam charging an upfront registration fee",
    ),
    (
        "v",
        "fraud",
        "FOREX SIGNALER VIP – 100% TRÄFFSÄKERHET",
        "GÅ MED I VÅR VIP-GRUPP!!! VÅRA SIGNALER HAR ALDRIG FÖRLORAT. Månadskostnad 1 499 kr, betala med presentkort (Google Play eller Steam) "
        "så slipper du avgifter. Skicka koderna till admin i chatten.",
        "Trading-signal scam paid with gift card codes",
    ),
    (
        "v",
        "fraud",
        "Lägenhet i Stockholm, 3:a 6 500 kr/mån – visning online",
        "Fin trea på Södermalm, hyr ut i andra hand eftersom jag bor utomlands. Visning sker via video eftersom jag inte kan vara på plats. "
        "Deposition 3 månadshyror betalas före visning för att säkra platsen, nyckel skickas med posten.",
        "Rental scam requiring deposit before a video viewing",
    ),
    (
        "v",
        "fraud",
        "Gratis kurs i Excel – kräver registrering",
        "Helt gratis grundkurs i Excel, 2 timmar. För att få länken: fyll i ditt BankID-lösenord (inte koden, lösenordet) och ditt "
        "kontonummer så vi kan bekräfta att du är över 18. Vi sparar inget!",
        "Free course lure used for credential phishing",
    ),
    (
        "v",
        "fraud",
        "Välgörenhetsstream för barnen i katastrofområdet",
        "Vi streamar hela helgen och allt ni swishar går direkt till barnen! Ingen insamlingsorganisation, inget 90-konto, "
        "bara vi tre kompisar som skickar pengarna själva. Visa inte kvittot för någon, det är lättare så.",
        "Sham charity fundraiser with no real recipient",
    ),
    (
        "v",
        "fraud",
        "Arv på 4,7 miljoner väntar – informationsmöte",
        "Du har identifierats som möjlig arvinge till en avliden släkting i Kanada. Under mötet går vår advokat igenom processen. "
        "Administrativa avgifter på 8 900 kr måste betalas innan utbetalning. Ta med bankdosa.",
        "Advance-fee inheritance scam",
    ),
    (
        "v",
        "fraud",
        "Matched betting-kurs: riskfria 20k/mån",
        'Kursen är gratis men du måste sätta in 3 000 kr på vårt "partnerkonto" som vi förvaltar åt dig. Uttag kan göras efter 6 månader. '
        "Alla som har klagat har bara inte förstått systemet.",
        "Money-handling scam disguised as a betting course",
    ),
    (
        "v",
        "fraud",
        "Köp/sälj – begagnade mobiler, mycket billigt",
        "Livesändning där jag visar upp mobilerna. Alla kostar runt 1 500 kr, även nya modeller. Betalning sker i förskott via Swish, "
        "sen skickas de med PostNord (spårning funkar inte alltid 🤷). Inga returer, inga frågor.",
        "Too-good-to-be-true electronics sale with prepayment and no delivery",
    ),
    (
        "v",
        "fraud",
        "Mentorskap: passiv inkomst med dropshipping 💸",
        "Mina elever tjänar 100k i veckan. Första samtalet är gratis, sen kör vi paketet för 29 000 kr. Om du inte har pengarna "
        "hjälper jag dig att ta ett sms-lån direkt under samtalet. Inga pengar tillbaka, resultatgaranti gäller bara om du rekryterar tre nya.",
        "High-pressure coaching scam pushing payday loans and recruitment",
    ),
]

# ---------------------------------------------------------------- regulated_goods
LISTINGS += [
    (
        "v",
        "regulated_goods",
        "Trädgårdskväll – gröna blad och hembakat 🌿🍪",
        "Fredagshäng för oss som gillar det gröna. Jag har fått in ny skörd, 80 kr/g, kakor 150 kr st. Lämnas i Göteborg med omnejd "
        'eller skickas diskret i vanligt brev. DM:a för meny, skriv "trädgård" i första meddelandet.',
        "Coded cannabis sale (green leaves, edibles, discreet post)",
    ),
    (
        "v",
        "regulated_goods",
        "Jaktvapen utan licens – privat visning",
        "Säljer ut farsans samling. Två studsare och en halvauto, inga papper behövs, vi löser överlämningen i Småland. "
        "Visning på video för seriösa köpare. Kontant eller krypto.",
        "Sale of firearms explicitly without licence",
    ),
    (
        "v",
        "regulated_goods",
        "Studiekväll inför tentan – fokuspiller finns",
        "Pluggar du till tentaveckan? Jag har Elvanse och Concerta utan recept, 60 kr/st, 10 st för 500. "
        "Vi kör pluggmöte på Zoom så kan ni beställa i chatten. Uppsala och Lund, hämtas på campus.",
        "Selling prescription ADHD medication without prescription",
    ),
    (
        "v",
        "regulated_goods",
        "❄️ Vinterfest – snö levereras ❄️",
        "Behöver du snö till helgen? Bästa kvalitén i stan, 700 kr grammet, leverans i hela Stockholm inom en timme. "
        "Häng med i livestreamen för dagens koder. Ingen snö till nya kunder utan referens.",
        "Coded cocaine delivery service",
    ),
    (
        "v",
        "regulated_goods",
        "Hembränt & sprit – provsmakning hemma hos Micke",
        "Provsmakning av egen destillerad sprit, 70 %. Flaskor säljs efter sändningen, 200 kr för en liter. Inget Systembolaget-krångel, "
        "ingen åldersgräns så länge ni har Swish 😂",
        "Illegal sale of home-distilled spirits without age limit",
    ),
    (
        "v",
        "regulated_goods",
        "Pyroteknik-live: köp kraftiga smällare",
        'Vi visar upp årets sortiment av kinapuffar och kulbomber som inte är godkända i Sverige. Beställ i chatten, skickas som "leksaker". '
        "Kräver inget tillstånd eller legitimation.",
        "Sale of banned fireworks without permit",
    ),
    (
        "v",
        "regulated_goods",
        'Gym-snack: vi pratar "kosttillskott"',
        "Kom på vår träffa för gymråttor. Testkurer av testo och trenbolon finns för 1 100 kr, sprutor ingår. "
        'Skriv "cykel" i chatten så hör jag av mig privat. Endast swish.',
        "Anabolic steroid sale disguised as supplements talk",
    ),
    (
        "v",
        "regulated_goods",
        "Sömnproblem? Få hjälp utan läkare",
        "Jag säljer Zopiklon och Xanax som jag har fått hem från utlandet. 25 kr/tablett, minst 20 st. Ingen konsultation, inget recept. "
        "Vi kör kort genomgång på videosamtal innan du beställer.",
        "Selling benzodiazepines and sleeping pills without prescription",
    ),
    (
        "v",
        "regulated_goods",
        "Knivmässa online – springknivar & balisong",
        "Stort utbud av springknivar, fjärilsknivar och knogjärn. Skickas till hela Sverige i neutral förpackning. Vi frågar inte om ålder eller syfte.",
        "Sale of knives and knuckle-dusters restricted in Sweden, no age check",
    ),
    (
        "v",
        "regulated_goods",
        "🍄 Svampplockning (inte den sorten du tror)",
        "Höstens plockning är klar! Torkade toppar, 3,5 g för 300 kr, plus mikrodos-kapslar. Frakt med postombud. "
        "Öppet möte på söndag där jag svarar på frågor om dosering och beställningar.",
        "Sale of psilocybin mushrooms",
    ),
    (
        "v",
        "regulated_goods",
        "Snus och cigg till ungdomsgården – grossistpris",
        "Vi levererar limpor och dosor direkt till er som är under 18, inga frågor om leg. Billigare än i affären. "
        "Info-möte via länk, ta med kompisar så blir det rabatt.",
        "Selling tobacco to minors",
    ),
    (
        "v",
        "regulated_goods",
        "Airsoft? Nej, riktiga grejer – byteskväll",
        "Byteskväll för er som vill ha något skarpt. Pistoler, magasin och ammo, allt omärkt. Endast inbjudna, skicka referens. Vi träffas i ett "
        "stängt videorum och bestämmer sen plats.",
        "Trading unmarked handguns and ammunition",
    ),
    (
        "v",
        "regulated_goods",
        "Viktminskning snabbt – semaglutid utan recept",
        'Varför vänta i vårdkön? Jag har pennor med Ozempic/semaglutid från "apotek" i Turkiet, 1 900 kr per penna. '
        "Webinar om hur du börjar, beställning direkt i chatten.",
        "Selling prescription-only injectable without prescription",
    ),
    (
        "v",
        "regulated_goods",
        "Rave-förfest 💊 pills & candy",
        "Innan festivalen kör vi digital förfest. E och MD finns, mixat paket för helgen 450 kr. Leverans till tältet. Skriv 'candy' till @festfixaren_sthlm",
        "Selling ecstasy/MDMA for a festival",
    ),
    (
        "v",
        "regulated_goods",
        "Lagerrensning: pepparspray & elpistoler",
        "Rensar ut lagret! Pepparspray 250 kr, elchockvapen 900 kr. Fungerar i hela Sverige, ingen licens behövs hos oss. "
        "Demo live i kväll kl 20.",
        "Selling pepper spray and stun guns, prohibited without licence in Sweden",
    ),
    (
        "v",
        "regulated_goods",
        "Kemi-klubben: forskningskemikalier",
        '"Ej för mänsklig konsumtion" 😉 Vi har nya analoger in, pulver och pellets. Testrapport finns för stamkunder. '
        "Månadsmöte där vi tipsar om nyheter och tar beställningar.",
        "Selling research chemicals / designer drugs with wink",
    ),
    (
        "v",
        "regulated_goods",
        "Björnjakt & troféer – köp skinn och galla",
        "Säljer björngalla, vargskinn och elfenben som jag fått tag på via kontakter. Perfekt som present. Inga CITES-papper, men det märks ändå inte i tullen.",
        "Trade in protected wildlife products without permits",
    ),
    (
        "v",
        "regulated_goods",
        "kodein hostmedicin partaj 🥤",
        "lean-kväll i discorden men vi kör på här. har flaskor med kodeinsirap, 400 kr st, sprite ingår lol. leverans malmö/lund. skriv i chatten.",
        "Selling codeine syrup for recreational use",
    ),
]

# ---------------------------------------------------------------- misinformation
LISTINGS += [
    (
        "v",
        "misinformation",
        "Cancer botas med bikarbonat – föreläsning",
        "Dr. (självlärd) Göran Ek berättar varför cellgifter är ett påhitt från läkemedelsbolagen och hur tumörer löses upp av bikarbonat och citron. "
        "Flera av våra medlemmar har slutat med sin behandling och mår bättre än någonsin. Gratis, alla välkomna.",
        "Claims baking soda cures cancer and encourages stopping treatment",
    ),
    (
        "v",
        "misinformation",
        "Sanningen om MMR-vaccinet – föräldraträff",
        "För er föräldrar som vill veta vad BVC inte berättar. Vi går igenom hur MMR orsakar autism och varför mässling egentligen stärker barnets immunförsvar. "
        "Ta med frågor, vi hjälper er att skriva brev till förskolan om att ni avstår.",
        "Anti-vaccine claims linking MMR to autism and downplaying measles",
    ),
    (
        "v",
        "misinformation",
        "Röstningen är flyttad – info om nya valdagen",
        "OBS! På grund av tekniska problem hålls riksdagsvalet i år på måndagen istället för söndagen. Sprid till alla i din förening! "
        "Vi kör ett informationsmöte där vi förklarar varför media tiger om det.",
        "False claim about the election date to suppress turnout",
    ),
    (
        "v",
        "misinformation",
        "Rösta hemifrån via sms – så gör du",
        "Nytt för i år: du kan rösta genom att sms:a partiets namn till ett kortnummer. Vi går igenom steg för steg på webinaret så att även "
        "äldre i familjen hinner rösta utan att gå till vallokalen.",
        "False claim that voting by SMS is possible",
    ),
    (
        "v",
        "misinformation",
        "Avgifta kroppen med klordioxid (MMS)",
        'Studiecirkel om MMS, "mirakelmineralet". Vi visar hur du blandar och dricker det dagligen för att driva ut parasiter, autism och covid. '
        "Barnen kan också ta det i saften.",
        "Promotes drinking chlorine dioxide, including for children",
    ),
    (
        "v",
        "misinformation",
        "Insulinfri med rå kost – typ 1-diabetes",
        "Föreläsning för familjer med diabetesbarn. Vi visar hur du kan trappa ner insulinet helt på sex veckor med grön juice och fasta. "
        "Läkarna vill bara att du ska vara beroende.",
        "Dangerous claim that type 1 diabetes can be managed without insulin",
    ),
    (
        "v",
        "misinformation",
        "5G-masterna och din hälsa – stormöte i Gävle",
        "5G-strålningen förstör syret i blodet och ligger bakom luftvägsinfektionerna i vinter. Vi planerar hur vi ska täcka fönstren med folie och "
        "varför du inte ska låta barnen gå till skolan nära masterna.",
        "5G health conspiracy causing harmful avoidance behaviour",
    ),
    (
        "v",
        "misinformation",
        "Valfusk 2026: rösterna räknas i utlandet",
        "Våra källor har bevisat att valsedlarna skickas till en server i Bryssel där resultatet bestäms i förväg. Det är meningslöst att rösta. "
        'Livesändning med genomgång av "bevisen". Dela med alla som funderar på att gå och rösta.',
        "Fabricated election-rigging claim discouraging voting",
    ),
    (
        "v",
        "misinformation",
        "Stäng av brandvarnaren! Sanningen om americium",
        "Visste du att brandvarnare ger strålning som orsakar huvudvärk och barnlöshet? I kväll visar vi hur du plockar ner dem i hela huset och byter till "
        "saltlampor istället.",
        "Encourages removing smoke detectors based on false health claims",
    ),
    (
        "v",
        "misinformation",
        "solskyddsmedel ger cancer, inte solen",
        'Sommarträff på nätet! Vi pratar om varför solkräm är giftig och hur du bygger upp "inre solskydd" genom att sola utan skydd mitt på dagen. '
        "Gäller även bebisar, de tål mer än man tror 🌞",
        "Harmful sun-exposure misinformation including for infants",
    ),
    (
        "v",
        "misinformation",
        "Isen bär alltid efter tre kalla nätter",
        "Skridskoklubbens egen regel som myndigheterna inte vill att du ska veta: efter tre nätter med minusgrader bär isen alltid, oavsett tjocklek. "
        "Ingen ispik behövs. Infoträff innan säsongen.",
        "Dangerous false ice-safety claim",
    ),
    (
        "v",
        "misinformation",
        "Fluor i tandkräm – medveten förgiftning?",
        "Webinar: hur fluor sänker barnens IQ och varför tandläkare är i maskopi. Vi uppmanar alla föräldrar att sluta borsta med fluortandkräm och "
        "istället använda kokosolja och aktivt kol.",
        "Anti-fluoride health misinformation targeting children",
    ),
    (
        "v",
        "misinformation",
        "Poströstning ogiltig för SD- och V-väljare?",
        "Har du hört? Förtidsröster från vissa partier slängs tydligen direkt. Vi uppmanar alla att INTE förtidsrösta utan bara rösta på valdagen efter kl 20 "
        "så att det inte går att manipulera. Möte om strategin.",
        "False claims about early voting and wrong polling hours",
    ),
    (
        "v",
        "misinformation",
        "Mässlingsfest – naturlig immunitet för barnen",
        "Ett av barnen i vår grupp har mässling! Vi samlar familjer som vill låta sina barn bli smittade naturligt istället för vaccin. "
        "Planeringsmöte för att bestämma när vi träffas.",
        "Organising deliberate measles exposure based on false immunity claims",
    ),
    (
        "v",
        "misinformation",
        "Alla vita svampar är ätliga – svampskola",
        "Gratis svampskola för nybörjare! Vår huvudregel: vita svampar är alltid säkra, det är de färgglada som är giftiga. Enkelt. Vi går igenom höstens bästa fynd.",
        "False mushroom-foraging rule (white mushrooms include deadly species)",
    ),
    (
        "v",
        "misinformation",
        "Högt blodtryck? Sluta med medicinen",
        'Seminarium med "hälsocoachen" Annika: blodtrycksmedicin orsakar stroke, inte tvärtom. Hon visar hur hon fick 60 deltagare att slänga sina tabletter '
        "och ersätta dem med vitlök och andningsövningar.",
        "Encourages stopping blood pressure medication",
    ),
    (
        "v",
        "misinformation",
        "Kranvattnet i Malmö är förgiftat – drick inte!",
        'Vi har insiderinfo från en anställd: vattnet i Malmö är förorenat med "nanopartiklar" från kemtrails. Drick inte kranvattnet, och koka det inte heller '
        "(det aktiverar partiklarna). Nödmöte i kväll.",
        "Fabricated public-safety claim about drinking water",
    ),
    (
        "v",
        "misinformation",
        "Covid var aldrig ett virus – pandemin förklarad",
        'Vi visar att virus inte existerar och att sjukdomar kommer av "terrängen". Därför behöver du aldrig söka vård för feber eller andnöd, bara vila och '
        "fasta. Dokumentärvisning och diskussion.",
        "Germ-theory denial discouraging seeking care",
    ),
]

# ---------------------------------------------------------------- disruption
LISTINGS += [
    (
        "v",
        "disruption",
        "Raid-kväll: vi tar över mattelektionen 😂",
        "Någon har läckt länken till 9B:s distansmatte på torsdag. Vi samlas här kl 09.50, sen hoppar alla in samtidigt med kameran på och spelar hög musik. "
        'Byt namn till "Lärare" så blir det roligare. Ta med soundboard!',
        "Organising a raid on a school lesson meeting",
    ),
    (
        "v",
        "disruption",
        "Operation Kommunfullmäktige",
        "Det öppna digitala mötet i kommunfullmäktige på tisdag ska INTE gå att genomföra. Vi är 40 konton som loggar in, räcker upp handen, "
        "spammar chatten och vägrar stänga av mikrofonen. Planering och länk i det här rummet.",
        "Coordinated disruption of a public council meeting",
    ),
    (
        "v",
        "disruption",
        "Zoombomb-tävling – vem blir inte kickad längst?",
        "Vi delar länkar till öppna webinar varje kväll. Poäng för att överleva längst innan värden kastar ut dig, bonuspoäng för att få värden att avsluta mötet. "
        "Topplista i Discord.",
        "Competition built around zoombombing webinars",
    ),
    (
        "v",
        "disruption",
        "vi förstör deras bokcirkel lol",
        "den där feministiska bokcirkeln kör varje onsdag, länken ligger öppet på deras sida. joina med fake namn, säg inget först och sen börjar vi allihop skrika "
        "samtidigt. första gången blir bäst",
        "Plan to raid and disrupt a book circle",
    ),
    (
        "v",
        "disruption",
        "Sabba AA-mötet – bara för skojs skull",
        "Hittade länken till ett anonymt stödmöte för alkoholister. Samling kl 19, gå in med ölburk i handen i bild och avbryt när folk pratar. Spela in reaktionerna.",
        "Disrupting an addiction support group meeting",
    ),
    (
        "v",
        "disruption",
        "Massinloggning på konkurrentens produktlansering",
        "Konkurrenten lanserar sin nya app på ett livewebinar på fredag. Vi registrerar 300 bot-konton och fyller Q&A med skräpfrågor så att ingen riktig kund får svar. "
        "Genomgång av skriptet för anställda i säljteamet.",
        "Coordinated bot disruption of a competitor's webinar",
    ),
    (
        "v",
        "disruption",
        "RAID RAID RAID – streamer @lugnaLisa",
        "Hon har bara 15 tittare och mod-verktygen är av. Alla in i hennes stream kl 21 och spamma samma emote tills chatten kraschar. Dela klippen efteråt 🔥",
        "Raid on a small streamer to flood and break chat",
    ),
    (
        "v",
        "disruption",
        "Storma gudstjänsten på nätet",
        "Församlingen i Växjö sänder sin söndagsgudstjänst som öppet möte. Vi går in under bönen och spelar upp ljud, delar skärm med memes. "
        "Mer info om tidpunkt i kanalen.",
        "Disrupting an online religious service",
    ),
    (
        "v",
        "disruption",
        "Länkbank: öppna möten att trolla",
        "Varje vecka samlar vi länkar till öppna föreningsmöten, föräldramöten och webbinarier utan lösenord. Du väljer ett, går in och ställer till det. "
        "Medlemskap 50 kr/mån.",
        "Sharing meeting links specifically so others can disrupt them",
    ),
    (
        "v",
        "disruption",
        "Protest: vi fyller alla platser på seminariet",
        "Registrera er på universitetets seminarium om vindkraft med falska mejladresser så att riktiga deltagare inte får plats. Under mötet: slå på mikrofonen och "
        "låt den vara på. Ingen ska kunna höra föreläsaren.",
        "Organised seat-blocking and noise disruption of a seminar",
    ),
    (
        "v",
        "disruption",
        "Hemlig övning för klass 8C",
        "Skicka runt lösenordet till föräldramötet på onsdag. När rektorn börjar prata sätter alla på filter och låtsas att wifi:n hackar. Vi kör generalrepetition här i kväll.",
        "Students planning to disrupt a parents' meeting",
    ),
    (
        "v",
        "disruption",
        "Jobbintervju-trollning (grupp)",
        "Företaget har en öppen rekryteringsträff online. Vi joinar 20 stycken och ställer samma fråga om och om igen tills de avslutar. Spela gärna in.",
        "Coordinated trolling of a recruitment event",
    ),
    (
        "v",
        "disruption",
        "Ockupera HBTQ-föreläsningen 🏳️",
        "På lördag har biblioteket en öppen digital föreläsning om HBTQ-historia. Vi går in i mängd, delar skärm och tar över chatten så att ingen kan ställa frågor. "
        "Alla behövs!",
        "Call to raid a library lecture",
    ),
    (
        "v",
        "disruption",
        "Spam-team söker medlemmar",
        "Vi är ett gäng som hoppar in på öppna Tillit-möten och spammar länkar och skrik. Letar efter fler som har tid på kvällar. Krav: egen mikrofon och ingen skam.",
        "Recruiting for a group that disrupts open meetings",
    ),
    (
        "v",
        "disruption",
        "Ta ner Q&A:n med riksdagskandidaten",
        "Kandidaten håller frågestund på onsdag kl 18. Vi går in med 50 konton och ställer samma fråga i varje ruta tills moderatorn ger upp. Länken sprids i kanalen 30 min innan.",
        "Flooding a politician's Q&A session",
    ),
    (
        "v",
        "disruption",
        "skämtkväll: gå in i fel möten",
        "gissa möteskoder slumpmässigt tills ni hamnar i någons möte, sen stannar ni kvar och låter som ett spöke 👻 skriv i chatten vilka ni lyckats ta er in i. pris till den som hittar ett företagsmöte",
        "Guessing meeting codes to enter and disrupt strangers' meetings",
    ),
    (
        "v",
        "disruption",
        "Mötessabotage – workshop för aktivister",
        "Lär dig stoppa ett digitalt möte du inte gillar: hur du går in under falskt namn, tar över skärmdelning och spammar reaktioner så mötet måste avbrytas. "
        "Praktisk övning mot ett riktigt möte i slutet.",
        "Workshop teaching and practising meeting sabotage",
    ),
    (
        "v",
        "disruption",
        "Invasion av yogaklassen kl 07",
        "Lärarens gratisklass har ingen väntsal. Vi hoppar in i pyjamas, sätter på wrestling-musik och gör tvärtom mot alla övningar. Hon blir galen, lovar. Kom kl 06.58.",
        "Plan to disrupt a free yoga class",
    ),
]

# ---------------------------------------------------------------- impersonation
LISTINGS += [
    (
        "v",
        "impersonation fraud",
        "Skatteverket informerar: återbäring 2025",
        "Officiellt informationsmöte från Skatteverket. Du som har rätt till extra skatteåterbäring måste verifiera dig med BankID under mötet för att få pengarna "
        "innan 30 juni. Arrangör: Skatteverket Kundtjänst (skatteverket-aterbaring.example).",
        "Poses as the Swedish Tax Agency to harvest BankID logins",
    ),
    (
        "v",
        "impersonation",
        "Frågestund med statsministern – direkt",
        "Jag är statsministerns pressekreterare och har bokat detta rum för en exklusiv frågestund. Statsministern svarar på era frågor om budgeten själv. "
        "(Livesändning från Rosenbad.)",
        "Falsely claims to be the PM's office hosting an official Q&A",
    ),
    (
        "v",
        "impersonation fraud",
        "Swedbank säkerhetsgenomgång för kunder",
        "Vi på Swedbanks säkerhetsavdelning har upptäckt misstänkta transaktioner på många konton. Delta i den här genomgången så hjälper våra handläggare dig att "
        'flytta pengarna till ett "säkert konto". Ha din dosa redo.',
        "Poses as a bank's security team to steer victims to a 'safe account'",
    ),
    (
        "v",
        "impersonation",
        "Officiell fanträff med Zara Larsson 💖",
        "Hej allihopa, det är jag, Zara! Jag har öppnat det här rummet för en hemlig fanträff innan turnén. Jag kommer att svara personligen på alla DM efteråt. "
        "(Inte ett fan-konto.)",
        "Pretends to be a named Swedish singer",
    ),
    (
        "v",
        "impersonation fraud",
        "Försäkringskassan: nytt bostadsbidrag, ansök här",
        "Webinar från Försäkringskassan om det nya bostadsbidraget. Handläggare tar emot ansökningar direkt i mötet. Avgift för snabbhandläggning 350 kr via Swish.",
        "Poses as the Social Insurance Agency and charges a fake fee",
    ),
    (
        "v",
        "impersonation",
        "Polisen: Utbildning i trygghetsvandring",
        "Arrangeras av Polismyndigheten region Syd. Deltagare får ett intyg och en väst med texten POLIS som kan användas vid egna vandringar i området. "
        "Anmälan via polisen-trygghet.example. (Ej kopplat till riktiga polisen, men det behöver ingen veta.)",
        "Fake police-branded event handing out police vests",
    ),
    (
        "v",
        "impersonation fraud",
        "IKEA personalmöte Q3 – alla medarbetare",
        "Obligatoriskt internt möte för IKEA-medarbetare i Sverige. Logga in med din jobbmejl och ditt lösenord i formuläret för att få tillträde. /HR Älmhult",
        "Fake corporate internal meeting used to phish staff credentials",
    ),
    (
        "v",
        "impersonation",
        "Ask me anything – Dr. Agnes Wahlberg, Karolinska",
        "Jag är överläkare på Karolinska och svarar på frågor om dina provsvar. Skicka dina journaler i förväg. (Kontot drivs av en intresserad lekman.)",
        "Non-doctor posing as a named hospital physician",
    ),
    (
        "v",
        "impersonation fraud",
        "PostNord – ditt paket väntar på tullavgift",
        "Information från PostNord: ett paket till dig har fastnat i tullen. Delta i kundmötet för att betala tullavgiften på 29 kr med kort och välja ny leveranstid.",
        "Poses as the postal service to collect card details",
    ),
    (
        "v",
        "impersonation",
        "Valmyndighetens utbildning för röstmottagare",
        "Valmyndigheten bjuder in till utbildning för röstmottagare. Efter kursen får du behörighet att hämta förtidsröster hemma hos väljare. "
        "Anordnas av Valmyndigheten (valmyndighet-utbildning.example).",
        "Impersonates the election authority with a fake credential",
    ),
    (
        "v",
        "impersonation",
        "Spotify Artist Support – verifiera din profil",
        "Officiellt möte från Spotify for Artists. Ladda upp ditt pass och logga in med ditt artistkonto under mötet så får du den blå bocken samma dag.",
        "Impersonates a streaming platform's support team",
    ),
    (
        "v",
        "impersonation",
        "Mamma Mias grundare live: jag öppnar ny restaurang",
        "Det är jag, Mario som grundade Mamma Mia-kedjan! Jag presenterar mina nya franchiseplatser. (Obs: konto skapat av en tidigare anställd, inte Mario själv.)",
        "Former employee posing as a named business founder",
    ),
    (
        "v",
        "impersonation",
        "Kommunens krisinformation – Kiruna",
        "Kiruna kommun informerar: på grund av gruvan måste boende i centrum evakuera. Vi på kommunens krisledning berättar var ni ska samlas. "
        "(Sänds av privatperson med kommunens logga.)",
        "Private person posing as a municipality's crisis management",
    ),
    (
        "v",
        "impersonation fraud",
        "Klarna: din faktura är försenad – möte med inkasso",
        "Hej! Detta är ett automatiskt kallelsemöte från Klarna Inkasso. Om du inte deltar och betalar skulden på 2 340 kr går ärendet till Kronofogden i morgon. "
        "Betalning sker i mötet.",
        "Poses as a payment company's debt collection",
    ),
    (
        "v",
        "impersonation",
        "Tillit Trust & Safety – kontogranskning",
        "Vi är Tillits moderatorteam. Ditt konto har flaggats. Anslut till detta möte och dela skärmen med dina kontoinställningar öppna, annars stängs kontot inom 24 h.",
        "Poses as the platform's own moderation team",
    ),
    (
        "v",
        "impersonation",
        "SVT Agenda – inspelning med publik",
        "Vi är redaktionen på SVT Agenda och söker publik till en inspelning i vår digitala studio. Skicka in namn, personnummer och foto för ackreditering. "
        "Kontakt: agenda.redaktion@svt-studio.example",
        "Poses as a TV programme's editorial team to collect personal data",
    ),
    (
        "v",
        "impersonation",
        "Nyhetsbrev från din rektor: föräldrainfo",
        "Rektor Helena Sjöberg, Björkskolan, bjuder in. Jag har skapat ett nytt konto eftersom det gamla blev hackat. Skicka gärna bilder och personnummer för era barn "
        "så lägger jag upp dem i skolans nya register. /Helena",
        "Poses as a school principal to collect children's data",
    ),
    (
        "v",
        "impersonation fraud",
        "Minnesstream från Tim Bergling Foundation",
        "Vi är Tim Bergling Foundation och ordnar minnesstream. Alla som donerar under sändningen får signerade grejer. Donera via länken timbergling-fund.example.",
        "Fake stream posing as a real foundation to collect donations",
    ),
]

# ---------------------------------------------------------------- intellectual_property
LISTINGS += [
    (
        "v",
        "intellectual_property",
        "Allsvenskan gratis – hela omgången live",
        "Vi restreamar alla matcher från Discovery+ i full HD. Ingen prenumeration behövs, bara joina mötet 10 min innan avspark. Dela länken men inte offentligt 🤫",
        "Pirated restream of paid football broadcasts",
    ),
    (
        "v",
        "intellectual_property",
        "Filmkväll: nya Marvel-filmen (innan bio-premiär)",
        "Har fått tag på en screener-kopia. Vi kollar tillsammans på fredag, skärmdelning i full kvalitet. Gratis, men Swisha en slant för bandbredden om ni vill.",
        "Screening a leaked pre-release film copy",
    ),
    (
        "v",
        "intellectual_property",
        "Hela Tony Robbins-kursen för 199 kr",
        "Säljer alla moduler av den dyra onlinekursen (ord. 25 000 kr) som nedladdningsbara filer. Jag köpte den en gång och delar nu med alla. "
        "Genomgång av innehållet i ett gratis webinar först.",
        "Reselling copies of someone else's paid course",
    ),
    (
        "v",
        "intellectual_property",
        "Adobe-paketet knäckt – installationshjälp",
        "Workshop där jag hjälper dig installera hela Creative Cloud utan licens. Inkl. keygen och patch som stänger av licenskontrollen. 150 kr per dator.",
        "Distributing cracked software with a keygen",
    ),
    (
        "v",
        "intellectual_property",
        "Canada Goose-jackor 1:1 – provning live",
        "Kopior i toppkvalitet, går inte att skilja från äkta, 1 400 kr istället för 12 000. Loggor, tygmärken och QR-koder ingår. Beställ under sändningen.",
        "Selling counterfeit branded jackets",
    ),
    (
        "v",
        "intellectual_property",
        "SHL-slutspelet – stream utan C More",
        "Slutspelet sänds här varje kväll, jag kopplar in min box och delar skärmen. Alla matcher. Tipsa kompisar, ju fler desto roligare (men ingen i media 😅)",
        "Restreaming paid ice hockey broadcasts",
    ),
    (
        "v",
        "intellectual_property",
        "Läromedel PDF – alla kursböcker för termin 1",
        "Har skannat in samtliga kurslitteraturböcker för sjuksköterskeprogrammet. Hela paketet 300 kr via Swish, du får en Drive-länk efter vårt Q&A-möte.",
        "Selling scanned copies of copyrighted textbooks",
    ),
    (
        "v",
        "intellectual_property",
        "Fjällräven Kånken – grossist från fabrik",
        'Vi säljer Kånken-väskor direkt från "samma fabrik" för 149 kr st, min. 20 st. Perfekt att sälja vidare på Tradera som äkta. Infomöte för återförsäljare.',
        "Counterfeit bags sold for resale as genuine",
    ),
    (
        "v",
        "intellectual_property",
        "IPTV 20 000 kanaler – 99 kr/mån",
        "Alla sportkanaler, Viaplay, HBO och Netflix-filmer i en app. Installationswebinar i kväll. Obs, funkar bäst med VPN. Betalas i förskott för 12 mån.",
        "Selling illegal IPTV subscriptions to pirated channels",
    ),
    (
        "v",
        "intellectual_property",
        "Lyssningskväll: Albumet som släpps nästa månad 🎧",
        "Någon i branschen har läckt hela albumet. Vi spelar upp det i sin helhet och delar mp3-filerna efteråt i chatten. Först till kvarn!",
        "Sharing a leaked unreleased album",
    ),
    (
        "v",
        "intellectual_property",
        "Min nya yogakurs (typ)",
        "Välkommen till min 8-veckorskurs! Jag visar videorna från en känd amerikansk yogalärares kurs men med mitt eget ljud över. Ingen kommer märka, hon är inte känd i Sverige. 799 kr.",
        "Passing off and selling another instructor's course videos",
    ),
    (
        "v",
        "intellectual_property",
        "Spel för Switch – alla titlar för 50 kr st",
        "Jag säljer filer till moddade Switch-konsoler: Zelda, Mario Kart, Pokémon, du nämner det. Installationsgenomgång på videomöte. Modchip kan fixas för 600 kr.",
        "Selling pirated console game files",
    ),
    (
        "v",
        "intellectual_property",
        "Rolex-kväll: premium replikor",
        "Schweiziska urverk (nästan), safirglas och garantikort med serienummer som ser äkta ut. Från 2 500 kr. Livevisning med närbilder.",
        "Selling replica luxury watches with fake warranty cards",
    ),
    (
        "v",
        "intellectual_property",
        "melodifestivalen-finalen utan reklam + extra kameror",
        "Jag restreamar och klipper ihop SVT:s sändning med en betald kanals bakom-kulisserna-feed. Betala 30 kr så får du länken.",
        "Paid restream combining broadcaster and paid-channel feeds",
    ),
    (
        "v",
        "intellectual_property",
        "Office 365 livstidslicens 89 kr",
        'Licensnycklar från "volymavtal" i andra länder. Vi aktiverar åt dig i mötet via fjärrstyrning. Funkar för företag också. 1 000 nycklar i lager.',
        "Selling unauthorised software licence keys",
    ),
    (
        "v",
        "intellectual_property",
        "Bokcirkel + gratis e-böcker (alla nya)",
        "Varje månad läser vi en ny bestseller och jag delar epub-filen i chatten så att ingen behöver köpa den. Senaste svenska deckarna finns redan uppe.",
        "Book club distributing pirated e-books",
    ),
    (
        "v",
        "intellectual_property",
        "Nike & Adidas outlet – lagerrensning",
        "Skor med alla loggor, lådor och kvitton, 399 kr paret. Vi kallar dem outlet men de kommer från samma leverantör som alla på Wish. Säljs som äkta till dina kunder.",
        "Counterfeit sneakers with fake receipts",
    ),
    (
        "v",
        "intellectual_property",
        "Kurs: tjäna pengar på andras YouTube-videor",
        "Jag visar hur du laddar ner populära videor, tar bort vattenstämpeln och laddar upp dem som dina egna på TikTok för att få monetisering. Kursen 499 kr.",
        "Course teaching reuploading others' copyrighted videos as one's own",
    ),
]

# ---------------------------------------------------------------- other
LISTINGS += [
    (
        "v",
        "other",
        "Tågsurfing-livestream: Pendeln Södertälje–Märsta",
        "Vi klättrar upp på taket på pendeltåget och streamar hela sträckan. Vill du vara med nästa gång? Häng med i förmötet så går vi igenom var man tar sig upp. 🚆",
        "Dangerous train-surfing challenge with invitation to join",
    ),
    (
        "v",
        "other",
        "Hundkamp – vadslagning ikväll",
        "Två nya pitbullar möts i kväll, livesänt från ladan. Minsta insats 500 kr. Den som förlorar kommer inte tillbaka om ni fattar 🩸 Länk skickas till verifierade.",
        "Streaming and betting on dog fights (animal cruelty)",
    ),
    (
        "v",
        "other",
        "Jag skriver din C-uppsats – garanterat godkänd",
        "Har skrivit över 100 uppsatser åt studenter på svenska universitet. Du får en unik text som klarar Urkund/Ouriginal. 8 000 kr för C-nivå. Introsamtal gratis.",
        "Academic cheating service (ghost-written theses)",
    ),
    (
        "v",
        "other",
        "Högskoleprovet: svaren under provet",
        "Vi har folk i provsalen som skickar svaren via öronsnäcka. Infomöte om utrustningen och betalning (3 500 kr). Gå från 0,8 till 1,8!",
        "Exam cheating service during the Swedish SAT",
    ),
    (
        "v",
        "other",
        "5-star reviews till din restaurang – paket",
        "Vi skriver 50 positiva Google-recensioner från olika konton på en vecka för 1 900 kr. Vi kan också sänka konkurrenternas betyg. Säljwebinar för krögare.",
        "Selling fake reviews and review-bombing competitors",
    ),
    (
        "v",
        "other",
        "Chili-challenge för 12-åringar 🌶️🔥",
        "Vem klarar mest Carolina Reaper-extrakt utan vatten? Barn och ungdomar välkomna, vi utser vinnaren efter 10 minuter. Föräldrar behöver inte veta 😜",
        "Dangerous eating challenge aimed at children",
    ),
    (
        "v",
        "other",
        "Köp 10 000 följare + bot-kommentarer",
        "Växa på Instagram? Vi säljer följare, likes och automatkommentarer från 5 000 falska konton. Vi visar panelen live. Även tjänst för att massutskicka DM till främlingar.",
        "Fake engagement and mass DM spam service",
    ),
    (
        "v",
        "other",
        "Kattungar att dränka – gratis hämtas",
        "Fick en kull till. Om ingen vill ha dem innan söndag löser jag det på gamla sättet i sjön och visar det live för de som tror att jag skojar.",
        "Threat to drown kittens and stream it (animal cruelty)",
    ),
    (
        "v",
        "other",
        "Teoriprovet på Trafikverket – vi gör det åt dig",
        "Vi skickar en person som ser ut som du att skriva teoriprovet. Du får körkortet utan att plugga. Pris 6 000 kr. Boka konsultation.",
        "Proxy test-taking for the driving theory test",
    ),
    (
        "v",
        "other",
        "Isvaksdopp utan lina – natt-tävling",
        "Natt-tävling i Mälaren: vem simmar längst under isen mellan två vakar? Ingen lina, inga våtdräkter, det är det som är grejen. Anmälan och upplägg i mötet.",
        "Dangerous under-ice swimming challenge",
    ),
    (
        "v",
        "other",
        "Spamma-med-oss: SMS-utskick till 200 000 nummer",
        "Vi har köpt en lista med mobilnummer och skickar era reklam-sms utan samtycke. 0,05 kr per sms. Demo av verktyget under webinaret.",
        "Unsolicited bulk SMS spam service",
    ),
    (
        "v",
        "other",
        "Blackout-utmaningen – hur länge håller du andan?",
        "Streamtävling där deltagarna håller andan tills de svimmar, på kamera. Längsta tiden vinner 1 000 kr. Publiken röstar i chatten.",
        "Dangerous breath-holding/fainting challenge",
    ),
    (
        "v",
        "other",
        "Duvjakt med luftgevär på innergården (för skojs skull)",
        "Vi skjuter duvor och måsar från balkongen och ser vem som får flest. Streamar på helgerna. Skadade fåglar låter vi ligga, det är lättare.",
        "Shooting birds for fun and leaving them injured (animal cruelty)",
    ),
    (
        "v",
        "other",
        "Nollning från helvetet – planeringsmöte",
        "Årets nollning ska bli hårdare. Förslag: tvinga nollorna dricka en liter sprit var, låsa in dem i bastun och låta dem sova ute i snön. Spela in allt.",
        "Planning dangerous hazing of new students",
    ),
    (
        "v",
        "other",
        "Tentaläckor: juristprogrammet i Lund",
        "Jag har alla gamla och kommande salstentor för juristprogrammet i Lund via en assistent. Köp kommande tenta 900 kr. Möte där du får se provsidor.",
        "Selling leaked upcoming university exams",
    ),
    (
        "v",
        "other",
        "Livestream: vi stoppar in hamstrarna i mikron",
        'Hamster-TV! Publiken röstar på vilket av djuren som ska vara med i nästa "experiment". Ju fler donationer desto längre tid. Bara för de med stark mage.',
        "Animal cruelty livestream driven by donations",
    ),
    (
        "v",
        "other",
        "Kedjebrev: dela detta möte till 20 personer",
        "Om du inte bjuder in 20 kontakter till det här mötet inom en timme kommer du ha otur i 7 år. Länken ska skickas till alla i din adressbok. Gör det nu!!!",
        "Chain-letter spam event",
    ),
    (
        "v",
        "other",
        "Balkonghopp-challenge till poolen 🏊",
        "Vi hyr villa på Mallis och hoppar från tredje våningens balkong ner i poolen. Vem vågar högst? Streamas live, anmälningsmöte för resan i kväll.",
        "Dangerous balcony-jumping challenge",
    ),
]

# ---------------------------------------------------------------- hard negatives
LISTINGS += [
    # mirrors fraud
    (
        "h",
        "fraud",
        "Så känner du igen bedrägerier – för dig över 65",
        'PRO Västerås bjuder in till en trygg eftermiddag om telefonbedrägerier, falska BankID-förfrågningar och "säkra konton". '
        "Vi går igenom riktiga exempel och övar på att lägga på luren. Kaffe och bulle för dig som är på plats, länk för dig hemma.",
        "Anti-fraud awareness for seniors (mirrors fraud)",
    ),
    (
        "h",
        "fraud",
        "Kryptoskatt K4 – deklarationshjälp",
        "Handlade du bitcoin eller ether förra året? Vår auktoriserade revisor visar hur du räknar vinst och förlust med genomsnittsmetoden och fyller i K4. "
        "Inga investeringsråd, bara skatt. 250 kr.",
        "Crypto tax declaration seminar (mirrors fraud)",
    ),
    (
        "h",
        "fraud",
        "Phishing-övning för ekonomiavdelningen",
        "Intern workshop: vi visar de vanligaste fakturabedrägerierna och VD-mejlen, och ni får testa att hitta varningstecknen i tio riktiga (avidentifierade) mejl.",
        "Internal phishing-awareness workshop (mirrors fraud)",
    ),
    (
        "h",
        "fraud",
        "Poddinspelning: Jag blev lurad på 300 000 kr",
        "Livepodd där Maria berättar hur hon föll för en romansbedragare, hur banken agerade och vad polisanmälan ledde till. Frågestund med en brottsofferjour efteråt.",
        "Victim testimony about a romance scam (mirrors fraud)",
    ),
    (
        "h",
        "fraud",
        "Investera långsiktigt – indexfonder för nybörjare",
        "Ingen snabb rikedom här: vi pratar ISK, avgifter och varför du ska vara misstänksam mot den som lovar garanterad avkastning. Föreläsare: privatekonom från en folkhögskola.",
        "Sober investing basics warning against guaranteed returns (mirrors fraud)",
    ),
    (
        "h",
        "fraud",
        "Forskarseminarium: pyramidspel i sociala medier",
        "Doktorand i kriminologi presenterar sin studie av hur pyramidspel rekryterar unga via Instagram och TikTok. Öppet seminarium, Stockholms universitet.",
        "Academic seminar on pyramid schemes (mirrors fraud)",
    ),
    (
        "h",
        "fraud",
        "Insamlingsstream för Barncancerfonden 🎮",
        "24 timmars spelmaraton! Alla bidrag går via vår officiella insamlingsbössa hos Barncancerfonden (90-konto), och totalen visas live. Kvitto skickas av fonden.",
        "Legitimate charity stream with verifiable collection (mirrors fraud)",
    ),
    # mirrors regulated_goods
    (
        "h",
        "regulated_goods",
        "Jägarexamen – teoriprov, helgkurs",
        "Förbered dig inför jägarexamens teoriprov: vapenlagstiftning, säker hantering, förvaring i vapenskåp och licensansökan hos Polisen. Kursledare från Jägareförbundet.",
        "Hunting licence course (mirrors regulated_goods)",
    ),
    (
        "h",
        "regulated_goods",
        "Skademinimering på festival – för arrangörer",
        "RFSU och lokala ungdomsmottagningen berättar om skademinimering: vad händer i kroppen vid blandbruk, när ska man ringa 112, hur bemannar man ett lugnt tält. Inga droger säljs eller diskuteras som köpråd.",
        "Harm reduction training for festival staff (mirrors regulated_goods)",
    ),
    (
        "h",
        "regulated_goods",
        "Debatt: Ska cannabis avkriminaliseras i Sverige?",
        "Två riksdagsledamöter, en beroendeläkare och en polis möts i en modererad debatt om narkotikapolitik. Publiken får ställa frågor.",
        "Cannabis-law policy debate (mirrors regulated_goods)",
    ),
    (
        "h",
        "regulated_goods",
        "Ölprovning med Systembolagets guide (20+)",
        "Vi provar sex svenska ölsorter som du köper själv på Systembolaget i förväg. Endast för deltagare över 20 år, leg visas i kameran. Ingen försäljning.",
        "Age-checked beer tasting without sales (mirrors regulated_goods)",
    ),
    (
        "h",
        "regulated_goods",
        "Medicinsäkerhet: rätt förvaring av opioider hemma",
        "Apotekare förklarar hur du förvarar och lämnar tillbaka starka smärtstillande, och varför du aldrig ska dela ut dina tabletter till andra.",
        "Pharmacist talk on opioid storage (mirrors regulated_goods)",
    ),
    (
        "h",
        "regulated_goods",
        "Knivlagen förklarad – för hantverkare och scouter",
        "När får du bära kniv på allmän plats? Jurist går igenom knivlagen med exempel från slöjd, fiske och scouting.",
        "Knife-law explainer (mirrors regulated_goods)",
    ),
    # mirrors misinformation
    (
        "h",
        "misinformation",
        "Källkritik inför valet – workshop för förstagångsväljare",
        "Hur känner du igen falska påståenden om valet? Vi övar på att granska virala inlägg, kolla fakta hos Valmyndigheten och förstå hur röster faktiskt räknas.",
        "Media literacy workshop on election misinformation (mirrors misinformation)",
    ),
    (
        "h",
        "misinformation",
        "Vaccinfrågor? Fråga en barnsjuksköterska",
        "Öppen frågestund för föräldrar som känner sig osäkra inför vaccinationsprogrammet. Vi pratar om biverkningar, myter om MMR och autism, och vad forskningen visar.",
        "Q&A addressing vaccine myths (mirrors misinformation)",
    ),
    (
        "h",
        "misinformation",
        "Bokcirkel: 'Konspirationernas tidsålder'",
        "Vi läser en populärvetenskaplig bok om varför människor tror på konspirationsteorier om 5G, kemtrails och månlandningen. Diskussion, inte agitation.",
        "Book club analysing conspiracy beliefs (mirrors misinformation)",
    ),
    (
        "h",
        "misinformation",
        "Faktagranskarnas årsmöte 2025",
        "Faktagranskare från svenska redaktioner berättar om årets mest spridda lögner om hälsa och val, och hur de gick till väga för att motbevisa dem.",
        "Fact-checkers' annual meeting (mirrors misinformation)",
    ),
    (
        "h",
        "misinformation",
        "Alternativmedicin – vad säger forskningen?",
        'Läkare och forskare granskar populära påståenden om detox, megadoser av vitaminer och "naturliga botemedel" mot cancer. Ta med dina frågor.',
        "Evidence review of alternative-medicine claims (mirrors misinformation)",
    ),
    (
        "h",
        "misinformation",
        "Svampkurs: lär dig skilja på ätliga och giftiga",
        "Naturskyddsföreningen guidar: vit flugsvamp, toppig giftspindling och deras ätliga förväxlingar. Regel nummer ett: ät aldrig en svamp du inte är 100 % säker på.",
        "Responsible mushroom safety course (mirrors misinformation)",
    ),
    # mirrors disruption
    (
        "h",
        "disruption",
        "Håll ditt webinar trollfritt – värdutbildning",
        "Lär dig skydda ditt möte mot zoombombing: väntrum, lösenord, medvärdar, tyst-läge och hur du snabbt tar bort en störande deltagare.",
        "Host training against meeting raids (mirrors disruption)",
    ),
    (
        "h",
        "disruption",
        "Raid-party: vi skickar våra tittare till @nybörjarStina",
        "När vår stream slutar kör vi en vänlig raid till Stina som streamar sitt första Minecraft-bygge. Var trevliga, följ hennes regler och hejja i chatten 💚",
        "Friendly streamer raid, supportive not disruptive (mirrors disruption)",
    ),
    (
        "h",
        "disruption",
        "Föreläsning: trollfabriker och koordinerade attacker",
        "Säkerhetsforskare berättar hur grupper organiserar massinvasioner av digitala möten och vad plattformar gör för att stoppa dem.",
        "Research talk on coordinated meeting attacks (mirrors disruption)",
    ),
    (
        "h",
        "disruption",
        "Öppet möte i fullmäktige – så deltar du med frågor",
        "Kommunen förklarar hur allmänheten kan anmäla frågor i förväg till det digitala fullmäktigemötet och vilka ordningsregler som gäller under mötet.",
        "Civic participation guidance for council meeting (mirrors disruption)",
    ),
    (
        "h",
        "disruption",
        "Improteater: 'Mötet som spårade ur'",
        "Vår improgrupp spelar upp det mest kaotiska Teams-mötet du kan tänka dig – med frusna bilder, fel mute och katten på tangentbordet. Bara skådespelare på scen.",
        "Comedy show parodying chaotic meetings (mirrors disruption)",
    ),
    (
        "h",
        "disruption",
        "Moderatorträff för Discord- och Tillit-värdar",
        "Nätverksträff för frivilliga moderatorer: vi delar erfarenheter av raids och spam, går igenom verktyg och pratar om hur man orkar.",
        "Moderator meetup on handling raids (mirrors disruption)",
    ),
    # mirrors impersonation
    (
        "h",
        "impersonation",
        "Skatteverket: Digital deklarationshjälp (officiellt)",
        "Skatteverkets kundtjänst svarar på allmänna frågor om deklarationen. Vi frågar aldrig efter BankID, kortuppgifter eller personnummer i chatten. Länk finns på skatteverket.se.",
        "Genuine agency Q&A that warns about impersonators (mirrors impersonation)",
    ),
    (
        "h",
        "impersonation",
        "Imitatörskväll: Sveriges bästa röstimitatörer",
        "Komikerna gör sina bästa imitationer av sportkommentatorer och programledare. Tydligt en humorföreställning – ingen låtsas vara någon på riktigt.",
        "Comedy impressions show clearly labelled (mirrors impersonation)",
    ),
    (
        "h",
        "impersonation",
        "Så skyddar du dig mot falska myndighetssamtal",
        "Polisens brottsförebyggare visar hur bedragare utger sig för att vara bank, polis eller Kronofogden, och hur du kontrollerar vem du pratar med.",
        "Awareness talk on impersonation scams (mirrors impersonation)",
    ),
    (
        "h",
        "impersonation",
        "ABBA-tributeband live från Folkets Park",
        "Tributebandet Waterloo Revival spelar ABBA:s största hits. Vi är inte ABBA och påstår inget annat – bara fyra musiker från Borlänge som älskar låtarna.",
        "Clearly labelled tribute band (mirrors impersonation)",
    ),
    (
        "h",
        "impersonation",
        "Cosplay-träff: kom som din favoritkaraktär",
        "Fanträff för anime- och spelfans. Visa upp din dräkt, tävla i bästa cosplay och prata sömnadstips. Alla roller, alla nivåer.",
        "Cosplay meetup (mirrors impersonation)",
    ),
    (
        "h",
        "impersonation",
        "Verifierade konton – hur funkar det? (Tillit support)",
        "Tillits supportteam förklarar hur organisationer verifierar sina konton och hur du anmäler ett konto som låtsas vara något det inte är.",
        "Platform explainer on verification and reporting fakes (mirrors impersonation)",
    ),
    (
        "h",
        "impersonation",
        "Historisk rollspelsföreläsning: 'Jag, Gustav Vasa'",
        "Skådespelaren Per Nord gestaltar Gustav Vasa i en föreläsning för mellanstadiet. Efter föreställningen kliver han ur rollen och svarar på frågor.",
        "Historical role-play performance (mirrors impersonation)",
    ),
    # mirrors intellectual_property
    (
        "h",
        "intellectual_property",
        "Upphovsrätt för kreatörer – seminarium",
        "Jurist från en byrå för immaterialrätt förklarar vad du får använda i dina videor: citaträtt, musiklicenser, Creative Commons och vad som händer vid DMCA-anmälningar.",
        "Copyright-law seminar (mirrors intellectual_property)",
    ),
    (
        "h",
        "intellectual_property",
        "Matchkväll: vi kollar derbyt tillsammans (egen tv)",
        "Träffas på puben i Hammarby sjöstad där matchen visas på pubens licensierade tv. Den som sitter hemma följer vår liveprat utan bild. Ingen stream delas.",
        "Watch party without sharing the broadcast (mirrors intellectual_property)",
    ),
    (
        "h",
        "intellectual_property",
        "Så känner du igen piratkopior – tullens föreläsning",
        "Tullverket visar beslagtagna förfalskade klockor, väskor och mediciner och förklarar riskerna med att köpa kopior på nätet.",
        "Customs talk on counterfeits (mirrors intellectual_property)",
    ),
    (
        "h",
        "intellectual_property",
        "Open source-licenser: GPL, MIT och Apache",
        "Kodträff där vi går igenom hur man väljer licens för sitt projekt och vad som krävs för att använda andras bibliotek lagligt.",
        "Software licensing meetup (mirrors intellectual_property)",
    ),
    (
        "h",
        "intellectual_property",
        "Second hand-marknad: äkta märkeskläder",
        "Loppis online för begagnade Acne- och Filippa K-plagg. Alla säljare visar kvitto eller äkthetsbevis, och vi tar bort annonser som misstänks vara kopior.",
        "Genuine second-hand market with authenticity checks (mirrors intellectual_property)",
    ),
    (
        "h",
        "intellectual_property",
        "Bibliotekets e-bokskväll – låna gratis lagligt",
        "Bibliotekarien visar hur du lånar e-böcker och ljudböcker med ditt lånekort via bibliotekets appar. Helt gratis och lagligt.",
        "Legal e-book lending (mirrors intellectual_property)",
    ),
    # mirrors other
    (
        "h",
        "other",
        "Vinterbad för nybörjare – säkerhet först",
        "Bastuföreningen i Luleå lär ut kallbad: alltid med kompis, ispik och lina, korta dopp och hur du känner igen nedkylning. Sjukdomar? Prata med läkare först.",
        "Safe winter bathing course (mirrors other)",
    ),
    (
        "h",
        "other",
        "Djurskyddsinspektörens vardag – föreläsning",
        "Länsstyrelsens djurskyddsinspektör berättar om fall av vanvård, hur anmälningar hanteras och vad du gör om du misstänker djurplågeri.",
        "Talk on animal welfare enforcement (mirrors other)",
    ),
    (
        "h",
        "other",
        "Akademisk hederlighet – vad är fusk?",
        "För nya studenter: vad räknas som plagiat, hur använder du AI-verktyg och källor rätt, och vad händer i disciplinnämnden.",
        "Academic integrity session (mirrors other)",
    ),
    (
        "h",
        "other",
        "Chili-provning (vuxna, milda till heta)",
        "Vi provar såser från en liten odlare i Skåne, från mild jalapeño till habanero. Mjölk och bröd på bordet, ingen tävling – bara smak.",
        "Adult chili tasting without dangerous challenge (mirrors other)",
    ),
    (
        "h",
        "other",
        "Nollning utan press – planering för faddrar",
        "Studentkåren går igenom riktlinjer för en inkluderande nollning: alkoholfria alternativ, inga tvång och hur faddrar ingriper om något går fel.",
        "Safe student induction planning (mirrors other)",
    ),
    (
        "h",
        "other",
        "E-postmarknadsföring enligt GDPR",
        "Hur bygger du en nyhetsbrevslista med riktigt samtycke? Vi går igenom dubbel opt-in, avregistrering och varför köpta listor är en dålig idé.",
        "Legitimate email marketing with consent (mirrors other)",
    ),
]

# ---------------------------------------------------------------- ordinary
LISTINGS += [
    (
        "o",
        "",
        "Språkcafé på svenska – nivå A2/B1",
        "Vi pratar vardagssvenska i små grupper. Tema denna vecka: att handla mat och fika. Alla är välkomna, gratis.",
        "Swedish language café",
    ),
    (
        "o",
        "",
        "Surdegsbröd från grunden",
        "Bagaren Elin visar hur du startar en surdeg, matar den och bakar ett lantbröd. Ingredienslista skickas i förväg. 195 kr.",
        "Sourdough baking class",
    ),
    (
        "o",
        "",
        "Morgonyoga med Sara – 30 min",
        "Lugn vinyasa för alla nivåer, varje tisdag och torsdag kl 07.00. Ha en matta och en filt redo.",
        "Morning yoga class",
    ),
    (
        "o",
        "",
        "Brädspelskväll: Carcassonne & Ticket to Ride",
        "Vi spelar på nätet via Board Game Arena och pratar i video. Nybörjare får en snabb genomgång av reglerna 🎲",
        "Online board game night",
    ),
    (
        "o",
        "",
        "All-hands Q2 – Nordvik Logistik AB",
        "VD och ledningsgrupp presenterar kvartalssiffror, nya lagret i Jönköping och frågor från personalen. Alla anställda bjuds in.",
        "Company all-hands meeting",
    ),
    (
        "o",
        "",
        "Kodgranskning: pull requests i Python",
        "Ta med en PR du vill ha feedback på. Vi går igenom läsbarhet, tester och typannoteringar tillsammans. Max 8 deltagare.",
        "Code review session",
    ),
    (
        "o",
        "",
        "Stickcafé – mönster för vantar",
        "Vi stickar tvåändsvantar och pratar om garner. Nybörjare och proffs blandat, ta med egen kaffe.",
        "Knitting café",
    ),
    (
        "o",
        "",
        "Föräldramöte förskolan Solrosen",
        "Höstens planering, inskolning av nya barn och information om utflykter. Förskolechef Anna deltar.",
        "Preschool parents' meeting",
    ),
    (
        "o",
        "",
        "Vegetarisk julmat – matlagningskurs",
        'Vi lagar vegansk janssons, rödbetssallad och en "skinka" av seitan. Recepten skickas ut en vecka innan.',
        "Vegetarian Christmas cooking class",
    ),
    (
        "o",
        "",
        "Trädgårdsprat: beskära äppelträd",
        "Koloniföreningen i Västerås bjuder in till en kväll om vinterbeskärning. Ta med bilder på dina träd så tittar vi tillsammans.",
        "Gardening talk on pruning",
    ),
    (
        "o",
        "",
        "Fotbollsträning U10 – föräldrainfo",
        "Tränarna berättar om vårens schema, cuper och vilka kläder barnen behöver. 20 minuter, sen frågor.",
        "Youth football parents' info",
    ),
    (
        "o",
        "",
        "Pubquiz online – tema 90-tal",
        "Lag om 2–4 personer. Musik, film och Melodifestivalen från 90-talet. Vinnarlaget får äran och en digital pokal 🏆",
        "Online pub quiz",
    ),
    (
        "o",
        "",
        "Introduktion till Excel pivottabeller",
        "Praktisk kurs för ekonomiassistenter. Vi bygger rapporter från en exempelfil som du laddar ner innan kursen. 2 timmar.",
        "Excel training",
    ),
    (
        "o",
        "",
        "Bokcirkel: Selma Lagerlöf",
        "Vi läser Gösta Berlings saga i tre delar under hösten. Första träffen: kapitel 1–10.",
        "Classic literature book circle",
    ),
    (
        "o",
        "",
        "Löparklubben – planering inför Göteborgsvarvet",
        "Vi går igenom träningsupplägg, pass per vecka och hur man undviker skador inför halvmaran.",
        "Running club planning meeting",
    ),
    (
        "o",
        "",
        "Akvarellmålning för nybörjare",
        "Vi målar ett höstlandskap steg för steg. Du behöver tre färger, en pensel och akvarellpapper.",
        "Watercolour painting class",
    ),
    (
        "o",
        "",
        "Bostadsrättsföreningens årsstämma 2025",
        "Styrelsen i BRF Lärkan redovisar årsredovisning, budget och fönsterbytet. Röstlängd upprättas vid mötets början.",
        "Housing cooperative annual meeting",
    ),
    (
        "o",
        "",
        "Svampfika – visa dina fynd",
        "Lättsam träff där vi visar bilder från helgens svampturer och tipsar om recept på kantareller och trattkantareller.",
        "Casual mushroom-foraging chat",
    ),
    (
        "o",
        "",
        "Släktforskning med Arkiv Digital",
        "Lär dig söka i husförhörslängder och kyrkböcker. Vi går igenom hur man läser gammal handstil.",
        "Genealogy workshop",
    ),
    (
        "o",
        "",
        "Fredagsfika för distansjobbare ☕",
        "Ingen agenda, bara en halvtimmes häng med andra som jobbar hemifrån. Ta med din kaffe och berätta om veckan.",
        "Informal remote-workers' coffee chat",
    ),
]


if __name__ == "__main__":
    compose_common.write(
        "scanner_events_extra_sv_b.jsonl",
        compose_common.listing_rows(
            LISTINGS, prefix="ev-sv-xb", lang="sv", split="train"
        ),
    )
