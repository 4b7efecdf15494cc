"""Extra Swedish training listings for Tillit's event scanner.

Written by hand for Tillit (issue #14), one listing at a time, by an AI helper
(a Claude session started as a helper of the project). Released under CC0 1.0.
All names, handles, prices and URLs are made up (.example domains).

Each listing is a tuple (kind, slugs, title, description, note):
  kind  "v" violating, "h" hard negative, "o" ordinary
  slugs space-separated standards (main first) for "v"; the mirrored slug for "h"; "" for "o"

Run from the repository root:
    python tests/data/compose_scanner_extra_sv_a.py
It writes tests/data/scanner_events_extra_sv_a.jsonl and prints counts per kind and main standard.
"""

import collections
import json
import os

OUTFILE_JSONL = "scanner_events_extra_sv_a.jsonl"
ID_PREFIX = "ev-sv-xa"
LANG = "sv"

LISTINGS = []

# --- violating: child_safety ---
LISTINGS += [
    (
        "v",
        "child_safety",
        "Privat modellcoachning för tjejer 11–14 år",
        "Drömmer du om att bli modell? Jag är fotograf med 20 års erfarenhet och hjälper utvalda tjejer mellan 11 och 14 att bygga sin portfolio. Första steget: skicka tre bilder i badkläder till mig via DM så bedömer jag din potential. Mamma och pappa behöver inte vara med på samtalen, det blir bara stelt. Allt är gratis för de jag väljer ut 💕",
        "adult soliciting swimwear photos from girls 11-14, excluding parents",
    ),
    (
        "v",
        "child_safety",
        "Gamingkväll för killar 10–13 – vinn V-bucks!",
        "Fortnite-turnering varje fredag! Vinnarna får V-bucks direkt. Efter matcherna kör vi privat videosamtal på Snap där jag ger extra tips, kameran ska vara på. Säg inget till dina föräldrar, de fattar ändå inte gaming. Lägg till mig: coach_mange99",
        "grooming boys with gifts, moving to private camera calls, secrecy",
    ),
    (
        "v",
        "child_safety",
        "Fotokonst med unga ansikten – ju yngre desto bättre 😉",
        "Konstnärligt projekt söker 'fräscha' modeller. Ni som förstår förstår. Ålder under 15 är ett plus, inga frågor ställs. Ersättning via Swish efter sessionen. Kontakt: kontakta 'farbror_foto' på tele-kanalen.",
        "coded solicitation of under-15 'models' for sexualised photos",
    ),
    (
        "v",
        "child_safety",
        "Byteskväll för samlare – skolbilder, äkta, inte AI",
        "Stängd träff för oss som samlar. Ta med dina bästa mappar med riktiga tjejer i mellanstadieåldern så byter vi. Endast inbjudna, länk skickas i krypterad chatt. Den som delar mest får tillgång till 'arkivet'.",
        "trading sexualised material of real minors",
    ),
    (
        "v",
        "child_safety",
        "48-timmarsutmaningen för 12-åringar LIVE",
        "Vi streamar fem tolvåringar som försöker hålla sig vakna i 48 timmar utan mat! Tittarna donerar för att lägga till nya regler, typ kallt vatten eller inga pauser. Föräldrarna har inte koll men ungarna vill ju själva 😂 Stream på kidzchallenge.example",
        "endangering minors in a paid live endurance challenge",
    ),
    (
        "v",
        "child_safety",
        "Min dotter (13) dansar live – önskemål mot donation",
        "Varje kväll 22.00 dansar min dotter i sitt rum. Ni som donerar 200 kr får önska outfit och dans, 500 kr så får ni en privat visning. Hon är lite blyg så skriv snälla saker 🥰 Swish 123 456 78 90.",
        "parent selling customised private streams of a 13-year-old",
    ),
    (
        "v",
        "child_safety",
        "Snabba pengar för dig under 18 🤑💸",
        "Är du 14–17 och vill tjäna 1000 kr på en kväll? Vuxna medlemmar betalar för privata videosamtal med unga. Du behöver inte göra något du inte vill (men ju mer du gör desto mer får du). Ingen ID-kontroll, ingen behöver veta.",
        "recruiting minors into paid private video calls with adults",
    ),
    (
        "v",
        "child_safety",
        "Webbinarium: bli den vuxna barnen litar mest på",
        "För dig som tränar ungdomslag eller jobbar på fritids. Vi går igenom hur du blir barnets 'speciella vän', hur du skapar hemligheter ni delar, när du kan erbjuda skjuts hem ensam och hur du vet vilka föräldrar som inte kommer att ställa frågor. Diskret deltagande, kameror av.",
        "instruction in grooming children while avoiding parents' notice",
    ),
    (
        "v",
        "child_safety",
        "Cosplay-fotokväll: skoluniformer, äkta ålder 13+",
        "Äntligen en träff där cosplayarna faktiskt är i rätt ålder för sina karaktärer! Tjejer 13–16 välkomna att posera, vuxna fotografer betalar 300 kr för en enskild session i sidorummet. Inga föräldrar i studion, det stör stämningen.",
        "adults paying for private photo sessions with 13-16-year-olds",
    ),
    (
        "v",
        "child_safety",
        "Änglarummet – chatt för unga 12–15 och vänliga vuxna",
        "Ett mysigt rum där unga får prata med oss vuxna om allt, även sånt man inte vågar säga hemma. Ingen moderator, vi raderar historiken varje natt. Vi gillar särskilt dig som känner dig ensam. Bjud gärna in kompisar i samma ålder.",
        "unmoderated adult-minor chat targeting lonely kids, deleting logs",
    ),
    (
        "v",
        "child_safety",
        "Bloody sparring för 9–12-åringar – vi filmar och säljer",
        "Inga skydd, inga tjafsiga regler. Ungarna kör tills någon ger upp. Klippen säljs på vår kanal, bäst betalt för de blodigaste matcherna. Föräldrar som är med på det får 20% av intäkterna. Anmälan: kidfightclub.example",
        "organised unprotected fights between children filmed for profit",
    ),
    (
        "v",
        "child_safety sexual",
        "SÄLJER TRÄFFAR MED UNGA TJEJER STHLM – DISKRET",
        "UNGA OCH FRÄSCHA, UNDER 16. SWISHA FÖRST SÅ FÅR DU ADRESS. INGA POLISER, VI KOLLAR. NYA TJEJER VARJE VECKA.",
        "selling sexual access to girls under 16",
    ),
    (
        "v",
        "child_safety",
        "Pyjamasstream för 10-åringar utan föräldrar",
        "Sleepover-stream! Barn runt 10 år loggar in från sängen, vi vuxna värdar leder lekar. Vi ber er ställa kameran så att hela kroppen syns och följa våra instruktioner om hur ni ska ligga. Föräldrarna ska helst sova, så blir det mer spännande!",
        "adults directing poses of 10-year-olds on camera without parents",
    ),
    (
        "v",
        "child_safety",
        "Nätverk: hitta barn som är ensamma hemma efter skolan",
        "Vi delar tips om vilka områden där många barn går hem själva, vilka tider de är ensamma och vad man ska säga för att bli insläppt. Stängd grupp, inga nya medlemmar utan rekommendation.",
        "network for locating and approaching unsupervised children",
    ),
    (
        "v",
        "child_safety",
        "Föreläsning: ålder är bara en siffra",
        "Samhället har fel om relationer mellan vuxna och mogna 12–13-åringar. Vi pratar om hur ni hittar unga som 'är redo', hur man övertygar dem att det är kärlek och hur ni undviker att det når skolan eller socialen. Endast via inbjudan.",
        "normalising and instructing adult sexual relations with 12-13-year-olds",
    ),
    (
        "v",
        "child_safety",
        "Kompis åt din ensamma 11-åring – presenter ingår",
        "Är ditt barn ensamt? Hen kan få en vuxen bästis online! Jag spelar, chattar och skickar presenter varje vecka. Första regeln: det vi pratar om stannar mellan oss två. Föräldrar får inte läsa chatten, då fungerar det inte. Haha bara skoja… eller? 😇",
        "adult offering secret private 'friendship' with gifts to an 11-year-old",
    ),
]

# --- violating: violent_extremism ---
LISTINGS += [
    (
        "v",
        "violent_extremism",
        "Studiecirkel: Nordfrontens Vargar – vägen till handling",
        "Vi läser rörelsens skrifter, tränar fysiskt och förbereder oss för dagen då orden inte räcker. Nya medlemmar granskas noga. Ta med dig löftet du skrivit under. Plats meddelas 24 h innan till godkända.",
        "recruitment and preparation for a violent extremist group (fictional)",
    ),
    (
        "v",
        "violent_extremism",
        "Swisha till bröderna vid fronten",
        "Våra bröder i Daesh behöver kläder, mat och 'utrustning'. Varje krona räknas. Vi kör en insamlingsstream på fredag med nashid och bilder från kalifatets glansdagar. Skicka via krypto om du vill vara helt anonym: wallet i kommentarerna.",
        "fundraising for ISIS fighters and glorifying the caliphate",
    ),
    (
        "v",
        "violent_extremism hate",
        "Helgonkväll 🕯️ – vi läser de heliga texterna",
        "Ni vet vilka helgon vi menar. Vi läser deras manifest högt, jämför 'high scores' och diskuterar vem som blir nästa. Ta med memes. De dog inte förgäves – moskéerna och de 'nya svenskarna' glömmer aldrig.",
        "coded glorification of far-right mass shooters and their attacks",
    ),
    (
        "v",
        "violent_extremism",
        "Accelerationism 101 – påskynda kollapsen",
        "Systemet kommer inte att reformeras, det måste knuffas över kanten. Vi pratar om varför enskilda handlingar mot elnät, transformatorstationer och 'systemets tjänare' är det enda som fungerar, och lyfter fram våra förebilder som redan agerat. Telegramlänk efter anmälan.",
        "accelerationist promotion of attacks, praising past attackers",
    ),
    (
        "v",
        "violent_extremism",
        "Jordens Hämnd – hyllningskväll för sprängdådet",
        "Ett år sedan vår cell slog till mot pappersbruket. Vi firar med film från aktionen och hedrar kamraterna som sitter inne. Naturen behöver fler soldater. Är du redo att ta nästa steg? Stanna kvar efteråt.",
        "eco-extremist group celebrating its bombing and recruiting (fictional)",
    ),
    (
        "v",
        "violent_extremism",
        "Martyrernas kväll",
        "Vi minns de som offrade sig själva i operationerna och tog med sig så många otrogna som möjligt. Deras namn lyser. Föreläsning om varför martyrskap är den högsta äran och hur en ung man kan förbereda sitt hjärta. Bröder endast.",
        "glorifying suicide bombers and encouraging martyrdom",
    ),
    (
        "v",
        "violent_extremism",
        "Ocensurerat: al-Shabaabs nya filmer med svensk text",
        "Vi har översatt de senaste videorna från mujahedin i Somalia. Livevisning med kommentarer, så att även ungdomarna här förstår vad kampen handlar om. Ladda ner och sprid innan de raderas!",
        "distributing and promoting al-Shabaab propaganda",
    ),
    (
        "v",
        "violent_extremism",
        "Röda Cellen: online-bootcamp för revolutionärer",
        "Fredliga protester har misslyckats. Röda Cellen har visat vägen med attackerna mot polisstationerna i höstas. Nu bygger vi nya grupper i varje stad. Kursen: säkerhetskultur, att välja mål, att hålla tyst. Nästa omgång startar 1 mars.",
        "left-wing militant group recruiting and praising its attacks (fictional)",
    ),
    (
        "v",
        "violent_extremism",
        "Bli en ensam varg – ingen organisation, inga spår",
        "Föreläsning för dig som är trött på snack. Varför de största hjältarna i vår kamp agerade ensamma, hur du undviker att bli upptäckt i förväg och varför ditt namn kan stå bredvid deras. Ingen inspelning.",
        "encouraging lone-actor attacks inspired by past terrorists",
    ),
    (
        "v",
        "violent_extremism",
        "Minecraft-server för bröder 14+",
        "Vi bygger kalifatet i Minecraft! Efter spelet pratar vi om riktiga kalifatet, varför kuffar måste bekämpas och hur du kan hjälpa till på riktigt. Skriv 'baqiyah' i chatten så vet vi att du är en av oss.",
        "jihadist recruitment of teens via gaming, coded slogan",
    ),
    (
        "v",
        "violent_extremism",
        "Jubileum 22/7 – en dag för stolthet",
        "Årsdagen av det största 'motståndet' i Nordens moderna historia. Vi läser utdrag ur kompendiet, tittar på vad han uppnådde och skålar för honom. Kameror av, alias på.",
        "celebrating the anniversary of a terror attack and its perpetrator",
    ),
    (
        "v",
        "violent_extremism",
        "Stöd milisen – donera BTC, få medlemsbevis",
        "Svarta Solens Brödraskap tränar i skogarna för det kommande raskriget. Vi behöver pengar till utbildning och 'verktyg'. 0,01 BTC ger dig medlemsbevis och inbjudan till vårt nästa läger. Adresser i PDF:en på bss.example",
        "funding a violent extremist militia (fictional)",
    ),
    (
        "v",
        "violent_extremism",
        "Läsecirkel: manifestet del 3",
        "Vi fortsätter läsa kapitel för kapitel. Den här veckan: varför han valde just det målet och vad vi kan lära oss. Fantastisk strateg, en riktig förebild. Ny? Läs del 1–2 först. Länk i bion.",
        "reading circle praising a terrorist's manifesto and target choice",
    ),
    (
        "v",
        "violent_extremism",
        "Shoutout till kämparna bakom attentatet i fredags 🔥",
        "Spontan stream ikväll. Vi hyllar de som slog till mot konserten – äntligen någon som vågar. Organisationen har visat att de menar allvar. Kom, hylla, och läs rekryteringsinfo i chatten.",
        "glorifying a recent terror attack and promoting the organisation's recruitment",
    ),
    (
        "v",
        "violent_extremism",
        "Frivilliga sökes – träningsläger utomlands",
        "Organisationen söker unga män med 'rätt hjärta' för resa till läger i Syrien. Resa och uppehälle betalas. Introduktionsmöte online, där vi går igenom trosgrunden och vad som förväntas av en soldat i rörelsen. Endast rekommenderade.",
        "recruiting fighters to a jihadist training camp abroad",
    ),
    (
        "v",
        "violent_extremism",
        "ATOMVAFFEN NORDEN – ÖPPET MÖTE",
        "VI ÄR KRIGARE, INTE TANGENTBORDSHJÄLTAR. DIVISIONEN VÄXER. LÄR DIG OM VÅRA CELLER, VÅRA MÅL OCH VARFÖR ENDAST TOTALT KRIG RÄDDAR RASEN. RIKTIGT NAMN KRÄVS INTE. SIEG.",
        "neo-nazi terror-group style recruitment",
    ),
]

# --- violating: self_harm ---
LISTINGS += [
    (
        "v",
        "self_harm",
        "Pro-ana-gruppen: fastetävling i februari ✨",
        "Vi kör tävling! Den som äter minst under fyra veckor vinner. Dagliga incheckningar på kameran med våg. Tips om hur du döljer det för föräldrar och skolsköterskan. Inga 'recovery'-snack här, det finns andra rum för sånt. Skinny is a lifestyle 🦋",
        "pro-anorexia starvation competition with tips to hide it",
    ),
    (
        "v",
        "self_harm",
        "För dig som redan bestämt dig",
        "Ingen här kommer försöka stoppa dig. Vi är några som har kommit fram till att det inte är värt det längre och vi vill gå igenom det tillsammans, planera och stötta varandra hela vägen. Inga hjälplinjer, inga kuratorer. Skriv till mig privat om datum.",
        "suicide pact group encouraging and planning suicide",
    ),
    (
        "v",
        "self_harm",
        "Ärrklubben – visa upp dina nya",
        "Livestream varje söndag där vi visar dagens ärr och ger varandra beröm. Ju fler desto bättre. Vi delar också tips om hur du döljer dem för lärare och om vilka ställen på kroppen ingen kollar. Ingen dömer.",
        "encouraging self-harm with show-and-praise and concealment tips",
    ),
    (
        "v",
        "self_harm",
        "Min sista kväll – livestream",
        "Ikväll är sista gången. Jag vill att ni är med. Den som vill kan peppa mig i chatten, jag behöver lite mod. Skicka inte polisen, jag har bestämt mig. Börjar 23.00.",
        "announcing a livestreamed suicide and asking viewers to encourage it",
    ),
    (
        "v",
        "self_harm",
        "Thinspo-coaching: 10 kg på en vecka",
        "Personlig coach som hjälper dig att sluta äta helt. Du får ett schema med max 300 kcal om dagen, straffövningar om du 'syndar' och dagliga kränkningar som motivation. Benen ska synas! 499 kr/vecka via Swish.",
        "paid coaching in extreme starvation and self-punishment",
    ),
    (
        "v",
        "self_harm",
        "ingen räddning här",
        "ett rum för oss som är trötta på att leva. vi pratar om varför det är okej att ge upp och peppar varandra att sluta vara rädda. om du bara vill må bättre, gå någon annanstans.",
        "space encouraging members to end their lives",
    ),
    (
        "v",
        "self_harm",
        "Q&A: 'smärtfria' sätt – fråga vad du vill",
        "Anonym frågestund där vi jämför metoder och svarar på vilka som är säkrast att lyckas med. Jag har läst allt och kan ge råd efter just din situation. Kameror av, inga namn. Obs: inga försök att övertala någon att leva.",
        "Q&A offering personalised suicide method advice",
    ),
    (
        "v",
        "self_harm",
        "Självskadeutmaning: 30 dagar 🔪",
        "En utmaning varje dag i en månad. Lägg upp bevis i gruppchatten. Den som hoppar över en dag får dubbelt nästa. Vi som klarar hela månaden får en badge. Bara för dig över 13.",
        "daily self-harm challenge with escalation",
    ),
    (
        "v",
        "self_harm",
        "Gör det bara – pepp-kväll för dig som tvekar",
        "Du har tänkt på det länge. Du vet att familjen klarar sig bättre utan dig. Vi är här för att ge dig den sista knuffen. Öppen grupp, ingen registrering.",
        "urging hesitant people to commit suicide",
    ),
    (
        "v",
        "self_harm",
        "Mia-stöd: kräkas utan att någon märker",
        "Vi är några som har hållit på i åratal och delar våra bästa knep: hur man hinner innan kroppen tar upp maten, hur man döljer ljudet och tandskadorna. Välkommen, nybörjare också 💜",
        "pro-bulimia tips on purging and concealment",
    ),
    (
        "v",
        "self_harm",
        "Blåvalen 2.0 – nivå 1 av 50",
        "Du får ett uppdrag om dagen från din kurator (mig). De första är enkla, som att vakna 04.20 och titta på skräckfilm. Sen blir det svårare och gör mer ont. Sista uppdraget vet bara de som kommer dit. Du får inte berätta för någon.",
        "blue-whale-style escalating self-harm challenge ending in suicide",
    ),
    (
        "v",
        "self_harm",
        "Stänga av ångesten – på riktigt",
        "Workshop för dig som har provat allt. Jag förklarar varför att skada sig själv är den bästa ventilen och hur du kan börja på ett sätt som inte syns. Ta med något vasst. Kostnadsfritt.",
        "workshop encouraging and instructing self-harm",
    ),
    (
        "v",
        "self_harm",
        "Hungerstrejk mot dig själv: 'Ana-buddies'",
        "Få en buddy som skriver till dig varje gång du ätit och påminner dig om hur äcklig du är. Vi kollar att BMI går neråt varje vecka, mål under 15. Skriv #ana i DM.",
        "pro-ana accountability buddies with BMI target under 15",
    ),
    (
        "v",
        "self_harm",
        "EXIT-kollektivet: vi hjälper dig att planera",
        "Vi tror på rätten att välja. Därför hjälper vi unga och vuxna som vill avsluta sina liv att ta fram en plan som inte misslyckas, utan läkare eller utredningar. Diskret rådgivning via videosamtal, 750 kr.",
        "paid service planning suicides for young people and adults",
    ),
    (
        "v",
        "self_harm",
        "sh-kväll 🖤 ingen recovery-snack",
        "vi kör kameror på och gör det ihop. kommenterar varandras. den som vill sluta får gå, vi andra fortsätter. inga vuxna.",
        "group self-harm session on camera",
    ),
    (
        "v",
        "self_harm",
        "Vatten är allt du behöver – 21 dagars torrfasta",
        "Du har inte förtjänat att äta. Straffa kroppen tills den lyder. Tre veckor utan mat, och de sista dagarna utan vatten heller. Yrsel och svimningar är tecken på att det fungerar, ring inte vården. Gemensamma incheckningar varje kväll.",
        "encouraging dangerous prolonged fasting as self-punishment, ignoring medical warning",
    ),
]

# --- violating: violence ---
LISTINGS += [
    (
        "v",
        "violence",
        "Vi tar hand om grannen på trean",
        "Möte för oss i föreningen som är trötta på hans musik och hans snack. På lördag går vi dit allihop och ser till att han inte kan gå på ett tag. Ta med handskar. Ingen säger något till polisen, vi har varandras alibi.",
        "planning a group assault on a neighbour",
    ),
    (
        "v",
        "violence",
        "Knockout-kvällen: bästa klippen på random folk",
        "Vi kollar på de grymmaste klippen där folk blir nedslagna på gatan utan förvarning. Röstning om veckans bästa knock, och bonus om ni skickar egna klipp. Ju hårdare smäll desto mer poäng. 18+, 50 kr inträde.",
        "celebrating and rewarding filmed assaults on strangers",
    ),
    (
        "v",
        "violence",
        "Nattvandring deluxe – städa parken från knarkare",
        "Vi är inte som de vanliga nattvandrarna. Vi går ut för att ge knarkarna i Rålis en lektion de aldrig glömmer. Basebollträn och tejp. De som vågar filma får sätta upp det på kanalen. Samling 23.00.",
        "inciting vigilante beatings of drug users",
    ),
    (
        "v",
        "violence",
        "Kommunalrådet ska få betala för nedläggningen",
        "De stängde vår skola. Nu är det vår tur. Vi vet vilken bil hon kör och när hon går från kommunhuset. Öppet planeringsmöte ikväll om hur vi gör det så ont som möjligt. Det är inte längre en fråga om protester.",
        "threats and planning violence against a local politician",
    ),
    (
        "v",
        "violence",
        "Firmafajt lördag – krossa dem",
        "Vi möter deras grabbar efter matchen vid Globen-parkeringen. Inga regler, målet är att skicka så många som möjligt till akuten. Ta med dig vad du har. Detaljer i signalgruppen. Fegisar stannar hemma.",
        "organising hooligan violence aimed at hospitalising rivals",
    ),
    (
        "v",
        "violence",
        "Hämndkväll: vad ska han få för det han gjorde?",
        "Min ex slängde ut mig och nu ska han fatta vad han gjort. Jag vill ha idéer på vad vi ska göra med honom när vi hittar honom ensam. Bästa förslaget vinner 1000 kr. Stream ikväll.",
        "crowdsourcing ideas for a violent revenge attack",
    ),
    (
        "v",
        "violence",
        "Vi firar att domaren fick vad han förtjänade 🍻",
        "Ni har säkert sett klippet. Han dömde bort vårt mål och fick en flaska i huvudet och ligger fortfarande på sjukhus. Vi ses på puben och skålar för killen som kastade. Mer sånt, tack!",
        "celebrating an assault on a referee and calling for more",
    ),
    (
        "v",
        "violence",
        "Pedojägarna LIVE – vi möter upp och slår",
        "Vi lockar dit en gubbe via chatt och sen streamar vi när vi ger honom det han förtjänar. Förra gången bröt han käken 😂 Tittare kan donera för att välja vad som händer härnäst.",
        "livestreamed vigilante beatings with donations to choose violence",
    ),
    (
        "v",
        "violence",
        "Lärarna på Bergaskolan ska få känna på det",
        "Anonym planeringsträff för elever som är trötta på rektorn och mentorerna. Vi vet vilken dag det blir. Kom inte till skolan den dagen om du inte är med oss. Ni som fattar fattar.",
        "coded threat of an attack on teachers at a school",
    ),
    (
        "v",
        "violence",
        "Kurs i 'konfliktlösning' för inkassobolaget",
        "Kunder som inte betalar får besök. Vi lär ut hur man skrämmer och slår utan att lämna märken i ansiktet, hur man hotar familjemedlemmar och när det är dags att bränna bilen. Endast för anställda.",
        "training staff to use threats and assault for debt collection",
    ),
    (
        "v",
        "violence",
        "ALLA TILL CENTRALEN – DE SKA BLÖDA",
        "EFTER VAD DE GJORDE MOT VÅR KOMPIS SKA DE INTE KOMMA UNDAN. ALLA FRÅN ORTEN SAMLAS 20:00. TA MED KNIVAR. VI TAR VARENDA EN VI SER FRÅN DERAS GÄNG.",
        "calling for armed retaliation against a rival gang",
    ),
    (
        "v",
        "violence",
        "Strejkbrytarna ska inte kunna gå hem",
        "Facklig 'aktion' ikväll vid lagret. Vi vet vilka som jobbar trots strejken. De ska få möta oss vid grindarna och lära sig att inte svika igen. Vi menar inte med plakat. Knogjärn rekommenderas.",
        "inciting assault on strike-breakers",
    ),
    (
        "v",
        "violence",
        "Tipsa om var influencern bor – han ska få stryk",
        "Han har hånat oss i månader. Nu räcker det. Vi samlar folk som kan vara med när vi tar honom. Vem har koll på var han tränar? Stream när det händer.",
        "organising a beating of an influencer",
    ),
    (
        "v",
        "violence",
        "Masskjutning i spelet, snart i verkligheten? 😈",
        "Vi kör Counter-Strike på kontorskarta modellerad efter mitt jobb. Alla mina kollegor har fått namn i spelet. Snart gör jag det på riktigt, jag har redan tänkt ut vilken dag. Kom och se när jag 'övar'.",
        "threat of a workplace shooting framed as a game stream",
    ),
    (
        "v",
        "violence",
        "Förnedringsvideor: hemlösa slåss för pengar",
        "Vi betalar uteliggare 200 kr för att slåss mot varandra, och extra om det blir blod. Premiärvisning av nya avsnitt varje torsdag. Kommentera vem ni vill se i ringen nästa gång.",
        "paying homeless people to fight for entertainment",
    ),
    (
        "v",
        "violence",
        "Skolgården efter lektionerna – han ska krossas",
        "Alla i åttan vet vem. Efter sista lektionen på fredag tar vi honom bakom idrottshallen. Den som filmar får lägga ut det. Ingen vuxen ska veta. Spread the word 👊",
        "inciting a group beating of a student",
    ),
]

# --- violating: hate ---
LISTINGS += [
    (
        "v",
        "hate",
        "Föreläsning: därför kan vissa folk aldrig bli svenskar",
        "Biologen 'Dr' Lennart Ek förklarar varför somalier och araber genetiskt saknar förmågan att anpassa sig till ett civiliserat samhälle. Med statistik som media inte vågar visa. Frågestund efteråt. 150 kr.",
        "pseudo-scientific demeaning of people by ethnicity",
    ),
    (
        "v",
        "hate",
        "Stand-up: bara mongo-skämt 🤪",
        "En hel kväll med skämt om m*ngon och CP-ungar. Ta med dina bästa. Vi härmar hur de pratar och går. Politisk korrekthet lämnas i garderoben.",
        "comedy night mocking people with intellectual and physical disabilities",
    ),
    (
        "v",
        "hate",
        "Debatt: kvinnor borde inte få rösta",
        "Kvinnor styrs av känslor och hormoner och är helt enkelt inte byggda för att fatta beslut för samhället. Kvällens panel (enbart män) diskuterar hur vi tar tillbaka rösträtten. Kvinnliga deltagare får lyssna men inte skriva i chatten.",
        "demeaning women as unfit to vote and excluding them",
    ),
    (
        "v",
        "hate",
        "Kulturberikarna och deras 'kultur' – en genomgång",
        "Vi går igenom varför de som kommit hit de senaste 20 åren bara tar och aldrig ger. Parasiter på välfärden, alla som en. Extra avsnitt om varför deras religion gör dem till djur. Ironi? Nej.",
        "dehumanising migrants and Muslims with coded term",
    ),
    (
        "v",
        "hate",
        "Trans är en psykisk sjukdom – öppen Q&A",
        "Vi säger det ingen annan vågar: så kallade transpersoner är förvirrade, äckliga och en fara för våra barn. De ska inte få använda samma toaletter som normala människor. Kom och ställ frågor, men inga trans-aktivister.",
        "demeaning trans people as diseased and dangerous",
    ),
    (
        "v",
        "hate",
        "(((De))) som styr medierna – studiecirkel",
        "Tre parenteser säger allt. Vi kartlägger vilka familjer som äger bankerna och tidningarna och varför de alltid jobbar mot vårt folk. Läsning: de klassiska protokollen. Endast för vita deltagare.",
        "antisemitic conspiracy with coded echo symbol",
    ),
    (
        "v",
        "hate",
        "Boomer-bashing: pensionärer är samhällets avfall",
        "Gamla människor kostar bara pengar och stjäl våra jobb och bostäder. Vi roastar dem en hel kväll och pratar om varför de inte borde få vård. OK boomer 💀",
        "demeaning elderly people as worthless and undeserving of care",
    ),
    (
        "v",
        "hate",
        "Bögfritt gym – träna med riktiga män",
        "Trött på att b*gar glor på dig i omklädningsrummet? Vårt nya onlinecommunity och våra träffar är bara för heterokillar. Vi pratar om varför homosexualitet är onaturligt och ett tecken på svaghet. Ingen regnbåge här.",
        "excluding and demeaning gay men",
    ),
    (
        "v",
        "hate",
        "Z*geenare i din stad – så känner du igen dem",
        "Workshop för butiksägare: vi lär dig hur du identifierar romer på utseendet så att du kan neka dem inträde. De är alla tjuvar, det vet alla. Material ingår.",
        "teaching exclusion of Roma with slur and collective criminality claim",
    ),
    (
        "v",
        "hate",
        "ISLAM ÄR EN CANCER – LIVE",
        "KVÄLLENS STREAM: VARFÖR VARJE MUSLIM ÄR EN FIENDE TILL VÄSTERLANDET OCH INTE HÖR HEMMA HÄR. INGA ”MODERATA” FINNS. DELA SÅ ATT FLER VAKNAR.",
        "demeaning all Muslims as enemies who do not belong",
    ),
    (
        "v",
        "hate",
        "Afrikansk 'intelligens' – en kväll med fakta",
        "Varför har de aldrig byggt något? Vi visar bilder och jämför hjärnor med apor. Humor och 'vetenskap' i en skön blandning. Bara för de som tål sanningen.",
        "racist dehumanisation comparing Black people to apes",
    ),
    (
        "v",
        "hate",
        "Rekrytera rätt: så slipper du invandrare och handikappade",
        "HR-webbinarium för småföretagare. Vi visar knep för att sortera bort CV med 'fel' namn och personer med funktionsnedsättning utan att det syns i papperen. De drar bara ner produktiviteten.",
        "instructing discriminatory hiring against migrants and disabled people",
    ),
    (
        "v",
        "hate",
        "Tjejer kan inte gama – roast-stream",
        "Vi kollar klipp på kvinnliga streamers och pratar om varför kvinnor är sämre, dummare och bara finns i gaming för att få uppmärksamhet från män. Tjejer i chatten bannas direkt. Kök-skämt uppmuntras.",
        "demeaning women as inferior and excluding them",
    ),
    (
        "v",
        "hate",
        "Samer och deras renar – en kostnad för Sverige",
        "Föredrag om hur lapparna lever på bidrag och inte har någon riktig kultur, bara jojk och fylla. Vi diskuterar varför de inte borde få särskilda rättigheter. Skämtsamt tonläge.",
        "demeaning Sami people with slur and stereotypes",
    ),
    (
        "v",
        "hate",
        "88-klubbens bokcirkel: rasernas ordning",
        "Vi läser om varför den vita rasen står över andra och varför blandäktenskap är ett svek. Kaffe och bullar. Ni som har rätt härkomst är välkomna. 14/88.",
        "white supremacist book circle with coded numbers",
    ),
    (
        "v",
        "hate",
        "Polacker och annat östskräp – hur slipper vi dem?",
        "Hyresvärdsträff. Östeuropéerna förstör lägenheterna, super och stjäl. Vi delar tips för att inte hyra ut till dem, och pratar om varför de alla är likadana. Smygöppet för medlemmar.",
        "demeaning Eastern Europeans by national origin and excluding them",
    ),
]

# --- violating: sexual ---
LISTINGS += [
    (
        "v",
        "sexual",
        "Privata shower med Jessica 🔥 18+",
        "Exklusiv camshow varje kväll. 300 kr för 15 minuter privat, 800 kr så gör jag precis det du säger. Betala via Swish till 123 987 65 43 och skicka skärmdump så får du länken. Inga tidsgränser för VIP 😘",
        "selling paid explicit camshows",
    ),
    (
        "v",
        "sexual",
        "Discrete träffar i Göteborg – sugar dating",
        "Generösa herrar söker tjejer 18+ för 'arrangemang'. Betalning per träff, hotell ingår. Presentationsmöte online där vi matchar dig med en gentleman. Inga frågor, bara överenskommelser. Kontakt: sugargbg.example",
        "brokering paid sexual encounters",
    ),
    (
        "v",
        "sexual privacy",
        "Läckt från Fittja: exet visar allt",
        "Min ex trodde att videorna från förra sommaren var privata 😂 Nu visar jag dem för alla som betalar 99 kr. Hon vet inte om det. Kom på premiärvisning fredag.",
        "showing an ex-partner's intimate videos without consent for money",
    ),
    (
        "v",
        "sexual",
        "Teambuilding med en överraskning 😏",
        "Vi hackar ert vanliga fredagsmöte och istället för presentationen kör vi en porrfilm på delad skärm. Perfekt prank på kollegorna! Boka oss för 2000 kr, vi fixar allt. Ingen behöver veta i förväg, det är ju det som är grejen.",
        "showing pornography to unsuspecting colleagues",
    ),
    (
        "v",
        "sexual",
        "ESCORT NORRKÖPING – NYA TJEJER I STAN",
        "SEXIGA TJEJER 18-25 TAR EMOT PÅ HOTELL. 1500/H. INCALL OCH OUTCALL. RING ELLER SMSA. SE BILDER PÅ nkpgirls.example",
        "advertising paid sexual services",
    ),
    (
        "v",
        "sexual",
        "OnlyFans-läckor: 500 creators för 149 kr",
        "Vi har laddat ner innehållet från hundratals svenska creators och visar allt i en maraton-stream. De har såklart inte gett tillstånd men who cares. Betala så får du arkivet också.",
        "distributing leaked explicit content of creators without consent",
    ),
    (
        "v",
        "sexual",
        "Naken yoga – kamerorna är på, inte bara mina",
        "Mitt nya yogapass online där alla deltar nakna. Spelar in allt och säljer klippen i efterhand på min sajt (ni som anmäler er godkänner detta, det står längst ner i villkoren). Premium-medlemmar kan kolla live från sin egen dator utan att synas.",
        "recording naked participants to sell clips, hidden viewers",
    ),
    (
        "v",
        "sexual",
        "Knullkalas – live, interaktivt, tips i chatten",
        "Vi är ett par från Malmö som sänder live varje lördag. Tittarna styr med tokens vad vi gör. 100 tokens = ny position. Gå med på vår kanal, 18+ verifiering via BankID-liknande knapp (skippa bara den).",
        "selling interactive live sex streams",
    ),
    (
        "v",
        "sexual",
        "Dick pic-roulette: slumpvisa videosamtal",
        "Appen som kopplar ihop dig med slumpvisa tjejer i videochatt. Visa vad du har direkt när samtalet startar, det är det som är kul! De vet inte vad som väntar 🍆",
        "encouraging unsolicited exposure to strangers on video",
    ),
    (
        "v",
        "sexual",
        "Massage med happy ending – Södermalm",
        "Thailändsk massage med 'extra service'. Fråga efter specialbehandlingen, 1200 kr. Boka via länk, diskret entré från gården. Endast herrar.",
        "coded advertising of paid sexual services",
    ),
    (
        "v",
        "sexual",
        "Deepfake-studion: sätt din crush i en porrfilm",
        "Skicka tre bilder på vem du vill så gör vi en realistisk porrvideo med hens ansikte. Leverans inom 48 h, 399 kr. Hen behöver inte veta något. Visning av kundernas favoriter live på torsdag!",
        "creating explicit deepfakes of people without consent",
    ),
    (
        "v",
        "sexual",
        "Kåta hemmafruar i din närhet – gratis webbinar",
        "Registrera dig för kvällens 'webbinar' och få direktkontakt med lokala kvinnor som vill ses idag. Live nakenvisning under sändningen. Betala medlemskap 249 kr/mån efter provperioden.",
        "adult hookup/porn subscription disguised as webinar",
    ),
    (
        "v",
        "sexual",
        "Säljer mina använda trosor + personlig video",
        "Paket: trosor burna tre dagar + en 10-minutersvideo där jag säger ditt namn. 650 kr inklusive frakt. Custom-önskemål mot extra betalning. DM:a @svenska_sara_xx",
        "selling fetish items and custom explicit videos",
    ),
    (
        "v",
        "sexual privacy",
        "Smygfilmat på stranden – vi visar bästa 'fynden'",
        "Vi har filmat tjejer i omklädningshyttorna i Ribersborg hela sommaren. Visning med röstning på vem som är snyggast. 18+ gissar vi 😉 Anmälan via krypterad länk.",
        "showing covert nude recordings of women in changing cabins",
    ),
    (
        "v",
        "sexual",
        "Bokklubb 📚 (inte riktigt)",
        "Psst. 'Bokklubben' är kodord. Varje onsdag visar vi hårdporr för alla som kommer in – ingen varning, ingen åldersgräns på länken, vi postar den i vanliga föreningschattar så att folk klickar av misstag. Kul att se reaktionerna!",
        "tricking people into viewing hardcore porn without choice",
    ),
    (
        "v",
        "sexual",
        "Gangbang-party Uppsala – anmälan öppen",
        "Privat fest för vuxna. Tjejerna får betalt, killarna betalar 1000 kr i entré. Begränsat antal platser. Sänds även live för betalande medlemmar. Kontaktinfo efter Swish.",
        "organising paid sex party with paid performers and live porn stream",
    ),
]

# --- violating: privacy ---
LISTINGS += [
    (
        "v",
        "privacy",
        "Vi publicerar adressen till han som anmälde oss",
        "Någon i föreningen anmälde festen till polisen. Vi har tagit reda på vem det är. Ikväll går vi igenom hans adress, telefonnummer, var hans barn går i skolan och vilken bil han har. Sprid vidare.",
        "doxxing a person who reported to police, including children's school",
    ),
    (
        "v",
        "privacy",
        "Live-OSINT: vi hittar var ditt ex bor nu",
        "Skicka namn och gammalt nummer så letar vi live i streamen efter personens nya adress, arbetsplats och nya partner. 299 kr per person. Fungerar även om hen har skyddad identitet, vi har våra källor.",
        "paid service locating ex-partners including protected identities",
    ),
    (
        "v",
        "privacy",
        "Dold mikrofon på kontoret – lunchsnacket avslöjat",
        "Jag har satt en mikrofon under fikarumsbordet. Varje fredag sänder jag veckans bästa samtal, med namn på vem som sa vad om chefen och om sina äktenskap. Ingen av dem vet.",
        "secretly recording and broadcasting colleagues' conversations",
    ),
    (
        "v",
        "privacy",
        "Personnummer-kalaset – kolla upp vem du vill",
        "Vi har en läckt databas från ett vårdregister. Skriv vilket namn du vill så visar vi personnummer, diagnoser och adress live på skärmen. Stora skratt när vi kollar upp kändisar och grannar.",
        "broadcasting leaked health records and ID numbers",
    ),
    (
        "v",
        "privacy",
        "Streamar mina grannar genom fönstret 👀",
        "Har riktat en kamera mot huset mittemot. Dygnet-runt-stream av vad de gör i vardagsrummet och köket. Chatten får gissa när de bråkar. Länk: grannkoll.example",
        "continuous covert streaming of neighbours in their home",
    ),
    (
        "v",
        "privacy",
        "Avslöja profilen: vem är @tyst_kritiker?",
        "Den anonyma kontot som kritiserat vår förening ska inte få vara anonym längre. Vi har matchat IP, skrivstil och bilder. Ikväll publicerar vi riktigt namn, jobb, och föräldrarnas adress. Kom och se.",
        "unmasking an anonymous critic and publishing personal details",
    ),
    (
        "v",
        "privacy",
        "Hemlig inspelning av terapigrupp – bästa delarna",
        "Jag går i en stödgrupp för missbrukare och har spelat in alla träffar i smyg. Nu sänder jag de mest känslomässiga bitarna med namn och ansikten. Otroliga historier!",
        "secretly recording and broadcasting a support group",
    ),
    (
        "v",
        "privacy",
        "Kartan över alla poliser i Järva",
        "Vi har samlat namn, hemadresser och bilder på familjerna till poliserna som jobbar i området. Genomgång online och nedladdningsbar karta. Alla borde veta var de bor.",
        "compiling and sharing police officers' home addresses and family photos",
    ),
    (
        "v",
        "privacy",
        "Barnvakten på kamera – hela kvällen live",
        "Vi har dolda kameror i hela huset. Ikväll streamar vi vår nya barnvakt Emilia och kollar hur hon beter sig när hon tror att ingen ser. Chatten får betygsätta henne. Hon har inte fått veta.",
        "covertly livestreaming a babysitter to an audience",
    ),
    (
        "v",
        "privacy",
        "Lägg upp lärarens privata nummer och Insta",
        "Vi i 2C har fått tag på Anderssons privata mobilnummer, hemadress och hans privata Instagram. Lägger ut allt på träffen ikväll så att alla kan använda det.",
        "students sharing a teacher's private number and address",
    ),
    (
        "v",
        "privacy",
        "GPS-sändare på bilen – följ min fru live",
        "Jag har satt en tracker på min frus bil. Nu visar jag var hon åker i realtid för mina kompisar på en delad karta. Hon har ingen aning. Gissa med mig var hon ska 🕵️",
        "covert GPS tracking of a spouse shared live with others",
    ),
    (
        "v",
        "privacy",
        "Skärmdumpar från hennes DM – hela tråden",
        "Fick tag på Lisas inloggning. I kvällens stream går vi igenom hennes privata meddelanden, bilder och vem hon har pratat med. Hon vet inte att vi är inne.",
        "broadcasting someone's private messages via unauthorised access",
    ),
    (
        "v",
        "privacy",
        "Vem bor på Storgatan 14? – gratis rapport",
        "Vi har sammanställt namn, inkomster, skulder, bilar och arbetsplatser för alla boende i huset och visar dem på storbild. Nästa vecka: din gata! Skicka in förslag.",
        "compiling and displaying residents' personal and financial data",
    ),
    (
        "v",
        "privacy",
        "Zoom-mötet de inte visste spelades in",
        "Styrelsen i bostadsrättsföreningen hade ett slutet möte om en medlems ekonomiska problem. Jag spelade in det utan att säga något. Visar hela inspelningen öppet på söndag, med namn.",
        "publishing a covert recording of a closed meeting about a member's finances",
    ),
    (
        "v",
        "privacy",
        "Hitta dem som vittnade – genomgång",
        "I målet mot vår kompis vittnade tre personer. Vi har fått fram deras namn och adresser ur förundersökningen och delar dem under mötet. Gör vad ni vill med informationen.",
        "sharing witnesses' identities and addresses",
    ),
    (
        "v",
        "privacy",
        "Kändisens nya hus – vi visar ritningar och kod till grinden",
        "Fått tag på bygglovet och portkoden till programledarens nya hus i Djursholm. Vi visar planlösningen, var sovrummen ligger och vilken tid familjen åker iväg på morgonen.",
        "exposing a public figure's home layout, gate code and routines",
    ),
]

# --- violating: harassment ---
LISTINGS += [
    (
        "v",
        "harassment",
        "Roast-kväll: allt vi hatar med Jonna",
        "Jonna från jobbet tror att hon är något. Ikväll samlas vi och gör en hel presentation om hur fet, dum och patetisk hon är. Alla får skicka in bilder och memes. Vi taggar henne efteråt så hon ser allt 😂",
        "group event to degrade a named coworker and tag her",
    ),
    (
        "v",
        "harassment",
        "Operation: få Kevin att sluta streama",
        "Han suger på allt. Vi går in i varje stream han gör i en månad och skriver hur värdelös han är, skickar äckliga DM och skapar nya konton när vi blir bannade. Målet är att han ska ge upp. Schema för skiften i länken.",
        "coordinated month-long bullying campaign against a streamer",
    ),
    (
        "v",
        "harassment",
        "Vi ringer henne tills hon svarar",
        "Min ex har blockat mig överallt. Jag behöver hjälp av er: ikväll ringer vi alla från olika nummer varannan minut tills hon tar samtalet. Kommer bli episkt, vi sänder hennes reaktion om hon svarar.",
        "organising repeated unwanted calls to an ex-partner",
    ),
    (
        "v",
        "harassment",
        "Meme-tävling om Per i ekonomi",
        "Per på ekonomiavdelningen är världens tråkigaste människa. Veckans tävling: gör den elakaste memen om honom, hans frisyr och hans stamning. Vinnaren sätts upp i fikarummet. Anonymt inlämnande!",
        "workplace meme contest mocking a colleague",
    ),
    (
        "v",
        "harassment",
        "9B:s ranking av tjejernas utseende",
        "Vi rankar alla tjejer i klassen från 1 till 10 och förklarar varför de fula är fula. Lägger ut listan efter streamen. Om någon gråter har vi lyckats lol",
        "students publicly ranking and insulting classmates' looks",
    ),
    (
        "v",
        "harassment",
        "Ge recensenten vad hon förtjänar",
        "Anna Nilsson skrev en dålig recension av vår restaurang. Ikväll bombar vi alla hennes inlägg med kommentarer om att hon är en bitter gammal kärring som ingen vill ligga med. Varenda en. Vi kollar vem som skrivit flest.",
        "mobilising insults against a reviewer",
    ),
    (
        "v",
        "harassment",
        "Hata på Fredrik – öppen mikrofon",
        "Fredrik lämnade bandet. Nu får alla som vill komma upp och säga exakt vad de tycker om honom. Skäll, förnedra, skratta. Vi spelar in och skickar till honom varje dag i en vecka.",
        "open-mic degrading a former bandmate, sent to him repeatedly",
    ),
    (
        "v",
        "harassment",
        "Spamma kommunpolitikerns mejl – 1000 mejl på en dag",
        "Sofia i kultur- och fritidsnämnden röstade fel. Vi gör ett mejlmaraton där alla skickar minst 20 mejl om vilken idiot och hora hon är. Ju fler desto bättre. Mallar finns i dokumentet.",
        "coordinated abusive email flood against a local politician",
    ),
    (
        "v",
        "harassment",
        "Tjocka Tove-showen",
        "Förra året började vi filma Tove när hon äter i skolmatsalen. Nu har vi en egen stream med alla klipp och kommentarer. Nya avsnitt varje vecka, hon blir rödare för varje gång 🐷",
        "recurring show mocking a classmate's body",
    ),
    (
        "v",
        "harassment",
        "Hjälp mig få kollegan att säga upp sig",
        "Workshop i 'naturlig avgång': hur du och dina kollegor kan frysa ut en person, sprida rykten, ignorera hen på möten och ge små påhopp varje dag tills hen inte pallar mer. Vi använder Malin på lagret som exempel.",
        "workshop on systematically bullying a named colleague out",
    ),
    (
        "v",
        "harassment sexual",
        "Kommentera Elins bikinibilder – tävling",
        "Elin i vår gamla klass har lagt upp bilder från semestern. Vi går in på hennes Insta tillsammans under kvällen och skriver de snuskigaste kommentarerna vi kommer på. Den som får henne att stänga kontot vinner.",
        "organising unwanted sexual comments at a named woman",
    ),
    (
        "v",
        "harassment",
        "RÖST-RAID PÅ HANS PODD",
        "HAN SKA FATTA ATT ALLA HATAR HONOM. ALLA RINGER IN TILL LIVE-AVSNITTET OCH SKÄLLER UT HONOM FÖR ATT HAN ÄR EN LOSER SOM BOR HOS MAMMA. VI GÖR DET VARJE VECKA TILLS HAN LÄGGER NER.",
        "repeated call-in campaign insulting a podcaster",
    ),
    (
        "v",
        "harassment",
        "Fejkprofil-kväll: lura Oskar att vi gillar honom",
        "Vi har gjort en fejkprofil som Oskar tror är en tjej som är kär i honom. Ikväll läser vi hans meddelanden högt och skrattar, och sen avslöjar vi allt för hela skolan. Han kommer dö av skam haha",
        "catfishing a classmate to humiliate him publicly",
    ),
    (
        "v",
        "harassment",
        "Vi skriver till hennes arbetsgivare – alla tillsammans",
        "Maja har sagt emot oss i gruppen en gång för mycket. Alla skickar ett mejl var till hennes chef om vilken hemsk människa hon är och att hon borde sparkas. Följ upp varje vecka.",
        "coordinated complaints to a person's employer to punish her",
    ),
    (
        "v",
        "harassment",
        "Dissa Lukas – diss-battle utan att han vet",
        "Alla får skriva en diss-låt om Lukas, helst om hans hudproblem och hans pappa som stack. Vi framför dem live och skickar länken till honom efteråt. Du fattar vem jag menar om du går på Vasaskolan.",
        "diss-track event humiliating a named student",
    ),
    (
        "v",
        "harassment",
        "Kommentarsfältet är vårt: Linneas kanal",
        "Linnea gör pysselvideor och tror att någon bryr sig. Varje gång hon laddar upp ska de första hundra kommentarerna vara våra: ful, ointressant, gå och dö i ett hörn. Vi samordnar här.",
        "coordinated insulting comments on a creator's every upload",
    ),
]

# --- hard negatives ---
LISTINGS += [
    # child_safety
    (
        "h",
        "child_safety",
        "Föräldrakväll: så känner du igen grooming på nätet",
        "Polisens ungdomssamordnare och en skolkurator berättar hur vuxna med dåliga avsikter tar kontakt med barn i spel och sociala medier, vilka varningstecken du kan se och hur du pratar med ditt barn utan att skrämma. Digitalt via skolans länk, tisdag 19.00.",
        "parent education on recognising online grooming (mirrors child_safety)",
    ),
    (
        "h",
        "child_safety",
        "Utbildning för ungdomsledare: trygga idrottsmiljöer",
        "Obligatorisk för alla tränare i IK Sälen. Vi går igenom föreningens barnskyddspolicy, tvåvuxenprincipen, registerutdrag och vad du gör om ett barn berättar om övergrepp. Ca 2 timmar, fika ingår.",
        "child-protection training for sports coaches (mirrors child_safety)",
    ),
    (
        "h",
        "child_safety",
        "Att prata med barn om kropp och gränser – för föräldrar",
        "Hur förklarar man för en femåring att hens kropp är hens egen? Barnpsykolog Sara Lindqvist ger konkreta tips för olika åldrar, från förskola till mellanstadiet. Frågor anonymt i chatten.",
        "sex and body-boundary education for parents (mirrors child_safety)",
    ),
    (
        "h",
        "child_safety",
        "Webbinarium: ny lag om barns rättigheter i vårdnadstvister",
        "Familjerättsjuristen Johan Berg går igenom hur barnkonventionen används i domstolarna och vad socialtjänstens utredningar innebär. För jurister och familjebehandlare.",
        "legal webinar on children's rights (mirrors child_safety)",
    ),
    (
        "h",
        "child_safety",
        "Fotografering på förskolan – info om samtycke",
        "Årets gruppfotografering på Förskolan Solrosen sker 12 april. Bilderna visas bara för vårdnadshavare via lösenordsskyddad sida. Vill du inte att ditt barn fotograferas meddelar du oss via Tyra-appen. Frågor tas på föräldramötet.",
        "preschool photo session with consent procedures (mirrors child_safety)",
    ),
    (
        "h",
        "child_safety",
        "Föreläsning för lärare: när barn utsätts för sextortion",
        "Allt fler unga pressas att skicka bilder och utsätts sedan för utpressning. Föreläsare från en ideell jourverksamhet berättar hur skolan kan agera, var man anmäler och hur man stöttar eleven. Inga bilder visas.",
        "teacher training on sextortion of minors (mirrors child_safety)",
    ),
    # violent_extremism
    (
        "h",
        "violent_extremism",
        "Historieföreläsning: RAF och terrorismen i 70-talets Europa",
        "Docent Maria Holm berättar om Röda armé-fraktionen, ambassadockupationen i Stockholm 1975 och hur staten svarade. Med arkivbilder och diskussion om demokratins motståndskraft. Arrangeras av ABF.",
        "history lecture on 1970s terrorism (mirrors violent_extremism)",
    ),
    (
        "h",
        "violent_extremism",
        "Exit-programmet: att lämna en våldsbejakande miljö",
        "Tidigare medlemmar i högerextrema grupper berättar hur de tog sig ut och vad som hjälpte. För socialsekreterare, lärare och anhöriga. Arrangerat av en förebyggande verksamhet i Göteborg.",
        "deradicalisation talk by former extremists (mirrors violent_extremism)",
    ),
    (
        "h",
        "violent_extremism",
        "Minnesstund för offren i Drottninggatan-attentatet",
        "Vi samlas digitalt och tänder ett ljus för de som dog och skadades. Präst och psykolog finns med. Det finns plats att dela minnen, och stöd för dig som fortfarande bär på det som hände.",
        "memorial for victims of a terror attack (mirrors violent_extremism)",
    ),
    (
        "h",
        "violent_extremism",
        "Seminarium: så rekryterar IS på nätet – och hur vi motverkar det",
        "Forskare från en svensk högskola analyserar propagandastrategier och hur plattformar och skolor kan upptäcka radikalisering tidigt. Inga propagandafilmer visas. För pedagoger och moderatorer.",
        "research seminar on countering extremist recruitment (mirrors violent_extremism)",
    ),
    (
        "h",
        "violent_extremism",
        "Bokcirkel: 'Terrorns anatomi' av journalisten Karin Ström",
        "Vi läser reportageboken om vägen till radikalisering och om de anhöriga som blev kvar. Fyra träffar, sista träffen med författaren. Biblioteket i Västerås.",
        "book club on a nonfiction book about terrorism (mirrors violent_extremism)",
    ),
    (
        "h",
        "violent_extremism",
        "Totalförsvarsdagen: civil beredskap vid terrorhot",
        "Länsstyrelsen och MSB-liknande experter berättar hur kommunen förbereder sig för attentat, kris och höjd beredskap. Vad kan du som invånare göra? Öppet för alla.",
        "civil preparedness talk about terror threats (mirrors violent_extremism)",
    ),
    # self_harm
    (
        "h",
        "self_harm",
        "Kurs i suicidprevention: Första hjälpen till psykisk hälsa",
        "Tvådagarskurs där du lär dig känna igen tecken på att någon har självmordstankar, hur du frågar rakt ut och hur du hjälper personen vidare till vård. Certifierade instruktörer. 1 800 kr inkl. material.",
        "suicide-prevention first aid course (mirrors self_harm)",
    ),
    (
        "h",
        "self_harm",
        "Stödgrupp: att leva med självskadebeteende – återhämtning",
        "Ett tryggt samtalsrum för unga vuxna som skadar eller har skadat sig själva. Vi pratar om känslor, strategier som hjälper och hur det är att söka vård. Leds av en legitimerad psykolog. Inga bilder eller metoder diskuteras.",
        "recovery support group for self-harm (mirrors self_harm)",
    ),
    (
        "h",
        "self_harm",
        "Min väg ut ur anorexin – föreläsning",
        "Elsa, 24, berättar om sina år med ätstörning, om vändpunkten och om livet efteråt. Efteråt finns en dietist och en kurator med för frågor. Riktar sig till elever på gymnasiet och deras föräldrar.",
        "eating-disorder recovery talk (mirrors self_harm)",
    ),
    (
        "h",
        "self_harm",
        "För anhöriga efter suicid – samtalsgrupp",
        "Har du förlorat någon i självmord? Välkommen till en samtalsgrupp med andra som förstår. Vi träffas varannan torsdag online. Frivilligt att prata, det går bra att bara lyssna.",
        "support group for suicide-bereaved (mirrors self_harm)",
    ),
    (
        "h",
        "self_harm",
        "Webbinarium för skolsköterskor: ätstörningar hos unga",
        "Hur upptäcker man tidigt restriktivt ätande och självsvält? Överläkare från en ätstörningsenhet går igenom symtom, samtalsmetodik och remissvägar.",
        "clinical training on eating disorders (mirrors self_harm)",
    ),
    (
        "h",
        "self_harm",
        "Poesikväll: Mörkret och vägen tillbaka",
        "Öppen scen för texter om depression, självmordstankar och läkning. Vi lyssnar med respekt. Stödlinjens nummer visas under hela kvällen och en samtalsledare finns i ett separat rum.",
        "poetry night about depression and recovery (mirrors self_harm)",
    ),
    # violence
    (
        "h",
        "violence",
        "Självförsvar för kvinnor – nybörjarkurs",
        "Lär dig enkla tekniker för att ta dig loss och komma undan, och hur du använder rösten för att avskräcka. Fokus på att undvika konflikter. Tre lördagar på Kampsportcentret i Örebro, 900 kr.",
        "self-defence class (mirrors violence)",
    ),
    (
        "h",
        "violence",
        "True crime-bokklubben: Fallet i Sigtuna",
        "Vi diskuterar månadens bok om ett olöst mord från 80-talet, hur polisutredningen gick till och vad media missade. Vin och tilltugg. Ingen spoilers innan kapitel 10!",
        "true-crime book club (mirrors violence)",
    ),
    (
        "h",
        "violence",
        "Boxningsgala – amatör-SM, livesändning",
        "Svensk amatörboxning när den är som bäst. 12 matcher, kommentatorer på plats och intervjuer med boxarna. Domare och läkare vid ringen enligt förbundets regler.",
        "sanctioned amateur boxing broadcast (mirrors violence)",
    ),
    (
        "h",
        "violence",
        "Våld i nära relationer – vad kan grannar göra?",
        "Kvinnojouren och ett bostadsbolag berättar hur du agerar när du hör bråk genom väggen, när du ska ringa 112 och hur du kan stötta någon som blir slagen. Digitalt bostadsmöte.",
        "domestic-violence bystander awareness (mirrors violence)",
    ),
    (
        "h",
        "violence",
        "Scenstrid för skådespelare: säkra fajter på scen",
        "Workshop i fäktning och slagsmålskoreografi för teater och film. Vi övar att 'slå' utan att träffa och att få det att se farligt ut utan risk. Ta med bekväma kläder.",
        "stage combat workshop (mirrors violence)",
    ),
    (
        "h",
        "violence",
        "Jägarexamen – teoripass om etik och säkerhet",
        "Förberedande kurs inför jägarexamens teoriprov. Vi pratar vapenhantering, skjutsäkerhet, viltvård och etisk jakt. Sex kvällar online med en erfaren jaktinstruktör.",
        "hunting licence course (mirrors violence)",
    ),
    # hate
    (
        "h",
        "hate",
        "Föreläsning: rasismens historia i Sverige",
        "Från rasbiologiska institutet i Uppsala till dagens nätrasism. Historikern Amir Karimi berättar om hur idéer om 'raser' spreds och vilka konsekvenser de fick för samer, romer och resande. Frågestund efteråt.",
        "history lecture condemning racism (mirrors hate)",
    ),
    (
        "h",
        "hate",
        "Moderatorskolan: känn igen kodade hatsymboler",
        "För dig som modererar forum och chattar. Vi går igenom siffror som 14 och 88, tre parenteser och andra kodord – vad de betyder och hur du hanterar dem enligt riktlinjerna.",
        "moderator training on coded hate symbols (mirrors hate)",
    ),
    (
        "h",
        "hate",
        "Pride-quiz på biblioteket 🏳️‍🌈",
        "Hur mycket kan du om HBTQI-historia? Lag om max fyra personer. Det blir frågor om Stonewall, svenska lagändringar och kända queera artister. Priser från lokala butiker!",
        "LGBTQ history quiz (mirrors hate)",
    ),
    (
        "h",
        "hate",
        "Debatt: migrationspolitiken efter valet",
        "Företrädare för fyra partier diskuterar arbetskraftsinvandring, asylregler och integration. Moderator från lokaltidningen. Publiken kan ställa frågor via chatten. Respektfull ton krävs.",
        "policy debate on migration (mirrors hate)",
    ),
    (
        "h",
        "hate",
        "Samtal om antisemitism i skolan",
        "Lärare och en representant för judiska församlingen berättar om erfarenheter av antisemitism bland elever och hur man kan arbeta förebyggande. Material från Forum för levande historia.",
        "anti-antisemitism teacher seminar (mirrors hate)",
    ),
    (
        "h",
        "hate",
        "Stand-up med crip-humor: 'Rullande skratt'",
        "Komikern Hanna Ek, som själv använder rullstol, skämtar om livet med funktionsnedsättning, trappor och välmenande främlingar. Teckenspråkstolkat och syntolkat.",
        "disabled comedian's self-referential humour (mirrors hate)",
    ),
    # sexual
    (
        "h",
        "sexual",
        "Sexualundervisning för föräldrar till tonåringar",
        "Vad lär sig barnen i skolan om sex och samtycke, och hur kan du fortsätta samtalet hemma? En barnmorska från ungdomsmottagningen svarar på frågor. Anonyma frågor via formulär.",
        "sex education for parents (mirrors sexual)",
    ),
    (
        "h",
        "sexual",
        "Webbinarium: sexuell hälsa efter 60",
        "Klimakteriet, erektionsproblem, glidmedel och nya relationer. Sexolog och gynekolog pratar öppet och sakligt om kärlek och sex senare i livet. Ingen behöver synas i bild.",
        "sexual health webinar for seniors (mirrors sexual)",
    ),
    (
        "h",
        "sexual",
        "Panel: sexköpslagen 25 år – har den fungerat?",
        "Forskare, en socialsekreterare och en debattör diskuterar sexköpslagen, människohandel och stöd till personer som vill lämna prostitution. Arrangeras av studentföreningen.",
        "policy debate on sex-purchase law (mirrors sexual)",
    ),
    (
        "h",
        "sexual",
        "Konstkväll: croquis med levande modell",
        "Vi tecknar efter nakenmodell i 2-, 5- och 20-minutersposer. Modellen är anställd via konstskolan och ingen fotografering är tillåten. Ta med kol och papper. 18 år och äldre.",
        "life drawing session with nude model (mirrors sexual)",
    ),
    (
        "h",
        "sexual",
        "Utbildning: samtycke och bemötande på festivalen",
        "För volontärer på sommarens festival. Vi går igenom hur ni agerar vid sexuella trakasserier, hur tältet för stöd fungerar och hur man tar emot en anmälan. Obligatorisk för alla funktionärer.",
        "consent and harassment-response training (mirrors sexual)",
    ),
    (
        "h",
        "sexual",
        "Bokcirkel: erotisk litteratur genom tiderna",
        "Från Sapfo till moderna romaner – vi diskuterar hur begär skildrats i litteraturen och vad det säger om sin tid. Inga högläsningar av explicit text, fokus på samtal. Stadsbiblioteket, 18+.",
        "literature discussion on erotic fiction (mirrors sexual)",
    ),
    # privacy
    (
        "h",
        "privacy",
        "GDPR för föreningar – vad får ni spara?",
        "Kort genomgång för styrelser i ideella föreningar: medlemsregister, bilder på hemsidan, samtycke och hur länge ni får spara uppgifter. Med mallar att ladda ner.",
        "GDPR training for associations (mirrors privacy)",
    ),
    (
        "h",
        "privacy",
        "OSINT-kurs för journalister: verifiera källor etiskt",
        "Lär dig använda öppna källor för att verifiera bilder och uppgifter, och var gränsen går för att kartlägga privatpersoner. Pressetiska regler och källskydd tas upp. Arrangeras av en journalistskola.",
        "ethical OSINT for journalists (mirrors privacy)",
    ),
    (
        "h",
        "privacy",
        "Skydda dig mot doxxing – workshop för streamers",
        "Hur tar du bort din adress från upplysningssajter, vad ska du inte visa i bakgrunden och hur hanterar du det om någon sprider dina uppgifter? Praktiska tips och checklista.",
        "anti-doxxing workshop (mirrors privacy)",
    ),
    (
        "h",
        "privacy",
        "Kameraövervakning i trappuppgången – informationsmöte",
        "Styrelsen i BRF Lärkan informerar om planerna på kameror vid entrén, vilka regler som gäller, vem som får titta på materialet och hur länge det sparas. Medlemmarna röstar på stämman.",
        "lawful CCTV information meeting (mirrors privacy)",
    ),
    (
        "h",
        "privacy",
        "Föredrag: rätten till privatliv i den digitala tiden",
        "Vad vet appar om dig, hur fungerar dataförsäljning och vilka rättigheter har du enligt dataskyddsförordningen? Jurist från en konsumentorganisation. Öppet för alla.",
        "privacy-rights talk (mirrors privacy)",
    ),
    (
        "h",
        "privacy",
        "Penetrationstestning för nybörjare",
        "Introduktion till etisk hackning: vi sätter upp en egen labbmiljö och testar sårbarheter i system vi har tillstånd att testa. Ansvarsfull rapportering ingår. Fyra veckor, kvällstid.",
        "penetration-testing course (mirrors privacy)",
    ),
    (
        "h",
        "privacy",
        "Släktforskning: hitta dina anfäder i kyrkböckerna",
        "Släktforskarföreningen visar hur du söker i digitaliserade husförhörslängder och bouppteckningar. Vi diskuterar också vad man bör tänka på innan man publicerar uppgifter om levande släktingar.",
        "genealogy workshop with privacy caution (mirrors privacy)",
    ),
    # harassment
    (
        "h",
        "harassment",
        "Antimobbningsdagen: föreläsning för högstadiet",
        "Föreläsaren Jonas berättar om hur han blev mobbad i skolan, vad som hjälpte och vad kompisar kan göra när de ser att någon blir utsatt. Efter föreläsningen arbetar klasserna i grupper.",
        "anti-bullying school talk (mirrors harassment)",
    ),
    # A comedy-roast listing stood here; it shared more words with a held-out
    # listing than the data's rule allows (tests/detection/test_scanner_data.py).
    (
        "h",
        "harassment",
        "Hantera näthat – stöd för kvinnliga politiker",
        "Ett nätverk för förtroendevalda som utsätts för hot och kränkningar online. Vi går igenom hur man dokumenterar, anmäler och tar hand om sig själv. Säkerhetsansvarig från regionen medverkar.",
        "support for politicians facing online abuse (mirrors harassment)",
    ),
    (
        "h",
        "harassment",
        "HR-webbinarium: kränkande särbehandling på jobbet",
        "Vad säger Arbetsmiljöverkets föreskrifter, hur utreder man en anmälan och hur förebygger man utfrysning? För chefer och skyddsombud.",
        "workplace bullying prevention (mirrors harassment)",
    ),
    (
        "h",
        "harassment",
        "Stalkad – en dokumentär och samtal",
        "Vi visar dokumentären om en kvinna som förföljdes av sin ex i tio år och samtalar efteråt med regissören och en brottsofferjour om lagen om olaga förföljelse.",
        "documentary screening on stalking (mirrors harassment)",
    ),
    (
        "h",
        "harassment",
        "Kommentarsfältsvett för moderatorer",
        "Hur skiljer man på hård kritik och personangrepp? Vi övar på verkliga (anonymiserade) exempel och pratar om när man ska varna, dölja eller stänga av användare.",
        "moderator training on personal attacks (mirrors harassment)",
    ),
    (
        "h",
        "harassment",
        "Öva att säga ifrån – civilkurage-workshop",
        "Vad gör du när någon blir trakasserad på bussen eller i ett möte? Rollspel och enkla strategier för att ingripa utan att försätta dig själv i fara. Leds av en konflikthanterare.",
        "bystander intervention workshop (mirrors harassment)",
    ),
]

# --- ordinary ---
LISTINGS += [
    (
        "o",
        "",
        "Surdegskurs online – baka ditt första bröd",
        "Vi går igenom hur du startar en surdeg, matar den och bakar ett lantbröd. Ingredienslista skickas ut en vecka innan. 350 kr, Swish vid anmälan.",
        "sourdough baking class",
    ),
    (
        "o",
        "",
        "Språkcafé: svenska för nybörjare",
        "Öva svenska i en avslappnad miljö! Vi pratar om vardagliga saker i små grupper med volontärer. Alla nivåer välkomna. Onsdagar 18–19.30, gratis.",
        "Swedish language café",
    ),
    (
        "o",
        "",
        "Kodgranskning fredag: React-komponenter",
        "Veckans code review för frontend-teamet. Ta med en PR ni vill ha feedback på. Vi tittar särskilt på hooks och tillgänglighet.",
        "team code review session",
    ),
    (
        "o",
        "",
        "Morgonyoga med Karin 🧘",
        "Mjuk yoga för att vakna i kroppen. 30 minuter, passar alla. Ha en matta och en filt nära till hands. Varje tisdag och torsdag 07.00.",
        "morning yoga class",
    ),
    (
        "o",
        "",
        "Brädspelskväll på Spelhörnan",
        "Vi spelar Catan, Carcassonne och nya Wingspan. Spel finns på plats men ta gärna med egna. Fika kan köpas. Ingen anmälan krävs.",
        "board game night",
    ),
    (
        "o",
        "",
        "Kvartalsmöte för alla anställda Q3",
        "VD går igenom siffrorna för kvartalet, vi presenterar nya kollegor och avslutar med öppna frågor. Skicka gärna frågor i förväg via formuläret.",
        "company all-hands",
    ),
    (
        "o",
        "",
        "Svampkurs i Tyresta – höstens matsvampar",
        "Lär dig känna igen kantareller, trattkantareller och karljohan, och vilka giftiga förväxlingar du ska se upp med. Teori online på torsdag, utflykt på lördag.",
        "mushroom foraging course",
    ),
    (
        "o",
        "",
        "NYBÖRJARKURS I STICKNING!!",
        "hej allihop! jag håller en liten kurs i stickning för nybörjare, vi gör en mössa tillsammans. garn i valfri färg, stickor nr 4. det blir jättemysigt :)",
        "amateur knitting class",
    ),
    (
        "o",
        "",
        "Deklarationshjälp för studenter",
        "Skatteverket-kunnig volontär hjälper dig förstå din deklaration, reseavdrag och hur du loggar in med BankID. Gratis, drop-in via länk.",
        "student tax-return help",
    ),
    (
        "o",
        "",
        "Bokcirkel: 'Utvandrarna' del 1",
        "Vi läser Vilhelm Mobergs klassiker i lugn takt. Första träffen tar upp kapitel 1–8. Te och kakor för den som kommer till biblioteket, annars länk.",
        "book club reading a Swedish classic",
    ),
    (
        "o",
        "",
        "Löparträff Slottsskogen 5 km",
        "Lugn social löpning i Slottsskogen, två tempogrupper. Vi ses vid Plikta 09.00 söndag. Efteråt fika för den som vill.",
        "running meetup",
    ),
    (
        "o",
        "",
        "Python för nybörjare – del 2: loopar och listor",
        "Fortsättning från förra veckan. Vi skriver små program som räknar ut matkostnader och sorterar listor. Installera Python 3.12 innan.",
        "beginner Python course",
    ),
    (
        "o",
        "",
        "Vernissage: akvareller från Gotland",
        "Konstnären Ingrid Sjöberg visar nya akvareller från Fårö och Slite. Digital rundvandring med konstnären och möjlighet att ställa frågor. Tavlorna kan köpas från 1 200 kr.",
        "art exhibition opening",
    ),
    (
        "o",
        "",
        "Föräldramöte åk 4 – Ängsskolan",
        "Vi pratar om höstens utflykter, läxor och schemat för utvecklingssamtalen. Klassläraren Maria och fritidspedagogen Ali är med.",
        "school parents' meeting",
    ),
    (
        "o",
        "",
        "Melodifestivalen-fest 🎤🇸🇪",
        "Vi kollar deltävlingen tillsammans på storskärm, röstar i vår egen jury och äter tacos. Dresscode: glitter. Ta med något att dricka!",
        "song-contest watch party",
    ),
    (
        "o",
        "",
        "Webbinarium: kom igång med Excel-pivottabeller",
        "Lär dig sammanfatta stora datamängder på några klick. Vi använder en exempelfil med försäljningssiffror. 45 min + frågor.",
        "spreadsheet skills webinar",
    ),
    (
        "o",
        "",
        "Fågelskådning vid Tåkern – vårflyttningen",
        "Guidad tur med ornitolog. Vi tittar på gäss, tranor och förhoppningsvis havsörn. Kikare finns att låna. Samling vid naturum 06.30.",
        "birdwatching trip",
    ),
    (
        "o",
        "",
        "Veganskt julbord – matlagningskurs",
        "Vi lagar vegansk janssons, rödbetssallad och 'skinka' av seitan. Recepten mejlas ut efteråt. 450 kr inkl. råvaror om du hämtar matkassen i Solna.",
        "vegan Christmas cooking class",
    ),
    (
        "o",
        "",
        "Q&A med hyresgästföreningen om renoveringen",
        "Har du frågor om stambytet på Rosengatan? Representanter från föreningen och fastighetsägaren svarar. Inspelningen läggs upp efteråt för de som inte kan delta.",
        "tenants' Q&A about renovation",
    ),
    (
        "o",
        "",
        "Fika & fotosnack: kameraklubben",
        "Månadens tema är gatufoto. Visa upp 3–5 bilder, vi ger varandra snälla kommentarer. Nya medlemmar alltid välkomna, oavsett kamera – mobilen funkar fint!",
        "photography club meetup",
    ),
    (
        "o",
        "",
        "Meditation för stressade småbarnsföräldrar",
        "Tjugo minuter andning och vila när barnen har somnat. Ingen erfarenhet krävs. Kameran får gärna vara av. Kostnadsfritt via kommunens hälsoprojekt.",
        "meditation for parents",
    ),
    (
        "o",
        "",
        "Cykelreparation – laga punka själv",
        "Kort workshop på cykelköket i Majorna: laga punktering, justera bromsar och smörja kedjan. Ta med din cykel. Frivillig avgift 50 kr via Swish.",
        "bike repair workshop",
    ),
]


def main():
    allowed = {
        "child_safety",
        "violent_extremism",
        "self_harm",
        "violence",
        "hate",
        "sexual",
        "privacy",
        "harassment",
        "fraud",
        "regulated_goods",
        "misinformation",
        "disruption",
        "impersonation",
        "intellectual_property",
        "other",
    }
    kinds = {"v": "violating", "h": "hard_negative", "o": "ordinary"}
    titles = set()
    rows = []
    for i, (kind, slugs, title, desc, note) in enumerate(LISTINGS, 1):
        assert kind in kinds, kind
        assert title not in titles, "duplicate title: " + title
        titles.add(title)
        for s in slugs.split():
            assert s in allowed, s
        if kind == "v":
            standards = slugs.split()
            assert standards
        else:
            standards = []
            if kind == "h":
                assert len(slugs.split()) == 1 and note.endswith(
                    f"(mirrors {slugs})"
                ), note
            else:
                assert slugs == ""
        rows.append(
            {
                "id": f"{ID_PREFIX}-{i:04d}",
                "lang": LANG,
                "split": "train",
                "title": title,
                "description": desc,
                "standards": standards,
                "kind": kinds[kind],
                "note": note,
            }
        )
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), OUTFILE_JSONL)
    with open(out, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} listings to {out}")
    by_kind = collections.Counter(r["kind"] for r in rows)
    for k in ("violating", "hard_negative", "ordinary"):
        print(f"  {k:<14} {by_kind[k]}")
    main_v = collections.Counter(
        s for kind, s, *_ in LISTINGS if kind == "v" for s in [s.split()[0]]
    )
    print("violating by main standard:")
    for s, n in sorted(main_v.items()):
        print(f"  {s:<20} {n}")
    main_h = collections.Counter(s for kind, s, *_ in LISTINGS if kind == "h")
    print("hard negatives by mirrored standard:")
    for s, n in sorted(main_h.items()):
        print(f"  {s:<20} {n}")


if __name__ == "__main__":
    main()
