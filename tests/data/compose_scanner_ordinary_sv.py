"""Ordinary Swedish event listings for Tillit's event scanner (training data).

Written by hand for Tillit (issue #14), one listing at a time, by an AI helper
(a Claude session started as a helper inside the project). Licence: CC0 1.0.
All names, handles, prices and URLs are made up (.example domains).

Every listing here is kind "o" (ordinary): everyday public events on a
video-meeting and online-events service, no standards apply.

Run from the repository root:
    python tests/data/compose_scanner_ordinary_sv.py
It writes tests/data/scanner_events_ordinary_sv.jsonl and prints counts per
kind and main standard.
"""

import collections
import json
import os

OUTFILE_JSONL = "scanner_events_ordinary_sv.jsonl"
ID_PREFIX = "ev-sv-o"
LANG = "sv"

# (kind, slugs, title, description, note)
LISTINGS = []

# --- Batch 1: kropp, hälsa och välmående ---
LISTINGS += [
    (
        "o",
        "",
        "Morgonyoga på distans – 20 minuter innan jobbet",
        "Starta dagen lugnt. Enkel hatha-yoga för alla nivåer, ha en matta eller en filt redo. Kameran får vara av. Leds av Karin Holmqvist, certifierad yogalärare i Umeå. Gratis, varje tisdag och torsdag kl 06.45.",
        "free morning yoga class",
    ),
    (
        "o",
        "",
        "Pilates för nybörjare (4 veckor)",
        "Vi bygger en stark bål i lugnt tempo. 4 tillfällen á 45 min, 400 kr totalt via Swish 123 456 78 90. Passar dig som aldrig provat pilates. Max 15 deltagare så att jag hinner se alla.",
        "paid beginner pilates course",
    ),
    (
        "o",
        "",
        "Stretch för stela kontorsryggar",
        "Sitter du still hela dagarna? Fysioterapeut Anders Lund visar rörelser du kan göra vid skrivbordet, bara en stol behövs.",
        "desk stretching session by a physiotherapist",
    ),
    (
        "o",
        "",
        "Andningsövningar mot stress – lunchpass",
        "En halvtimme med lugna andningstekniker, bland annat fyrkantsandning och förlängd utandning. Du behöver ingen erfarenhet. Vi avslutar med fem minuters tystnad. Anordnas av Friskvårdsgruppen på Sundsvalls kommun, öppet för alla.",
        "breathing exercises at lunch",
    ),
    (
        "o",
        "",
        "Guidad meditation söndagskväll",
        "Landa inför veckan 🌙 30 min guidad meditation med Jonas. Ingen förkunskap, ingen religion, bara sitt eller ligg bekvämt.",
        "guided meditation",
    ),
    (
        "o",
        "",
        "Löpargruppen Hisingen – planering av vårens pass",
        "Hej alla löpare! Vi ses på länk ikväll och spikar schemat för vårens intervaller och långpass runt Keillers park och upp mot Ramberget. Nya är jättevälkomna, vi har grupper från 7:30 min/km och uppåt, så ingen behöver springa ensam längst bak. Ta med önskemål om lopp ni vill springa tillsammans (Göteborgsvarvet? Lidingöloppet?) så försöker vi anmäla oss som lag. Vi pratar också om att hitta någon som kan hålla i ett styrkepass för löpare en gång i månaden, och om vem som fixar termosen med kaffe efter söndagspassen. Medlemsavgiften är fortfarande 150 kr per år via Swish.",
        "running club planning meeting",
    ),
    (
        "o",
        "",
        "Styrketräning för seniorer – hemma i vardagsrummet",
        "Stärk ben, rygg och balans med övningar som passar dig över 65. Vi använder en stol och två vattenflaskor som vikter. Leds av sjukgymnast Birgitta Sjöberg. Anordnas av PRO Västerås, kostnadsfritt för medlemmar, 50 kr för övriga.",
        "strength training for seniors",
    ),
    (
        "o",
        "",
        "Laga veckans middagar med barnen",
        "Familjematlagning live från mitt kök i Örebro! Vi gör fiskpinnar från grunden, rotfruktsmos och en snabb gurksallad. Ingredienslista skickas ut dagen innan. Barn från 5 år kan hänga med med lite hjälp. Pris: 99 kr per hushåll.",
        "family cooking class",
    ),
    (
        "o",
        "",
        "Sov bättre: föreläsning om sömnvanor",
        "Sömnforskaren dr Elin Grahn pratar om dygnsrytm, skärmar på kvällen, koffein och varför det inte hjälper att ligga och vrida sig. Frågestund efteråt. Fri entré, anmälan på somnkvall.example.",
        "sleep hygiene lecture",
    ),
    (
        "o",
        "",
        "Mens, klimakteriet och allt däremellan – öppet samtal",
        "Barnmorskan Sofia Andersson svarar på frågor om mensvärk, oregelbundna cykler, PMS och övergångsåldern. Du kan ställa frågor anonymt i chatten. Ingen fråga är för liten. Arrangeras av Kvinnohälsa Nord.",
        "menstrual health Q&A with a midwife",
    ),
    (
        "o",
        "",
        "Kroppspositiv dans – alla kroppar, alla rörelser",
        "Inga speglar, inga krav, bara musik och rörelse 💃 Vi dansar fritt till allt från ABBA till afrobeats. Kom som du är, mjukisbyxor rekommenderas. Leds av danspedagog Amira Hassan. 60 kr via Swish.",
        "body-positive dance class",
    ),
    (
        "o",
        "",
        "Fysioterapeuten svarar: ont i knät?",
        "Löpare, cyklister, trädgårdsmästare – har du ont i knät? Fysioterapeut Mikael Berg går igenom vanliga orsaker och enkla övningar, och svarar sedan på era frågor live. OBS: ingen individuell diagnos, kontakta vården vid akuta besvär.",
        "physio Q&A about knee pain",
    ),
    (
        "o",
        "",
        "HLR för vuxna – digital grundkurs",
        "Lär dig hjärt-lungräddning och hur du använder en hjärtstartare. Teoridelen görs online, sedan bokar du ett kort praktiskt pass på plats i Linköping. Kursen följer Svenska HLR-rådets riktlinjer. 250 kr inkl. intyg.",
        "CPR course",
    ),
    (
        "o",
        "",
        "Första hjälpen för småbarnsföräldrar",
        "Vad gör man om barnet sätter i halsen? Brännskador, fall, feber – sjuksköterskan Lina Ek går igenom det vanligaste och vad du ska göra tills hjälpen kommer. Ca 90 min.",
        "first aid for parents",
    ),
    (
        "o",
        "",
        "Bli blodgivare – infoträff med Blodcentralen",
        "Funderar du på att ge blod? Vi berättar hur det går till, vem som kan ge och vad som händer med blodet. Efteråt kan du boka din första tid direkt. Det tar en timme och kan rädda liv ❤️",
        "blood donation info session",
    ),
    (
        "o",
        "",
        "Samtalscafé om psykisk hälsa",
        "Ett lugnt och öppet rum för att prata om hur vi mår. Det här är ingen terapi och ingen behandling, bara medmänskligt samtal med två utbildade samtalsledare från föreningen Mind Skåne. Vi börjar varje gång med en kort runda där alla som vill säger sitt namn och hur veckan har varit, sedan väljer gruppen ett tema, till exempel ensamhet, stress på jobbet eller att be om hjälp. Du får vara med och bara lyssna om du vill, och kameran får vara avstängd. Det som sägs i rummet stannar i rummet. Varannan onsdag kl 19–20.30, gratis och utan anmälan.",
        "mental health conversation café",
    ),
    (
        "o",
        "",
        "Sorgegrupp för dig som mist en förälder",
        "Att förlora en mamma eller pappa förändrar livet, oavsett hur gammal man är. Vi träffas sex kvällar i en liten sluten grupp med max åtta deltagare och delar erfarenheter kring sorg, saknad, minnen och det praktiska som ofta kommer samtidigt: bouppteckning, tömning av föräldrahemmet, syskonrelationer. Gruppen leds av diakon Maria Lindgren, Svenska kyrkan Lund, och du behöver inte vara medlem eller troende för att delta. Kostnadsfritt. Anmäl dig till maria.lindgren@forsamling.example så ringer jag upp dig innan start och vi pratar en stund om vad du hoppas få ut av gruppen.",
        "grief support group",
    ),
    (
        "o",
        "",
        "Föräldragrupp för nyblivna pappor",
        "Pappagrupp på nätet! Sömnlösa nätter, blöjor, föräldraledighet och allt annat. BVC-sköterskan Erik är med och vi snackar fritt. Barnet får gärna sitta i knät.",
        "new fathers group",
    ),
    (
        "o",
        "",
        "Yin yoga & vila",
        "Långsamma, långa positioner för djup avslappning. Ta med kuddar och en filt. 75 min. 120 kr eller klippkort.",
        "yin yoga class",
    ),
    (
        "o",
        "",
        "gympa för mammor med bebis",
        "hej! jag är en mamma i Borås som är PT och tänkte köra ett enkelt pass varje fredag förmiddag där bebisen kan ligga bredvid på en filt. bäckenbotten, mage, rygg. helt gratis, vill bara ha sällskap haha 🙂",
        "casual postnatal exercise session",
    ),
    (
        "o",
        "",
        "Bäckenbottenträning – kurs med fysioterapeut",
        "Bäckenbotten angår alla, oavsett kön och ålder. Fysioterapeut Hanna Wikström förklarar anatomin och visar övningar du kan göra var som helst. Tre kvällar, 300 kr.",
        "pelvic floor training course",
    ),
    (
        "o",
        "",
        "Mindfulness för tonåringar (13–17 år)",
        "Korta övningar för fokus och lugn inför prov och stressiga veckor. Leds av skolkuratorerna på Katedralskolan. Öppet för alla elever i kommunen, föräldrar behöver inte vara med.",
        "mindfulness for teens run by school counsellors",
    ),
    (
        "o",
        "",
        "Kost för aktiva barn – vad ska de äta före träningen?",
        "Dietist Johan Nyberg pratar mellanmål, vätska och hur man får i sig tillräckligt med energi som ung idrottare. För föräldrar och tränare i IFK Luleå barn- och ungdomssektion.",
        "nutrition talk for youth sports",
    ),
    (
        "o",
        "",
        "Qigong i gryningen",
        "Mjuka rörelser och andning i en gammal kinesisk tradition. Passar även dig med stela leder. Vi kör utomhus om du vill – ställ bara mobilen på en pall i trädgården.",
        "qigong class",
    ),
    (
        "o",
        "",
        "Vi går 10 000 steg tillsammans – promenadutmaning",
        "Under februari går vi 10 000 steg om dagen och checkar in i ett kort videomöte varje söndag. Inga priser, bara pepp och lite tävlingsglädje mellan kollegorna på Region Gävleborg.",
        "walking challenge among colleagues",
    ),
    (
        "o",
        "",
        "Diabetes typ 2 – att leva med det i vardagen",
        "Diabetessköterskan Annelie och två medlemmar i Diabetesföreningen berättar om mat, motion och kontroller. Frågestund. Fritt för alla.",
        "diabetes patient association talk",
    ),
    (
        "o",
        "",
        "YOGA FÖR STELA KARLAR",
        "Ja du läste rätt. Ingen flummighet, inga rökelser. Bara rörelse för höfter och rygg. Tisdagar 18.00. Gratis första gången.",
        "yoga for men, blunt tone",
    ),
    (
        "o",
        "",
        "Samtalsgrupp: att vara anhörig till någon med demens",
        "Att vara anhörig kan vara tungt. I den här gruppen möter du andra i samma situation. Anhörigkonsulent Eva Karlsson leder samtalen. Tystnadslöfte gäller i gruppen. Fem träffar, måndagar kl 14.",
        "carer support group for dementia relatives",
    ),
    (
        "o",
        "",
        "Sömn och småbarn – finns det hopp?",
        "Trötta föräldrar, det här är för er 😴 Barnsjuksköterska Frida Olsson pratar om sömnrutiner för barn 0–3 år, nattamning, och hur ni kan turas om. Inspelningen delas INTE, så känn er fria att fråga.",
        "toddler sleep talk for parents",
    ),
    (
        "o",
        "",
        "Rörlighetspass för klättrare",
        "Axlar, fingrar och höfter. Ett 40-minuterspass för oss som klättrar och vill hålla oss skadefria. Arrangeras av Klätterklubben Granit, Jönköping.",
        "mobility training for climbers",
    ),
    (
        "o",
        "",
        "Lär dig meditera på 7 dagar",
        "En kort kurs med ett pass om dagen, 15 min, kl 21. Vi går igenom andningsankare, kroppsskanning och hur man gör när tankarna vandrar. 150 kr för hela veckan.",
        "short meditation course",
    ),
    (
        "o",
        "",
        "Vegetarisk matlagning för studenter på budget",
        "Linsgryta, ugnsrostade grönsaker och en tacobuffé för under 30 kr portionen. Nationen Smålands kökskommitté lagar live, du lagar med eller bara tittar.",
        "student budget vegetarian cooking",
    ),
    (
        "o",
        "",
        "Hälsosamtal för män över 50",
        "Prostata, blodtryck, kolesterol – saker vi gärna skjuter upp. Distriktsläkare Per Ahlström berättar vilka kontroller som är bra att göra och när. Ingen personlig rådgivning, men allmänna frågor går bra.",
        "men's health talk by a GP",
    ),
    (
        "o",
        "",
        "Dans för Parkinson",
        "Rytm och rörelse anpassat för dig med Parkinsons sjukdom, tillsammans med anhöriga om du vill. Sittande och stående alternativ. Samarbete med Parkinsonförbundet.",
        "dance class adapted for Parkinson's",
    ),
    (
        "o",
        "",
        "Kvällsstretch",
        "20 minuter mjuk stretch innan läggdags. Varje kväll kl 21.30.",
        "short evening stretch, one line",
    ),
    (
        "o",
        "",
        "Ångest – vad är det och vad hjälper?",
        "Psykolog Tove Engström förklarar vad som händer i kroppen vid ångest och vilka behandlingar som har stöd i forskning, t.ex. KBT. För den som själv lider av ångest eller har någon nära som gör det. Behöver du akut hjälp: ring 1177 eller 112.",
        "anxiety psychoeducation lecture",
    ),
    (
        "o",
        "",
        "Föräldracafé: tonåren och skärmtid",
        "Hur mycket mobil är lagom? Vi föräldrar på Rosendalsskolan delar tips och frustrationer. Fikat får ni fixa själva 😉",
        "parents' café about teenagers and screens",
    ),
    (
        "o",
        "",
        "Intervallträning 30 min – utan redskap",
        "Högintensivt men skalbart pass. Burpees, knäböj, plankor. Vi kör 40 sek jobb, 20 sek vila. Anpassa efter dagsform. Leds av Isak från Friskis&Svettis Kalmar.",
        "bodyweight interval workout",
    ),
    (
        "o",
        "",
        "Att må bra i klimakteriet – kost och träning",
        "Dietisten Malin och PT:n Lotta pratar om hur kosten och styrketräning kan lindra värmevallningar, sömnproblem och ledvärk. 45 min föreläsning + 15 min frågor. 80 kr.",
        "menopause diet and exercise talk",
    ),
    (
        "o",
        "",
        "Blodgivardag på jobbet – anmälan och frågor",
        "Blodbussen kommer till kontoret i Kista den 14 mars. På det här korta mötet berättar HR hur du bokar en tid och vad du ska tänka på innan (ät frukost!).",
        "workplace blood donation info",
    ),
    (
        "o",
        "",
        "Yoga på stol för dig med begränsad rörlighet",
        "Alla kan vara med, även från rullstol. Vi jobbar med andning, axlar, nacke och händer. Anordnas av Reumatikerföreningen Uppsala.",
        "chair yoga",
    ),
    (
        "o",
        "",
        "Stöttegrupp för dig som är utbränd",
        "Vi som har varit eller är sjukskrivna för utmattning träffas och pratar om vägen tillbaka: sömn, vila, små steg, kontakt med Försäkringskassan. Ingen behandling, men mycket igenkänning. Samtalsledare med egen erfarenhet.",
        "burnout peer support group",
    ),
    (
        "o",
        "",
        "Matlagning för dig som är nyopererad och har svårt att tugga",
        "Dietist och kock tillsammans visar näringsrika, mjuka rätter: soppor, krämer, omelett. För patienter och anhöriga. Inspelad version skickas till anmälda.",
        "soft-food cooking for patients",
    ),
    (
        "o",
        "",
        "Löpskolan: från soffan till 5 km",
        "8 veckors program för dig som vill börja springa. Vi ses på länk varje måndag för genomgång och pepp, sen springer du själv tre gånger i veckan. 🏃‍♀️ 200 kr för hela kursen via Swish.",
        "couch to 5k running course",
    ),
    (
        "o",
        "",
        "Hörselhälsa – skydda dina öron på konsert",
        "Audionom Petra Holm berättar om tinnitus, hörselskydd och när du bör testa hörseln. I samarbete med Hörselskadades Riksförbund.",
        "hearing health talk",
    ),
    (
        "o",
        "",
        "Kroppen efter 70 – balans och fallprevention",
        "Varje år faller många äldre i hemmet. Arbetsterapeut och fysioterapeut visar enkla balansövningar och tips för en säkrare bostad. Öppet för alla, även anhöriga.",
        "fall prevention for elderly",
    ),
    (
        "o",
        "",
        "Tyst meditation, öppen grupp",
        "Vi sitter tysta tillsammans i 40 minuter, med en klocka i början och slutet. Inga instruktioner. Kamera valfri.",
        "silent meditation group",
    ),
]

# --- Batch 2: jobb, skola, hobbies, tro, kultur ---
LISTINGS += [
    (
        "o",
        "",
        "Kvartalsmöte för alla anställda – Q2",
        "Välkomna till vårt digitala allmöte! VD Lena Forsberg inleder med en genomgång av siffrorna för kvartalet, sedan presenterar produktteamet vårens lanseringar och ekonomichefen berättar om den nya reseplicyn. Efter en kort paus har vi en öppen frågestund där ledningsgruppen svarar på allt som skickats in i förväg via intranätet, anonymt eller med namn. Vi avslutar med att fira kontoret i Luleå som fyller tio år i år. Mötet spelas in och läggs upp på intranätet för er som jobbar skift eller inte kan delta. Planera in 90 minuter.",
        "company all-hands",
    ),
    (
        "o",
        "",
        "CV-verkstad för dig som söker sommarjobb",
        "Ta med ditt CV (eller ett tomt dokument!) så går vi igenom det tillsammans. Studie- och yrkesvägledare från Arbetsförmedlingen Malmö är med och ger tips. För dig 16–24 år.",
        "CV workshop for young job seekers",
    ),
    (
        "o",
        "",
        "Intervjuträning på engelska",
        "Öva på att svara på vanliga intervjufrågor på engelska, i par, med feedback. 60 min. Gratis.",
        "English job interview practice",
    ),
    (
        "o",
        "",
        "Läxhjälp i matte – åk 7–9",
        "Fastnat på ekvationer eller procent? Volontärer från Läxhjälpen i Norrköping finns på plats varje måndag och onsdag 16–18. Dela skärmen eller håll upp boken mot kameran så hjälper vi dig.",
        "homework help in maths",
    ),
    (
        "o",
        "",
        "Föräldramöte klass 4B Hagaskolan",
        "Digitalt föräldramöte. Vi pratar om skolresan i maj, nya läsläxan och trivselenkäten. Mentor: Sara Nilsson. Länk skickas via Skolplattformen.",
        "school parents' meeting",
    ),
    (
        "o",
        "",
        "Språkcafé: prata svenska i lugnt tempo",
        "Är du ny i Sverige och vill öva svenska? Vi pratar om vardagliga saker: mat, väder, jobb. Alla nivåer! Arrangeras av Stadsbiblioteket i Eskilstuna tillsammans med Röda Korset. Fika hemma 😊",
        "Swedish language café",
    ),
    (
        "o",
        "",
        "Sticka tillsammans – torsdagsstickan",
        "Vi stickar, virkar och pratar. Just nu gör många av oss lovikkavantar. Mönster delas i chatten. Alla åldrar och nivåer, nybörjare får hjälp att lägga upp maskor.",
        "knitting circle",
    ),
    (
        "o",
        "",
        "Surdegsbakning för nybörjare",
        "Från start till färdigt bröd! Under tre kvällar går vi igenom hur du startar en surdegsgrund med bara rågmjöl och vatten, hur du matar den och känner igen när den är pigg, och till sist hur du bakar ditt första lantbröd i gjutjärnsgryta. Brödbagaren Oskar från Bageri Råg i Visby leder kursen och svarar på frågor om allt från för blöt deg till bränd botten. Du får en inköpslista och ett enkelt schema för mellan träffarna. Ta gärna med en våg och en stor bunke. 180 kr för alla tre tillfällena.",
        "sourdough baking workshop",
    ),
    (
        "o",
        "",
        "Brädspelskväll online – Carcassonne & Ticket to Ride",
        "Vi kör på Board Game Arena och snackar över video. Nya spelare välkomna, vi förklarar reglerna. Fredag kl 19.30, ca 3 timmar.",
        "online board game night",
    ),
    (
        "o",
        "",
        "Mässa på distans – söndag kl 11",
        "Högmässa från Sankt Johannes kyrka, Göteborg. Predikant: kyrkoherde Anna-Karin Björk. Psalmnummer syns i bild. Efteråt kyrkkaffe i ett separat videorum för den som vill prata en stund.",
        "streamed church service",
    ),
    (
        "o",
        "",
        "Bibelstudium: Lukasevangeliet",
        "Vi läser ett kapitel i veckan och samtalar kring texten. Ingen förkunskap krävs. Pingstkyrkan Jönköping.",
        "bible study group",
    ),
    (
        "o",
        "",
        "Iftar-samtal under ramadan",
        "Vi bryter fastan tillsammans på distans och pratar om ramadans betydelse. Öppet även för icke-muslimer som vill veta mer. Imam Yusuf Demir och ungdomsledare Leila medverkar. Arrangeras av Islamiska föreningen i Uppsala.",
        "interfaith ramadan evening",
    ),
    (
        "o",
        "",
        "Bokcirkel: Kerstin Ekman",
        "Vi läser Händelser vid vatten och ses om fyra veckor för att prata om den. Max 12 deltagare. Gratis.",
        "book club",
    ),
    (
        "o",
        "",
        "Konstvisning: svenskt 1800-tal med museiintendent",
        "Följ med intendent Henrik Sandberg genom museets samling av Carl Larsson, Anders Zorn och Hanna Pauli. Visningen sänds direkt från salarna, med möjlighet att ställa frågor i chatten. 50 kr.",
        "museum art tour livestream",
    ),
    (
        "o",
        "",
        "Körövning – altarna",
        "Extra stämövning för altarna i Kammarkören Cantilena inför vårkonserten. Ha noterna framme, vi går igenom takt 40–88 i Rutters Gloria.",
        "choir section rehearsal",
    ),
    (
        "o",
        "",
        "Poesikväll – öppen scen",
        "Läs en egen dikt eller någon annans du älskar. Tre minuter var. Anmäl dig i chatten när vi startar. Bibliotek Botkyrka värd.",
        "open-mic poetry night",
    ),
    (
        "o",
        "",
        "Fotografering med mobilen – grundkurs",
        "Ljus, komposition och redigering i mobilen. Två träffar, sen en fotouppgift att göra under veckan. Studiefrämjandet Östergötland. 250 kr.",
        "mobile photography course",
    ),
    (
        "o",
        "",
        "Introduktion till släktforskning",
        "Hur hittar du dina anfäder i kyrkböckerna? Vi går igenom husförhörslängder, ArkivDigital och Riksarkivet. Släktforskarföreningen i Värmland bjuder.",
        "genealogy introduction",
    ),
    (
        "o",
        "",
        "Odla på balkongen – vårens frösådd",
        "Tomater, chili och kryddor i krukor. Trädgårdsmästare Ingrid Bergman (nej, inte skådespelerskan) visar hur du sår och skolar om. Ha jord och några burkar redo om du vill så samtidigt.",
        "balcony gardening workshop",
    ),
    (
        "o",
        "",
        "Filmklubben: Smultronstället",
        "Se Bergmans klassiker hemma på egen streamingtjänst och kom sedan till vår diskussion kl 20. Filmvetaren Ulrika leder samtalet.",
        "film club discussion",
    ),
    (
        "o",
        "",
        "Nätverksfrukost för kvinnor i tech",
        "Kaffe, kort presentation av dig och vad du jobbar med, och ett kort föredrag av Nadia Karimi om att byta karriär till UX. 07.30–08.30.",
        "women in tech networking breakfast",
    ),
    (
        "o",
        "",
        "Studieteknik inför högskoleprovet",
        "Vi går igenom provets delar, tidsplanering och hur du kan öva på ORD och LÄS. Föreläsare: Emil som skrev 1,85 förra hösten. Gratis, sponsras av elevkåren på Polhemsgymnasiet.",
        "study tips for university entrance test",
    ),
    (
        "o",
        "",
        "Onboarding för nya medarbetare – mars",
        "Välkommen till Lindqvist Bygg! Under två timmar träffar du HR, IT och din avdelningschef. Vi går igenom rutiner, friskvårdsbidrag och tidrapportering.",
        "new employee onboarding",
    ),
    (
        "o",
        "",
        "Sy om dina gamla kläder",
        "Förvandla gamla jeans till en väska eller shorts. Symaskin behövs. Sy-Malin visar steg för steg 🧵 Gratis, men donera gärna till klädinsamlingen efteråt!",
        "upcycling sewing workshop",
    ),
    (
        "o",
        "",
        "Akvarell för vuxna nybörjare",
        "Vi målar ett enkelt landskap med vått-i-vått teknik. Material: akvarellpapper, tre färger och en pensel. Konstnären Lars Dahl. 6 tillfällen, 900 kr.",
        "watercolour course",
    ),
    (
        "o",
        "",
        "Fågelskådning: vårens flyttfåglar",
        "Ornitologen Gunnar pratar om vilka arter som kommer tillbaka i april och var du ser dem bäst i Skåne. Vi visar också bilder från Falsterbo. Arrangeras av Skånes Ornitologiska Förening.",
        "birdwatching talk",
    ),
    (
        "o",
        "",
        "Jazzkonsert live från källaren",
        "Trion Blå Timmen spelar standards och egna låtar. Streamas gratis, Swisha gärna en slant till bandet: 123 987 65 43.",
        "livestreamed jazz concert",
    ),
    (
        "o",
        "",
        "Lär dig spela ukulele – del 1",
        "Fyra ackord och du kan spela hundra låtar. Vi börjar med C, Am, F och G. Stäm ukulelen innan du loggar in!",
        "ukulele lesson",
    ),
    (
        "o",
        "",
        "Författarsamtal med Karin Söderlund",
        "Karin pratar om sin nya roman om en fiskeby i Bohuslän, om skrivprocessen och om att debutera vid 60. Moderator: bibliotekarie Jenny Roos. Fri entré.",
        "author talk at library",
    ),
    (
        "o",
        "",
        "Schackklubben – snabbschack på nätet",
        "Vi spelar 5+3 på lichess i en intern turnering och har videorum öppet för snack och analys. Alla styrkenivåer. Norrköpings Schacksällskap.",
        "chess club online blitz",
    ),
    (
        "o",
        "",
        "Sy din egen folkdräkt – studiecirkel",
        "Hemslöjdsföreningen i Leksand startar en studiecirkel för dig som vill sy en dräkt från din socken. Vi börjar med mönster och material. Träffas varannan vecka, ett år framåt.",
        "folk costume sewing study circle",
    ),
    (
        "o",
        "",
        "Mentorträff för förstagångsstudenter",
        "Är du först i familjen att plugga på universitetet? Träffa studenter som varit i samma sits och ställ alla frågor du inte vågar ställa någon annanstans. CSN, tentor, studentliv.",
        "first-generation student mentoring",
    ),
    (
        "o",
        "",
        "Karriärcoachning för dig över 55",
        "Ska du byta jobb sent i karriären? Coachen Bengt Håkansson ger tips om LinkedIn, kompetensbevis och hur du pratar om din erfarenhet. Via Trygghetsrådet, gratis för anslutna.",
        "career coaching for older workers",
    ),
    (
        "o",
        "",
        "Lärarfortbildning: formativ bedömning",
        "En eftermiddag för lärare i Kungsbacka kommun om hur vi ger återkoppling som hjälper eleverna framåt. Föreläsare: lektor Cecilia Strand. Obligatorisk för lågstadiet, frivillig för övriga.",
        "teacher professional development",
    ),
    (
        "o",
        "",
        "Keramik – dreja hemma?",
        "Nja, det går inte riktigt, men vi visar hur du handbygger en skål med tumteknik och ringlar. Lera säljs av Keramikstudion Ugnen, 150 kr för 2 kg med hemleverans i Stockholm.",
        "pottery hand-building class",
    ),
    (
        "o",
        "",
        "Diskussion: vad betyder påsken för dig?",
        "Ett ekumeniskt samtal med representanter från Svenska kyrkan, Katolska kyrkan och Equmeniakyrkan. Öppet för troende och nyfikna.",
        "ecumenical easter conversation",
    ),
    (
        "o",
        "",
        "Judisk historia i Stockholm – stadsvandring på distans",
        "Guiden Miriam Levin tar oss från Gamla stan till Söder och berättar om judiska familjer och synagogor sedan 1700-talet. Bilder och kartor visas på skärmen. 100 kr.",
        "virtual history walk",
    ),
    (
        "o",
        "",
        "Modelljärnvägsträff",
        "Visa din senaste bana eller ombyggnad! Vi kör kameror på banorna och pratar skala H0 och N. Tågklubben Vänersborg.",
        "model railway meetup",
    ),
    (
        "o",
        "",
        "Opera för nybörjare: Carmen",
        "Varför är Carmen så älskad? Musikvetaren Johanna Lindahl spelar utdrag och förklarar handlingen innan föreställningen på Malmö Opera.",
        "opera introduction lecture",
    ),
    (
        "o",
        "",
        "Fikaträff för alla som jobbar på distans i Jämtland",
        "Saknar du kollegor? Vi som jobbar hemifrån i Östersund med omnejd ses och snackar en halvtimme varje fredag. Inga agendor.",
        "remote workers' social coffee",
    ),
    (
        "o",
        "",
        "Läsning för barn: sagostund på biblioteket",
        "Bibliotekarie Amanda läser Pettson och Findus och Alfons Åberg för barn 3–6 år. Mikrofonerna är avstängda för barnen så alla hör, men de får gärna vinka! 25 min.",
        "children's story time",
    ),
    (
        "o",
        "",
        "Stickcafé för nybörjare!!",
        "Aldrig stickat? Perfekt!! Jag lär dig rätstickning och aviga maskor, det enda du behöver är garn och två stickor (nr 5). helt gratis och väldigt gemytligt",
        "beginner knitting, enthusiastic tone",
    ),
]

# --- Batch 3: teknik, idrott, gaming, lokalpolitik, föreningsliv, ideellt ---
LISTINGS += [
    (
        "o",
        "",
        "Kodgranskning i praktiken – Python-meetup",
        "Vi tittar tillsammans på en riktig pull request från ett öppet projekt och diskuterar vad som gör en bra kodgranskning: tydliga kommentarer, små ändringar, tester. Arrangeras av Python Göteborg. Lättare förtäring får ni stå för själva!",
        "code review meetup",
    ),
    (
        "o",
        "",
        "Excel för ekonomer – pivottabeller",
        "En timme, bara pivottabeller. Ladda ner övningsfilen från kursportal.example/excel innan start.",
        "spreadsheet training",
    ),
    (
        "o",
        "",
        "Så använder du BankID och Kivra – för seniorer",
        "Vi visar steg för steg hur du loggar in med BankID, öppnar digital post och betalar räkningar i appen. Ta det i din egen takt, det finns gott om tid för frågor. Arrangeras av SeniorNet Lidingö.",
        "digital skills for seniors",
    ),
    (
        "o",
        "",
        "Intro till Arduino",
        "Få en lysdiod att blinka och läs av en temperatursensor. Du behöver ett Arduino Uno-kit (ca 300 kr). Makerspace Umeå håller i kursen.",
        "electronics workshop",
    ),
    (
        "o",
        "",
        "Frontend-frukost: tillgänglighet i webbformulär",
        "Kort dragning om etiketter, felmeddelanden och tangentbordsnavigering, följt av öppen diskussion. Kaffe i egen kopp ☕",
        "web accessibility talk",
    ),
    (
        "o",
        "",
        "Hur funkar AI? En kväll för nyfikna",
        "Ingen kod, inga formler. Forskaren Tobias Ek förklarar hur språkmodeller tränas, vad de är bra på och var de brister. Folkuniversitetet, fri entré.",
        "AI explainer for public",
    ),
    (
        "o",
        "",
        "Linux-installationsfest (digital)",
        "Har du en gammal dator som går segt? Vi hjälper dig att installera Linux Mint eller Ubuntu, steg för steg över skärmdelning. Föreningen Fri Mjukvara Syd.",
        "Linux install party",
    ),
    (
        "o",
        "",
        "Fotbollsträning P12 – taktikgenomgång",
        "Tränarna går igenom 4-3-3 med killarna inför helgens match mot Hammarby IF. Föräldrar får gärna lyssna. Korta filmklipp från förra matchen.",
        "youth football tactics session",
    ),
    (
        "o",
        "",
        "Innebandy: årsmöte i IBK Skövde",
        "Dagordning: verksamhetsberättelse, ekonomi, val av styrelse, medlemsavgift för nästa säsong. Motioner skickas till styrelsen senast 1 mars.",
        "sports club annual meeting",
    ),
    (
        "o",
        "",
        "Se matchen tillsammans – Tre Kronor",
        "Vi kollar VM-kvartsfinalen var och en på SVT och snackar i videorummet samtidigt. Ta med chips och hockeytröjan! 🏒🇸🇪",
        "watch-along social for ice hockey match",
    ),
    (
        "o",
        "",
        "Cykelklubbens säsongsstart",
        "Vi presenterar vårens rundor runt Vättern, pratar om säkerhet i klunga och visar nya klubbtröjan. CK Motala.",
        "cycling club season kickoff",
    ),
    (
        "o",
        "",
        "Simskola för vuxna – infomöte",
        "Kan du inte simma? Du är inte ensam. Vi berättar om vårens simskola för vuxna i Husbybadet, helt i egen takt och med erfarna instruktörer. Anmälan efter mötet.",
        "adult swimming lessons info",
    ),
    (
        "o",
        "",
        "Minecraft-bygge för barn 8–12",
        "Vi bygger en medeltida stad tillsammans på en privat server med vuxna moderatorer från Fritidsgården Kvarnen. Föräldrar får en inloggning för att titta. Helt gratis.",
        "supervised Minecraft building for kids",
    ),
    (
        "o",
        "",
        "LAN-helg planering",
        "vi som ska köra LAN i Folkets hus i Piteå i påsk, ses här och bestämmer spel (CS2? Age of Empires 2?), vem som tar med switch och vem som köper pizza",
        "LAN party planning, casual",
    ),
    (
        "o",
        "",
        "Speedrun-stream: Super Mario 64 (120 stjärnor)",
        "Jag försöker slå mitt personbästa live. Pratar om tricks och rutter mellan försöken. Kanalen heter @snabbaste_sara. Kom och heja!",
        "speedrun livestream",
    ),
    (
        "o",
        "",
        "Turnering i Mario Kart – kontorets mästerskap",
        "Avdelningarna tävlar mot varandra. Vinnaren får vandringspokalen (en plastbanan). Fredag 16.00 efter veckomötet.",
        "office gaming tournament",
    ),
    (
        "o",
        "",
        "Rollspelskväll: Drakar och Demoner",
        "Spelledare Fredrik kör ett one-shot-äventyr för 4–5 spelare. Nybörjare välkomna, färdiga rollpersoner finns. Tärningar online via Roll20.",
        "tabletop RPG session",
    ),
    (
        "o",
        "",
        "Samrådsmöte om nya cykelbanan på Storgatan",
        "Kommunens trafikplanerare presenterar förslaget om en dubbelriktad cykelbana längs Storgatan mellan resecentrum och simhallen. Vi visar hur parkeringsplatser, busshållplatser och varuleveranser till butikerna påverkas, och hur bygget planeras i etapper för att störa så lite som möjligt. Du kan tycka till direkt i mötet eller i chatten, och synpunkter kan också lämnas via kommunen.example/samrad fram till 30 april. Mötet protokollförs och alla synpunkter sammanställs till tekniska nämnden. Tolkning till arabiska och finska finns, meddela i förväg om du behöver det.",
        "municipal consultation meeting",
    ),
    (
        "o",
        "",
        "Kommunfullmäktige direkt – april",
        "Följ sammanträdet med Ljusdals kommunfullmäktige live. Ärenden: budgetuppföljning, ny förskola i Järvsö, medborgarförslag om hundrastgård.",
        "council meeting livestream",
    ),
    (
        "o",
        "",
        "Utfrågning av lokalpolitiker inför valet",
        "Representanter för alla partier i Falu kommunfullmäktige svarar på frågor om skola, äldreomsorg och kollektivtrafik. Moderator: Dalarnas Tidningar. Ställ frågor i förväg via formuläret.",
        "local election debate",
    ),
    (
        "o",
        "",
        "Medborgardialog: framtidens centrum i Alingsås",
        "Hur vill du att torget ska se ut år 2035? Arkitekter från kommunen visar skisser, sedan diskuterar vi i smågrupper.",
        "citizen dialogue on town planning",
    ),
    (
        "o",
        "",
        "Bostadsrättsföreningen Eken – extrastämma",
        "Enda punkten: beslut om stambyte 2025. Styrelsen presenterar offerterna. Fullmakt kan lämnas till granne. Röstning sker digitalt efter diskussionen.",
        "housing cooperative extraordinary meeting",
    ),
    (
        "o",
        "",
        "Hembygdsföreningens vårmöte",
        "Vi pratar om sommarens öppethållande på gården, midsommarfirandet och behovet av fler som kan baka till kaffestugan. Alla medlemmar välkomna. Kaffet får du fixa hemma!",
        "local heritage society meeting",
    ),
    (
        "o",
        "",
        "Scoutledarträff – planering av sommarlägret",
        "Ledare i Scoutkåren Sjöfararna ses och planerar lägret vid Glaskogen. Vi går igenom schema, matinköp och säkerhetsrutiner vid vatten.",
        "scout leaders' planning meeting",
    ),
    (
        "o",
        "",
        "Bli volontär på matbanken",
        "Matbanken Göteborg behöver fler händer! På den här infoträffen får du veta hur det går till att sortera och dela ut mat till familjer som behöver. Du väljer själv hur ofta du kan.",
        "food bank volunteer recruitment",
    ),
    (
        "o",
        "",
        "Läxläsning med volontärer – vi söker fler vuxna",
        "Har du en timme i veckan? Vi söker volontärer som vill hjälpa elever i Rinkeby med läxor. Ingen lärarutbildning behövs, bara tålamod. Belastningsregisterutdrag krävs.",
        "volunteer tutor recruitment",
    ),
    (
        "o",
        "",
        "Röda Korsets väntjänst – introduktion",
        "Som besöksvän träffar du en äldre person som känner sig ensam, en gång i veckan eller mer sällan. Introduktion online i en timme.",
        "befriending volunteer intro",
    ),
    (
        "o",
        "",
        "Strandstädning i Haninge – samordningsmöte",
        "Vi som ska städa stränderna på lördag ses kort och delar upp sträckorna. Säckar och handskar hämtas vid Dalarö brygga kl 9.",
        "beach cleanup coordination",
    ),
    (
        "o",
        "",
        "Djurskyddsföreningens jourhem – hur blir man jourhem för katt?",
        "Vi berättar hur det fungerar att ta hand om en katt tillfälligt tills den får ett nytt hem. Veterinärkostnader betalas av föreningen. Djurskyddet Kronoberg.",
        "foster home for cats info",
    ),
    (
        "o",
        "",
        "Insamlingslopp för barncancerfonden – digital start",
        "Spring, gå eller rulla 5 km var du än är och registrera din tid. Vi ses på länk för gemensam nedräkning kl 10. Startavgiften går oavkortat till Barncancerfonden.",
        "charity virtual run",
    ),
    (
        "o",
        "",
        "Styrelsemöte Föreningen Gröna Gårdar",
        "Ordinarie styrelsemöte. Punkter: odlingslotterna, ekonomi, ansökan till kommunens föreningsbidrag. Protokoll skrivs av Sven.",
        "association board meeting",
    ),
    (
        "o",
        "",
        "Välkomstträff för nya medlemmar i Friluftsfrämjandet",
        "Vad kan man göra hos oss? Allt från Skogsmulle för barn till långfärdsskridsko. Träffa ledarna och hitta din aktivitet.",
        "outdoor association welcome meeting",
    ),
    (
        "o",
        "",
        "Programmering för tjejer 10–14 år",
        "Vi gör ett eget spel i Scratch! Ingen tidigare erfarenhet behövs. Två timmar med pauser, ledare från föreningen Kodkompisarna.",
        "coding for girls",
    ),
    (
        "o",
        "",
        "IT-säkerhet hemma: starka lösenord och tvåstegsverifiering",
        "Praktiska tips för hela familjen: lösenordshanterare, uppdateringar och hur du slår på tvåstegsverifiering i vanliga appar. Biblioteket i Ystad.",
        "home IT security basics",
    ),
    (
        "o",
        "",
        "Orienteringsteknik för nybörjare",
        "Lär dig läsa karta, hålla kompassriktning och välja vägval. Vi går igenom teorin online, sedan finns en nybörjarbana i Hökensås att prova på egen hand. OK Tidan.",
        "orienteering basics",
    ),
    (
        "o",
        "",
        "E-sport: skolans Rocket League-lag söker spelare",
        "Gillar du Rocket League? Skolans e-sportlag kör uttagning. Vi tränar tisdagar efter skolan med idrottsläraren Kim som coach. Alla elever på Tullbroskolan får söka.",
        "school esports team tryouts",
    ),
    (
        "o",
        "",
        "Pubquiz på nätet – tema 90-talet",
        "Sex rundor: musik, film, sport, allmänbildning, bilder och en ljudrunda. Lag om max 4 personer. 40 kr per lag, vinnarlaget får presentkort.",
        "online pub quiz",
    ),
    (
        "o",
        "",
        "Valet 2026: så röstar du – information från valnämnden",
        "Var, när och hur röstar man? Valnämnden i Eslöv berättar om förtidsröstning, röstkort och vad du gör om du behöver hjälp i vallokalen. Teckenspråkstolk finns.",
        "election authority voting info",
    ),
    (
        "o",
        "",
        "Nätverk för föreningsledare – bidrag och ansökningar",
        "Hur söker man bidrag från Allmänna arvsfonden eller kommunen? Studieförbundet Vuxenskolan ger tips och vi delar erfarenheter mellan föreningarna.",
        "funding workshop for association leaders",
    ),
    (
        "o",
        "",
        "Klädbyte för barnkläder",
        "Vi fotar och lägger ut kläder vi vill byta bort, sen bestämmer vi upphämtning i Västerås. Gratis, inga pengar inblandade.",
        "children's clothes swap",
    ),
    (
        "o",
        "",
        "Öppet hus: Vasa Segelsällskap",
        "Nyfiken på segling? Vi visar klubben, berättar om juniorverksamheten och kurserna i Optimist och Laser. Länk till video från förra sommarens regatta.",
        "sailing club open house",
    ),
]

STANDARDS = {
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
KINDS = {"v": "violating", "h": "hard_negative", "o": "ordinary"}


def main():
    titles = [t for _, _, t, _, _ in LISTINGS]
    dupes = [t for t, n in collections.Counter(titles).items() if n > 1]
    assert not dupes, f"duplicate titles: {dupes}"
    out_path = os.path.join(os.path.dirname(os.path.abspath(__file__)), OUTFILE_JSONL)
    kind_counts = collections.Counter()
    main_counts = collections.Counter()
    with open(out_path, "w", encoding="utf-8") as f:
        for i, (kind, slugs, title, desc, note) in enumerate(LISTINGS, 1):
            slug_list = slugs.split()
            assert all(s in STANDARDS for s in slug_list), slug_list
            if kind == "v":
                standards = slug_list
                main_counts[slug_list[0]] += 1
            else:
                standards = []
                if kind == "h":
                    assert note.endswith(f"(mirrors {slug_list[0]})"), note
            if kind == "o":
                assert not slug_list
            rec = {
                "id": f"{ID_PREFIX}-{i:04d}",
                "lang": LANG,
                "split": "train",
                "title": title,
                "description": desc,
                "standards": standards,
                "kind": KINDS[kind],
                "note": note,
            }
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
            kind_counts[KINDS[kind]] += 1
    print(f"wrote {len(LISTINGS)} listings to {out_path}")
    print("per kind:", dict(kind_counts))
    print("per main standard (violating):", dict(main_counts) or "none")


if __name__ == "__main__":
    main()
