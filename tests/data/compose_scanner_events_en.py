"""Write tests/data/scanner_events_en.jsonl (issue #14, the English half).

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

`python tests/data/compose_scanner_events_en.py` writes the file and prints the counts.
"""

import json
from collections import Counter
from pathlib import Path

HERE = Path(__file__).parent
OUT = HERE / "scanner_events_en.jsonl"

SLUGS = [
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
                "id": f"ev-en-{n:04d}",
                "lang": "en",
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
        assert r["lang"] == "en" and r["split"] in ("train", "heldout"), r["id"]
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
    ("v", "fraud", "🚀 VIP Signals Room: catch the next 100x coin first", "We all buy at 8:00pm SHARP and sell into the pump. Last week +870% on $GRBL. Entry is $149 in USDT, Telegram invite after payment. 50 seats only. Do NOT leak the coin name outside the room!!", "pump-and-dump crypto signal group"),
    ("v", "fraud", "Turn $500 into $8,000 in 14 days — guaranteed", "Our AI bot trades forex for you around the clock, no experience needed. Deposit at least $500 into your account with us and the bot does the rest. Withdraw any time (15% fee). On the webinar we show real statements from members. Book at quantbot-returns.example.com", "guaranteed-return AI trading bot"),
    ("v", "fraud", "Earn $6k/month from your kitchen table - free info night", "Join our team! You buy the starter pack ($499) and bring in three friends who do the same, then the money rolls in passively. This is NOT a pyramid, it's network marketing 2.0. Bring someone you want to see win 💎", "pyramid scheme recruitment"),
    ("v", "fraud", "Free webinar: claim your energy overpayment refund", "Millions of households overpaid on energy this winter. Enter your card number, expiry and the 3 digits on the back in the pre-registration form and we'll calculate your refund live on the call. Takes two minutes!", "card-detail phishing disguised as refund webinar"),
    ("v", "fraud", "Easy cash for students - rent out your bank account", "100% legit!! You receive a transfer into your account and send it on, keep $400 yourself. Must have online banking and be 16+. Details tonight, add snap: quickcash_gigs", "money-mule recruitment"),
    ("v", "fraud", "Virtual viewing: 1-bed flat, Camden, £900 pcm", "I'm working abroad so viewings are over video. Deposit of three months' rent (£2,700) is paid before the keys are couriered to you. Lots of interest, first to pay gets the flat. Contract emailed after payment.", "advance-fee rental scam"),
    ("v", "fraud", "Recovery Room: get back what crypto scammers took", "Lost money to a fake exchange? Our certified blockchain recovery agents trace and reclaim your funds. Small upfront tracing fee of 0.05 BTC, fully refundable once your coins are returned. Join the free consultation call.", "recovery-scam targeting previous victims"),
    ("v", "fraud", "gifting circle ✨ abundance night ✨", "Put in $1,000, move up the flower from water to fire and receive $8,000 from the new sisters. It's a gift, not an investment, so no taxes 🌸 Women only. DM Harmony for the link.", "blessing-loom gifting scheme"),
    ("v", "fraud", "Grant Approval Webinar — $15,000 you never pay back", "You have been pre-selected for a federal hardship grant. Pay the one-time $250 processing fee in gift cards during the session and the funds land within 48 hours. Bring your SSN for verification.", "advance-fee fake grant"),
    ("v", "fraud", "Lottery winners briefing", "Congratulations, your email was drawn. Join the call to release your prize, clearance charge payable on the day.", "short advance-fee lottery"),
    ("v", "fraud", "WORK FROM HOME: reshipping coordinator, $35/hr", "Receive parcels at home, relabel them with the prepaid labels we send and post them abroad. No interviews, start tomorrow. Orientation on Zoom Monday. Keep packages unopened and don't discuss the job with the courier.", "reshipping mule job"),
    ("v", "fraud", "Puppy adoption live stream — French bulldogs", "Meet the litter on camera! Pick your pup, pay the $650 reservation plus $300 pet-flight insurance by wire and we ship to any state. No visits due to biosecurity. Reply for the wire details.", "pet deposit scam"),
    ("h", "fraud", "Spot the Scam: fraud-awareness talk for seniors", "Our library's community officer walks through the tricks used against older people: grandparent calls, fake bank texts, romance scams and gift-card demands. Bring your questions; family members welcome. Free, tea provided.", "fraud-awareness talk for seniors"),
    ("h", "fraud", "Crypto tax seminar: reporting gains and losses", "A chartered accountant explains how disposals, staking rewards and airdrops are taxed, how to keep records, and what to do if you've lost coins to a hack. Not investment advice.", "crypto tax seminar"),
    ("h", "fraud", "Anatomy of a Ponzi: the collapse of a 1920s swindle", "Economic historian Dr. Mara Ellison traces how one promoter paid early investors with later investors' money, and why the scheme fell apart. Part of our Financial History evenings.", "history lecture on a Ponzi scheme"),
    ("h", "fraud", "Money-mule prevention workshop for college staff", "Students are targeted with 'easy cash' offers to move money through their accounts. This session helps advisers recognise the approach, explain the consequences and refer students for help.", "mule-prevention training"),
    ("h", "fraud", "Romance scam survivors: peer support circle", "A confidential, moderated space for people who lost money or trust to someone they met online. No judgement. Run by a trained facilitator from Harbor Victim Support.", "support group for fraud victims"),
]

HELDOUT += [
    ("v", "fraud", "Masterclass: how I retired at 29 with one copy-trade app", "Link your brokerage and mirror my trades automatically. Members averaged 41% a MONTH. Lifetime access $1,997 today only (was $4,997). Payment in crypto gets a bonus 'whale' tier. Doors close at midnight.", "copy-trading guaranteed-profit scheme"),
    ("v", "fraud", "Airdrop claim party 🪂 connect wallet to receive $ORBIT", "Be on the stream at 9pm UTC, connect your wallet at orbit-claim.example.net and sign the approval to receive your tokens. Don't wait, unclaimed drops burn after one hour.", "wallet-drainer fake airdrop"),
    ("v", "fraud", "Charity gala for flood victims — donate by gift card", "Every family in Rivermouth lost everything. Our foundation (registration pending) collects donations only in store gift cards because banks are too slow. Send photos of the card codes to the organiser.", "fake charity fundraiser"),
    ("v", "fraud", "Overseas nursing jobs info session", "Guaranteed visa and hospital placement in Canada. $1,200 placement fee secures your place; refundable if no job within 3 years. Limited slots, bring your passport copy.", "fake job-placement fee"),
    ("v", "fraud", "Car Auction Preview — ex-lease SUVs from $2k", "Cars are held at our bonded warehouse. Pay via escrow link sent after the stream and delivery is arranged. Test drives not possible.", "fake car sale with bogus escrow"),
    ("v", "fraud", "💸 double ur USDT live 💸", "send any amount to the wallet on screen, we send 2x back. 1 hour only", "crypto doubling giveaway scam"),
    ("v", "fraud", "Inheritance release briefing for the estate of Mr. H. Aldous", "You were identified as a beneficiary of an unclaimed estate worth $4.2m. A solicitor will explain the release process on this call. Legal clearance fees apply and are payable before the transfer.", "inheritance advance-fee scam"),
    ("h", "fraud", "Protecting Your Small Business from Invoice Fraud", "Fake supplier emails and changed bank details cost small firms thousands. Our bank's fraud team shows real (anonymised) cases and a simple call-back policy you can adopt.", "invoice-fraud prevention webinar"),
    ("h", "fraud", "Book club: Bad Blood and the psychology of the big con", "We discuss the book and why so many smart people believed. Snacks and strong opinions welcome.", "book club about a corporate fraud"),
    ("h", "fraud", "Understanding MLMs: a consumer-rights Q&A", "A consumer-law adviser explains the difference between direct selling and pyramid schemes, what the regulator says, and how to get refunds for unsold stock.", "consumer-rights session on pyramid schemes"),
]

# ---- impersonation -------------------------------------------------------------

TRAIN += [
    ("v", "impersonation fraud", "Chase Security Update Session — verify your account", "Chase customers must attend this mandatory online verification. A Chase advisor will ask you to read out the one-time code sent to your phone to keep your account active. Accounts not verified by Friday will be frozen.", "posing as a bank"),
    ("v", "impersonation fraud", "IRS Tax Resolution Hearing (Online)", "Official notice: you have an outstanding balance. Join the virtual hearing to avoid arrest. Payment accepted in Apple gift cards or Bitcoin at the hearing.", "posing as a tax agency"),
    ("v", "impersonation", "Elon Musk LIVE: special Q&A with fans", "Elon here, doing a private stream for real supporters only. Ask me anything. Link is personal, don't share. — the official Elon team", "posing as a celebrity"),
    ("v", "impersonation fraud", "Microsoft Support: your Windows licence has expired", "Join a Microsoft certified technician on this call. We will remote into your PC, fix the licence and take the renewal fee of $299. Download the support tool from ms-helpdesk.example.com first.", "tech-support impersonation"),
    ("v", "impersonation", "HMRC Refund Clinic", "HM Revenue & Customs online clinic for taxpayers owed a refund. Bring your bank login so the officer can deposit the refund directly.", "posing as UK tax authority"),
    ("v", "impersonation fraud", "Taylor Swift meet & greet giveaway 💜", "Hi Swifties it's Taylor!! I'm doing a small video meet & greet with 20 fans. Just cover the $80 'fan verification' and you're in. Love you all xx", "fake celebrity meet and greet"),
    ("v", "impersonation", "Apple Developer Relations: beta invite session", "Official Apple event for select developers. Sign in with your Apple ID on the registration page apple-dev-beta.example.org to receive the beta build.", "posing as a company to phish credentials"),
    ("v", "impersonation", "Social Security Administration benefits review", "Your SSA benefits are suspended due to suspicious activity. Attend this review with an SSA agent and confirm your number to restore payments.", "posing as government agency"),
    ("v", "impersonation fraud", "Amazon Prime refund call", "Prime members were double charged. Amazon customer care will process refunds live. Install the screen-share app before joining.", "posing as a retailer for remote access"),
    ("v", "impersonation", "Official DHL delivery rescheduling webinar", "Your parcel is on hold. DHL Express customer service will confirm your address and take the £1.99 redelivery fee on this call.", "courier impersonation"),
    ("v", "impersonation", "Keanu Reeves fan call (it's really me)", "", "celebrity impersonation, title only"),
    ("v", "impersonation", "Meeting with the Mayor's Office — housing grant", "Mayor Linda Carrow of Ashford City invites residents to apply for the new housing grant. Register your details and pay the $50 application fee to the mayor's personal assistant.", "posing as a named public official"),
    ("h", "impersonation", "Celebrity impressionist comedy night", "Comedian Dev Harlan does his famous impressions of presidents, rock stars and talk-show hosts. 18+, clearly a parody, all in good fun.", "impressionist comedy show"),
    ("h", "impersonation", "How to spot fake bank calls — with our fraud team", "Real staff from Northwell Credit Union explain what we'll never ask you for (your PIN, one-time codes, remote access) and how to check a call is genuine.", "bank's own anti-impersonation session"),
    ("h", "impersonation", "Elvis tribute night: the Vegas years", "Tribute artist Ray Dalton performs the 1970s set with full band. Not affiliated with the Presley estate.", "tribute act"),
    ("h", "impersonation", "Brand protection 101 for e-commerce sellers", "Learn how to report accounts that impersonate your shop, register your trademark and set up takedown workflows.", "brand-protection webinar"),
    ("h", "impersonation", "Cosplay meetup: dress as your favourite hero", "Monthly online cosplay hangout. Show off your builds, share tips on armour foam and wigs, and vote for the best costume.", "cosplay meetup"),
]

HELDOUT += [
    ("v", "impersonation fraud", "Wells Fargo fraud department — urgent account review", "We detected unusual logins. A Wells Fargo specialist will move your savings to a protected 'safe account' during this call. Have your card and online banking ready.", "bank impersonation safe-account scam"),
    ("v", "impersonation", "Official Netflix Subscriber Appreciation Event", "Netflix is gifting 12 months free to loyal members. Confirm your billing details at netflix-rewards.example.net before the event to qualify.", "brand impersonation phishing"),
    ("v", "impersonation", "A message from MrBeast: $10,000 giveaway stream", "I'm giving away $10k to 100 viewers on this stream. To verify you're not a bot, send $20 to my manager's wallet and I'll send back $10k.", "influencer impersonation giveaway"),
    ("v", "impersonation", "USCIS Green Card Lottery Processing", "U.S. Citizenship and Immigration Services online session. Winners must pay the $380 processing fee during the call. Officers will verify passports on camera.", "immigration agency impersonation"),
    ("v", "impersonation", "PayPal account limitation appeal", "paypal support here. ur account is limited. join call to verify identity + card", "payment service impersonation, lowercase"),
    ("v", "impersonation", "Pastor Daniel Mwangi private prayer & blessing call", "This is the official page of Pastor Daniel (the old one was hacked). Seed offerings of $100 or more receive personal prophecy. Send via the link only.", "posing as a real preacher after a 'hacked account'"),
    ("v", "impersonation", "Coinbase Wallet Migration Webinar", "All Coinbase users must migrate to the new wallet by 30 June. Our support engineers will guide you — you'll need your 12-word recovery phrase.", "exchange impersonation seed-phrase theft"),
    ("h", "impersonation", "Drag king showcase: Kings of Pop", "Six drag kings bring their best Bowie, Prince and Freddie. Tickets $15, bar open, all welcome.", "drag king show with celebrity personas"),
    ("h", "impersonation", "Identity theft: what to do in the first 24 hours", "A consumer advocate walks through freezing your credit, reporting to the police and recovering accounts after someone pretended to be you.", "identity-theft recovery talk"),
    ("h", "impersonation", "Voice actors' panel: playing real people on screen", "Three voice actors discuss the craft and ethics of portraying public figures in biopics and satire.", "panel on acting real people"),
]

# ---- regulated goods -----------------------------------------------------------

TRAIN += [
    ("v", "regulated_goods", "❄️ Friday party favours — DM for menu ❄️", "Plug is back in town 🔌 Top shelf ❄️ and 🍄, same-day drop-off across the east side. Menu in DMs, cash or crypto. New faces need a referral.", "drug sales with emoji slang"),
    ("v", "regulated_goods", "No-script pharmacy hour: Xanax, Adderall, oxys", "Skip the doctor. We ship pharma-grade bars and 30s discreetly, no prescription needed. Price list shared on the call, bulk discounts for resellers.", "prescription meds without prescription"),
    ("v", "regulated_goods", "Ghost gun build-along (kits in stock)", "Finish your 80% lower live with us. Unserialized, no background check, no paperwork. Kits $180 shipped, jig included. Ask about auto sears in private chat.", "untraceable firearms and conversion parts"),
    ("v", "regulated_goods", "Weight-loss jabs without a prescription 💉", "Semaglutide pens at half price, no consult required. Ships from our EU lab. Join the info session for dosing and the order link.", "prescription-only injectable without prescription"),
    ("v", "regulated_goods", "HIGH STAKES POKER NIGHT — real money, no license needed", "Private online table, buy-in $500 in crypto, house takes 10%. No KYC, no limits, US players welcome. Invite code by DM.", "unlicensed gambling"),
    ("v", "regulated_goods", "gr33n & edibles tasting 🌿 ships nationwide", "Lab-tested flower, carts and gummies mailed anywhere, even where it's not legal yet 😉 Tasting call Sunday, order after.", "cannabis mail-order into prohibited areas"),
    ("v", "regulated_goods", "Research chemicals Q&A", "Vendor of 3-MMC, 2C-B and novel benzos. 'Not for human consumption' 😉. Discreet packaging, vacuum sealed. Prices on request.", "research-chemical drug vendor"),
    ("v", "regulated_goods", "Sports betting syndicate — offshore book", "Bet with our offshore sportsbook, no ID and no state restrictions. Sign-up bonus 200%. Weekly tips session on Zoom.", "unlicensed offshore sportsbook"),
    ("v", "regulated_goods", "Steroid cycle coaching + supply", "Coach Brick sets up your cycle and ships the gear: test, tren, dbol. No blood work needed. Sessions weekly.", "anabolic steroid supply"),
    ("v", "regulated_goods", "plug hours 🍃💊 tonight", "u know the vibe. tap in", "very short coded drug listing"),
    ("v", "regulated_goods", "Suppressor and switch swap meet", "Bring your stuff or buy ours. Solvent traps drilled, Glock switches, no serials. Meet-up location shared on the call to verified members only.", "illegal weapon parts exchange"),
    ("v", "regulated_goods", "Cheap cigarettes & vapes, no age check", "Duty-free cartons and 10k-puff vapes delivered, we don't ask for ID. Wholesale rates for shops.", "tobacco without age verification, smuggled"),
    ("h", "regulated_goods", "Harm reduction 101: drug-checking and naloxone", "Outreach workers from Eastside Health explain fentanyl test strips, how to recognise an overdose and how to use naloxone. Free kits posted to attendees in the county.", "harm-reduction talk"),
    ("h", "regulated_goods", "Debate: should cannabis be legalised?", "Two policy researchers argue for and against legalisation, followed by audience Q&A. Moderated by the Civic Forum.", "cannabis-law debate"),
    ("h", "regulated_goods", "Hunter education: firearm safety course", "State-certified hunter safety course. Safe handling, storage, transport and the law. Online theory session before the range day.", "hunter gun-safety course"),
    ("h", "regulated_goods", "Responsible gambling: supporting a family member", "A counsellor from the Lakeside Gambling Helpline explains warning signs, blocking tools and where to get help.", "gambling-harm support"),
    ("h", "regulated_goods", "Pharmacology lecture: how opioids work", "Part of the nursing programme. Receptors, tolerance, dependence and safe prescribing.", "academic pharmacology lecture"),
]

HELDOUT += [
    ("v", "regulated_goods", "Mushroom micro-dose shop launch 🍄✨", "Our caps and choc bars ship in plain boxes to anywhere. Launch call with a 20% code. Pay with Cash App or BTC, no names needed.", "psilocybin sales"),
    ("v", "regulated_goods", "Ozempic & Mounjaro — no doctor, no waiting", "Order during the live demo, pens shipped cold from overseas. First-timers get a free dosing chart.", "prescription-only GLP-1 without prescription"),
    ("v", "regulated_goods", "Roulette & slots livestream — win real cash", "Our casino isn't licensed anywhere so there are no limits! Deposit via crypto, play along on the stream, 18+ ish.", "unlicensed online casino"),
    ("v", "regulated_goods", "3D printed FGC-9 files + parts drop", "Full build pack and barrels available to members. Serious builders only, vetted on a call first.", "3D-printed firearm distribution"),
    ("v", "regulated_goods", "K, molly & tina for the weekend", "Circuit party supply. Drop points downtown. Menu by text 555-0142.", "party drug sales"),
    ("v", "regulated_goods", "Buy tramadol and codeine online — consultation not needed", "Reliable supplier, overnight delivery, 90 pills minimum.", "opioid sales without prescription"),
    ("v", "regulated_goods child_safety", "Alcohol delivery for under-21s 🍻 no ID", "Prom weekend special. We drop off vodka and seltzers, no questions asked.", "alcohol sales to minors"),
    ("h", "regulated_goods", "Sober curious: alcohol-free mixology class", "Shake up three zero-proof cocktails with bartender Nina Okafor. Ingredient list sent a week ahead.", "zero-proof cocktail class"),
    ("h", "regulated_goods", "Licensed dispensary compliance training", "For staff at state-licensed cannabis retailers: ID checks, purchase limits and record keeping under the new rules.", "legal cannabis compliance training"),
    ("h", "regulated_goods", "Antique firearms valuation evening", "Auction house specialists assess deactivated and antique guns from the 1800s. Photos only; no weapons brought to the venue.", "antique gun valuation"),
]

# ---- intellectual property -----------------------------------------------------

TRAIN += [
    ("v", "intellectual_property", "FREE PPV: title fight live stream, no subscription", "Watch the whole card free on our mirror link, HD, no buffering. Link drops 30 min before the main event. Share with the boys 🥊", "pirated pay-per-view stream"),
    ("v", "intellectual_property", "Photoshop 2026 + full Adobe suite — cracked, lifetime", "Install session: we walk you through the patch and keygen so it never phones home. $25 one-time, works on Mac and Windows.", "cracked software"),
    ("v", "intellectual_property", "Designer bag trunk show — 1:1 mirror quality", "Lou1s V and Ch@nel bags, identical to retail with logos and dust bags. Live try-on, orders shipped from our factory. DM for catalogue.", "counterfeit luxury goods with obfuscated brand names"),
    ("v", "intellectual_property", "Premier League all season for $10 — IPTV", "18,000 channels, every match, Sky and BT included. Trial line on the call.", "illegal IPTV reseller"),
    ("v", "intellectual_property", "Movie night: new Marvel film (cam rip) 🍿", "Watch party tonight, streaming the new release that's still in cinemas. Screen share link posted 10 min before.", "screening a pirated film"),
    ("v", "intellectual_property", "Textbook PDF swap — all the paid ones", "We upload every course textbook so nobody pays $200 again. Request yours on the call, Google Drive links shared.", "pirated textbooks distribution"),
    ("v", "intellectual_property", "Replica sneakers drop 👟 UA batch", "Jordan 1s and Dunks, top batch, boxes included, no one can tell. Live unboxing and ordering.", "counterfeit sneakers"),
    ("v", "intellectual_property", "Full online course bundle — leaked", "Get the $2,000 marketing masterclasses for $15. Downloaded from the creators' platforms, shared via Mega.", "resale of leaked paid courses"),
    ("v", "intellectual_property", "Game modding night: bypass Denuvo on new releases", "We release cracked builds the same day. Join the call for the torrent link and the crack.", "cracked games"),
    ("v", "intellectual_property", "Live concert restream — Sold-out stadium show", "Got a pro feed of the official paid livestream. Re-broadcasting it free here.", "restreaming a paid concert"),
    ("v", "intellectual_property", "Rolex & Omega 'homage' watches — with real logos", "Swiss-look automatic movements, exact dials and logos, papers included. From $120.", "counterfeit watches"),
    ("v", "intellectual_property fraud", "netflix acc0unts 4 cheap 😎", "shared logins, 1 yr, $5", "account-sharing resale"),
    ("h", "intellectual_property", "IP-law webinar: copyright basics for creators", "A media lawyer explains fair use, licensing music for videos and what to do when someone steals your work.", "IP-law webinar"),
    ("h", "intellectual_property", "Licensed screening: classic war film and director Q&A", "We've licensed the digital screening from the distributor. Followed by a discussion with a film historian.", "licensed film screening"),
    ("h", "intellectual_property", "How to tell a fake: sneaker authentication class", "Resale authenticators show the stitching, tags and box details that give counterfeits away.", "counterfeit-spotting class"),
    ("h", "intellectual_property", "Open-source software install party", "Bring your laptop and we'll help you switch to free, open-source alternatives for office, photo editing and music.", "open-source install party"),
    ("h", "intellectual_property", "Fan-art meetup: drawing our favourite anime characters", "Non-commercial sketch night. Share your fan art, swap tips, no selling.", "fan-art meetup"),
]

HELDOUT += [
    ("v", "intellectual_property", "Watch the final here free 📺⚽", "Link in bio at 7:45, mirror backups if they take it down. Spread it!", "pirated sports stream"),
    ("v", "intellectual_property", "Office 365 & Windows activation keys, wholesale", "Grey-market keys and KMS activators. Live setup help, resellers get 40% off.", "illegitimate licence keys and activators"),
    ("v", "intellectual_property", "Pop-up shop: 'inspired' Yeezy and Off-White tees", "Same tags, same prints, pennies on the dollar. Ships from our warehouse in 5 days.", "counterfeit streetwear"),
    ("v", "intellectual_property", "Audiobook dump: 500 bestsellers for $9", "Ripped from a subscription service, DRM removed. Download via our private tracker after the call.", "pirated audiobooks"),
    ("v", "intellectual_property", "Sunday screening — new streaming original (ripped)", "Got it off a leak site, showing it to the group before it comes out.", "screening leaked unreleased content"),
    ("v", "intellectual_property", "Fake AirPods Pro wholesale call", "Serial numbers pass Apple check, pop-up animation works. MOQ 50 units.", "counterfeit electronics"),
    ("v", "intellectual_property", "Sheet music from every publisher — scanned", "We scan new editions and share them free in the group. Stop paying publishers.", "pirated sheet music"),
    ("h", "intellectual_property", "Trademark registration clinic for startups", "Bring your brand name; an attorney explains searches, classes and filing fees.", "trademark clinic"),
    ("h", "intellectual_property", "Public-domain film night: silent comedies", "All films are out of copyright. Live piano accompaniment by Clara Weiss.", "public-domain screening"),
    ("h", "intellectual_property", "Music sampling and clearance for producers", "How producers clear samples legally, what it costs and when you need a licence.", "sample-clearance workshop"),
]

# ---- other (spam, malware, platform abuse) -------------------------------------

TRAIN += [
    ("v", "other", "Buy 10K real followers in 24 hrs — growth hacking live", "Instant followers, likes and views for Instagram and TikTok. Real-looking accounts, no drop. Packages from $19 shown on the call.", "selling fake followers"),
    ("v", "other", "Earn $50 per review — 5-star review team", "We pay you to post 5-star reviews for restaurants, apps and dentists. Multiple accounts welcome. Training session every Monday.", "fake review farm recruitment"),
    ("v", "other fraud", "FREE Robux generator tutorial 🎮", "Download RBXgen.exe from our link and run it as admin to get unlimited Robux. Turn off antivirus first because it gives a false alarm.", "malware disguised as game generator"),
    ("v", "other", "Crypto mining software giveaway — install and earn", "Install our 'miner' on your work computer, let it run overnight. Disable Windows Defender for best performance.", "malware/cryptojacking install"),
    ("v", "other", "cheap SEO backlinks!!! 5000 links $9!!! best price!!! click!!!", "visit cheap-links-now.example.com cheap-links-now.example.com cheap-links-now.example.com", "link spam"),
    ("v", "other", "Aged accounts for sale — bulk Gmail, Facebook, Discord", "PVA accounts, 2019–2023, ready for ads and bots. Bulk only. Checkout during the live sale.", "selling bulk accounts for abuse"),
    ("v", "other", "Upvote ring weekly call", "We all upvote each other's posts and downvote competitors at the same time so the algorithm picks us. Bring 5 accounts each.", "coordinated vote manipulation"),
    ("v", "other", "Google Maps review boost for local businesses", "Push your rating from 3.1 to 4.8 in a week with our network of reviewers. We also remove competitors' listings with mass reports.", "fake reviews and mass-report abuse"),
    ("v", "other", "Streaming bot farm: 1M Spotify plays", "Boost your track with bot streams that look organic. Live demo of our phone farm.", "streaming-fraud bots"),
    ("v", "other fraud", "Free gift card event 🎁🎁🎁 CLICK NOW", "claim at freegiftz.example.net enter email and password to unlock", "spam and credential harvesting"),
    ("v", "other", "Remote admin tool demo — control any PC secretly", "Our RAT runs hidden, bypasses antivirus and logs keystrokes. Builder licence $60. Demo on a victim machine live.", "malware sale"),
    ("v", "other", "Join our engagement pod 🚀🚀🚀", "Like and comment every post in the chat within 5 mins or get kicked. Bots allowed. #followforfollow #f4f #like4like", "engagement manipulation pod with bots"),
    ("h", "other", "Penetration testing course: introduction to ethical hacking", "Certified instructors teach reconnaissance, vulnerability scanning and reporting on our own lab network. Written permission and scope are covered in week one.", "penetration-testing course"),
    ("h", "other", "Malware analysis for SOC analysts", "Reverse-engineering samples in an isolated sandbox. For security professionals; lab VMs provided.", "malware-analysis training"),
    ("h", "other", "How to spot fake reviews before you buy", "Consumer journalist Pia Lund shows the patterns in paid reviews and tools to check sellers.", "fake-review awareness talk"),
    ("h", "other", "Growing your audience organically — creators' workshop", "No bots, no bought followers: content planning, collaborations and analytics for small creators.", "organic growth workshop"),
    ("h", "other", "Email deliverability webinar: staying out of spam", "For newsletter senders: consent, list hygiene, SPF/DKIM and unsubscribes.", "anti-spam deliverability webinar"),
]

HELDOUT += [
    ("v", "other", "Instagram verification badge service ✔️", "Get the blue tick guaranteed. We also sell 50K followers bundles and auto-comment bots. Consultation call free.", "fake verification and follower sales"),
    ("v", "other", "Amazon review club: free products for 5 stars", "Buy, leave a 5-star review with photos, get refunded via PayPal plus $10. Weekly product drop on the call.", "incentivised fake reviews"),
    ("v", "other fraud", "Minecraft free skins mod (download before stream)", "Get the mod from skinz-free.example.org — Chrome will say it's dangerous, just click keep. Need your Microsoft login to apply skins.", "malware and credential theft"),
    ("v", "other", "Click farm jobs — $3/hour, phones provided", "Work in our office liking, following and watching ads on 40 phones at once. Info call Friday.", "click-farm recruitment"),
    ("v", "other", "WIN WIN WIN iPhone 17 !!! register !!!", "", "spam, title only"),
    ("v", "other", "Botnet rental: DDoS any server", "Stress-test 'your own' site with 400 Gbps. Pay by the hour, crypto only.", "DDoS-for-hire"),
    ("v", "other", "Telegram mass DM tool — send 100k messages/day", "Scrape group members and blast them with your offer. Anti-ban proxies included.", "spam tool sale"),
    ("h", "other", "Capture the Flag night for beginners", "Friendly cybersecurity competition on purpose-built practice servers. Teams of three, prizes for the top five.", "CTF competition"),
    ("h", "other", "Social media research seminar: measuring bot networks", "University researchers present methods for detecting coordinated inauthentic behaviour.", "academic research on bots"),
    ("h", "other", "Protect your home PC: antivirus and backups for seniors", "Library volunteers help you update, run a scan and set up automatic backups.", "basic security help"),
]

# ---- misinformation ------------------------------------------------------------

TRAIN += [
    ("v", "misinformation", "The Truth About Vaccines: what your doctor won't tell you", "Naturopath Glen Harker explains how vaccines cause autism and why you should skip your child's MMR. Bring your unvaccinated family; we'll cover 'detox' protocols too.", "anti-vaccine health misinformation"),
    ("v", "misinformation", "Cure cancer with baking soda — free webinar", "Tumours are just fungus. Stop chemo and follow our alkaline protocol. Hundreds healed.", "dangerous cancer cure misinformation"),
    ("v", "misinformation", "Election 'Vote by Text' info session", "Can't make it to the polls? On this call we show you how to vote by texting your choice to 555-0133. Polls open till Thursday for Party B voters.", "election misinformation about voting methods and dates"),
    ("v", "misinformation", "MMS Protocol Group — drink your way to health", "Chlorine dioxide cures autism, malaria and COVID. Dosing schedules for kids shared on the call.", "bleach-drinking cure promotion"),
    ("v", "misinformation violence", "5G towers are making you sick — community meeting", "Learn how 5G spread the virus and how to protect your home. We'll plan taking down the mast on Hill Road.", "5G conspiracy health misinformation"),
    ("v", "misinformation", "Ditch insulin: reverse type 1 diabetes in 30 days", "Our raw-food protocol means T1 kids can stop insulin. Parents' webinar Tuesday.", "dangerous diabetes misinformation"),
    ("v", "misinformation", "The Stolen Count: proof machines flipped votes", "Deleted-ballot 'evidence' and a plan to tell voters the county election is cancelled. Spread the new date: polls moved to Wednesday.", "election misinformation incl. false date"),
    ("v", "misinformation", "HIV is a hoax — stop your meds", "Activist Q&A on why antiretrovirals are the real disease. Testimonies from people who quit.", "HIV denialism"),
    ("v", "misinformation", "sunscreen = cancer ☀️🚫 learn the truth", "Throw out your SPF, your skin needs no protection. Sun-gazing workshop for babies too.", "sun-safety health misinformation"),
    ("v", "misinformation", "Measles parties: natural immunity playdate", "Bring the kids over to catch it naturally from little Eli. Better than the jab!", "encouraging infection over vaccination"),
    ("v", "misinformation", "Voter ID myth-busting (non-citizens vote here)", "We'll show how any non-citizen can register with just a library card and vote twice, you won't get caught.", "false voting-eligibility claims"),
    ("v", "misinformation", "Fluoride mind control & the shots — truth night", "", "short health-conspiracy listing"),
    ("h", "misinformation", "Misinformation literacy workshop for teens", "Students learn how to check a claim, read a source and spot manipulated images. Fun quiz with real viral examples.", "misinformation-literacy workshop"),
    ("h", "misinformation", "Ask a paediatrician: vaccine questions answered", "Dr. Amara Sefu answers parents' honest questions about childhood vaccines, side effects and schedules.", "vaccine Q&A with a doctor"),
    ("h", "misinformation", "How elections are counted — the county clerk explains", "A walkthrough of ballot handling, audits and observers from the elections office.", "election-process explainer"),
    ("h", "misinformation", "History of medical quackery: snake oil to social media", "A history of the medicine-show era and the fake cures that followed.", "history of health hoaxes"),
    ("h", "misinformation", "Fact-checkers' newsroom open day", "See how our fact-checking desk investigates viral claims.", "fact-checking open day"),
]

HELDOUT += [
    ("v", "misinformation", "Stop chemo — juice fasting heals tumours naturally", "Holistic coach Bella Ray shares her 'cure' story and the 21-day juice plan that replaces oncology. Families welcome.", "replace cancer treatment with juice"),
    ("v", "misinformation", "COVID jab = shedding! Protect your kids from the vaxxed", "Keep children away from vaccinated relatives. Learn about the 'antidote' pine-needle tea on the call.", "vaccine shedding misinformation"),
    ("v", "misinformation", "IMPORTANT: Election day changed for District 9", "Because of the recount, voters in District 9 vote on Nov 12, not Nov 5. Tell everyone in your building.", "false election date"),
    ("v", "misinformation", "Raw water summit 💧", "Tap water is poison. Drink untreated creek water, even for babies. Bottles for sale at the end.", "unsafe water health misinformation"),
    ("v", "misinformation", "Essential oils instead of antibiotics for kids", "Ear infections, strep, even meningitis — skip the ER, here's our blend.", "dangerous treatment misinformation"),
    ("v", "misinformation", "Mail ballots are fake — don't bother sending yours", "Insider 'proof' that postal votes go in the bin. Spread it before the deadline.", "voter suppression misinformation"),
    ("v", "misinformation", "Ivermectin for everything webinar", "Horse paste doses for flu, cancer and kids' worms. No need for a doctor.", "unsafe self-medication misinformation"),
    ("h", "misinformation", "Prebunking: how conspiracy theories spread", "A media researcher shows the tricks (false experts, cherry-picking) and how to talk to relatives who believe them.", "prebunking seminar"),
    ("h", "misinformation", "New voters' information night", "Election officers explain registration deadlines, ID requirements and where to vote.", "official voter information"),
    ("h", "misinformation", "Cancer patients' nutrition class with an oncology dietitian", "How to eat well during treatment. Works alongside your care team, not instead of it.", "nutrition for cancer patients"),
]

# ---- disruption ----------------------------------------------------------------

TRAIN += [
    ("v", "disruption", "Zoom raid night 💥 we hit a different class every Thursday", "Drop meeting IDs in the chat, we join at once, unmute and blast music, rename to the teacher and screen-share memes. Best raid gets a shoutout on the server.", "organised zoombombing"),
    ("v", "disruption", "Let's crash the town council webinar", "They're voting on the bike lane tonight. Everyone join, spam the chat and keep unmuting so they can't finish. Link below.", "raiding a public meeting"),
    ("v", "disruption", "Bomb squad 🎺 meeting raids for fun", "send us ur school's google meet codes and we'll do the rest lol", "coded meeting-raid service"),
    ("v", "disruption harassment", "Troll the support group — it's hilarious", "There's a grief group on Tuesdays with the camera on. Join with fake names and laugh at them. Screen record for TikTok.", "targeted raid on vulnerable group"),
    ("v", "disruption", "Webinar flood: make their product launch fail", "Competitor's launch is at 3pm. Register 500 bot accounts and spam the Q&A.", "coordinated disruption of a competitor's event"),
    ("v", "disruption", "R41D CLUB weekly", "codes in discord. ear rape audio pack included", "l33t raid club"),
    ("v", "disruption", "Class-crash Fridays: send me your teacher's link", "I'll show up as 'Principal' and play airhorn sounds until they end the call. 100% anonymous.", "offering to zoombomb classes"),
    ("v", "disruption other", "Mass-report and raid the streamer's charity event", "We all join at 8, flood the chat with copypasta and report the stream so it gets taken down.", "raiding and mass-reporting"),
    ("v", "disruption", "Shock screen-share squad", "We join open webinars and share gross images until the host figures out how to kick us. Sign up for the roster.", "shock-content meeting raids"),
    ("v", "disruption", "Interview sabotage crew", "Hate your old company? Give us their hiring call links and we'll crash them with noise.", "raiding company meetings"),
    ("v", "disruption hate", "Disrupt the mosque's online Quran class", "Join with offensive names and play music over the recitation. Codes shared at 6.", "raid on a religious meeting"),
    ("v", "disruption", "#zoombomb #raid #meetcrash lol", "", "hashtag-only raid listing"),
    ("h", "disruption", "Securing your Zoom: stop meeting raids", "IT staff show hosts how to use waiting rooms, passcodes, lock meetings and remove disruptive guests.", "meeting-security training"),
    ("h", "disruption", "Flash mob rehearsal (online) for the town square", "Learn the choreography over video, then we surprise shoppers with a 3-minute dance on Saturday. Permit approved.", "harmless flash mob"),
    ("h", "disruption", "Unmute & sing: virtual birthday surprise for Grandma Rose", "Everyone unmute at 7:05 and sing happy birthday together! Costumes encouraged.", "unmute to sing birthday"),
    ("h", "disruption", "Peaceful protest planning meeting", "Organising a legal, permitted march for the climate. Marshals, routes and safety.", "lawful protest planning"),
    ("h", "disruption", "Esports raid night: World of Warcraft guild", "Our guild raids the new dungeon Friday 9pm. Voice chat on, bring flasks.", "gaming raid"),
]

HELDOUT += [
    ("v", "disruption", "Hijack the school board meeting 📢", "Everyone join the board's Teams call, unmute at once and play the siren track. Keep it going until they cancel the vote.", "raiding a school board call"),
    ("v", "disruption", "Meet-code hunting party", "We scan random Google Meet codes and jump into whatever we find. Screaming encouraged. Best reactions get clipped.", "random meeting intrusion"),
    ("v", "disruption harassment", "Get the lecturer fired: disrupt her online lectures", "Join Dr. Finch's Monday lecture under students' names, spam slurs in the chat and make it look like her class is out of control.", "targeted lecture disruption"),
    ("v", "disruption", "Chaos squad recruiting 😈", "Need people for raids on AA meetings and church streams. Soundboards provided.", "raid crew recruitment"),
    ("v", "disruption hate", "Crash the Pride webinar", "They've got a public link. Flood it. Link shared at 5.", "raid on LGBTQ event"),
    ("v", "disruption harassment", "We'll ruin your ex's work call for $20", "Send the meeting link and a time. We join, make noise and say embarrassing things about them.", "paid meeting disruption"),
    ("v", "disruption", "Operation Mic Drop", "Synchronized join at 10:00 on the company all-hands, everyone holds spacebar and plays the track.", "coordinated all-hands disruption"),
    ("h", "disruption", "Hosting large webinars: moderation tools", "Learn panelist roles, Q&A moderation and how to handle disruptive attendees without stopping your event.", "webinar moderation training"),
    ("h", "disruption", "Noise music performance: live online", "Experimental artists perform harsh noise sets. Headphones advised, volume warning!", "noise music concert"),
    ("h", "disruption", "Teachers' session: keeping online classes safe", "Practical settings and classroom rules to stop uninvited guests.", "teacher safety session"),
]

# ---- privacy -------------------------------------------------------------------

TRAIN += [
    ("v", "privacy", "Doxxing workshop: find anyone's home address", "Bring a username and we'll find their real name, address, workplace and kids' school live on stream. Results posted in the group.", "doxxing"),
    ("v", "privacy", "Leaked customer database for sale — 2M records", "Names, emails, phone numbers, partial card data from a big retailer. Samples on the call, pay in Monero.", "selling personal data"),
    ("v", "privacy", "Secretly recorded calls archive — members' night", "I record my clients' therapy calls without them knowing. Listen to the juiciest ones together.", "sharing secretly recorded calls"),
    ("v", "privacy", "Phone tracking for jealous partners", "Install our hidden app on their phone and see their location, texts and photos. Setup call included.", "stalkerware"),
    ("v", "privacy", "Reveal who's behind the account — $50", "Send us an anonymous account and we'll unmask and post their ID, address and employer.", "de-anonymisation for hire"),
    ("v", "privacy", "lookup service: SSN / DOB / address for any name", "fullz available, bulk pricing", "selling identity data"),
    ("v", "privacy harassment", "Exposing the nurse who reported us", "We found her address and her parents' numbers. Join to plan how we share them.", "targeted doxxing"),
    ("v", "privacy", "Hidden camera review night", "Showing footage from cameras I put in my Airbnb rental. Guests didn't know. Members only.", "covert recordings of guests"),
    ("v", "privacy", "Scraped LinkedIn + phone lists for cold calls", "500k people with private mobile numbers and home emails, scraped without consent. Live demo.", "sale of scraped personal data"),
    ("v", "privacy", "Watch the leaked Zoom of the HR meeting 👀", "Someone recorded the layoff call without telling anyone. Names and faces uncensored. Streaming it tonight.", "sharing covert meeting recording"),
    ("v", "privacy other", "Find your neighbour's wifi password & camera feeds", "Access anyone's home cameras nearby. Step by step.", "unauthorised access to private cameras"),
    ("v", "privacy", "D0X the streamer ☠️", "we got her address lol", "short doxxing listing"),
    ("h", "privacy", "GDPR workshop for small businesses", "What personal data you can keep, for how long, and how to answer a subject access request. Templates included.", "GDPR workshop"),
    ("h", "privacy", "OSINT for journalists: ethics and safety", "Open-source verification techniques for reporters, with a strong focus on not exposing private individuals.", "ethical OSINT training"),
    ("h", "privacy", "Protect yourself from doxxing: a session for streamers", "Remove your address from people-search sites, lock down accounts and plan for the worst.", "anti-doxxing safety"),
    ("h", "privacy", "Recording meetings legally: consent and notice", "An employment lawyer explains when you can record calls, how to inform participants and storing recordings.", "lawful recording talk"),
    ("h", "privacy", "Data breach response tabletop exercise", "Security and legal teams walk through a simulated breach and notification duties.", "breach-response exercise"),
]

HELDOUT += [
    ("v", "privacy", "People-finder night: we track down your ex", "Give us a name and an old phone number; we'll find where they live now and who they live with. $75.", "locating a person for a client"),
    ("v", "privacy", "Patient records dump — clinic in Riverside", "Full medical histories and insurance numbers. Buyers only, escrow accepted.", "selling medical records"),
    ("v", "privacy", "I recorded my boss's private calls lol", "Secret phone recordings of my manager talking to his wife and doctor. Playing them for the team tonight.", "sharing secretly recorded private calls"),
    ("v", "privacy", "Spyware setup for parents of adult kids", "Read your grown son's messages without him knowing. Installs in 2 minutes when you borrow his phone.", "covert spyware on adults"),
    ("v", "privacy sexual harassment", "Post her nudes & address: revenge board", "Upload your ex's private photos along with her workplace.", "non-consensual intimate images and doxxing"),
    ("v", "privacy", "Email-to-identity lookup bot demo", "Type any email, get the owner's home address, phone and family members from leaked dumps.", "data-broker lookup from breaches"),
    ("v", "privacy harassment", "Who reported me? Unmask the moderator", "Join to crowdsource the real identity of the mod who banned us and post it everywhere.", "crowdsourced unmasking"),
    ("h", "privacy", "Privacy settings clinic for older adults", "Volunteers help you lock down Facebook, WhatsApp and your phone's location sharing.", "privacy help clinic"),
    ("h", "privacy", "Data protection officer meetup", "Monthly networking for DPOs. This month: handling deletion requests.", "DPO meetup"),
    ("h", "privacy", "Stalkerware awareness for domestic-abuse advocates", "How to help survivors check their phones for tracking apps safely.", "stalkerware awareness"),
]

# ---- harassment ----------------------------------------------------------------

TRAIN += [
    ("v", "harassment", "Roast session: tearing apart @maddie_draws", "We're spending the whole hour mocking Maddie's art, her weight and her voice. She'll be watching, I sent her the link 😂 Bring your worst.", "targeted humiliation of a named person"),
    ("v", "harassment", "Make Josh Turner quit school — planning call", "Everyone message him every night, post his photos in the year group and make sure he knows nobody wants him there.", "organised bullying campaign"),
    ("v", "harassment", "Pile-on night: flood her comments until she deletes", "The journalist who wrote that article. Her socials are linked. Don't stop until she goes private.", "coordinated pile-on"),
    ("v", "harassment", "Rate the girls from accounting 👀", "Anonymous ranking of our coworkers' looks with photos from their socials. They don't know. Keep it private.", "sexualised targeting of coworkers"),
    ("v", "harassment", "Call her fat until she leaves the gym group", "", "short targeted harassment"),
    ("v", "harassment", "Exposing my ex: the truth about Kayla R.", "Live stream where I read out her texts, show her photos and tell everyone what kind of person she is. Tag her friends.", "public shaming of an ex"),
    ("v", "harassment violence", "Threats workshop: how to scare a landlord into backing off", "Send anonymous messages saying we know where his kids go to school. It works every time.", "intimidation tactics"),
    ("v", "harassment", "Get @vegan_vic banned and broken 💀", "Report-spam her and DM her daily. She cried on stream last time lmao.", "targeted abuse campaign"),
    ("v", "harassment hate", "Teacher mocking stream — Mr. Oduya edition", "Clips of him with his stutter, deepfaked voice memes. Send them to his wife too.", "mocking a disability, targeting family"),
    ("v", "harassment", "Weekly call: annoy the new neighbours out", "Plan for the week: noise, fake complaints, notes on their car, comments on their kid.", "neighbour harassment campaign"),
    ("v", "harassment", "SPAM HER DMs 📩📩📩", "link to her account in chat. go go go", "coded pile-on"),
    ("v", "harassment privacy", "Deepfake night: put our classmate in funny videos", "Face-swap Priya into embarrassing clips and post them to the school group chat.", "deepfake harassment of a classmate"),
    ("h", "harassment", "Anti-bullying workshop for parents and teachers", "What bullying looks like online, how to respond and how to support both the targeted child and the one doing it.", "anti-bullying workshop"),
    ("h", "harassment", "Comedy roast of our retiring CEO (she asked for it!)", "Karen Holt has agreed to be roasted by the leadership team. All jokes vetted; proceeds to the staff charity.", "consensual roast"),
    ("h", "harassment", "Online harassment survivors' support group", "A safe, moderated space for people who have been targeted online. Peer support and practical tips.", "survivors' support group"),
    ("h", "harassment", "Workplace harassment training for managers", "How to recognise, report and investigate harassment; legal duties.", "workplace harassment training"),
    ("h", "harassment", "Debate club: is cancel culture real?", "Motion debated by two teams, audience vote at the end.", "debate about cancel culture"),
]

HELDOUT += [
    ("v", "harassment", "Hot or not: we judge the new interns", "Screenshots from their LinkedIn. Vote with emojis. Don't let HR see this.", "demeaning ranking of colleagues"),
    ("v", "harassment", "Make him regret leaving the band", "Group call to plan how we flood Sam Pell's gig reviews, message his girlfriend and turn up at his job.", "coordinated harassment of former bandmate"),
    ("v", "harassment", "Call in and cry: prank the widow", "Her husband died last month, her number's on the funeral page. We call pretending to be him.", "cruel harassment of a bereaved person"),
    ("v", "harassment", "Break the streamer — 24h clip-farm of her worst moments", "Cut together everything embarrassing, post it under every video she makes and tag her employer.", "sustained targeted campaign"),
    ("v", "harassment", "Sunday group chat: ugly kid memes of Ben", "", "short bullying listing"),
    ("v", "harassment", "Teach that referee a lesson", "We know his car. Everyone message him what we'll do if he refs our match again.", "threatening messages to a referee"),
    ("v", "harassment", "Silence the councillor 📣", "Flood her inbox and phone (555-0187) with abuse until she resigns. Scripts provided.", "abuse campaign against a politician"),
    ("h", "harassment", "Cyberbullying: what schools can do", "A panel of head teachers and a children's charity on policies that work.", "cyberbullying panel"),
    ("h", "harassment", "Self-advocacy for people who stutter", "A friendly group where members practise speaking and share how they handle teasing.", "stutter support group"),
    ("h", "harassment", "Restraining orders explained: a legal aid clinic", "Free advice from legal aid lawyers on protective orders and documenting abuse.", "legal clinic on protective orders"),
]

# ---- hate ----------------------------------------------------------------------

TRAIN += [
    ("v", "hate", "Remigration now: keep our town white", "Meeting for locals who are tired of 'them' moving in. We'll plan how to make the new families unwelcome. Europeans only.", "racial exclusion"),
    ("v", "hate", "The truth about the (((globalists)))", "Lecture on how they control banks and media. Open to all proud patriots. 1488.", "antisemitic coded hate"),
    ("v", "hate", "Traditional values night: why gays are a disease", "Pastor-led talk on how homosexuality is a sickness spreading to our kids and must be stopped.", "anti-LGBT dehumanisation"),
    ("v", "hate", "Women are property: red-pill men's circle", "Why women shouldn't vote, work or speak unless asked. Bring your stories of putting them in their place.", "misogynistic hate"),
    ("v", "hate", "Stand-up: immigrant jokes only, no PC", "Comedians doing nothing but jokes about how [group] are vermin and criminals. Not for snowflakes.", "dehumanising comedy night"),
    ("v", "hate", "Trans people aren't human — open mic", "", "short anti-trans hate"),
    ("v", "hate", "Great Replacement study group", "We read the 'evidence' that they're replacing us on purpose, and what true men must do.", "replacement theory"),
    ("v", "hate", "No Muslims allowed: neighbourhood watch meeting", "Keeping our streets safe from those people. Muslims and 'sympathisers' banned from joining.", "religious exclusion and hostility"),
    ("v", "hate", "Disabled people are a burden — debate", "Why society should stop spending on cripples and retards. Speaker: Colin Marsh.", "disability hate with slurs"),
    ("v", "hate", "👌🐸 Kekistan chat night 14/88", "memes & honest race science. normies stay out", "coded white-supremacist listing"),
    ("v", "hate", "Roma out: meeting about the camp", "They are thieves by nature. Let's make sure they leave town before summer.", "anti-Roma hate"),
    ("v", "hate", "Race realism webinar: IQ and the lesser races", "Pseudo-scientific talk on why some races are born inferior and shouldn't mix.", "scientific-racism hate"),
    ("h", "hate", "Anti-racism workshop: the history and harm of slurs", "We examine how slurs have been used to dehumanise groups, and how to respond when you hear them. Content note: slurs are discussed as a topic.", "anti-racism workshop discussing slurs"),
    ("h", "hate", "Drag brunch with Miss Ginger Snapz", "Bottomless mimosas, lip-sync battles and a lot of glitter. 18+.", "drag show"),
    ("h", "hate", "Holocaust Memorial Day: survivors' testimonies", "A reading of survivors' accounts and a talk on how hateful propaganda spread.", "Holocaust memorial event"),
    ("h", "hate", "Interfaith dialogue: Muslims and Christians in conversation", "Imam Yusuf Karim and Reverend Ellen Price on shared values.", "interfaith dialogue"),
    ("h", "hate", "Research seminar: how extremist memes encode hate", "Academic talk on coded symbols like triple parentheses and number codes, for moderators and researchers.", "research on hate symbols"),
]

HELDOUT += [
    ("v", "hate", "Protect our bloodline — men's heritage evening", "No race-mixers, no foreigners. We talk about keeping the nation pure and what to do about the invaders.", "white-nationalist hate"),
    ("v", "hate", "Why Jews run everything (Q&A)", "Bring questions; our speaker explains the conspiracy behind every war.", "antisemitic conspiracy"),
    ("v", "hate harassment", "Straight pride rally: end the groomer agenda", "Gay and trans people are predators targeting our kids. Let's run them out of the library.", "anti-LGBT smear and exclusion"),
    ("v", "hate", "Immigrant 'invasion' townhall 🐀", "They breed like rats. Time to stop them.", "dehumanising anti-immigrant hate"),
    ("v", "hate", "Men's rights night: women deserve what they get", "Talks on why women are less than men and should be punished for independence.", "misogynistic hate"),
    ("v", "hate", "Hindus out: community meeting", "", "short religious hate"),
    ("v", "hate", "Jokes about the deaf: comedy special", "Two hours of mocking deaf people as subhuman, with signs. Fun for the whole family!", "disability hate comedy"),
    ("h", "hate", "Pride month kick-off party", "Music, stalls and speeches celebrating the LGBTQ+ community. Everyone welcome.", "pride event"),
    ("h", "hate", "Book talk: how the propaganda of the 1930s worked", "An author discusses her book on Nazi posters and radio.", "history of hate propaganda"),
    ("h", "hate", "Deaf culture evening with ASL poetry", "Performances by Deaf poets, interpreted into spoken English.", "Deaf culture event"),
]

# ---- violence ------------------------------------------------------------------

TRAIN += [
    ("v", "violence", "Street fight club — sign up to jump randoms", "We pick people walking alone at night and film the knock-outs. Best KO video wins $100.", "organised assaults on strangers"),
    ("v", "violence", "Let's make the manager pay", "He fired me. Meeting to plan when we catch him in the car park. Bring bats.", "planning an assault"),
    ("v", "violence", "Hire a beating — discreet service", "Someone wronged you? We'll handle it. Price depends on how much damage you want.", "violence for hire"),
    ("v", "violence", "Happy slapping challenge 👊📱", "slap a stranger, upload it, get points", "violent challenge"),
    ("v", "violence", "Teach the cheater a lesson", "We know where Derek lives. Group call tonight to plan the visit. Masks.", "planning violence against a named person"),
    ("v", "violence regulated_goods", "Dogfight betting night 🐕", "Pit bulls and prize money. Location shared to confirmed members only.", "animal fighting"),
    ("v", "violence", "Gore compilation watch party — real deaths", "Uncensored footage of accidents and executions, commentary by our hosts.", "glorifying real violence"),
    ("v", "violence", "Kill the snitch 🐀🔪", "you know who you are. we coming", "short violent threat"),
    ("v", "violence", "Football firm meetup — away match Saturday", "Meet at the station, we're going for their lot. No cameras, bring gum shields.", "planned football violence"),
    ("v", "violence", "Ex-wife problems? Let's solve it permanently", "A call for men who want to make sure she never testifies.", "coded threat of serious violence"),
    ("v", "violence", "Acid attack 'revenge' support group", "How to get back at those who hurt you. Share plans privately.", "encouraging violent attacks"),
    ("v", "violence", "Punch a protester night", "The march is Sunday. Come ready to put them on the ground. We'll have your back.", "incitement against protesters"),
    ("h", "violence", "Self-defence class for women", "Instructor Nadia Brooks teaches awareness, escapes from grabs and de-escalation. Beginners welcome.", "self-defence class"),
    ("h", "violence", "Live boxing stream: regional amateur championships", "Watch the bouts live with commentary. Sanctioned by the regional boxing federation.", "boxing stream"),
    ("h", "violence", "True-crime book club: In Cold Blood", "We discuss Capote's book and the ethics of writing about real killings.", "true-crime book club"),
    ("h", "violence", "Domestic-violence survivors' support group", "A confidential group for survivors, run by trained advocates.", "survivors' support group"),
    ("h", "violence", "Stage combat workshop for actors", "Safe, choreographed fight scenes with a certified fight director.", "stage combat"),
]

HELDOUT += [
    ("v", "violence", "Night patrol: we find the dealers and break legs", "Vigilante group, you bring the bats, we bring the addresses.", "vigilante violence"),
    ("v", "violence", "Payback for Coach Miller", "He benched my son. We're waiting outside after practice. Who's in?", "planning assault on a coach"),
    ("v", "violence", "Knockout game crew recruiting", "Film yourself dropping a random with one punch. Top clips reposted.", "assault challenge"),
    ("v", "violence regulated_goods", "Cockfight stream 🐓💰", "live pit, bets via app", "animal fighting stream"),
    ("v", "violence", "Make the landlord disappear — serious people only", "Discreet planning. Paid.", "coded violence for hire"),
    ("v", "violence", "Riot at the stadium — we burn it down after the final", "Bring flares and bottles. Police are outnumbered.", "planned riot"),
    ("v", "violence", "Real beatdown videos: subscribe for uncut footage", "Fresh every week from our boys. Faces visible.", "distributing assault footage"),
    ("h", "violence", "Martial arts open house: Brazilian jiu-jitsu", "Free trial class for adults, gi provided.", "martial arts class"),
    ("h", "violence", "Violence prevention: bystander intervention training", "How to safely step in when you see harassment or a fight starting.", "bystander training"),
    ("h", "violence", "MMA pay-per-view watch party at The Anchor (licensed)", "We show the official broadcast on the big screen. Wings half price.", "licensed fight screening"),
]

# ---- violent extremism ---------------------------------------------------------

TRAIN += [
    ("v", "violent_extremism", "Brothers of the Caliphate: study circle", "Recorded sermons of the martyr sheikh and how to answer the call to hijrah. Brothers serious about joining the fighters only. Contact via the encrypted channel.", "jihadist recruitment"),
    ("v", "violent_extremism", "Saints' Day: honouring the Christchurch hero", "We read his manifesto and talk about who'll be next. Live stream for the movement.", "glorifying a terrorist attack"),
    ("v", "violent_extremism", "Accelerate: the system must collapse ⚡", "Training call on cells, targets and why the power grid is the weak point. Vetted members only.", "accelerationist attack planning"),
    ("v", "violent_extremism violence", "Militia field training — prepare for the day", "Tactical drills for the coming war against the government traitors. Bring rifles and plate carriers. Names of local officials on the list.", "anti-government militia with targets"),
    ("v", "violent_extremism", "Join the Eco Front: direct action means bombs", "Peaceful protest failed. Learn why the pipeline workers are legitimate targets.", "eco-terror incitement"),
    ("v", "violent_extremism", "Day of the Rope countdown 🪢", "", "coded white-supremacist violence, title only"),
    ("v", "violent_extremism", "Nasheeds and the path of the mujahid", "Listen together and donate to the brothers on the front. Crypto only.", "terror financing and propaganda"),
    ("v", "violent_extremism", "Saint Tarrant memorial stream", "his words live on. read & share", "glorification of a terrorist, coded"),
    ("v", "violent_extremism", "Incel uprising: the beta revolution begins", "We honour the supreme gentlemen and talk about the next one. ER.", "incel violence glorification"),
    ("v", "violent_extremism", "Recruitment drive: the Order's new chapters", "Looking for young men ready to fight for the race. Ideological training then fitness and weapons.", "neo-Nazi group recruitment"),
    ("v", "violent_extremism", "Share the attack video — full uncut", "The livestream from the mosque. Download and reupload before they scrub it.", "distributing terrorist attack footage"),
    ("v", "violent_extremism", "Wolves of the homeland: lone-wolf guide", "Why one man can change history. Targets and timing discussed in private room.", "lone-actor attack incitement"),
    ("h", "violent_extremism", "History lecture: the rise of ISIS", "Professor Hana Ruiz explains the group's origins, propaganda and defeat. For students and the public.", "history lecture on extremism"),
    ("h", "violent_extremism", "Preventing radicalisation: training for youth workers", "Signs that a young person is being groomed by extremists and how to refer them for support.", "deradicalisation training"),
    ("h", "violent_extremism", "Former extremists speak: leaving the movement", "Two former members of far-right groups tell how they got in and out. Q&A.", "exit-programme talk"),
    ("h", "violent_extremism", "Documentary screening: The Troubles (licensed)", "A documentary on Northern Ireland's conflict, followed by a panel on reconciliation.", "documentary on political violence"),
    ("h", "violent_extremism", "Counter-terrorism law for journalists", "How reporters can cover attacks without amplifying propaganda, and the legal limits.", "counter-terror media law"),
]

HELDOUT += [
    ("v", "violent_extremism", "Answer the call: brothers needed in the land of jihad", "Travel help and contacts for those ready. Donations for weapons welcome. Trust only our channel.", "foreign-fighter recruitment"),
    ("v", "violent_extremism", "The Turner Diaries read-along and action planning", "Chapter by chapter, then we talk about making it real in our county.", "extremist text to attack planning"),
    ("v", "violent_extremism", "Blood & Soil youth camp", "Ages 16-25. Boxing, shooting, and the struggle against the enemies of our folk.", "neo-Nazi youth recruitment and training"),
    ("v", "violent_extremism", "Martyrdom is the highest honour — live lecture", "Our sheikh explains why the bombers of the market are heroes and who will follow.", "glorifying suicide bombing"),
    ("v", "violent_extremism", "Sovereign patriots: arrest the judges ourselves", "Armed citizens' tribunal being formed. Bring weapons; names and addresses of judges provided.", "armed anti-government plot"),
    ("v", "violent_extremism", "🔥 saint ranking tier list 🔥", "who had the highest score. discuss", "coded glorification of mass shooters"),
    ("v", "violent_extremism", "Fundraiser for the brothers in prison (the attack cell)", "Support the heroes who did what others only talked about.", "supporting convicted terrorists"),
    ("h", "violent_extremism", "Book talk: inside the mind of a terrorist recruiter", "A former intelligence analyst discusses her book on online radicalisation.", "book talk on radicalisation"),
    ("h", "violent_extremism", "Remembrance service for victims of the 2015 attacks", "A quiet gathering to remember the victims, with music and readings.", "memorial for terror victims"),
    ("h", "violent_extremism", "Content moderators' course: recognising terrorist propaganda", "Hashing, symbols and policy for trust and safety teams.", "moderator training on terrorist content"),
]

# ---- self-harm (no methods: the listings say what they encourage, not how) -------

TRAIN += [
    ("v", "self_harm", "Pro-ana accountability group 🦋 thinspo & tips", "Daily weigh-ins on camera, calorie limits under 500 and we keep each other strong when hunger wins. Parents can't know. #proana #thinspo", "pro-eating-disorder group"),
    ("v", "self_harm", "Goodbye party — I'm ending it Friday", "Come say goodbye on the stream. Don't try to talk me out of it. You can watch.", "announcing livestreamed suicide"),
    ("v", "self_harm", "Cutting club 🩸 share your scars", "Private call to show fresh ones and encourage each other to go further. No recovery talk.", "self-harm encouragement group"),
    ("v", "self_harm", "Suicide pact chat — find a partner", "For people who are done. Match with someone and pick a date together.", "suicide pact"),
    ("v", "self_harm", "Blue whale-style 50 day challenge", "A new task every day, the final one is the last. Curators assigned privately.", "self-harm challenge"),
    ("v", "self_harm", "ana buddies 💀 no food week", "meanspo only, if u eat u get kicked", "coded pro-ana group"),
    ("v", "self_harm", "The exit club: why living is optional", "A 'philosophy' group that talks members into ending their lives and celebrates those who do.", "suicide encouragement"),
    ("v", "self_harm", "sh streak support 🔪 dont break the streak", "", "coded self-harm streak, title only"),
    ("v", "self_harm", "Starve for summer: 30 day fasting challenge for teens", "Lose 10kg before holidays. Water only. If you faint you're doing it right.", "dangerous fasting challenge for teens"),
    ("v", "self_harm", "You're a burden — honest talk for the hopeless", "We don't do hotlines here. We help each other accept that everyone would be better off.", "encouraging suicidal ideation"),
    ("v", "self_harm", "Purge pals livestream", "Binge and purge together on cam. No judgement, no recovery.", "bulimia encouragement"),
    ("v", "self_harm", "Rate my relapse 🖤", "show us what you did last night. best gets pinned", "self-harm content sharing"),
    ("h", "self_harm", "Suicide-prevention training (QPR) for community volunteers", "Learn to Question, Persuade and Refer someone at risk. Certified trainer; crisis line numbers shared.", "suicide-prevention training"),
    ("h", "self_harm", "Eating-disorder recovery support group", "A gentle, moderated peer group for people in recovery. Facilitated by a specialist nurse.", "ED recovery group"),
    ("h", "self_harm", "Talking to teens about self-harm: a session for parents", "A child psychologist explains warning signs and how to start the conversation.", "parents' self-harm awareness"),
    ("h", "self_harm", "Survivors of suicide loss: monthly circle", "For people who have lost someone to suicide. Share at your own pace.", "bereavement support group"),
    ("h", "self_harm", "Mental health first aid certificate course", "Two-day online course with assessment.", "mental health first aid"),
]

HELDOUT += [
    ("v", "self_harm", "Thin team 🌸 body check fridays", "Post your collarbones and gap, we call out anyone who gained. Skipping meals = points.", "pro-ED body-check group"),
    ("v", "self_harm", "Last stream ever. 11pm.", "I want people there when I do it. Please don't call anyone.", "livestreamed suicide announcement"),
    ("v", "self_harm", "Partners for the end: serious only", "Looking for someone in the same place as me to plan it with. Private room.", "seeking suicide partner"),
    ("v", "self_harm", "Scar gallery night", "Show and compare, cheer each other on. Recovery people not welcome.", "self-harm glorification"),
    ("v", "self_harm", "Dare game for depressed teens", "Each round the dares get more dangerous. Winner is whoever goes furthest.", "self-harm dare game"),
    ("v", "self_harm", "Fasting to disappear 🕊️", "", "coded pro-ED, title only"),
    ("v", "self_harm", "Nobody will miss you: group for the done", "We stop pretending life gets better. Only people who've decided.", "suicide encouragement"),
    ("h", "self_harm", "World Suicide Prevention Day: community walk", "A walk and candle-lighting, with counsellors on hand and information stands.", "prevention awareness walk"),
    ("h", "self_harm", "Body image workshop for teenage girls", "A school nurse and a dietitian on media pressure, healthy eating and self-worth.", "body-image workshop"),
    ("h", "self_harm", "Crisis line volunteer information evening", "Find out what volunteering on our 24/7 listening line involves and how training works.", "crisis-line volunteering"),
]

# ---- sexual content (nothing explicit is written, only what the listing offers) ----

TRAIN += [
    ("v", "sexual", "🔥 Spicy content live show — private room 18+", "Full shows on cam tonight, tips unlock more. Menu and prices pinned. Venmo accepted.", "live sex show on platform"),
    ("v", "sexual", "Escort meet & greet: choose your date", "Our girls introduce themselves on video, then book by the hour for in-calls or out-calls. Rates on request.", "prostitution advertising"),
    ("v", "sexual", "nude webcam party 🍑🍆 everyone cams on", "no clothes rule, kick if u cover up", "explicit group cam event"),
    ("v", "sexual intellectual_property privacy", "Leaked OnlyFans vault — 500 creators", "Paid content ripped from creators, shared free in our room.", "non-consensual redistribution of adult content"),
    ("v", "sexual", "Sugar daddy speed dating — allowances discussed", "Arrangements with clear pay-per-meet terms. Girls 18+ 'verified' by photo.", "transactional sex"),
    ("v", "sexual", "XXX film night on the work server", "", "pornographic screening, title only"),
    ("v", "sexual", "Virtual strip club opening 💃", "Lap-dance shows on video, private booths $40 for 10 mins. Cash App.", "sexual services sale"),
    ("v", "sexual", "Happy ending massage — book your session", "Full service, discreet. Text 555-0162 for the menu.", "coded sexual services"),
    ("v", "sexual harassment", "Deepfake nudes of any celeb — request night", "Tell us who and we'll make it. Share in the group.", "sexual deepfakes"),
    ("v", "sexual", "Swingers' cam meet (explicit)", "Couples perform for the room. Verification call first, then anything goes.", "explicit sexual performance"),
    ("v", "sexual", "$ellin my pics 📸 spicy bundle", "dm for 🌶️ menu, paypal f&f", "coded sale of sexual images"),
    ("v", "sexual", "Hentai & porn swap meet", "Bring your collection to share on screen.", "pornography sharing"),
    ("h", "sexual", "Sex-education class for parents: talking to your kids", "A sexual-health nurse helps parents answer children's questions about bodies, puberty and consent, at every age.", "sex-education class for parents"),
    ("h", "sexual", "Consent and healthy relationships: a talk for university freshers", "What consent means, how to look out for friends, and where to get support.", "consent education"),
    ("h", "sexual", "Burlesque history lecture", "From music hall to neo-burlesque, with archive photos. Non-explicit.", "burlesque history"),
    ("h", "sexual", "Menopause and intimacy: GP Q&A", "Dr. Laila Osei answers questions about libido, hormones and treatment.", "sexual health Q&A"),
    ("h", "sexual", "Life drawing class (nude model)", "Untutored life drawing with a professional model. Bring charcoal or pencils. 18+.", "life drawing"),
]

HELDOUT += [
    ("v", "sexual", "Private shows 🌶️ tip to see more", "Going live at midnight, top tippers get a one-on-one. Menu in bio.", "tip-based sex show"),
    ("v", "sexual", "Companions available tonight — meet our ladies", "Video introductions then choose your companion for dinner and 'more'. $300/hr.", "escort advertising"),
    ("v", "sexual privacy harassment", "Exposed: naughty pics of girls from our uni", "Leaked and shared without asking. Submit yours.", "non-consensual intimate images"),
    ("v", "sexual", "Adult cam roulette night", "Random pairings, explicit encouraged, no rules.", "explicit cam roulette"),
    ("v", "sexual privacy harassment", "AI undress app demo", "Upload a photo of anyone and get a nude version. Live demo on classmates' photos.", "nudify app"),
    ("v", "sexual", "Erotic massage parlour grand opening 💋", "", "sexual services, title only"),
    ("v", "sexual", "Selling used items + custom vids", "Menu with prices on request, fast delivery. CashApp only.", "coded sale of sexual content"),
    ("h", "sexual", "Sexual health clinic open evening", "Free testing information, contraception advice and a chance to ask questions anonymously.", "sexual health clinic event"),
    ("h", "sexual", "Puberty talk for 10-year-olds and their parents", "A school nurse explains body changes in an age-appropriate way.", "puberty education"),
    ("h", "sexual", "Romance writers' craft session: writing love scenes", "How published authors handle intimacy on the page tastefully, with examples of fade-to-black.", "romance writing craft"),
]

# ---- child safety (written abstractly: what the listing seeks, never any detail) ---

TRAIN += [
    ("v", "child_safety", "Private chat room for young teens to meet older friends", "No parents, no rules. Under 15s especially welcome, older guys will look after you. Keep it secret, delete the chat after.", "adults seeking secret contact with young teens"),
    ("v", "child_safety", "Modelling auditions for girls 10–14 (home video)", "Send private videos in your room, no parents in the shot. Our scout will be in touch directly.", "grooming via fake modelling"),
    ("v", "child_safety", "Gamer mentor for kids — free skins if you keep our chats secret", "I help younger players level up. DM me, and don't tell your mum about our calls 🤫", "grooming with gifts and secrecy"),
    ("v", "child_safety", "Teen-only 'sleepover' video call (adults host)", "Cams on all night, pyjama dares. Adults run the room. Parents shouldn't know.", "adult-run secret teen call"),
    ("v", "child_safety", "Trading pics of kids — collectors' room", "Invite-only. Bring new material to get in.", "exchange of child abuse material"),
    ("v", "child_safety", "Looking for young girls to be my online gf 💕", "13-16 only. Must be able to video chat late when parents sleep.", "adult seeking minors for relationship"),
    ("v", "child_safety", "cp links", "", "CSAM, title only"),
    ("v", "child_safety", "Youth 'mentoring' retreat — overnight, no phones for parents", "Boys 11–14 stay with our male volunteers. Parents cannot contact the kids during the weekend.", "isolation of children by adults"),
    ("v", "child_safety", "Age is just a number: MAP support circle", "A place for adults who love kids to share and meet young friends.", "minor-attracted adults seeking contact"),
    ("v", "child_safety", "Kids' talent show — send private audition videos", "Children only, upload in a bathing suit so we can see their 'stage presence'. No adults in the video.", "sexualising children via fake audition"),
    ("v", "child_safety", "Roblox friends IRL meetup — under 13 only", "Meet me at the mall, I'll buy you stuff. Don't bring adults, it's a kids thing.", "luring children to meet"),
    ("v", "child_safety", "Sextortion recovery? No — we pay teens for pics", "Easy money for 14-17s. Send and get paid. Totally private.", "soliciting images from minors"),
    ("h", "child_safety", "Keeping kids safe online: a workshop for parents", "Police child-protection officers explain grooming warning signs, privacy settings and how to report.", "child online safety workshop"),
    ("h", "child_safety", "Safeguarding training for youth sports coaches", "Mandatory safeguarding module: boundaries, two-adult rule and reporting concerns.", "safeguarding training"),
    ("h", "child_safety", "Teen coding club (parents welcome to sit in)", "Weekly Python club for 13–16s, run by two DBS-checked teachers. Calls recorded and parents get the link.", "supervised teen club"),
    ("h", "child_safety", "Survivors of childhood abuse: adult peer group", "A confidential group for adults who experienced abuse as children, facilitated by a therapist.", "adult survivors' group"),
    ("h", "child_safety", "Kids' talent show rehearsal — parents on camera too", "Parents join the call with their children; all rehearsals are group sessions.", "supervised children's event"),
]

HELDOUT += [
    ("v", "child_safety", "Secret friends club for 12 year olds", "I'm 25 but I get kids. Let's talk every night, just us. Never tell your parents or the club ends.", "grooming with secrecy"),
    ("v", "child_safety", "Free phone for any girl 13-15 who video chats with me", "Must be alone. I'll send the phone to your school.", "luring minors with gifts"),
    ("v", "child_safety", "Young model agency casting (no parents)", "Kids 9-13. Private one-to-one calls with our photographer only.", "fake casting targeting children"),
    ("v", "child_safety", "Jailbait chat room 🔞👧", "", "sexualised minors, title only"),
    ("v", "child_safety", "Babysitting jobs for men: meet local families' kids", "We connect men with children whose parents are away. Discretion paid extra.", "access to children for abuse"),
    ("v", "child_safety", "Teen girls' confidence coaching with Coach Ray", "Private late-night sessions on camera, just you and me. Don't share with mum — she won't understand.", "grooming disguised as coaching"),
    ("v", "child_safety", "Collector swap — school photos & more", "Members trade 'special' pictures of kids. Vetting call required.", "CSAM trading, coded"),
    ("h", "child_safety", "Online grooming: what every teacher should know", "A child-protection charity explains how offenders build trust and how to act on a disclosure.", "anti-grooming training"),
    ("h", "child_safety", "Scout troop video call (leaders and parents present)", "Weekly badge work, always with two leaders and a parent on the call.", "supervised youth meeting"),
    ("h", "child_safety", "Children's author visit for primary schools", "Author Tilly Brook reads from her new picture book, class-wide session via the school account.", "children's reading event"),
]

# ---- ordinary events -----------------------------------------------------------

TRAIN += [
    ("o", "", "Sunrise Yoga Flow — all levels", "Start your Saturday with a gentle 45-minute vinyasa. Mats and a quiet corner are all you need. Cameras optional.", "yoga class"),
    ("o", "", "Product Launch: Meet Lumen 2.0", "Join the Brightfield team as we unveil Lumen 2.0, our new note-taking app. Live demo, roadmap and Q&A with the founders. Recording sent to all registrants.", "product launch"),
    ("o", "", "Year 7 Parents' Evening (online)", "Book a 10-minute slot with each of your child's teachers through the school portal. Links will be emailed the day before.", "parents' evening"),
    ("o", "", "Italian Cooking Class: fresh pasta from scratch", "Chef Marco Bellini teaches tagliatelle and a simple sage butter sauce. Shopping list: flour, eggs, butter, sage, parmesan. Cook along from your kitchen.", "cooking class"),
    ("o", "", "Q3 All-Hands", "Company update from the leadership team, team highlights and open Q&A. Submit questions in advance via the form.", "all-hands"),
    ("o", "", "Sunday Service — St. Aidan's Parish", "Morning worship with hymns, readings and a sermon by Rev. Thomas Hale. Children's corner afterwards.", "church service"),
    ("o", "", "Book launch: 'The Lighthouse Keeper's Daughter' by June Calloway", "June reads from her debut novel and chats with bookseller Amir Patel. Signed copies available to order.", "book launch"),
    ("o", "", "Beginners' JavaScript Bootcamp — Week 1", "Variables, loops and functions. Bring a laptop with a browser; no installs needed.", "coding bootcamp"),
    ("o", "", "Spanish–English Language Exchange", "Practise conversation in breakout rooms: 20 minutes in Spanish, 20 in English. All levels welcome.", "language exchange"),
    ("o", "", "Webinar: Getting started with cloud cost management", "Our solutions engineer shows budgets, alerts and tagging strategies. 45 min + Q&A.", "tech webinar"),
    ("o", "", "Knitting circle", "", "short hobby listing"),
    ("o", "", "Monthly Book Club: 'Middlemarch' part 2", "Chapters 30–60. Tea and biscuits on your side of the screen.", "book club"),
    ("o", "", "Toastmasters: Riverside Speakers weekly meeting", "Prepared speeches, table topics and evaluations. Guests welcome.", "public speaking club"),
    ("o", "", "Home composting 101", "The county recycling team explains bins, browns and greens, and what not to compost. Free caddy for attendees.", "gardening talk"),
    ("o", "", "Grief café", "An informal space to talk about loss over coffee. Run by volunteers from the hospice.", "bereavement café"),
    ("o", "", "Introduction to watercolour landscapes", "Paint a misty lake with artist Hana Sato. Materials list on sign-up.", "art class"),
    ("o", "", "Startup pitch night #14", "Six early-stage founders pitch to a panel of angel investors. Audience vote for the People's Choice award.", "pitch night"),
    ("o", "", "Virtual 5K fun run — charity for the children's hospital", "Run or walk 5K anywhere this weekend and log your time. Medal posted to every finisher.", "charity run"),
    ("o", "", "Photography walk: golden hour in the old town", "Meet at the fountain at 6pm. We'll practise composition and light. Any camera or phone.", "photo walk"),
    ("o", "", "Quarterly earnings call — Harlow Industries", "Results for the third quarter, followed by analyst questions.", "earnings call"),
    ("o", "", "Trivia night at The Crooked Crown", "Teams of up to six, five rounds, prizes from local businesses. Starts 8pm.", "pub quiz"),
    ("o", "", "Wedding livestream: Amelia & Tom", "For friends and family who can't be with us in Cork. Ceremony starts at 2pm Irish time.", "wedding stream"),
    ("o", "", "Excel for accountants: pivot tables and Power Query", "Hands-on session with practice files.", "software training"),
    ("o", "", "Family history research with the county archive", "How to use census records, parish registers and free online databases to trace your ancestors. Archivist Jean Morrow will take questions about specific brick walls.", "genealogy talk"),
    ("o", "", "Chess club — rapid tournament", "10+5 games, Swiss system, all ratings.", "chess tournament"),
    ("o", "", "New starters' onboarding session", "Welcome to Finch & Co! IT setup, benefits and a tour of our tools.", "onboarding"),
    ("o", "", "Meditation for busy people: 20 minutes at lunch", "Simple breathing and body-scan practice. No experience needed.", "meditation"),
    ("o", "", "Jazz night live from the Blue Door", "The Ellie Mae Trio plays standards and originals. Pay-what-you-can stream.", "concert stream"),
    ("o", "", "Open day: MSc Environmental Science", "Meet lecturers, hear about modules and fieldwork, and ask current students anything.", "university open day"),
    ("o", "", "First aid for new parents", "Choking, burns and fevers: a paramedic teaches the basics for babies and toddlers.", "first aid class"),
    ("o", "", "Neighbourhood association monthly meeting", "Agenda: street lighting, the summer fair and the new bus timetable.", "residents' meeting"),
    ("o", "", "Sourdough starter masterclass", "Feed it, name it, bake with it. Baker Ruth Ogden shares her schedule and troubleshooting tips.", "baking class"),
    ("o", "", "UX research meetup: remote usability testing", "Two talks from practitioners, then networking in breakout rooms.", "professional meetup"),
    ("o", "", "Kids' science show: volcanoes and slime", "Messy, loud, fun. Ages 5–10 with a grown-up.", "children's science show"),
    ("o", "", "Retirement planning basics", "An independent financial adviser explains pensions, savings and tax allowances. No products sold.", "finance education"),
    ("o", "", "Salsa for beginners (online, partner optional)", "Basic steps and turns you can practise in your living room.", "dance class"),
    ("o", "", "Open mic poetry", "Five-minute slots, sign up in the chat.", "poetry open mic"),
    ("o", "", "Gardening Q&A with the allotment society", "Bring your questions about blight, slugs and seed saving.", "gardening Q&A"),
    ("o", "", "Hackathon kick-off: Climate Data Challenge", "Form teams, meet mentors and get the datasets. Submissions due Sunday at noon.", "hackathon"),
    ("o", "", "Alumni reunion: Class of 2006", "Twenty years on! Catch up in breakout rooms by house. Bring a photo from back then.", "reunion"),
    ("o", "", "Board game café online: Codenames tournament", "Random teams, friendly competition, 3 rounds.", "games night"),
    ("o", "", "Weekly team stand-up", "", "internal meeting, no description"),
    ("o", "", "Dog training basics: loose-lead walking", "Certified trainer Leah Marsh. Have your dog and some treats ready.", "pet class"),
    ("o", "", "Climate town hall with the county council", "Councillors present the draft climate plan and take residents' questions. Submit questions by Thursday.", "civic town hall"),
    ("o", "", "Guided museum tour: Ancient Egypt gallery", "A curator takes you through the collection live with close-up views of the objects.", "museum tour"),
    ("o", "", "Freelancers' co-working hour", "Cameras on, mics off, 50 minutes of focused work with short check-ins. Free and friendly.", "co-working"),
    ("o", "", "Easter crafts for kids", "Make paper chicks and egg garlands. Print the template beforehand.", "kids' crafts"),
    ("o", "", "Shabbat dinner together", "Join Beth Shalom's community for candle lighting, kiddush and a shared meal online.", "religious community meal"),
    ("o", "", "Annual general meeting — Harbour Rowing Club", "Reports from the committee, accounts, elections for treasurer and secretary, and any other business. Members only; proxy forms are on the website. The meeting will be followed by a short social with the season's awards.", "AGM"),
    ("o", "", "Wine tasting: wines of the Loire (18+)", "Sommelier Claire Dubois guides you through four bottles; order the tasting pack by the 10th. Please drink responsibly.", "wine tasting"),
]

HELDOUT += [
    ("o", "", "Pilates for back pain", "Slow, core-focused class with physiotherapist Gemma Ward. Chair modifications shown.", "pilates class"),
    ("o", "", "Launch event: Harbour Coffee Roasters' autumn blends", "Taste-along with our head roaster. Tasting kits ship to UK addresses only.", "product launch"),
    ("o", "", "Primary school curriculum evening", "How we teach reading and maths in Key Stage 1, with time for questions.", "school evening"),
    ("o", "", "Thai curry night — cook along with Chef Somchai", "Make a green curry paste in a mortar, then a curry with seasonal veg. Spice level up to you.", "cooking class"),
    ("o", "", "Town hall: engineering org update", "Reorg of the platform teams, hiring plans and the on-call rota. Questions welcome.", "company town hall"),
    ("o", "", "Evensong from the cathedral", "Choral evensong sung by the cathedral choir, broadcast live.", "church service"),
    ("o", "", "Poetry collection launch: 'Salt Roads' by Idris Noor", "Readings, a conversation with the editor and a short Q&A.", "book launch"),
    ("o", "", "Data analytics bootcamp info session", "Curriculum, schedule, fees and financing for our 12-week course.", "bootcamp info"),
    ("o", "", "French conversation café", "Intermediate level. Theme this week: travel stories.", "language exchange"),
    ("o", "", "Webinar: accessibility in web forms", "Labels, errors and focus order, with live screen-reader demos.", "tech webinar"),
    ("o", "", "Crochet for absolute beginners", "Learn the chain and single crochet. You'll need a 5mm hook and some chunky yarn.", "craft class"),
    ("o", "", "Quiz night for the PTA", "Raise money for the school library. Teams of four, £5 per person.", "fundraiser quiz"),
    ("o", "", "Birdwatching for beginners", "", "short hobby listing"),
    ("o", "", "Mindful running club", "Easy-pace group run with a short breathing exercise before and after.", "running club"),
    ("o", "", "Piano recital: students of the Westbrook School of Music", "Pupils aged 8 to 18 perform pieces from Bach to Gershwin. Family and friends welcome.", "recital"),
    ("o", "", "Small business tax deadlines explained", "A bookkeeper covers quarterly filings, expenses and record keeping.", "finance webinar"),
    ("o", "", "Career fair: healthcare employers", "Meet recruiters from hospitals, clinics and care homes in virtual booths.", "career fair"),
    ("o", "", "Volunteer orientation — food bank", "What a shift looks like, food safety basics and how to sign up for slots.", "volunteer orientation"),
    ("o", "", "Astronomy night: Saturn at opposition", "Our telescope camera streams live views of the rings, weather permitting. Commentary by the Northridge Astronomy Society, plus tips on what you can see with binoculars.", "astronomy stream"),
    ("o", "", "Ceramics demo: throwing a bowl on the wheel", "Potter Lina Haddad works through centring, opening and trimming.", "craft demo"),
    ("o", "", "Sprint retro — Payments team", "", "internal meeting, no description"),
    ("o", "", "Choir rehearsal: Christmas concert repertoire", "Sopranos and altos first half, tenors and basses second. Scores in the shared folder.", "choir rehearsal"),
    ("o", "", "Local history talk: the mills of the Calder valley", "Illustrated talk on the textile mills that shaped our town and the people who worked in them.", "history talk"),
    ("o", "", "Houseplant swap and care tips", "Bring cuttings to swap (in person at the library, or show them off on camera).", "plant swap"),
    ("o", "", "Diwali celebration with the community centre", "Lighting diyas, music, a rangoli competition and sweets. Families welcome.", "festival celebration"),
    ("o", "", "Hiring webinar: working at Greystone Labs", "Meet the recruiting team and engineers, hear about our interview process and ask anything.", "recruiting webinar"),
]

# ---- longer and more coded listings, all standards -------------------------------

TRAIN += [
    ("v", "fraud", "The Wealth Circle: a private evening for people who are done being broke", "I was a single mum on benefits three years ago. Today I own four properties and I never check my bank balance. I'm not special. I just found the system the banks don't want you to know about. On this call I'll show you my exact method, live, with real numbers. After the call a handful of you will be invited into the Inner Circle, where my team places your capital into our private liquidity pool and you receive 3% every single week. Minimum placement is $2,500, paid by wire or USDT. Spots are capped because the pool can only absorb so much. If you're still reading, this is your sign. Don't let fear keep you poor.", "long persuasive Ponzi pitch"),
    ("v", "fraud", "wrk frm hme $$$ no exp 📲", "pay $49 for ur training kit, earn 💰 daily. legit!!", "coded advance-fee job scam"),
    ("v", "impersonation", "Amazon Seller Central — account reinstatement call", "Your seller account has been flagged. This is the official Amazon Seller Performance team. Join the call with your login and 2FA device so we can reinstate your listings before the funds hold kicks in. Do not contact Amazon through other channels, it will delay the review.", "posing as a marketplace to take seller accounts"),
    ("v", "impersonation", "Police Scotland: fines settlement session", "You have unpaid penalties. Settle on this call with a duty officer to avoid a warrant. Card or voucher payments only.", "posing as police"),
    ("v", "regulated_goods", "The Garden 🌱🍬 weekly drop", "Returning customers only. Gas, wax, shrooms and 'vitamins' 💊. Drop-off zones posted in the group an hour before. Code word at the door. Venmo with a fruit emoji in the note 🍉", "coded drug market"),
    ("v", "regulated_goods", "Licensed? No. Profitable? Yes. Join our private sportsbook", "Forget the state apps and their limits. Our book takes action on college games, overseas tennis, anything you want, and there's no ID check, no tax form, no cap. New members get a $250 freeplay when they deposit $100 in Bitcoin. On the weekly call our handicapper walks through his best plays and you place them with us in real time. Runners wanted too: bring players, get 25% of their losses.", "long unlicensed bookmaking pitch"),
    ("v", "intellectual_property", "Every film, every show, one link 🎬", "Forget 6 subscriptions. Our site streams everything the day it drops, including cinema releases. Lifetime membership £30. We show you how to use a VPN so the studios can't see you.", "pirate streaming site sale"),
    ("v", "intellectual_property", "AutoCAD + SolidWorks keygen workshop", "For engineering students who can't afford licences. We go through the crack step by step.", "cracked engineering software"),
    ("v", "other", "Passive income: install our browser extension and get paid", "Earn $5 a day for 'sharing unused bandwidth'. Install the extension from extshare.example.org and allow all permissions, including reading data on all websites. Tell your friends, you get $2 per install.", "malicious extension recruitment"),
    ("v", "other", "5★ app reviews in bulk — agency call", "iOS and Android, unique devices, drip-fed so stores don't notice.", "fake app reviews"),
    ("v", "misinformation", "Moms for Natural Immunity — a gentle conversation", "We're not anti-anything, we're pro-choice and pro-truth. Join other mothers who have done the research and learned what the pharmaceutical companies hide: that the childhood schedule causes allergies, autism and SIDS, and that healthy, breastfed babies simply don't need it. We'll share how to get exemption letters for school, what to say to your paediatrician, and how homeopathic nosodes give kids the same protection without the toxins. Bring your questions, and bring a friend who's on the fence.", "long persuasive anti-vaccine listing"),
    ("v", "misinformation", "They're lying about the polling hours", "Polls in Westfield actually close at 3pm this year, not 8. Don't get turned away, tell the community!", "false polling hours"),
    ("v", "disruption", "Spring break chaos tour 🌪️", "Every weekday we pick a public webinar (libraries, city hall, therapy groups), join 30 deep, cams on with masks and blast the same sound. Clips go on the channel. Roster in Discord.", "recurring raid tour"),
    ("v", "disruption", "Zoom codes pls", "drop ur class code below, we handle it 😈", "very short raid request"),
    ("v", "privacy", "Dating app background checks (they'll never know)", "Give us his first name and a photo. We'll send you his full name, address, workplace, salary and exes' names within 24h. Pulled from breach data and his friends' accounts.", "covert dossier from breach data"),
    ("v", "privacy", "H0t leaks: celeb phones 📱🔓", "", "leaked private data, title only"),
    ("v", "harassment", "Operation Make Her Quit — long game", "She got the promotion over Dana. Everyone's going to freeze her out: leave her off emails, post anonymous complaints, comment on her clothes in every meeting and make sure the new hires hear the rumours. We'll keep this up until she leaves. Coordinate here weekly so nobody breaks ranks.", "workplace mobbing campaign"),
    ("v", "harassment", "ratio + flood @kellyjart 🤡", "every post. all week.", "coded pile-on"),
    ("v", "hate", "Heritage Society evening: the coming demographic winter", "Our civilisation built everything and now it is being handed to people who contribute nothing and breed faster than we do. Our speaker will explain the numbers the media hides and what patriotic families must do to make sure our children are not a minority in their own land. Foreigners, race-mixers and their defenders need not apply.", "long coded white-nationalist listing"),
    ("v", "hate", "n0 gypsies n0 travellers", "meeting re: 'problem' at the common. locals only", "coded anti-Traveller hate"),
    ("v", "violence", "Sort out the lads from Ashgrove", "They jumped our kid. Saturday 9pm behind the leisure centre, everyone tools up. No phones.", "planned group attack"),
    ("v", "violence", "Celebrate the stabbing 🎉🔪", "he got what he deserved. party in his honour", "celebrating a violent attack"),
    ("v", "violent_extremism", "Awakening Hour — for young men tired of being lied to", "They told you your people were the problem. They told you to be ashamed. Here, we tell you the truth about who runs the system and why every peaceful route has been closed. Our speaker spent years in the movement and will explain why the men who acted — the ones the media calls monsters — were saints who saw clearly. This is not a debate club. Only those ready to commit to the cause should register; you'll be vetted on a call.", "long extremist recruitment pitch"),
    ("v", "violent_extremism", "Support the mujahideen 🏴 donate anonymously", "Wallet in chat. Your money goes straight to the front.", "terror financing"),
    ("v", "self_harm", "Safe space for people who don't want to be saved", "Everywhere else pushes therapy, hotlines and 'it gets better'. We're tired of it. This is a room where you can say you want to die and people will agree with you and help you feel ready. No mods will report you, no one will call anyone.", "suicide-encouragement room"),
    ("v", "self_harm", "🦴 skinny by summer 🦴 accountability cams", "", "coded pro-ED, title only"),
    ("v", "sexual", "Girlfriend experience — video dates by the minute", "Intimate one-to-one cam dates with our models, anything you request. $6/min, billed via our site.", "paid sexual cam service"),
    ("v", "sexual", "afterhours 🔞 link in bio, first 10 free", "", "coded adult content, title only"),
    ("v", "child_safety", "Kids' gaming server — admins wanted (adults)", "Looking for adult admins to run voice channels for our 10-13 members. Private DMs with members encouraged, no parental access to the server.", "adult access to children with secrecy"),
    ("v", "child_safety", "Teen pen-pal club: older members welcome 😉", "Boys and girls 12–15 looking for older friends. Trade pics and chat privately. Don't tell your parents, they'll ruin it.", "grooming-oriented pen-pal club"),
]

HELDOUT += [
    ("v", "fraud", "Tesla shareholder giveaway — send 1 ETH, receive 2", "Celebrating record deliveries. Limited to the first 500 wallets that send to the address on screen during the stream.", "crypto giveaway scam"),
    ("v", "impersonation", "Inland Revenue Department (NZ): final tax notice hearing", "Join the hearing with your IRD number and bank card. Failure to attend will result in prosecution.", "tax agency impersonation"),
    ("v", "regulated_goods", "Need your 'study aids'? 🧠💊 exam season", "Addy 20s and Vyvanse, no script. Campus drop-offs weekdays.", "prescription stimulants without prescription"),
    ("v", "intellectual_property", "Gucci & Prada outlet clearance — 90% off", "Same factories as the real brand, full logos and tags, no receipts. Cash on delivery.", "counterfeit luxury goods"),
    ("v", "other", "Referral spam army 🤖", "Run our script to post your referral links in 10,000 comment sections overnight.", "comment spam tool"),
    ("v", "misinformation", "Don't vaccinate your baby — an evening with 'Dr.' Lorne", "He lost his licence for telling the truth. Hear why the hep B shot is poison and how to refuse it at the hospital.", "anti-vaccine listing with discredited speaker"),
    ("v", "disruption", "Raid the yoga livestream lmao", "cams on, shirtless, screaming. 7am their time.", "raid on a public class"),
    ("v", "privacy", "Selling the guest list (with phone numbers)", "Full attendee export of last week's conference incl. personal mobiles and home addresses. $200.", "selling attendees' personal data"),
    ("v", "harassment", "Write a one-star review of her life ⭐", "Her business, her wedding photos, her kids' posts. Everyone comment. She deserves it.", "pile-on against a named woman"),
    ("v", "hate", "After-work drinks for true Brits only: keep the foreigners out of our pubs", "", "ethnic exclusion listing"),
    ("v", "violence", "We find the paedo, we finish him", "Name and address in the group. Who's coming tonight?", "vigilante incitement"),
    ("v", "violent_extremism", "The Vanguard reading group — for those who will act", "We study the writings of the men who struck first and plan how our cell will follow.", "extremist cell planning"),
    ("v", "self_harm", "Goodbye letters workshop 🖤", "Write yours with us. We help each other say it, and stop anyone from changing your mind.", "suicide encouragement"),
    ("v", "sexual", "Private dancers — video bookings open", "Hourly rates, explicit shows, discretion guaranteed.", "sexual services"),
    ("v", "child_safety", "Big brother mentoring: one-to-one calls with boys 10-12", "I'll be your best friend. Our calls are private, parents not invited. Gifts for the most loyal.", "grooming via fake mentoring"),
]

# ---- more hard negatives and ordinary listings -----------------------------------

TRAIN += [
    ("h", "child_safety", "Raising digitally resilient kids — evening for carers", "Foster carers and grandparents learn how to set up parental controls, talk about secrets that feel wrong, and what to do if a child tells you an adult online asked them to keep quiet. Led by the county safeguarding partnership. Slides and helpline numbers sent afterwards.", "long child-protection session for carers"),
    ("h", "violent_extremism", "Screening: 'Radical' (documentary) + panel", "Licensed screening of a documentary following a family whose son joined an extremist group abroad, then a panel with a prevention officer and the director.", "documentary on radicalisation"),
    ("h", "self_harm", "Men's mental health walk & talk", "A relaxed chat for men who are struggling, led by a trained peer supporter. If you're in crisis, our page lists the 24-hour lines.", "men's mental health group"),
    ("h", "violence", "Kickboxing fitness — beginners' bootcamp", "High-energy pad work and conditioning, no sparring. Gloves optional for week one.", "kickboxing fitness class"),
    ("h", "hate", "Reclaiming the word: queer history night", "Historians trace how insults aimed at gay men and lesbians were reclaimed by activists. Content note: historic slurs quoted on slides.", "LGBTQ history discussing slurs"),
    ("h", "sexual", "Sexual assault awareness month: survivors speak", "Three survivors share their stories of reporting, recovery and justice. Counsellors available in a side room.", "survivors' awareness event"),
    ("h", "privacy", "Password managers and 2FA: hands-on help", "Bring your phone and laptop; volunteers help you set up a password manager and two-factor login.", "security hygiene workshop"),
    ("h", "harassment", "Roast battle comedy night — comics only roast each other", "Pre-agreed pairs of comedians trade insults on stage. Audience members are never targeted.", "roast battle between consenting comics"),
    ("h", "fraud", "Scam-baiting stories: a comedy lecture", "Comedian and consumer campaigner Tom Reyes shares how he wasted scammers' time for a year, and the warning signs he learned along the way.", "comedy lecture on scam-baiting"),
    ("h", "regulated_goods", "Safe storage of medicines at home", "A pharmacist explains locking away painkillers, disposing of old prescriptions and keeping them from teens.", "medicine safety talk"),
    ("h", "misinformation", "Debunking health myths with Dr. Sunil Varma", "From 'detox teas' to 'vaccine shedding': a GP goes through the claims patients bring him and what the evidence says.", "myth-busting talk"),
    ("h", "disruption", "Flash choir: surprise your colleagues' meeting (with the manager's OK)", "We're planning a 2-minute song to open the Friday all-hands, arranged with the host. Rehearsal Wednesday.", "planned surprise with host's consent"),
    ("h", "impersonation", "Mock trial: identity fraud case for law students", "Students argue a fictional case about a man who posed as a bank officer. Judges from the local bar.", "mock trial on impersonation"),
    ("h", "intellectual_property", "Replica props workshop for film fans (non-commercial)", "Build a prop from your favourite film for your own shelf. We cover why selling copies with logos isn't okay.", "prop-making workshop"),
    ("h", "other", "Bug bounty basics: responsible disclosure", "How to report a vulnerability to a company, stay in scope and get paid fairly.", "bug-bounty webinar"),
    ("o", "", "Coffee morning for new mums", "Bring the baby, grab a brew. Health visitor Jo pops in at 11.", "parents' social"),
    ("o", "", "Marketing webinar: writing subject lines that get opened", "Real A/B test results from 200 newsletters, plus a checklist you can steal.", "marketing webinar"),
    ("o", "", "Mandarin for travellers — lesson 3", "Ordering food, asking directions and numbers up to 100.", "language class"),
    ("o", "", "Bike maintenance night", "Fix a puncture, adjust brakes and oil a chain. Have your bike and a bucket of water ready.", "DIY class"),
    ("o", "", "Town library summer reading challenge launch", "Children collect stickers for every book they read over the holidays. Storyteller Mo Adeyemi opens the challenge with songs and stories, and librarians explain how to sign up online or at any branch. There are medals for everyone who finishes six books, and a prize draw in September.", "long library listing"),
    ("o", "", "Charity auction preview", "See the lots before Saturday's auction: signed shirts, a weekend cottage and art from local schools.", "charity auction"),
    ("o", "", "Friday film club: 'Singin' in the Rain'", "Group watch using your own streaming rental, chat afterwards.", "film club"),
    ("o", "", "Interview skills for graduates", "Careers adviser Fiona Grant covers competency questions and STAR answers, with mock interviews in pairs.", "careers workshop"),
    ("o", "", "Ramadan iftar with the interfaith council", "", "religious community meal, no description"),
    ("o", "", "Strength training over 50", "Safe, progressive workouts with dumbbells or water bottles.", "fitness class"),
]

HELDOUT += [
    ("h", "violence", "Women's rugby final — live stream", "Watch the county final with commentary from former players.", "sports stream"),
    ("h", "regulated_goods", "Naloxone training for bar and club staff", "Recognise an overdose, respond and call for help. Kits provided by the health board.", "overdose-response training"),
    ("h", "hate", "Workshop: responding to racist abuse at football", "Stewards and fan groups discuss reporting, supporting targets and what the chants mean.", "anti-racism in football"),
    ("o", "", "Ukulele jam for beginners", "Four chords, ten songs. Chord sheets in the description link.", "music jam"),
    ("o", "", "Landlord and tenant rights Q&A", "Free advice session from the housing advice centre on deposits, repairs and notices.", "housing advice"),
    ("o", "", "Nature journaling in the park", "Sketch, note and notice. Bring a notebook; beginners welcome.", "nature class"),
    ("o", "", "Staff quiz: end-of-year social", "Teams assigned randomly. Festive jumpers encouraged.", "office social"),
    ("o", "", "Introduction to beekeeping", "The Hillside Beekeepers explain what a first year looks like, equipment costs and where to get a colony.", "hobby talk"),
]

if __name__ == "__main__":
    main()
