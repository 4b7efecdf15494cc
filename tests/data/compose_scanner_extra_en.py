"""Extra English event listings for Tillit's event scanner (issue #14).

Written by hand for Tillit (issue #14), one listing at a time, by an AI helper
(a Claude session started by the project). Licence: CC0-1.0 (public domain
dedication). Every name, handle, price and URL is made up (.example domains).

Each listing is a literal tuple (kind, slugs, title, description, note):
kind "v" violating, "h" hard negative, "o" ordinary; slugs is a space-separated
string (main standard first; for "h" the mirrored standard; "" for "o").

Run from the repository root:

    python tests/data/compose_scanner_extra_en.py

It writes tests/data/scanner_events_extra_en.jsonl and prints counts per kind
and per main standard.
"""

import json
from collections import Counter
from pathlib import Path

OUT = Path(__file__).resolve().parent / "scanner_events_extra_en.jsonl"
ID_PREFIX = "ev-en-x"
LANG = "en"

L = []

# --- violent_extremism (28) ---
L += [
    (
        "v",
        "violent_extremism",
        "Brothers of the Dawn – Intake Evening",
        "New to the cause? Tonight we welcome fresh brothers who are tired of talking and ready to act. We cover our oath, our structure, and how you can serve the mujahideen from where you live. Cameras on, real names stay off. Link sent after you message @dawn_recruiter with the phrase 'I have answered'.",
        "recruitment into an armed jihadist network, coded entry phrase",
    ),
    (
        "v",
        "violent_extremism",
        "Memorial Stream: 5 Years Since The Saint Took Action",
        "Five years ago one man did what millions only posted about. Join us to honour his sacrifice, read his manifesto together and talk about who will be next to carry the torch. Bring candles 🕯️ and your best edits. His score still stands. 🏆",
        "memorial glorifying a mass shooter, 'score' and 'who is next' framing",
    ),
    (
        "v",
        "violent_extremism",
        "Winter Kit Drive for Our Lions on the Front",
        "Our fighters in the mountains need boots, radios, night optics and 'medical' funds before the snow. Every $50 keeps a lion in the fight against the apostate army. Donations only via crypto wallet on the page, do NOT write the group name in memo. Victory is near inshallah.",
        "fundraising for an armed group, optics/radios, hide group name",
    ),
    (
        "v",
        "violent_extremism",
        "book club: reading the turner diaries as a manual",
        "not a lit-crit thing lol. we go chapter by chapter and discuss what parts would actually work today and what targets make sense. whites only, vetting call first. 14 words in your bio = fast track",
        "white-supremacist accelerationist reading as operational plan, coded 14 words",
    ),
    (
        "v",
        "violent_extremism",
        "Accelerate or Die — Sunday Night Comms",
        "The system will not reform itself. Weekly call for those who understand that collapse must be helped along. Topics: picking soft infrastructure, lone-wolf security culture, why the saints were right. No feds, no tourists. Vouch required.",
        "accelerationist group encouraging attacks on infrastructure, praise of 'saints'",
    ),
    (
        "v",
        "violent_extremism",
        "Martyrs' Day Nasheed Night",
        "An evening of nasheeds and poetry to celebrate the brothers who gave their lives in the blessed operation at the concert hall. We will share the final video they recorded and read the statement of the Emir. Sisters' room available. Share with trusted people only.",
        "celebrates a terrorist attack and shares attackers' martyrdom video",
    ),
    (
        "v",
        "violent_extremism",
        "Youth Leadership Camp (online pre-session)",
        "Ages 16-25. A pre-camp session for young men who want purpose. You'll learn discipline, fitness and the true history they hide from you. Those who show commitment will be invited to the summer field camp where we train with the brothers from the Legion. Parents don't need to know the details.",
        "disguised recruitment of young men into a paramilitary extremist 'Legion'",
    ),
    (
        "v",
        "violent_extremism",
        "Q&A with a Returning Fighter",
        "Our brother just came back from two years with the Islamic State in the Sahel and will answer your questions live: how to travel without being flagged, what to pack, how to reach the wilayah. Only for serious people. Zoom link in the Telegram channel.",
        "facilitates travel to join ISIS affiliate",
    ),
    (
        "v",
        "violent_extremism",
        "🔥 Day of the Rope countdown party 🔥",
        "When it comes they will remember who stood ready. Countdown call, memes, lists of traitors, and planning for 'community self-defense' in each city. Post your region in chat so we can link you with your local cell.",
        "neo-Nazi 'Day of the Rope' framing, organising local cells, lists of 'traitors'",
    ),
    (
        "v",
        "violent_extremism",
        "Support the Prisoners of War – Letter Writing & Fund",
        "Our comrades are locked up for the Riverside operation. The state calls them terrorists, we call them heroes. Write letters of praise, fund their commissary, and pledge to finish what they started. 50% of funds go to 'the next phase'.",
        "praises convicted attackers as heroes, funds 'next phase'",
    ),
    (
        "v",
        "violent_extremism",
        "Learn Arabic Through the Words of the Sheikh",
        "Beginner Arabic taught using the speeches and fatwas of our sheikh (may Allah accept him), who called for jihad against the crusaders and their cities. Each lesson ends with a pledge. Free for brothers, donations to the mujahideen welcome.",
        "propaganda course using speeches calling for attacks, pledge and donations",
    ),
    (
        "v",
        "violent_extremism",
        "Gaming Night – Clan Tryouts [Division 88]",
        "We play shooters but we're not really here for the games 😉 Tryouts for new members. Looking for guys who are done with being replaced and want to meet IRL. Top players get invited to the real training weekend. Our high score hero is in the banner.",
        "neo-Nazi recruitment via gaming clan, coded 88, glorifies attacker as 'high score hero'",
    ),
    (
        "v",
        "violent_extremism",
        "Anniversary vigil for the Heroes of the 7th",
        "Every year the media mourns the 'victims'. We mourn our heroes who struck the enemy on the 7th. Join our vigil to read their names, watch the operation footage and renew our promise. No weeping for the infidels.",
        "glorifies perpetrators of an attack, shows attack footage",
    ),
    (
        "v",
        "violent_extremism",
        "Financial Jihad 101: Give Without a Trace",
        "Your wealth is a weapon. We explain how to send support to the fighters using gift cards, prepaid crypto and 'charity' fronts so the kuffar banks can't stop you. Every contribution counts toward the armoury.",
        "terrorism financing instructions, 'armoury'",
    ),
    (
        "v",
        "violent_extremism",
        "eco defence circle - direct action only",
        "petitions did nothing. we're past that. closed circle for people ready to hit the pipeline crews and the execs where it hurts, like the cell in 2019 did. we celebrate them here. signal only, bring your own opsec.",
        "violent eco-extremist cell glorifying earlier attacks and inciting new ones",
    ),
    (
        "v",
        "violent_extremism",
        "Sisters' Halaqa: Raising Lion Cubs",
        "A gathering for sisters on raising our children to love martyrdom and hate the disbelievers, like the mothers of the Caliphate. We share nasheeds for children and the Amaq clips our little ones enjoy. Sisters only, verified by a sister.",
        "indoctrinating children with terrorist propaganda (Amaq), pro-Caliphate",
    ),
    (
        "v",
        "violent_extremism",
        "THE GREAT REPLACEMENT IS REAL - what are YOU doing about it??",
        "Stop crying online. Our founder wrote the answer in his document before he went to the mosque. Livestream tonight reading it line by line + how to organize so his sacrifice wasnt in vain. Donate to keep us online, BTC only.",
        "glorifies a mosque attacker and his manifesto, calls to continue",
    ),
    (
        "v",
        "violent_extremism",
        "Volunteer Medical Course for the Brigades",
        "Trauma first aid for volunteers heading to join the brigades of the Front. Completion certificate accepted by our recruiters at the border. Course fee goes directly to the Front's logistics. Glory to the fallen commanders.",
        "recruitment/funding pipeline for an armed group disguised as medical training",
    ),
    (
        "v",
        "violent_extremism",
        "Patriot Militia — Ops Briefing (members + prospects)",
        "When the election is stolen again we will not sit still. Briefing on rally points, target lists of officials, and which comrades bring long guns. Prospects welcome if vouched. This is not a drill and not a LARP.",
        "militia organising violence against officials",
    ),
    (
        "v",
        "violent_extremism",
        "🕊 remembrance art contest 🕊",
        "Draw or edit tributes to the brave one who cleaned up the festival last summer. Best fan art gets pinned and sent to his prison address. Keep it classy, no 'victims' mentioned. Prize: $100 in monero.",
        "fan-art contest glorifying a mass attacker",
    ),
    (
        "v",
        "violent_extremism",
        "Understanding Our Struggle: The Armed Path (closed seminar)",
        "A closed seminar for sympathisers of the People's Liberation Front. We will explain why bombings of 'collaborator' businesses are legitimate, how the movement chooses targets, and how you can become a supporter cell. Financial pledges collected at the end.",
        "promotes and funds bombing campaign of a militant front",
    ),
    (
        "v",
        "violent_extremism",
        "Hijrah Planning Circle",
        "For brothers and sisters who want to leave the land of kufr and join the state. We share trusted routes, contacts for the crossing, and how to explain your absence to family. Anonymous usernames only.",
        "facilitating travel to join a terrorist 'state'",
    ),
    (
        "v",
        "violent_extremism",
        "Free Speech Meetup (read the rules)",
        "Finally a place to say it: the Norwegian guy was right and history will prove it. We share his writings, discuss which parts were 'too soft', and make sure the next generation finds them. Mods delete cuck comments.",
        "glorifies a far-right terrorist under a free-speech framing",
    ),
    (
        "v",
        "violent_extremism",
        "Combat Fitness for the Coming War",
        "12-week program for our movement's young men. PT, knife drills, and ideological sessions on why the race war is inevitable and must be won. Graduates receive their patch and join a local unit. $30/mo. We don't accept race traitors.",
        "paramilitary training for neo-Nazi race-war movement",
    ),
    (
        "v",
        "violent_extremism",
        "Live reading: Dabiq issue 15 – discussion",
        "We read the English edition of Dabiq together, pausing for reflection. Tonight's focus: the article on striking the crusaders in their homes. Brothers encouraged to share how they apply the lessons.",
        "propagates ISIS magazine and its calls for attacks",
    ),
    (
        "v",
        "violent_extremism",
        "Anti-Govt Resistance Drone Workshop",
        "Hobby drones are not just for photos anymore 😏. Our cell shows how the brothers in the East used them against checkpoints and how we bring that here. Funds raised go to the resistance's 'air wing'. Invite only.",
        "training and funding for attacks by a resistance cell",
    ),
    (
        "v",
        "violent_extremism",
        "join the Order – online orientation",
        "the Order is back. small cells, no leaders, no paper trail. orientation covers our reading list, the heroes wall, and how new members prove themselves with an 'action'. newcomers who just want to chat can leave now.",
        "leaderless neo-Nazi cell recruitment, initiation by 'action'",
    ),
    (
        "v",
        "violent_extremism hate",
        "Podcast Live: Why the Invaders Must Go – By Any Means",
        "Our hosts break down why peaceful remigration failed and why the boys in the Brigade are right to take up arms against the invaders in our towns. Shoutout to our fallen. Sponsored by the Brigade's defence fund.",
        "promotes armed group violence against migrants, funding; hate also",
    ),
]
# --- self_harm (28) ---
L += [
    (
        "v",
        "self_harm",
        "Ana Accountability Circle 🦋 (strict)",
        "Daily weigh-in on camera, goal weights in your display name. We keep each other under 600 cal and call out anyone who 'slips'. Thinspo swap at the end. Recovery talk gets you removed – this is a safe space to stay strong, not to get fat.",
        "pro-ana group enforcing starvation, bans recovery",
    ),
    (
        "v",
        "self_harm",
        "The Quiet Exit — a peaceful gathering",
        "For those who have made up their mind and are tired of being talked out of it. We compare the gentlest ways, share what we've ordered and help each other pick a date. No hotline numbers, no therapists, no judgement. Be kind to each other on the way out.",
        "suicide-method group helping members plan deaths, discourages help",
    ),
    (
        "v",
        "self_harm",
        "blackout challenge LIVE – who can last longest??",
        "tonight on stream we do the pass out challenge, everyone on cam, longest time wins a $20 giftcard. last time someone went 40 secs lmaooo. bring a friend to spot you if u want but its more fun without",
        "stream encouraging the choking/blackout challenge",
    ),
    (
        "v",
        "self_harm",
        "Skinny Queens Fasting Marathon 72h+",
        "Join the 72-hour fast live! We motivate each other to skip food, hide it from parents and push past dizziness. Fainting = bonus points 💀 Share your bones pics in the group chat after. Meanspo available on request.",
        "pro-ana fasting marathon, hiding from parents, meanspo",
    ),
    (
        "v",
        "self_harm",
        "cut club (members only)",
        "safe place to share fresh ones and not get lectured. we rate, we compare, we share tips to hide them from school nurses. if ur here to talk us out of it pls dont join. new members post one pic to be approved.",
        "self-harm sharing group rating wounds and hiding them",
    ),
    (
        "v",
        "self_harm",
        "Final Chapter Writing Workshop",
        "Write the note you've always meant to leave. Our facilitator, who 'has helped many finish their story', will help you make it beautiful, then we set dates together so nobody backs out alone. Donation-based. Not a crisis service and we don't want one.",
        "suicide note workshop with date-setting pact",
    ),
    (
        "v",
        "self_harm",
        "Pro-Mia Support Group – tips & tricks night",
        "Struggling to get rid of it quietly? Tonight our longtime members share how they purge without anyone noticing and which 'helpers' you can buy online. Cameras optional. Anyone who mentions recovery will be muted.",
        "pro-bulimia group sharing purging concealment",
    ),
    (
        "v",
        "self_harm",
        "Bridge Night 🌉 (not the card game)",
        "Meeting for those planning to go together. We choose the spot, the date and who brings what. You won't feel alone at the end. DM @lastlights for the passcode. Please don't bring the police into this, they ruin everything.",
        "coded suicide pact meeting, planning location and date",
    ),
    (
        "v",
        "self_harm",
        "The 50-Day Challenge — Discord → Zoom Edition",
        "A new task every day from your curator. Starts with small ones (wake at 4:20, watch the sad videos) and gets harder. Send proof on camera. Day 50 is the final task, you know what it is. Don't tell anyone or the game resets.",
        "'blue whale'-style curator challenge leading to suicide",
    ),
    (
        "v",
        "self_harm",
        "WEIGHT LOSS BOOTCAMP FOR TEENS – lose 10kg in 2 weeks!!!",
        "no food after 12, chew and spit, laxative tea every night and 2h cardio on an empty stomach. coaches check in on cam at night so u dont cheat. ur parents wont notice if u wear baggy clothes. price: 15€",
        "dangerous eating-disorder regime sold to minors",
    ),
    (
        "v",
        "self_harm",
        "support group for people who want to stop being talked out of it",
        "everyone says 'it gets better'. it doesn't. this is a group where we agree that it's our right to go and we back each other up when family interferes. share what you're stockpiling, we can double check amounts.",
        "encourages suicide and checks stockpiled amounts",
    ),
    (
        "v",
        "self_harm",
        "Sunday Sharpie Swap 🖊️✨",
        "it's not really about sharpies 🙃 show ur arms, we share the prettiest new lines and what tools work best. no triggers warning here bc we're all the same. 14+ welcome",
        "coded self-harm sharing group, minors welcome",
    ),
    (
        "v",
        "self_harm",
        "Corpse Bride Aesthetic: Getting to Your Goal",
        "For girls who want the hollow, fragile look. BMI under 15 is the target, we share the best ways to suppress hunger, hide weight loss in clothes and fool the doctor's scale. Weekly body checks on camera.",
        "pro-ana goal of dangerously low BMI, fooling doctors",
    ),
    (
        "v",
        "self_harm",
        "Webinar: Your Right to Die – The Practical Session",
        "Following our philosophy talk, this session gets practical. We go through what members have used, what to order from where so it isn't flagged, and how to make sure you aren't found too soon. Registration requires confirming you are 'certain'.",
        "suicide-method instruction session disguised as right-to-die talk",
    ),
    (
        "v",
        "self_harm",
        "Hold Your Breath Longest Wins 🏆 (kids stream)",
        "Fun game for our young viewers! We hold our breath and squeeze our neck a bit to make it harder 😂 whoever stays under longest gets a shoutout. Mum and dad don't need to watch!!",
        "choking game for children, self-harm challenge (also endangering minors)",
    ),
    (
        "v",
        "self_harm",
        "Thinspiration Movie Night",
        "We watch our favourite skinny edits and motivate each other to not eat until Friday. Post your ribs and hip bones in chat for rates. If you eat during the stream you have to do 200 crunches on cam.",
        "pro-ana thinspo event with punishment for eating",
    ),
    (
        "v",
        "self_harm",
        "after the breakup: ending it together",
        "if you lost the one and don't see a point, join us. we've been talking for weeks and we're ready. last stream is on friday, we do it live so nobody chickens out. don't report this, just let us be.",
        "plan for a live-streamed group suicide",
    ),
    (
        "v",
        "self_harm",
        "Numb Club – scar pride meetup",
        "Show off your collection and compare how deep you went this week. Members with most new marks get the crown emoji. Please don't bring up therapy, we've all heard it. Camera on for arm checks.",
        "competitive self-harm, rewards new wounds",
    ),
    (
        "v",
        "self_harm",
        "Detox Masterclass: Dry Fasting for 10 Days",
        "Our coach teaches you to go 10 days with no food AND no water to 'reset' your body and mind. Ignore the warnings your body gives you, that's just toxins leaving. Teens welcome, parental consent not required. $49.",
        "life-threatening dry fast promoted, ignoring warning signs",
    ),
    (
        "v",
        "self_harm",
        "i want someone to talk me INTO it",
        "doing a call tonight for anyone who has experience. i've got everything ready but i keep chickening out. need people to stay on and encourage me till it's done. no hotlines please, i've called them before.",
        "requests encouragement to complete suicide on a live call",
    ),
    (
        "v",
        "self_harm",
        "Pain is Clarity – guided session",
        "A 'mindfulness' session where we use controlled pain to feel something again. Bring a lighter or an elastic, our guide walks you through how far to go each week so you build tolerance. Bruises fade, clarity lasts.",
        "self-harm disguised as mindfulness, escalation",
    ),
    (
        "v",
        "self_harm",
        "Ghost Girls 👻 — Rexy Group",
        "Rexy = strong. We don't eat, we disappear. Daily cal counts, tips to fool parents at dinner, fasting buddies for every timezone. Wannarexics welcome, just prove you're serious with a stats post. No recovery-speak.",
        "pro-anorexia 'rexy' group, coded terminology",
    ),
    (
        "v",
        "self_harm",
        "Tide Pod Taste Test Stream – round 2 lol",
        "we're back!! last time our mod ended up in hospital which got us 10k views so we're doing it again. who's brave enough to actually bite one on cam? top 3 get merch",
        "encourages swallowing detergent pods on stream",
    ),
    (
        "v",
        "self_harm",
        "Exit International-style chat, but for real",
        "No gatekeeping, no 'you must be terminally ill'. Anyone who's done with life can join and we'll tell you what the forums won't. We also have a member who ships from overseas. Discreet packaging.",
        "suicide method sourcing for anyone, shipping lethal means",
    ),
    (
        "v",
        "self_harm",
        "heavy ppl not welcome - 'lightweights' weekly",
        "group for those who want to go under 40kg. share fasting streaks, safe foods under 50cal, and ways to hide it. if u gain u get kicked. we keep each other disciplined. no parents, no doctors, no lectures.",
        "pro-ana group with extreme weight target",
    ),
    (
        "v",
        "self_harm",
        "Countdown Club 🕰️",
        "Everyone picks their day and we count down together. We check in every week to make sure nobody backs out and to share our progress on getting ready. It's beautiful to not be alone in this. 16+.",
        "suicide countdown group, peer pressure not to back out",
    ),
    (
        "v",
        "self_harm",
        "Salt Water Flush + Chew-Spit Challenge",
        "Who can go longest with only salt water and chewing gum? Live leaderboard. Tips to make yourself throw up if you cave. Streak rewards every 24h. bonus for posting your scale in the chat 📉",
        "eating-disorder challenge including purging",
    ),
    (
        "v",
        "self_harm",
        "Poetry night for people who are ready to leave",
        "Read the words you want to be remembered by. Afterwards our members share how they plan to go and we give feedback so it goes smoothly. Please no 'reach out' comments, we are past that.",
        "suicide planning feedback disguised as poetry night",
    ),
]
# --- child_safety (28) ---
L += [
    (
        "v",
        "child_safety",
        "Open Casting: Petite Models 11–14 (online)",
        "Big agency looking for fresh faces! Girls aged 11-14, no experience needed. First round is a private video call with our scout, please wear swimwear or a leotard so we can see your 'lines'. Come alone, parents make girls nervous. Paid shoots for the best.",
        "grooming disguised as modelling casting, swimwear, no parents",
    ),
    (
        "v",
        "child_safety",
        "1:1 Mentoring for Lonely Teens (free!!)",
        "Feel like nobody gets you? I'm a 34yo coach who's been there. Free private calls for boys and girls 12-16. We'll talk about anything, even the stuff you can't tell your parents 😉 Our calls are our secret. Add me on a private app after the first one.",
        "adult seeking secret private calls with minors, classic grooming",
    ),
    (
        "v",
        "child_safety",
        "Kids Dance Challenge Stream 💃 send ur videos",
        "Girls 9-13 upload your dance vids in crop tops and shorts!! Best 'moves' win a tablet. Judges (adult men from our team) pick favourites and DM the winners for more private clips. Keep it between us so your siblings dont copy 😜",
        "soliciting sexualised videos from young girls, private DMs",
    ),
    (
        "v",
        "child_safety",
        "Trading room – young content (vetted only)",
        "Collectors' room. Bring new material of the under-age kind to get in, no cops, no reposts. Sorted by age. Passcode only to vouched members who have contributed.",
        "exchange of child sexual abuse material, coded",
    ),
    (
        "v",
        "child_safety",
        "Gamer Girls Club — 12+ (with Uncle Rob)",
        "Hey girls! Uncle Rob hosts a chill Roblox & chat call every night. I give out Robux for being my 'favourite'. Sometimes we play truth or dare on cam 🙈 Don't tell mum, she won't understand our club.",
        "adult grooming girls with gifts, truth-or-dare on cam, secrecy",
    ),
    (
        "v",
        "child_safety",
        "Teen Pageant Prep – Private Coaching",
        "Is your daughter 10-15 and dreaming of the crown? Coach Daniel works one-on-one in private video sessions on posture, poise and 'confidence in less clothing'. Parents are kindly asked not to sit in, it distracts the girls.",
        "pageant coaching excluding parents, sexualised framing of minors",
    ),
    (
        "v",
        "child_safety",
        "sleepover stream 🌙 (under 15s only)",
        "our pyjama party stream! leave your cam on all night while you sleep and change. viewers tip to unlock 'bedtime' moments. u get 70% of tips. dont tell ur parents how u earn it",
        "monetised streaming of minors changing/sleeping",
    ),
    (
        "v",
        "child_safety",
        "Youth Photography Workshop – Live Models Provided",
        "Learn portrait lighting with our young models (ages 8-13)! Premium ticket holders get private 1-on-1 sessions with the model of their choice and can request 'artistic' poses. Photos are yours to keep. Discreet, no questions asked.",
        "selling private access to children for 'artistic' photos",
    ),
    (
        "v",
        "child_safety",
        "Homework help ✏️ (I pay YOU!)",
        "I'm a tutor who pays students 13-15 $20 per session just to chat and do fun dares while we study. Cam required. Older students get bonuses for being brave. Message @tutor_jay and delete our chats afterwards.",
        "paying minors for dares on cam, secrecy, grooming",
    ),
    (
        "v",
        "child_safety",
        "Teen Influencer Bootcamp — Get Famous Fast",
        "Want 100k followers? We coach girls 12-16 to grow their accounts with 'spicy but safe' content that brands (and fans) love. Our fans pay for custom clips, you keep half. Weekly check-ins with our male managers.",
        "commercial sexual exploitation of minors via custom clips",
    ),
    (
        "v",
        "child_safety",
        "Boys' Wrestling Club – remote sessions",
        "Wrestling practice for boys 10-14 over video. Shirts off so coach can check form 🤼 Keep your door locked so you're not interrupted. Private sessions for the most dedicated. Coach gives gifts for progress.",
        "grooming boys under cover of sports coaching, shirts off, private",
    ),
    (
        "v",
        "child_safety",
        "cute kids pics swap 😇 (you know what kind)",
        "hobby meetup for 'kid-lovers'. share your 'innocent' bathtime and beach pics of the little ones. newcomers show 3 originals to stay. keep the chat clean of keywords.",
        "sharing sexualised images of children with coded language",
    ),
    (
        "v",
        "child_safety",
        "The Knife Cutting Challenge for Kids 🔪🍉",
        "Kids under 10, show us how fast you can chop with mum's biggest knife with your eyes closed! Fastest chopper wins. No adults allowed on cam, it's more exciting that way!!",
        "dangerous challenge aimed at young children, excludes adults",
    ),
    (
        "v",
        "child_safety",
        "Junior Acting Agency – Self-Tape Call (Ages 9-14)",
        "Casting for a web series! Submit a self-tape of the 'bath scene' and the 'bedroom scene' from the attached script. Our director will give private feedback over video. Parents are not permitted in the audition room for authenticity.",
        "fake casting soliciting sexualised footage of children",
    ),
    (
        "v",
        "child_safety",
        "Safe Space for Teens to Meet Older Friends",
        "Are boys your age boring? Meet mature guys 25+ who actually listen. 13-17 welcome. We pair you up for private calls and who knows, maybe a real date 🥰 Your parents don't have to be involved, you're old enough.",
        "matches minors with adult men for private contact and dates",
    ),
    (
        "v",
        "child_safety",
        "Family Naturist Video Chat – kids welcome",
        "Our online 'naturist family' room where children are encouraged to be on cam without clothes. Singles without kids welcome to join and watch. No recording (officially) 😉",
        "invites adults to view naked children under a naturist pretext",
    ),
    (
        "v",
        "child_safety",
        "Fire Challenge Livestream for Kids 🔥",
        "Ages 8-12: spray some deodorant on your arm and light it for 3 seconds! Braver = longer. Shout-outs and gift cards for best clips. Do it when your parents are out so you don't get stopped!!",
        "dangerous fire challenge aimed at children",
    ),
    (
        "v",
        "child_safety",
        "Mentorship for Young Gymnasts – flexibility checks",
        "I'm a former coach offering free online flexibility assessments for girls 7-13. Wear tight clothing, splits and bridges on camera. I record for 'analysis'. No parents in the room please, the girls perform better alone.",
        "adult recording young girls in poses without parents",
    ),
    (
        "v",
        "child_safety",
        "Teen Chat Room 18+ Moderators Wanted",
        "Our 13-15 chat room needs adult 'moderators'. Perks: private rooms with members, access to their cams, first pick of the new girls. Apply with a few words about what age you prefer.",
        "recruiting adults for access to minors, preference by age",
    ),
    (
        "v",
        "child_safety",
        "Secret Santa for kids 🎁 (with a twist)",
        "Kids 10-14 get presents from our generous adult Santas! In return the kids just send a thank-you video in their new pyjamas 🎅 Santas can request more videos. Don't post about it anywhere, surprises are secret!",
        "gift-based grooming soliciting videos of minors",
    ),
    (
        "v",
        "child_safety",
        "Runaway Support (for real this time)",
        "Parents don't get you? Under 16 and thinking of leaving home? We have a friendly older member who can pick you up and give you a place to stay. Delete the chat after joining. Don't tell school counsellors, they'll snitch.",
        "luring runaway minors to an adult, trafficking risk",
    ),
    (
        "v",
        "child_safety",
        "Feet Pics Market – young sellers welcome",
        "Earn easy money! Teens 14+ can sell foot and 'other' pics to our buyers. We handle payments via gift card so parents don't see it. Buyers pay extra for school uniform sets.",
        "sexual exploitation of minors for money, school uniform",
    ),
    (
        "v",
        "child_safety",
        "Tween Model Search – Lingerie Line Launch",
        "New brand looking for tween models (10-13) for our 'first bra' campaign. Online shoot with our photographer, full try-on session on camera. Parents can wait outside the call. Travel + pay for selected girls.",
        "sexualising tweens in lingerie shoot without parents",
    ),
    (
        "v",
        "child_safety",
        "Dare Night 😈 (12-15 only, no adults lol)",
        "the host is 'a teen too' trust 😉 we do dares all night, the more u show the more points. top scorers get added to the VIP group. screenshots are for the VIPs only",
        "adult posing as teen soliciting exposure, screenshots",
    ),
    (
        "v",
        "child_safety",
        "Learn English with Mr. Tom – private lessons for kids",
        "Cheap English lessons for children 6-12 in Asia. Lessons are private, with the camera showing the child in their bedroom. Rich foreign 'students' can also join and watch the lessons for a fee. Payment to the family via agent.",
        "selling viewing of children to paying foreign adults (livestream exploitation)",
    ),
    (
        "v",
        "child_safety",
        "Choir auditions – boys 9-13, solo room",
        "Audition for our online boys' choir. The final stage is a private video call in the 'solo room' with the choirmaster, who will also ask personal questions and check your 'posture'. Please send a recent full-body photo first.",
        "grooming pattern: private auditions, personal questions, full-body photos",
    ),
    (
        "v",
        "child_safety",
        "Make money at 13! 💸 Live Cam Jobs",
        "Are you 13-17 and need money? Our platform lets you go live for 'fans' who tip for requests. Fake birthday in signup, we handle the rest. Girls earn more. Top earner this month: 15 y/o, $2k!",
        "recruiting minors for cam work, fake age",
    ),
    (
        "v",
        "child_safety",
        "Hide and seek in the woods – kids' night adventure stream",
        "Kids 7-11 sneak out after bedtime and stream from the woods or the river with your phone! Whoever goes furthest from home wins. No grown-ups, that's the rule! Meet other kids and our host 'Buddy' afterwards.",
        "endangering young children, luring to meet an unknown adult",
    ),
]
# --- violence (6) ---
L += [
    (
        "v",
        "violence",
        "Planning call: teach the landlord a lesson",
        "He evicted three families on our street. Thursday night we meet outside his house at 11. Bring bats, masks and gloves. Nobody calls the cops, we sort this ourselves. Planning call first so everyone knows their role.",
        "organising an assault on a named landlord",
    ),
    (
        "v",
        "violence",
        "FIGHT WATCH PARTY – Best Street Beatdowns of the Year",
        "We rewatch the best clips of random people getting knocked out on the bus and at the station. Vote for the most brutal stomp. Bonus if you filmed it yourself 👊 Share new clips of homeless guys getting wrecked.",
        "celebrates real assaults on strangers and homeless people",
    ),
    (
        "v",
        "violence",
        "Strike Day Prep – make the scabs bleed",
        "Anyone crossing the picket line on Monday deserves what's coming. We'll go over which gate they use, who brings the bricks, and how to catch them in the car park. Solidarity!!",
        "incitement to violence against workers crossing picket line",
    ),
    (
        "v",
        "violence",
        "hunt the ref – supporters meeting",
        "the ref robbed us again. we know where he lives and which bar he goes to after games. meeting to plan a 'welcome' for him this weekend. he won't be blowing a whistle for a while 😡",
        "threat and planned assault on a football referee",
    ),
    (
        "v",
        "violence",
        "Talk: Why the Protesters Deserved to Be Run Over",
        "Our host explains why the driver who ploughed through the march was a hero and why more people should do the same next time they block the road. Car stickers on sale after.",
        "celebrates vehicle attack on protesters and urges repeats",
    ),
    (
        "v",
        "violence",
        "Ex Revenge Support Circle",
        "For guys whose exes ruined their life. We share how to find where she lives now and what she deserves. Last week one member finally gave his ex what was coming. We celebrate wins here.",
        "incites and celebrates violence against former partners",
    ),
]
# --- hate (6) ---
L += [
    (
        "v",
        "hate",
        "Stand-up Night: Jokes That Tell the Truth About Gypsies",
        "Our comedians roast the thieving, filthy travellers that ruin every town they camp in. No PC crowd, just facts. Bring your own stories of them stealing. Not suitable for snowflakes.",
        "demeaning an ethnic group as thieves and filthy",
    ),
    (
        "v",
        "hate",
        "Parents' Info Evening: Keep Trannies Out of Our Schools",
        "These mentally ill perverts want access to our kids. Come learn how to get every trans teacher fired and make sure none of 'them' feel welcome in our town. Bring signs.",
        "dehumanising slur and exclusion of trans people",
    ),
    (
        "v",
        "hate",
        "webinar – The Jewish Question, Answered",
        "we go through who REALLY controls banks, media and your government and why they should be removed from public life. sources in the slides. no shills.",
        "antisemitic conspiracy and calls for exclusion",
    ),
    (
        "v",
        "hate",
        "Ladies Night?? No, Sandwich Night 🥪",
        "Women have one job and it isn't talking. A livestream for real men on why females are too stupid to vote, drive or have opinions. Any woman in chat gets banned after we laugh at her.",
        "demeaning women as a group, calls to deny votes",
    ),
    (
        "v",
        "hate",
        "Muslim-Free Neighbourhood Association – founding call",
        "We don't want mosques or any of those people moving onto our streets. Founding meeting of an association to make sure no Muslim family can buy or rent here. Realtors welcome.",
        "exclusion of people for religion, housing discrimination",
    ),
    (
        "v",
        "hate",
        "retard rodeo watch-along lol",
        "we watch clips of disabled people 'trying' and rate the funniest fails. then we call into the special needs support streams and do the voices. worst one gets 'retard of the week'.",
        "mocks people with disabilities, slur; also plans to target their streams",
    ),
]
# --- sexual (6) ---
L += [
    (
        "v",
        "sexual",
        "Private Show Tonight – Real Couple, Live 🔞",
        "Me and my bf go live at 11pm, full uncensored show. Tips unlock positions, $200 buys a custom request. Pay via the link, passcode sent after payment. Best value on the site 💋",
        "selling live porn shows on the platform",
    ),
    (
        "v",
        "sexual",
        "Open Office Hours (NSFW surprise)",
        "Listed as a spreadsheet Q&A so it gets into the public feed 😏 As soon as people join we switch to a hardcore video on screen share. Love seeing their faces.",
        "explicit content shown to people who did not choose it",
    ),
    (
        "v",
        "sexual",
        "Escort meet & greet – choose your girl",
        "Girls from Eastern Europe available in your city this week. Meet them on cam first, then book by the hour. Incall/outcall, rates on request. Discreet, cash or crypto.",
        "selling sex, escort booking",
    ),
    (
        "v",
        "sexual",
        "Leaked tapes of my ex – watch party",
        "Got the vids she sent me when we were together. Showing them tonight for the boys, no blurring. She doesn't know haha. $5 entry to keep it small.",
        "sharing intimate images without consent, for money",
    ),
    (
        "v",
        "sexual",
        "Spicy Yoga 🧘‍♀️ (adults, fully nude, tips welcome)",
        "Nude 'yoga' with explicit close-ups and a happy ending for top tippers. Private upgrades available for one-on-one sexual sessions. Venmo @spicy_flow.",
        "sex-work show disguised as yoga class",
    ),
    (
        "v",
        "sexual",
        "Hidden cam compilations – changing rooms edition",
        "New batch of gym changing-room footage, none of them knew 🙈 screening for members, downloads for VIPs. Suggest locations for the next batch.",
        "voyeur recordings shown without consent; privacy also applies",
    ),
]
# --- privacy (6) ---
L += [
    (
        "v",
        "privacy",
        "Exposing the Streamer 'LunaBytes' – full dox reveal",
        "Tonight we reveal her real name, home address, her mum's workplace and the school her little brother goes to. Screen-share of all the docs. Spread it everywhere before she deletes her account.",
        "doxxing a streamer and her family",
    ),
    (
        "v",
        "privacy",
        "Our Neighbours Live 24/7 📹",
        "I pointed my cameras at the flat across the road and the couple never close their curtains lol. Streaming their living room and bedroom around the clock. Chat picks what we zoom into.",
        "streaming people in their home without consent",
    ),
    (
        "v",
        "privacy",
        "Find anyone's address – live lookup session",
        "Send me a name or a username and I'll pull up their address, phone, ex-partners and workplace live on stream. $10 per lookup, no questions asked about why you want it.",
        "doxxing for hire",
    ),
    (
        "v",
        "privacy",
        "Patient files reading night 🏥",
        "I work in records at the clinic and I'll read out some of the funniest patient files, names and diagnoses included. Locals might recognise a few 😂 Keep it off social media.",
        "disclosure of identifiable medical records",
    ),
    (
        "v",
        "privacy",
        "Secretly recorded therapy group – highlights",
        "I taped my addiction support group for months without telling anyone. Streaming the best breakdowns with names and faces. Real emotions, zero actors.",
        "broadcasting a support group recorded without consent",
    ),
    (
        "v",
        "privacy",
        "Rate the Girls from Our Office (with their socials)",
        "Anonymous call to share photos of the women from our floor, their home addresses and Instagram handles. We'll rank them and pick who to 'visit' first.",
        "sharing private info and photos of coworkers; harassment too",
    ),
]
# --- harassment (6) ---
L += [
    (
        "v",
        "harassment",
        "Weekly Roast of Ms. Patel (our maths teacher)",
        "Every Friday we make fun of her accent, her weight and her divorce. Join and bring new memes. We also send them to her school email, she cries every time, it's hilarious.",
        "repeated degrading bullying of a named teacher",
    ),
    (
        "v",
        "harassment",
        "Operation Make Kevin Quit",
        "Kevin from accounting is annoying so we're going to make his life hell until he resigns. Planning call: fake complaints, mocking him in every meeting, flooding his DMs. Who's in?",
        "coordinated workplace bullying campaign against a person",
    ),
    (
        "v",
        "harassment",
        "Let's All Message @sophie_draws At Once",
        "This 'artist' blocked me. Tonight we each make 5 new accounts and tell her exactly how ugly and talentless she is until she deletes everything. Screenshots of her reactions = points.",
        "coordinated harassment pile-on",
    ),
    (
        "v",
        "harassment",
        "Fat Friday: Call In and Rate Jenna",
        "My roommate Jenna has no idea this stream exists. I point the cam at her while she eats and chat scores how gross she is. Best insult gets read out to her face.",
        "degrading a specific person, unwanted and repeated",
    ),
    (
        "v",
        "harassment",
        "ex-girlfriend appreciation night (not really)",
        "i'm going to call my ex on speaker live and we're all going to tell her what a worthless slut she is. keep calling her every night till she picks up. her number in the chat.",
        "repeated degrading calls targeting an ex-partner",
    ),
    (
        "v",
        "harassment",
        "Bully the New Kid Club",
        "New kid at our school thinks he's cool. Group call to plan this week: who trips him, who takes his bag, who posts the video. He cried last time 😂",
        "planning bullying of a schoolmate",
    ),
]
# --- fraud (6) ---
L += [
    (
        "v",
        "fraud",
        "FREE Crypto Giveaway – Send 0.1 ETH, Get 1 ETH Back!!",
        "Official anniversary celebration! For one hour only, every wallet that sends 0.1 to 0.5 ETH receives 10x back instantly. Livestream proof of payouts. Hurry, limited pool!",
        "classic crypto doubling scam",
    ),
    (
        "v",
        "fraud",
        "Account Verification Webinar – Avoid Suspension",
        "Your bank account will be suspended due to new regulations. Join this mandatory session and enter your card number, PIN and one-time code in the form so our agent can verify you on the call.",
        "phishing for card details and codes",
    ),
    (
        "v",
        "fraud",
        "Become a Millionaire in 30 Days – Forex Mastermind",
        "Guaranteed 40% monthly returns. Deposit your savings with our head trader and watch it grow. Recruit 3 friends and your tier unlocks. Withdrawals open after the 'maturity period' 🤑",
        "investment/Ponzi scheme with guaranteed returns",
    ),
    (
        "v",
        "fraud",
        "Work From Home – Package Reshipping Jobs",
        "Earn $500/week receiving parcels and reshipping them abroad. Training call tonight. Bring a copy of your passport and bank details for payroll. No questions about the contents please.",
        "reshipping mule scam harvesting identity documents",
    ),
    (
        "v",
        "fraud",
        "Grandparents' Tech Support Hour",
        "Computer slow? Our 'Microsoft-certified' helpers connect to your PC on the call, fix the virus, and take payment in gift cards. Just read us the codes from the back of the cards.",
        "tech-support scam targeting elderly with gift cards",
    ),
    (
        "v",
        "fraud",
        "Romance Skills Academy – make them send money",
        "Learn to build fake profiles, create a love story in 3 weeks and invent the emergency that gets them to wire funds. Scripts for widows and lonely men included. $99.",
        "teaching romance scams",
    ),
]
# --- regulated_goods (6) ---
L += [
    (
        "v",
        "regulated_goods",
        "Garden Party 🍄🌿❄️ – Menu Drop Tonight",
        "New menu for the weekend: green, snow, caps and pressed pills. Drop times and prices on screen during the stream. Delivery same-day in Leeds, post for the rest of the UK. Stealth packaging.",
        "coded drug sales via emoji menu",
    ),
    (
        "v",
        "regulated_goods",
        "Ghost Gun Kits – Live Unboxing & Sale",
        "Unserialised 80% frames and jigs, no background check, ships to any state. We walk through the kit live and take orders at the end. Bulk discount for groups.",
        "selling untraceable firearm kits without checks",
    ),
    (
        "v",
        "regulated_goods",
        "Pharma Without Prescription – Q&A",
        "Oxy, xans and adderall from our 'pharmacy partner' in India, no script needed. Ask our pharmacist anything, then order via the chat link. Bitcoin accepted.",
        "selling prescription opioids and benzodiazepines without prescription",
    ),
    (
        "v",
        "regulated_goods",
        "airsoft swap meet (real steel section)",
        "mostly airsoft, but ask in private for the 'real steel' table, pistols and a couple of rifles, cash only, no paperwork. dm @steelbarn before the meet",
        "illegal firearms sale hidden in an airsoft meet",
    ),
    (
        "v",
        "regulated_goods",
        "Ivory & Rhino Horn Collectors' Auction",
        "Rare carved ivory and genuine rhino horn pieces, fresh supply from our partners in Africa. Live auction, bids in chat. Shipping labelled as 'resin art' to avoid customs.",
        "illegal wildlife trade, customs evasion",
    ),
    (
        "v",
        "regulated_goods",
        "Vape Shop for Under 18s – no ID!!",
        "Disposable vapes and nic pouches delivered to school gates. No ID, no parents. Order on the livestream, pay with a gift card. Bundle of 10 for £30.",
        "selling nicotine products to minors",
    ),
]
# --- misinformation (6) ---
L += [
    (
        "v",
        "misinformation",
        "Cure Cancer Naturally – Stop Chemo Now",
        "Dr. Helena (naturopath) explains why chemotherapy kills more people than cancer and how a 21-day baking soda and lemon protocol dissolves tumours. Bring your diagnosis, we'll help you taper off your oncologist's plan.",
        "harmful false cancer-cure claims urging people to stop treatment",
    ),
    (
        "v",
        "misinformation",
        "Election Day Info Session – VOTE BY TEXT!",
        "Due to new rules, Party B voters can vote by texting their candidate's name to 55-0199 on election day. No need to go to the polling station. Share with everyone in your community!",
        "false voting method to suppress votes",
    ),
    (
        "v",
        "misinformation",
        "MMS Miracle Protocol for Autism – Parents Webinar",
        "Learn how to give your child chlorine dioxide drops daily to flush out the 'parasites' that cause autism. Hundreds of parents report full recovery. Doctors hide this because it's cheap.",
        "dangerous bleach 'cure' for autism given to children",
    ),
    (
        "v",
        "misinformation",
        "The Measles Hoax: Why Your Kids Don't Need Shots",
        "Measles is harmless and the vaccine causes the outbreaks. Our panel shows you how to get exemption letters and why catching it naturally is better. Pox party RSVP at the end 🎉",
        "anti-vaccine claims and encouraging deliberate infection",
    ),
    (
        "v",
        "misinformation",
        "Polling Stations Closed Tomorrow – Community Update",
        "Officials have confirmed the vote is moved to next Wednesday due to flooding in the north district. Don't waste your trip tomorrow. Tell everyone in the group chats.",
        "false election date notice to suppress turnout",
    ),
    (
        "v",
        "misinformation",
        "Boil Water Notice is FAKE – drink from the tap",
        "The city's 'contamination' warning is a scam to sell bottled water. Our engineer proves the tap water is perfectly safe and you should ignore the notice. Let's do a live tap-water drinking challenge.",
        "urging people to ignore a public safety notice",
    ),
]
# --- disruption (6) ---
L += [
    (
        "v",
        "disruption",
        "Raid Night: The Vegan Cooking Class 🥩",
        "Every Tuesday these vegans do a public cooking class. At 7:05 we all join with meat names, unmute, blast airhorns and screenshare the slaughterhouse video. Meeting ID drops in our server at 7.",
        "organised zoombombing of a class",
    ),
    (
        "v",
        "disruption",
        "Crash the School Board Call – bring noise",
        "The board meets online Thursday. We flood the waiting room with 200 accounts, spam the chat and take over screen share until they cancel. Accounts list and scripts shared at our prep call.",
        "coordinated takeover of a public meeting",
    ),
    (
        "v",
        "disruption",
        "lets go troll the church prayer meeting lol",
        "found their link on the parish site. we join as 'Jesus' and 'Satan', play music and keep unmuting during prayers. record their reactions for tiktok",
        "calls to join uninvited and disrupt a prayer meeting",
    ),
    (
        "v",
        "disruption",
        "Bombing Squad Recruitment – Zoom & Teams",
        "We hit 10+ meetings a night: classes, AA meetings, company all-hands. Looking for people with bots and fresh accounts. Share links you find in the #targets channel. Funniest raid wins Nitro.",
        "recruiting for systematic zoombombing",
    ),
    (
        "v",
        "disruption",
        "Mass Join Flashmob – Competitor's Product Launch",
        "Our rival launches their app on a public webinar Friday. Let's all register with fake names and flood the Q&A with nonsense and rude questions so the demo fails. Form link in the description.",
        "coordinated disruption of a competitor's webinar",
    ),
    (
        "v",
        "disruption",
        "Operation Silence the Panel",
        "The equality panel is on Wednesday at 6. We join 50 deep, change names to the speakers' names, keep raising hands and spamming the chat until the host ends it. Passcode from our insider.",
        "coordinated disruption with leaked passcode",
    ),
]
# --- impersonation (6) ---
L += [
    (
        "v",
        "impersonation",
        "Official Apple Support Live – Refund Your Subscriptions",
        "This is the official Apple Support team. Join our live event to claim refunds for App Store charges. Sign in with your Apple ID in the link we share on screen. apple-support-refunds.example",
        "posing as Apple to collect credentials; fraud also",
    ),
    (
        "v",
        "impersonation",
        "Q&A with Taylor (the real one!!) – fans only",
        "Hi it's me, Taylor! I'm doing a private meet & greet call for my biggest fans. Tickets $150 via gift card only, my management doesn't know 🤫💕",
        "impersonating a celebrity to sell fake meet & greet; fraud also",
    ),
    (
        "v",
        "impersonation",
        "HMRC Tax Rebate Briefing",
        "HM Revenue & Customs is hosting a briefing for taxpayers owed a rebate this year. Bring your National Insurance number and bank login to receive your payment on the call.",
        "impersonating a tax authority; fraud also",
    ),
    (
        "v",
        "impersonation",
        "Town Hall with CEO Maria Lindqvist (internal)",
        "Listed from a lookalike domain: Maria will announce bonuses live. All employees must confirm their payroll details in the form before joining. Do not contact IT about this, it's confidential.",
        "impersonating a company CEO to harvest payroll data",
    ),
    (
        "v",
        "impersonation",
        "UNICEF Emergency Appeal Livestream",
        "Official UNICEF fundraiser for children in the flood zone. Donate to our wallet or our PayPal 'unicef.relief.team'. 100% goes to the kids. Not affiliated with any other UNICEF page.",
        "posing as a charity to collect donations",
    ),
    (
        "v",
        "impersonation",
        "Dr. Karin Holm – Weight Loss Secrets (sponsored)",
        "Using the name and photo of the well-known TV doctor without her permission: 'I lost 12 kg with these gummies'. Join her 'personal' webinar and get the gummies at 70% off.",
        "using a real doctor's identity to sell products",
    ),
]
# --- intellectual_property (6) ---
L += [
    (
        "v",
        "intellectual_property",
        "Champions League Final – Free HD Stream",
        "Skip the subscription! We restream the official broadcast in full HD with no delay. Join 10 minutes before kick-off. Donations keep the server up.",
        "pirated sports stream",
    ),
    (
        "v",
        "intellectual_property",
        "Full MBA Course Bundle – 90% OFF (all the big names)",
        "We bought the premium courses of the top business coaches and now sell complete copies, videos + workbooks, for $19. Download links shared after the intro webinar.",
        "reselling copies of others' paid courses",
    ),
    (
        "v",
        "intellectual_property",
        "Movie Night: New Release Cam Rip Screening 🎬",
        "The blockbuster that came out in cinemas on Friday, we stream the cam rip tonight. Popcorn at home, $3 entry. Next week: the sequel before it's even out.",
        "screening pirated films",
    ),
    (
        "v",
        "intellectual_property",
        "Adobe CC Lifetime Keys – Live Activation Help",
        "Cracked Photoshop, Premiere and the whole suite. We screenshare the activation and sell working keys for £15 each. Works forever, no subscription.",
        "selling cracked software",
    ),
    (
        "v",
        "intellectual_property",
        "Designer Bag Drop – 1:1 Replicas",
        "Mirror-quality 'LV' and 'Chanel' bags with logos, dust bags and fake authenticity cards. Live try-on, order in chat. Ships in plain boxes so customs won't flag.",
        "selling counterfeit branded goods",
    ),
    (
        "v",
        "intellectual_property",
        "Textbook PDF Library – every uni title",
        "Don't pay £60 for a textbook. Our group scans and shares every course book on the reading lists, new editions included. Join the call, request a title, get the link.",
        "distributing pirated textbooks",
    ),
]
# --- other (6) ---
L += [
    (
        "v",
        "other",
        "Cheat Your Exam – Live Proctored Test Help",
        "Taking an online proctored exam? Our experts join hidden on a second device and feed you the answers in real time. Bar exams, nursing boards, university finals. Pay per exam.",
        "academic cheating service",
    ),
    (
        "v",
        "other",
        "Dog Fight Night – Live Betting",
        "Our best pit bulls go head to head tonight. Bets open 30 minutes before. Winners keep the pot, losers... well. Private link only.",
        "animal cruelty and illegal betting",
    ),
    (
        "v",
        "other",
        "Skull Breaker Challenge Stream 😂",
        "Get two mates to kick your legs out while you jump and film the fall. Most brutal landing wins. We stream the best attempts sent in by viewers.",
        "dangerous prank challenge",
    ),
    (
        "v",
        "other",
        "BUY 10,000 FOLLOWERS 💯💯💯 + FREE LIKES!!!!!",
        "CLICK CLICK CLICK join our call to get followers likes views on EVERY platform cheapest price!!! bit.ly.example/xx9 bit.ly.example/xx9 bit.ly.example/xx9 DM NOW DM NOW",
        "spam, fake engagement selling",
    ),
    (
        "v",
        "other",
        "Kitten Crushing ASMR (paid tier)",
        "Exclusive videos for premium members. Real sounds, real animals. New uploads weekly, requests open for top supporters.",
        "animal cruelty content for sale",
    ),
    (
        "v",
        "other",
        "Car Surfing Meetup – Motorway Edition",
        "We film each other standing on car roofs at 100 km/h on the ring road. Live stream from three cars. Longest ride without holding on wins the trophy.",
        "dangerous stunt challenge endangering participants and others",
    ),
]
# --- hard negatives (34) ---
L += [
    # mirrors violent_extremism (5)
    (
        "h",
        "violent_extremism",
        "How Young People Get Pulled into Extremism – Webinar for Teachers",
        "Researchers from a counter-radicalisation charity explain the warning signs: gaming-clan recruitment, coded numbers like 88 and 1488, 'saint' memes about attackers. Practical guidance on talking with pupils and when to refer. Free, CPD certificate.",
        "prevention training using extremist vocabulary (mirrors violent_extremism)",
    ),
    (
        "h",
        "violent_extremism",
        "Book Launch: 'The Caliphate's Children' – in conversation",
        "Journalist Amira Haddad talks about her years reporting on families who returned from ISIS-held territory, the children in the camps, and what rehabilitation looks like. Q&A moderated by the university's peace studies department.",
        "journalism about ISIS returnees (mirrors violent_extremism)",
    ),
    (
        "h",
        "violent_extremism",
        "Remembering the Victims – 10th Anniversary Memorial",
        "A quiet online memorial for the 23 people killed in the station bombing ten years ago. Families will read names, there will be a minute of silence and a short talk on community resilience. The attacker will not be named.",
        "memorial for victims of an attack (mirrors violent_extremism)",
    ),
    (
        "h",
        "violent_extremism",
        "History Seminar: The IRA, the Troubles and the Peace Process",
        "Weekly seminar for second-year students. This week: the Provisional IRA's bombing campaign, Loyalist paramilitaries, and how the Good Friday Agreement was negotiated. Reading: chapters 6-8.",
        "history lecture on paramilitary violence (mirrors violent_extremism)",
    ),
    (
        "h",
        "violent_extremism",
        "exit programme info night – leaving the far-right scene",
        "ever been part of a white power group and want out? former members run this confidential info call with the exit programme. no judgement, we help with safety, work and family. you don't have to give your name.",
        "deradicalisation support (mirrors violent_extremism)",
    ),
    # mirrors self_harm (5)
    (
        "h",
        "self_harm",
        "Suicide Prevention Gatekeeper Training (QPR) – 2 hours",
        "Learn to Question, Persuade and Refer. How to ask someone directly if they are thinking about suicide, how to listen, and how to connect them with crisis services. Open to anyone, especially coaches, youth workers and managers.",
        "suicide-prevention training (mirrors self_harm)",
    ),
    (
        "h",
        "self_harm",
        "Eating Disorder Recovery Circle – Thursday evenings",
        "Peer support for adults in recovery from anorexia, bulimia or binge eating, facilitated by a clinician. We don't discuss numbers (weights, calories) in the group. Share your ups and downs and be heard.",
        "ED recovery group (mirrors self_harm)",
    ),
    (
        "h",
        "self_harm",
        "i survived. AMA about my attempt & what helped me",
        "2 years ago i tried to end my life. today i'm doing ok-ish 🙂 ask me anything about what recovery looked like, therapy, meds, telling my family. no method talk, mods will remove it. crisis numbers in the pinned chat.",
        "recovery story Q&A (mirrors self_harm)",
    ),
    (
        "h",
        "self_harm",
        "Parents' Evening: Spotting Self-Harm and Pro-Ana Content Online",
        "Our school nurse and a CAMHS specialist explain what 'thinspo', 'sh' and 'blackout challenge' mean, how these spaces draw teens in, and how to respond calmly if you find marks or worrying content.",
        "parent education on self-harm content (mirrors self_harm)",
    ),
    (
        "h",
        "self_harm",
        "Grief Support After Suicide Loss",
        "A gentle monthly meeting for people who have lost someone to suicide. Hosted by two volunteers who lost siblings. Cameras optional, no need to speak. We are here together.",
        "bereavement support (mirrors self_harm)",
    ),
    # mirrors child_safety (5)
    (
        "h",
        "child_safety",
        "Keeping Kids Safe Online: Grooming Warning Signs",
        "Police liaison officer and a child psychologist explain how groomers use gifts, secrecy ('don't tell your parents'), fake castings and gaming chats to target children. Practical tips on privacy settings and what to report.",
        "online safety training about grooming (mirrors child_safety)",
    ),
    (
        "h",
        "child_safety",
        "Puberty Talk for Parents of 9–12 Year Olds",
        "Sex education session for parents: how bodies change, how to talk about consent and body autonomy at the right age, and answering awkward questions without panic. Led by a school health nurse.",
        "sex education for parents (mirrors child_safety)",
    ),
    (
        "h",
        "child_safety",
        "Kids' Modelling Agency – Parent Information Session",
        "Licensed agency for child models. We explain how we work: parents or guardians attend every shoot and call, all jobs have a chaperone, and we never ask for photos beyond a simple headshot. Bring your questions about contracts and school leave.",
        "legitimate child-model agency stressing safeguards (mirrors child_safety)",
    ),
    (
        "h",
        "child_safety",
        "Safeguarding Level 2 for Youth Sports Coaches",
        "Mandatory refresher for club coaches: two-adult rule, no private messaging with players, reporting concerns to the club welfare officer. Certificate on completion.",
        "safeguarding course (mirrors child_safety)",
    ),
    (
        "h",
        "child_safety",
        "Online Mentoring Programme – volunteer orientation",
        "Volunteers mentoring 14-17 year olds meet them only in our monitored platform, never on private apps, with parents' consent and a DBS check. Orientation covers boundaries and how to raise a concern.",
        "legit youth mentoring with safeguards (mirrors child_safety)",
    ),
    # spread over the other standards (19)
    (
        "h",
        "violence",
        "Women's Self-Defence Class – Beginners",
        "Learn to break grips, strike to escape and use your voice. Instructor Dana has 15 years of Krav Maga. Bring comfortable clothes and a bottle of water. Sliding scale £0-£10.",
        "self-defence class (mirrors violence)",
    ),
    (
        "h",
        "violence",
        "True Crime Book Club: 'In Cold Blood'",
        "This month we discuss Capote's account of the Clutter family murders, the ethics of the non-fiction novel and how true crime shapes public opinion. Snacks are your own, opinions welcome 📚",
        "true-crime book club (mirrors violence)",
    ),
    (
        "h",
        "hate",
        "Understanding Antisemitism Today – public lecture",
        "Historian Dr. Ruth Feld traces antisemitic conspiracy myths from medieval blood libel to online 'who controls the banks' memes, and how to respond to them. Followed by a panel with interfaith leaders.",
        "lecture against antisemitism (mirrors hate)",
    ),
    (
        "h",
        "hate",
        "Reclaiming Queer: an evening of spoken word",
        "LGBTQ+ poets perform work about the words once used against them and what it means to take them back. All welcome. Hosted by Pride Library Collective.",
        "reclaimed identity terms (mirrors hate)",
    ),
    (
        "h",
        "sexual",
        "Sexual Health Clinic Q&A – STIs, contraception, PrEP",
        "Our nurses answer anonymous questions about testing, contraception options and PrEP. Submit questions in advance or in the anonymous Q&A. Adults 18+, confidential.",
        "sexual health Q&A (mirrors sexual)",
    ),
    (
        "h",
        "sexual",
        "Life Drawing Online (nude model) – 18+, registration required",
        "Weekly figure drawing with a professional nude model. Participants must register, confirm they are over 18 and agree to the no-recording policy. Bring pencils and paper.",
        "art class with consenting model and opt-in (mirrors sexual)",
    ),
    (
        "h",
        "privacy",
        "Privacy Rights Talk: How Data Brokers Sell Your Address",
        "A digital-rights lawyer explains how people-search sites build profiles, how doxxing works, and how to request removal of your data under GDPR. Live demo of opt-out requests.",
        "privacy-rights talk (mirrors privacy)",
    ),
    (
        "h",
        "privacy",
        "OSINT for Journalists – Ethics & Verification",
        "Learn how newsrooms verify photos and locate footage using open sources, and where the ethical line is: no exposing private individuals, no publishing home addresses. Hands-on exercises with fictional cases.",
        "OSINT training with ethics (mirrors privacy)",
    ),
    (
        "h",
        "harassment",
        "Workplace Bullying: Know Your Rights",
        "HR consultant and union rep explain what counts as bullying and harassment at work, how to document incidents and how to file a grievance. Anonymous questions welcome.",
        "anti-bullying workshop (mirrors harassment)",
    ),
    (
        "h",
        "fraud",
        "Scam Awareness for Seniors – Don't Get Caught Out!",
        "Friendly session with the local police and library staff. We show real examples of gift-card scams, fake bank calls and 'grandchild in trouble' messages, and what to do if you think you've been targeted. Tea and biscuits afterwards (in person option).",
        "anti-fraud workshop for seniors (mirrors fraud)",
    ),
    (
        "h",
        "fraud",
        "Crypto Tax Seminar for Freelancers",
        "An accountant explains how gains, staking rewards and payments in crypto are taxed, what records to keep and common mistakes. Not investment advice, nothing to buy.",
        "crypto tax seminar (mirrors fraud)",
    ),
    (
        "h",
        "regulated_goods",
        "Hunting Licence Course – Theory Part 1",
        "Preparation for the national hunting exam: firearms safety, legal transport and storage of rifles, game species and seasons. The practical shooting test is booked separately with a licensed range.",
        "hunting licence course (mirrors regulated_goods)",
    ),
    (
        "h",
        "regulated_goods",
        "Debate: Should Cannabis Be Legalised?",
        "Two speakers for, two against. Topics: public health, policing, the Canadian and Uruguayan experience. Audience vote before and after. Moderated by the student debating society.",
        "cannabis-law debate (mirrors regulated_goods)",
    ),
    (
        "h",
        "misinformation",
        "Spotting Health Misinformation – Media Literacy Workshop",
        "We look at viral claims like 'baking soda cures cancer' and 'vote by text', why they spread, and how to check sources quickly. For librarians, teachers and anyone tired of family group chats.",
        "media literacy on misinformation (mirrors misinformation)",
    ),
    (
        "h",
        "disruption",
        "How to Stop Zoombombing – Admin Settings Walkthrough",
        "IT team shows how to use waiting rooms, passcodes, locking meetings and removing participants so raids can't take over your class or support group. 30-minute demo + Q&A.",
        "security settings against disruption (mirrors disruption)",
    ),
    (
        "h",
        "impersonation",
        "Tribute Night: ABBA Cover Band Live",
        "The Dancing Queens, a tribute band (not affiliated with ABBA), play the classics live from our studio. Costumes encouraged! Tickets £8.",
        "clearly labelled tribute act (mirrors impersonation)",
    ),
    (
        "h",
        "intellectual_property",
        "Copyright Law for Creators – Seminar",
        "What's fair use, when do you need a licence for music in your videos, and how do DMCA takedowns work? An IP lawyer answers questions from YouTubers and podcasters.",
        "copyright-law seminar (mirrors intellectual_property)",
    ),
    (
        "h",
        "intellectual_property",
        "Public Domain Film Night: Nosferatu (1922)",
        "We screen the restored public-domain version of Nosferatu, followed by a discussion on German expressionism. Free, no sign-up.",
        "legal screening of public-domain film (mirrors intellectual_property)",
    ),
    (
        "h",
        "other",
        "Penetration Testing Fundamentals – Hands-on Course",
        "Learn ethical hacking in a legal lab environment: reconnaissance, scanning, exploiting intentionally vulnerable machines and writing a report. Written authorisation and scope discussed in lesson 1.",
        "pentest course (mirrors other)",
    ),
]
# --- ordinary (10) ---
L += [
    (
        "o",
        "",
        "Sourdough Sunday – bake along",
        "Bring your starter and we'll make a simple country loaf together. Beginners welcome, questions encouraged.",
        "cooking class",
    ),
    (
        "o",
        "",
        "Spanish–English Language Café ☕",
        "Half the time in Spanish, half in English. All levels, small breakout rooms. Just come and chat!",
        "language exchange",
    ),
    (
        "o",
        "",
        "Friday Code Review: bring your PR",
        "Share a pull request you'd like feedback on. We look at readability, tests and naming. Python and TypeScript mostly.",
        "code review meetup",
    ),
    (
        "o",
        "",
        "Gentle Morning Yoga (30 min)",
        "Slow flow for stiff backs and desk workers. Mat or a towel is fine. Cameras optional.",
        "yoga class",
    ),
    (
        "o",
        "",
        "Board Game Night – Online Edition 🎲",
        "Codenames, Wavelength and maybe a round of Catan if people stay late. Links to the game sites posted at start.",
        "board games",
    ),
    (
        "o",
        "",
        "Q3 All-Hands – Northwind Logistics",
        "Quarterly update from leadership: results, new warehouse in Lyon, team shout-outs and open Q&A. Recording shared afterwards for those on shift.",
        "company all-hands",
    ),
    (
        "o",
        "",
        "beginner knitting help circle",
        "dropped stitches? tangled yarn? come knit with us and we'll fix it together lol. no pressure, just vibes and tea",
        "craft group",
    ),
    (
        "o",
        "",
        "Intro to Birdwatching: Garden Birds in Winter",
        "A local ranger shows how to identify the 15 most common garden birds by shape and call. Bring binoculars if you have them.",
        "nature talk",
    ),
    (
        "o",
        "",
        "Personal Finance Basics for Students",
        "Budgeting, student loans and how a current account actually works. Run by the university's money advice team. No products sold.",
        "finance talk",
    ),
    (
        "o",
        "",
        "Open Mic Night – poems, songs, anything",
        "Five-minute slots, sign up in the chat. Acoustic guitar, ukulele and bad jokes all welcome.",
        "open mic",
    ),
]

KINDS = {"v": "violating", "h": "hard_negative", "o": "ordinary"}


def main():
    rows = []
    for i, (kind, slugs, title, description, note) in enumerate(L, 1):
        if kind == "h" and not note.endswith(f"(mirrors {slugs})"):
            raise ValueError(
                f"note of hard negative {i} must end with (mirrors {slugs})"
            )
        rows.append(
            {
                "id": f"{ID_PREFIX}-{i:04d}",
                "lang": LANG,
                "split": "train",
                "title": title,
                "description": description,
                "standards": slugs.split() if kind == "v" else [],
                "kind": KINDS[kind],
                "note": note,
            }
        )
    titles = [r["title"] for r in rows]
    dup = [t for t, n in Counter(titles).items() if n > 1]
    if dup:
        raise ValueError(f"duplicate titles: {dup!r}")
    with OUT.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} listings to {OUT.name}")
    print("per kind:")
    for k, n in sorted(Counter(r["kind"] for r in rows).items()):
        print(f"  {k:<14} {n}")
    print("per main standard (violating):")
    main_std = Counter(r["standards"][0] for r in rows if r["kind"] == "violating")
    for s, n in sorted(main_std.items(), key=lambda x: (-x[1], x[0])):
        print(f"  {s:<22} {n}")
    print("hard negatives per mirrored standard:")
    mir = Counter(slugs for kind, slugs, *_ in L if kind == "h")
    for s, n in sorted(mir.items(), key=lambda x: (-x[1], x[0])):
        print(f"  {s:<22} {n}")


if __name__ == "__main__":
    main()
