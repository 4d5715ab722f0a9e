// Blind intent posts, SET 6 (en, nl, de, fr, es, ar, zh; 42 a language, every class in every
// language). Written 2026-12-06 by the redteam6i engineer BEFORE reading the intent code, its
// training data, rules or models, or the posts of sets 1–5 (only issue 11, the schema's
// platforms, the first lines of set 5 for the row format and eval-intent-fresh.mjs were read),
// and committed before it was first scored. Nobody tunes on it: the whole set is held out.
//
// Written as a bank's listening feed sees X, Facebook, Instagram, TikTok and YouTube comments,
// Reddit and forums, the app stores and news sites: complaints phrased as questions, told as
// plain facts, sarcastic or sworn; questions that mention a problem without complaining;
// praise for a fixed problem or a helpful agent, and praise with a small complaint; trolls with
// and without swear words (mockery, metaphor, abuse of staff, conspiracy, political rants,
// pile-ons); spam (giveaways, crypto and forex signals, loan offers, recovery scams replying to
// complainers, fake support accounts asking for a DM, follow-for-follow); publisher news
// (results, fines, outages, layoffs, mergers, rate decisions: headlines and ledes); and other
// (chatter, jokes, job posts, tagging friends, memes). Registers: UK/US English, Dutch and
// Flemish, German/Austrian/Swiss German, French and Belgian/Québécois French, Spain and Latin
// American Spanish, Gulf, Egyptian and standard Arabic, simplified, traditional and Cantonese
// Chinese. Banks: the demo brands (Northwind, Crest, Havenbank, Lotus / 莲花银行, Alnoor /
// النور) and a generic "my bank".
//
// Rows: [label, platform, text, author?]; the optional 4th field is the author id given to
// vigil-enrich (a publisher's account for news, a spam or fake-support account, a troll who
// posts more than once); rows without one get a distinct author each.
//
// Label conventions (a care team's routing): a customer with a concrete problem of their own
// is a complaint even when angry, sarcastic or phrased as a question; a question asks for
// information and reports no grievance (it may mention a lost card or an expiring one); praise
// may carry a small wish; abuse or mockery with no problem of the writer's own is troll;
// scams, phishing, fake support, giveaways, loan offers, signals, "fund recovery" and
// follow-for-follow are spam; a publisher's headline or lede is news, however negative; a post
// that merely mentions a bank, or none, is other.

export const en = [
  // complaint
  [
    'complaint',
    'x',
    "@NorthwindHelp why has my transfer been 'pending' since Tuesday?? It's £1,200 of rent and my landlord is not a patient man",
  ],
  [
    'complaint',
    'appstore',
    "Since the last update it logs me out every time I switch apps to copy the code from my texts. Every. Single. Time. One star until it's fixed.",
  ],
  [
    'complaint',
    'x',
    "Love how @CrestBank can text me within 0.2 seconds when I'm £3 overdrawn but needs 10 working days to look at a disputed payment. Priorities 👏👏",
  ],
  [
    'complaint',
    'reddit',
    "Northwind closed my account with zero explanation and is sitting on £4k of my savings. Complaint raised 3 weeks ago, all I get is 'we can't discuss the reasons'. Has anyone actually got their money out of them?",
  ],
  [
    'complaint',
    'x',
    '@NorthwindBank 47 minutes on hold and then the line just fucking cuts out. Absolute clown show',
  ],
  [
    'complaint',
    'facebook',
    'Card declined at Tesco AGAIN with plenty of money in the account. Third time this month, queue tutting behind me. Northwind please sort your systems out',
  ],
  [
    'complaint',
    'youtube',
    "Bit rich posting an ad about 'being there when it matters' when my mum has waited six weeks for your bereavement team to release dad's account",
  ],
  [
    'complaint',
    'playstore',
    "Fingerprint login stopped working after the update and the passcode screen is just blank white. Pixel 7, reinstalled twice. Can't check my balance at all.",
  ],
  // question
  ['question', 'x', '@NorthwindHelp does the new easy access saver pay interest monthly or annually?'],
  [
    'question',
    'reddit',
    'Moving to Rotterdam in March for work. Can I keep my Northwind current account open with a Dutch address or will they make me close it?',
  ],
  [
    'question',
    'facebook',
    'Does anyone know if the Crest branch on Church St is open on the bank holiday Monday?',
  ],
  [
    'question',
    'x',
    'My debit card expires at the end of the month. Does @CrestBank send the new one automatically or do I have to request it?',
  ],
  [
    'question',
    'reddit',
    'How long does a CHAPS payment from Northwind usually take to land? Completing on our first house on Friday 😬',
  ],
  [
    'question',
    'youtube',
    'If I lose my phone, can I still freeze the card from a laptop or do I have to ring them?',
  ],
  // praise
  [
    'praise',
    'x',
    "Shout out to Priya at @NorthwindHelp who unfroze my card in 10 minutes and then rang back to check it actually worked. That's how it's done 🙌",
  ],
  [
    'praise',
    'appstore',
    'Was about to switch banks over the login bug but the latest version fixed it. Fast, clean, and the spending breakdown is genuinely useful. 5 stars',
  ],
  [
    'praise',
    'facebook',
    "Crest's fraud team got my money back within 48 hours after that fake parcel text. Didn't expect it at all, really grateful.",
  ],
  [
    'praise',
    'x',
    "Credit where it's due @CrestBank, freezing the card in the app saved me when I left my wallet on the 38 bus last night",
  ],
  [
    'praise',
    'playstore',
    "Great app overall, transfers are instant and notifications are spot on. Only wish dark mode didn't reset every time I open it. 4 stars",
  ],
  [
    'praise',
    'reddit',
    'The Northwind branch in Headingley was brilliant with my nan, sat with her for an hour setting up online banking. Patient as anything.',
  ],
  // troll
  [
    'troll',
    'x',
    "Northwind's customer service team has the problem-solving skills of a damp sponge and about half the personality",
  ],
  [
    'troll',
    'x',
    "Wake up. The Crest 'outage' is a rehearsal to see how long you'll put up with no access to YOUR money before they roll out CBDCs. They're practising on you.",
    'truthseeker_1776',
  ],
  [
    'troll',
    'youtube',
    "ratio + Northwind staff can't count + imagine telling your family you work there 🤡🤡",
  ],
  ['troll', 'x', '@CrestBank you thieving bastards, hope every one of your execs chokes on their bonus'],
  [
    'troll',
    'facebook',
    "Banks like Northwind bankrolled this government's mess and now lecture us about 'financial wellbeing'. Parasites in nice suits, don't believe a word they say.",
    'truthseeker_1776',
  ],
  [
    'troll',
    'tiktok',
    "the Northwind call centre guy reading the script like a hostage video 😭😭 blink twice if they're keeping you there",
  ],
  // spam
  [
    'spam',
    'x',
    'Sorry to hear about your issue with Northwind! Our recovery team has helped 1,000+ victims get their funds back. Message @FundRecoveryPro_UK on WhatsApp +44 7700 900123',
    'fundrecovery_uk',
  ],
  [
    'spam',
    'x',
    "@jess_m88 Hi Jess, we're sorry for the trouble. Please DM us your full name, account number and the mobile linked to it so our team can resolve this today. ~Northwind Support",
    'NorthwindSupp0rt',
  ],
  [
    'spam',
    'instagram',
    "🎉 NORTHWIND BANK GIVEAWAY 🎉 We're gifting £500 to 50 lucky followers! Follow, like and comment your sort code to enter 💷 link in bio",
    'northwind.rewards.uk',
  ],
  [
    'spam',
    'x',
    'Made £12k this week trading my BTC/ETH signals 📈 Stop letting Crest Bank pay you 1% interest. Join the VIP Telegram t.me/signalkingsvip 🚀 #crypto #forex #passiveincome',
  ],
  [
    'spam',
    'facebook',
    'NEED A LOAN?? Bad credit OK, no bank checks, instant approval £1,000 to £50,000. Crest said no? We say YES ✅ WhatsApp us now',
  ],
  [
    'spam',
    'x',
    'Sorry to hear about your issue with Northwind! Our recovery team has helped 1,000+ victims get their funds back. Message @FundRecoveryPro_UK on WhatsApp',
    'recovery_agent_mike',
  ],
  // news
  [
    'news',
    'x',
    'Northwind Bank pre-tax profit rises 14% to £1.2bn as higher rates lift lending margins; shares up 3% in early trading',
    'ReutersBiz',
  ],
  [
    'news',
    'news',
    'Crest Bank has been fined £18m by the Financial Conduct Authority over failings in how it handled fraud complaints between 2021 and 2024, the regulator said on Tuesday.',
    'bbcbusiness',
  ],
  ['news', 'x', 'Crest to cut 1,200 jobs and close 90 branches as customers shift online', 'FinancialTimes'],
  [
    'news',
    'news',
    'Thousands of Northwind customers were unable to make card payments or log in to the app on Friday after an outage lasting more than five hours, the bank confirmed.',
    'guardian_money',
  ],
  [
    'news',
    'x',
    'BREAKING: Bank of England holds rates at 4.75%, two MPC members vote for a cut. Lender shares including Northwind and Crest slip.',
    'SkyNewsBiz',
  ],
  // other
  [
    'other',
    'x',
    "my dad still calls every bank 'the building society' and at this point I've stopped correcting him",
  ],
  [
    'other',
    'x',
    "We're hiring 🚀 Senior Data Engineers for our payments team in Manchester (hybrid). Apply at careers.northwindbank.co.uk #hiring #dataengineering",
    'NorthwindCareers',
  ],
  [
    'other',
    'instagram',
    '@sophie.k @tomhallx this is literally us splitting the bill after bottomless brunch 😂😂',
  ],
  [
    'other',
    'reddit',
    "Walked past the old Crest branch on the high street today, it's a Wetherspoons now. End of an era lol",
  ],
  [
    'other',
    'tiktok',
    'POV: you open your banking app the morning after a night out and just close it again 💀',
  ],
]

export const nl = [
  // complaint
  [
    'complaint',
    'x',
    "@HavenbankHelpt waarom staat mijn overboeking al drie dagen op 'in behandeling'? Het is gewoon mijn huur, geen miljoenendeal",
  ],
  [
    'complaint',
    'playstore',
    'Sinds de laatste update kan ik niet meer inloggen met mijn vingerafdruk en de app blijft hangen op het laadscherm. Samsung A54. Zo kan ik dus niks betalen.',
  ],
  [
    'complaint',
    'facebook',
    'Vanmiddag bij de Albert Heijn twee keer mijn pas geweigerd terwijl er gewoon geld op staat. Heerlijk, met een rij mensen achter je. Bedankt Havenbank 👍',
  ],
  [
    'complaint',
    'x',
    'Knap hoor @Havenbank, drie weken geleden een klacht ingediend over een dubbele afschrijving van €89,95 en nog steeds geen reactie. Echt top service',
  ],
  [
    'complaint',
    'forum',
    'Amai, al twee dagen geen Bancontact bij Northwind. Ik sta hier aan de kassa in de Colruyt met een volle kar en ge kunt niks betalen. Wanneer is dat opgelost?',
  ],
  [
    'complaint',
    'x',
    'Verdomme @NorthwindBank, 50 minuten in de wacht en dan word je gewoon opgehangen. Kutbank',
  ],
  [
    'complaint',
    'reddit',
    "Havenbank heeft mijn rekening geblokkeerd omdat ik 'verdachte transacties' zou hebben. Het was mijn eigen spaargeld van mijn andere bank. Nu kan ik al een week niks. Iemand ervaring hoe je dit snel opgelost krijgt?",
  ],
  [
    'complaint',
    'appstore',
    'Elke keer als ik iDEAL wil gebruiken moet ik opnieuw inloggen en dan is de betaling verlopen. Drie keer geprobeerd voor één bestelling. Irritant.',
  ],
  // question
  [
    'question',
    'x',
    '@HavenbankHelpt kan ik mijn spaarrekening ook op naam van mijn dochter van 12 zetten of moet dat via een jongerenrekening?',
  ],
  [
    'question',
    'reddit',
    'Ik ga een half jaar in Australië werken. Blijft mijn Havenbank-pas daar gewoon werken of moet ik iets aanzetten in de app?',
  ],
  ['question', 'facebook', 'Weet iemand tot hoe laat het Havenbank-kantoor in Zwolle op zaterdag open is?'],
  [
    'question',
    'x',
    'Mijn pas is gisteren in de wasmachine beland 🙈 hoe vraag ik bij Northwind een nieuwe aan, kan dat in de app?',
  ],
  [
    'question',
    'forum',
    'Vraagje: rekent Havenbank kosten voor een zakelijke rekening als je eenmanszaak bent en minder dan 50 transacties per maand hebt?',
  ],
  [
    'question',
    'youtube',
    'Hoe lang duurt het voordat een overschrijving van Belgische naar Nederlandse rekening binnen is bij Northwind? Nog nooit gedaan',
  ],
  // praise
  [
    'praise',
    'x',
    'Top geholpen door Sanne van @HavenbankHelpt, binnen 10 minuten mijn geblokkeerde pas weer werkend. Zo hoort het 👏',
  ],
  [
    'praise',
    'appstore',
    'Eindelijk is de bug met het inloggen opgelost. App is snel en overzichtelijk, vooral het potjes-systeem is handig. 5 sterren',
  ],
  [
    'praise',
    'facebook',
    'Ik was opgelicht via een nep-Marktplaats koper en Havenbank heeft het hele bedrag teruggestort. Had ik echt niet verwacht, dank jullie wel!',
  ],
  [
    'praise',
    'forum',
    'Chapeau voor Northwind: mijn oma kon haar kaartlezer niet meer gebruiken en ze kwamen gewoon thuis langs om het te regelen. Dat zie je niet veel meer.',
  ],
  [
    'praise',
    'playstore',
    'Prima app, betalen en overboeken gaat super snel. Alleen jammer dat je nog steeds geen donkere modus hebt. 4 sterren',
  ],
  [
    'praise',
    'x',
    'Moet eerlijk zeggen dat de chat van @Havenbank vanavond echt goed was. Binnen 5 min een mens aan de lijn en probleem opgelost 🙌',
  ],
  // troll
  ['troll', 'x', 'Havenbank is eigenlijk gewoon een casino met een blauw logo. Het huis wint altijd.'],
  [
    'troll',
    'x',
    'Klantenservice van Northwind is opgezet door mensen die een hekel hebben aan mensen. Die medewerkers snappen zelf niet eens wat ze voorlezen',
    'henk_zegt_het',
  ],
  [
    'troll',
    'facebook',
    'Zakkenvullers bij Havenbank krijgen weer miljoenenbonussen terwijl wij de rekening betalen. Belastinggeld gered in 2008 en nu spelen ze de baas. Ze moeten allemaal de bak in.',
    'henk_zegt_het',
  ],
  ['troll', 'x', '@Havenbank stelletje kankeroplichters, ik hoop dat jullie failliet gaan'],
  [
    'troll',
    'tiktok',
    'die vrouw van Havenbank in de reclame lacht alsof ze net jouw spaargeld heeft uitgegeven 😂😂 iedereen ziet het',
  ],
  [
    'troll',
    'youtube',
    "Het is toch geen toeval dat alle banken tegelijk 'storingen' hebben. Ze testen hoe ver ze kunnen gaan met de digitale euro. Wakker worden mensen.",
  ],
  // spam
  [
    'spam',
    'x',
    'Vervelend om te horen van je problemen met Havenbank! Wij hebben al 800+ mensen geholpen hun geld terug te krijgen. App ons via WhatsApp +31 6 12345678',
    'geldterug_expert',
  ],
  [
    'spam',
    'instagram',
    '🎁 WIN €1000 🎁 Havenbank viert 10 jaar! Volg ons, like deze post en stuur je IBAN in een DM om mee te doen. Winnaars vrijdag bekend!',
    'havenbank_acties',
  ],
  [
    'spam',
    'x',
    '@lisa_vd_berg Hoi Lisa, excuses voor het ongemak. Stuur ons een DM met je rekeningnummer en telefoonnummer, dan lossen we het direct op. Groet, Havenbank Klantenservice',
    'HavenbankKlantHelp',
  ],
  [
    'spam',
    'facebook',
    'Snel geld nodig? Lening tot €25.000 zonder BKR-toetsing, binnen 24 uur op je rekening. Ook als je bank nee zegt. Stuur een bericht!',
  ],
  [
    'spam',
    'x',
    'Ik verdien €3000 per week met mijn crypto signalen 💰 Zet je geld niet meer op een Havenbank spaarrekening voor 1,5%. Kom in mijn Telegram groep! #bitcoin #beleggen',
  ],
  [
    'spam',
    'instagram',
    'Volg voor volg 💯 ik volg iedereen terug die deze post liket #volgvoorvolg #f4f #havenbank #geld',
  ],
  // news
  [
    'news',
    'news',
    'Havenbank boekt over het derde kwartaal een nettowinst van 412 miljoen euro, 9 procent meer dan een jaar eerder, dankzij hogere rente-inkomsten.',
    'NOS',
  ],
  [
    'news',
    'x',
    "Storing bij Havenbank: duizenden klanten konden urenlang niet pinnen of inloggen. Bank spreekt van 'technisch probleem', inmiddels opgelost",
    'RTLnieuws',
  ],
  [
    'news',
    'news',
    'De Nederlandsche Bank legt Havenbank een boete op van 3,2 miljoen euro wegens tekortkomingen in het witwastoezicht.',
    'FD_Nieuws',
  ],
  [
    'news',
    'x',
    'Northwind schrapt 350 banen in België en sluit twaalf kantoren in Vlaanderen',
    'destandaard',
  ],
  [
    'news',
    'news',
    'ECB verlaagt de rente met 0,25 procentpunt; Nederlandse banken verwachten lagere spaarrentes in het nieuwe jaar',
    'NUnl',
  ],
  // other
  ['other', 'x', 'Die reclame van Havenbank met die zingende zeehond zit al de hele dag in mijn hoofd 😅🦭'],
  [
    'other',
    'instagram',
    '@joris.vd @marloes_b zaterdag padel? Baan is al geboekt, jullie nemen de bitterballen mee 🎾',
  ],
  [
    'other',
    'x',
    'Vacature: Havenbank zoekt een Senior UX Designer in Amsterdam (hybride). Reageren kan via werkenbij.havenbank.nl #vacature',
    'WerkenbijHavenbank',
  ],
  [
    'other',
    'reddit',
    'Elke vrijdag lunchen we bij de snackbar naast het Havenbank-kantoor in Utrecht. Beste kroket van de stad, niemand die me tegenspreekt',
  ],
  ['other', 'tiktok', "niemand:\nabsoluut niemand:\nik om 3 uur 's nachts: winkelmandje vullen bij bol 🛒🛒"],
]

export const de = [
  // complaint
  [
    'complaint',
    'x',
    "@CrestBank warum hängt meine Überweisung seit Montag in 'in Bearbeitung'? Wir haben 2026, nicht 1996. Die Miete ist fällig.",
  ],
  [
    'complaint',
    'playstore',
    "Nach dem Update kommt beim Login nur noch 'Ein unbekannter Fehler ist aufgetreten'. Neu installiert, Cache gelöscht, nichts. Seit drei Tagen kein Zugriff aufs Konto.",
  ],
  [
    'complaint',
    'facebook',
    'Ganz toll, Northwind. Kontoführungsgebühr von 4,90 auf 9,90 erhöht und der Brief kam eine Woche NACH der ersten Abbuchung. Danke für nichts.',
  ],
  [
    'complaint',
    'forum',
    "Servus, bei mir wurde die Kartenzahlung im Hofer zweimal abgebucht (je 63,40 €). Hotline sagt 'das korrigiert sich von selbst', ist jetzt 10 Tage her. Was soll ich da noch machen?",
  ],
  [
    'complaint',
    'x',
    "Scheiß Bank. 40 Minuten Warteschleife bei @NorthwindBank und dann 'Wir sind derzeit nicht erreichbar'. Ja genau.",
  ],
  [
    'complaint',
    'appstore',
    'Die pushTAN-Freigabe funktioniert seit dem iOS-Update nicht mehr. Ich kann keine einzige Überweisung machen. Bitte dringend fixen.',
  ],
  [
    'complaint',
    'reddit',
    'Crest hat mir ohne Begründung den Dispo von 2.000 auf 0 gesetzt, mitten im Monat. Keine Vorwarnung, Lastschriften platzen jetzt. Ist das überhaupt erlaubt?',
  ],
  [
    'complaint',
    'youtube',
    'Schöne Werbung. Schade nur, dass meine Filiale in Villach seit einem Jahr zu ist und man für jede Bargeldeinzahlung 40 km fahren muss.',
  ],
  // question
  [
    'question',
    'x',
    '@NorthwindBank Kann ich mit der Debitkarte im Ausland gebührenfrei Bargeld abheben oder fällt da was an?',
  ],
  [
    'question',
    'reddit',
    'Ziehe im Frühjahr nach Zürich. Kann ich mein Northwind-Girokonto behalten oder muss ich als Grenzgänger ein neues eröffnen?',
  ],
  [
    'question',
    'facebook',
    'Weiß jemand, ob die Crest-Filiale am Marienplatz am 24.12. vormittags offen hat?',
  ],
  [
    'question',
    'x',
    'Hab meine PIN vergessen 🙈 kann ich die in der App neu setzen oder muss ich dafür in die Filiale, @CrestBank?',
  ],
  [
    'question',
    'forum',
    'Frage zum Freistellungsauftrag: Muss ich den bei Northwind jedes Jahr neu stellen oder gilt der unbegrenzt?',
  ],
  [
    'question',
    'youtube',
    'Wie lange dauert eine Echtzeitüberweisung zu einer anderen Bank wirklich? Brauch das fürs Autokaufen am Samstag',
  ],
  // praise
  [
    'praise',
    'x',
    'Großes Lob an Herrn Yilmaz von der @NorthwindBank Hotline – Karte gesperrt, neue bestellt und falsche Abbuchung zurückgeholt, alles in einem Anruf. Danke! 👍',
  ],
  [
    'praise',
    'appstore',
    'Der Login-Fehler ist mit dem neuen Update endlich weg. App läuft jetzt flüssig, Fotoüberweisung ist genial. 5 Sterne',
  ],
  [
    'praise',
    'facebook',
    'Bin auf eine Phishing-SMS reingefallen, Crest hat das Geld innerhalb von zwei Tagen zurückgebucht. Hätte ich nie gedacht. Vielen Dank ans Betrugsteam!',
  ],
  [
    'praise',
    'forum',
    'Muss auch mal was Positives sagen: Die App hat mich gestern gewarnt, als ich an eine unbekannte IBAN überweisen wollte. War tatsächlich ein Fake-Shop. Gut gemacht, Northwind 👏',
  ],
  [
    'praise',
    'playstore',
    'Sehr gute App, übersichtlich und schnell. Nur das ständige Neu-Einloggen nach 5 Minuten nervt ein bisschen. 4 Sterne',
  ],
  [
    'praise',
    'x',
    'Chapeau @CrestBank, Kreditkarte im Urlaub verloren, Ersatzkarte lag 2 Tage später im Hotel in Lissabon. Top Service!',
  ],
  // troll
  [
    'troll',
    'x',
    'Northwind ist keine Bank, das ist ein Ponzi-Schema mit Filialen und Kugelschreibern an der Kette',
  ],
  [
    'troll',
    'x',
    '@CrestBank ihr verfickten Abzocker, ich hoffe ihr geht pleite und eure Vorstände landen im Knast',
  ],
  [
    'troll',
    'facebook',
    'Die Banken wie Crest haben die Regierung doch längst gekauft. Erst Rettung mit Steuergeld, jetzt Negativzinsen und Bargeldabschaffung. Alles geplant. Wacht endlich auf!!!',
    'klartext_karl',
  ],
  [
    'troll',
    'youtube',
    'Der Typ im Video redet wie ein Praktikant der seinen ersten Powerpoint vorträgt 😂 und sowas verwaltet euer Geld',
    'klartext_karl',
  ],
  ['troll', 'tiktok', 'Northwind-Mitarbeiter, wenn man sie was fragt: 🧍‍♂️🧍‍♂️🧍‍♂️ Gehirn lädt noch...'],
  ['troll', 'x', 'Bei Crest arbeiten nur Leute, die bei der Sparkasse abgelehnt wurden. Erklärt einiges.'],
  // spam
  [
    'spam',
    'x',
    'Tut mir leid mit deinem Northwind-Problem! Unser Team hat schon über 900 Betrugsopfern ihr Geld zurückgeholt. Schreib uns auf WhatsApp +49 151 12345678',
    'geld_zurueck_profi',
  ],
  [
    'spam',
    'instagram',
    '🎉 GEWINNSPIEL 🎉 Northwind verlost 20x 500 €! Folge uns, like den Beitrag und schick uns deine IBAN per DM. Teilnahmeschluss Sonntag!',
    'northwind.gewinnspiel',
  ],
  [
    'spam',
    'x',
    '@maxi_huber Hallo Maxi, das tut uns leid. Bitte sende uns per DM deine Kontonummer und deine Telefonnummer, damit wir den Fall sofort prüfen können. Dein Crest Service-Team',
    'CrestBank_Hilfe',
  ],
  [
    'spam',
    'facebook',
    'Kredit ohne Schufa 💶 bis 30.000 € sofort aufs Konto, auch bei negativer Bonität! Deine Bank sagt nein? Wir sagen ja. Jetzt per WhatsApp anfragen',
  ],
  [
    'spam',
    'x',
    'Ich mache 2.500 € pro Woche mit meinen Forex-Signalen 📈 Schluss mit 0,5 % Zinsen bei Northwind! Tritt meiner Telegram-Gruppe bei 👉 t.me/fx_gold_vip #forex #trading',
  ],
  [
    'spam',
    'instagram',
    'Folgst du mir, folg ich dir 💯 Like für Like #f4f #followforfollow #finanzen #geld #northwind',
  ],
  // news
  [
    'news',
    'news',
    'Die Crest Bank hat im dritten Quartal einen Nettogewinn von 1,1 Milliarden Euro erzielt, ein Plus von 12 Prozent gegenüber dem Vorjahr. Die Aktie legte vorbörslich zu.',
    'handelsblatt',
  ],
  [
    'news',
    'x',
    'BaFin verhängt Bußgeld von 5,8 Mio. Euro gegen Northwind wegen Mängeln bei der Geldwäscheprävention',
    'tagesschau',
  ],
  [
    'news',
    'news',
    'Nach einer stundenlangen IT-Störung konnten Kunden der Northwind Bank am Donnerstag weder mit Karte zahlen noch Online-Banking nutzen. Inzwischen laufe alles wieder, teilte die Bank mit.',
    'SZ_Wirtschaft',
  ],
  [
    'news',
    'x',
    'Crest streicht 800 Stellen in Deutschland und schließt jede dritte Filiale',
    'FAZ_Wirtschaft',
  ],
  [
    'news',
    'news',
    'Die EZB senkt den Leitzins um 0,25 Prozentpunkte. Banken wie Northwind kündigten an, die Sparzinsen zum Jahresbeginn anzupassen.',
    'dpa',
  ],
  // other
  [
    'other',
    'x',
    'Der Hamster aus der Northwind-Werbung ist jetzt offiziell das Lieblingstier meiner Tochter 😂🐹',
  ],
  ['other', 'instagram', '@lena.schmidt @jonas_k Samstag wandern am Tegernsee? Wetter soll passen ☀️⛰️'],
  [
    'other',
    'x',
    'Wir suchen dich! Northwind sucht Java-Entwickler:innen (m/w/d) in Frankfurt, hybrid. Jetzt bewerben: karriere.northwindbank.de #job #hiring',
    'NorthwindKarriere',
  ],
  [
    'other',
    'reddit',
    'Fun Fact: Der Crest-Turm war mal das höchste Gebäude in Frankfurt. Heute sieht man ihn zwischen den ganzen neuen Türmen kaum noch.',
  ],
  [
    'other',
    'tiktok',
    'Mein Kontostand und ich hatten gerade ein sehr ehrliches Gespräch. Wir brauchen beide etwas Abstand 😂',
  ],
]

export const fr = [
  // complaint
  [
    'complaint',
    'x',
    "Trois semaines que j'attends ma nouvelle carte @NorthwindBank. Trois. Semaines. Et le conseiller me répond « c'est en cours ». Merci, très utile.",
  ],
  [
    'complaint',
    'forum',
    "Bonjour, ma banque m'a prélevé deux fois les frais de tenue de compte ce trimestre (2 x 24 €). Trois messages sur l'espace client, aucune réponse. Quelqu'un sait à qui s'adresser ?",
  ],
  [
    'complaint',
    'appstore',
    "Impossible de valider un virement depuis la mise à jour : le code de validation n'arrive jamais. Application inutilisable en l'état.",
  ],
  [
    'complaint',
    'x',
    "Merci @CrestBank pour les 8 € de « frais d'incident » parce que le prélèvement EDF est passé à 23h59 au lieu de minuit. Vous êtes des artistes.",
  ],
  [
    'complaint',
    'facebook',
    "Ben là, ça fait deux heures que j'attends au téléphone pis ça raccroche tout seul. C'est ben plate Northwind, j'ai juste besoin de débloquer ma carte avant de partir en voyage demain",
  ],
  [
    'complaint',
    'x',
    "Putain mais @NorthwindBank votre appli plante dès que j'ouvre mes comptes, ça fait une semaine, vous foutez quoi ?",
  ],
  [
    'complaint',
    'reddit',
    "Ma conseillère Crest a changé 4 fois en un an et personne n'est capable de me dire où en est mon dossier de prêt immo. Le compromis expire dans 10 jours.",
  ],
  [
    'complaint',
    'youtube',
    'Belle pub. Par contre mon agence de Namur est fermée depuis septembre et il faut faire nonante kilomètres pour déposer du liquide.',
  ],
  // question
  ['question', 'x', "@CrestBank est-ce qu'on peut ouvrir un Livret A en ligne pour un enfant mineur ?"],
  [
    'question',
    'reddit',
    'Je pars en Erasmus à Berlin, est-ce que ma carte Northwind marche en Allemagne sans frais ou je dois prendre une autre carte à côté ?',
  ],
  [
    'question',
    'facebook',
    "Quelqu'un sait si l'agence Crest de la rue de Rivoli est ouverte le samedi matin ?",
  ],
  [
    'question',
    'forum',
    "Question bête : si je perds ma carte à l'étranger, je fais opposition depuis l'appli ou il faut absolument appeler ?",
  ],
  [
    'question',
    'x',
    "C'est quoi le plafond du paiement sans contact chez Northwind, toujours 50 € ou ça a changé ?",
  ],
  [
    'question',
    'youtube',
    "Est-ce qu'on peut faire un virement Interac vers une autre banque direct dans l'app de Northwind? Merci d'avance",
  ],
  // praise
  [
    'praise',
    'x',
    'Un grand merci à Karim du service client @NorthwindBank qui a débloqué mon virement en un seul appel. Rare et appréciable 🙏',
  ],
  [
    'praise',
    'appstore',
    "Enfin ! Le bug de connexion est corrigé. L'appli est fluide, les notifications instantanées et on peut enfin classer ses dépenses. 5 étoiles",
  ],
  [
    'praise',
    'facebook',
    "Victime d'une arnaque au faux conseiller, Crest m'a remboursé intégralement en 5 jours. Je ne m'y attendais vraiment pas. Merci !",
  ],
  [
    'praise',
    'instagram',
    "Compte pro ouvert en 20 minutes avec une conseillère au top chez Northwind. Pour une fois que l'administratif est simple ✨",
  ],
  [
    'praise',
    'playstore',
    'Très bonne appli, claire et rapide. Seul bémol : on ne peut toujours pas télécharger les relevés de plus de 12 mois. 4 étoiles',
  ],
  [
    'praise',
    'x',
    'Je râle souvent sur ma banque mais là chapeau : carte bloquée à Lisbonne un dimanche, débloquée en 5 min par le chat @CrestBank 👏',
  ],
  // troll
  ['troll', 'x', 'Crest, le seul endroit au monde où on te facture le droit de te faire facturer.'],
  [
    'troll',
    'x',
    "@NorthwindBank bande d'escrocs de merde, vous volez les petits et vous léchez les bottes des riches",
  ],
  [
    'troll',
    'facebook',
    'Les banques comme Northwind ont été sauvées avec NOS impôts en 2008 et maintenant elles ferment les agences et licencient. Des vautours. Il faut tout nationaliser !!!',
    'citoyen_en_colere',
  ],
  [
    'troll',
    'youtube',
    "Le monsieur de la vidéo parle comme un robot qui a appris le français hier 😂 et c'est lui qui gère votre épargne",
    'citoyen_en_colere',
  ],
  [
    'troll',
    'tiktok',
    'les conseillers Crest quand tu leur poses une vraie question : 🤡📄 « je vais voir avec mon responsable »',
  ],
  [
    'troll',
    'x',
    "Ce n'est pas une « panne », c'est un test grandeur nature de l'euro numérique. Ils veulent voir combien de temps vous tenez sans cash. Réveillez-vous.",
  ],
  // spam
  [
    'spam',
    'x',
    'Désolé pour votre problème avec Crest ! Notre cabinet a déjà aidé plus de 700 victimes à récupérer leur argent. Contactez-nous sur WhatsApp +33 6 12 34 56 78',
    'recup_fonds_expert',
  ],
  [
    'spam',
    'x',
    '@julie_mrt Bonjour Julie, nous sommes désolés. Merci de nous envoyer en message privé votre identifiant, votre numéro de carte et votre date de naissance afin de traiter votre demande. Service Client Northwind',
    'Northwind_ServiceFR',
  ],
  [
    'spam',
    'instagram',
    '🎁 JEU CONCOURS 🎁 Crest fête ses 150 ans et offre 1000 € à 30 abonnés ! Abonne-toi, like et envoie ton RIB en DM pour participer 🍀',
    'crest.jeuconcours',
  ],
  [
    'spam',
    'facebook',
    'Prêt entre particuliers sérieux et rapide de 2 000 à 80 000 € à 2 %. Refusé par votre banque ? Écrivez-moi en privé, réponse sous 24 h.',
  ],
  [
    'spam',
    'x',
    '+340 % en 2 mois grâce à mes signaux crypto 🚀 Arrêtez de laisser dormir votre argent sur un Livret A. Rejoignez mon canal Telegram 👉 t.me/crypto_liberte #bitcoin #investissement',
  ],
  ['spam', 'instagram', "Abonne-toi je m'abonne en retour 💯 #followback #abonnetoi #f4f #banque #argent"],
  // news
  [
    'news',
    'news',
    "Northwind publie un bénéfice net trimestriel de 640 millions d'euros, en hausse de 11 %, porté par la banque de détail et la gestion d'actifs.",
    'LesEchos',
  ],
  [
    'news',
    'x',
    "🔴 L'ACPR inflige une amende de 4 millions d'euros à Crest pour des manquements à la lutte contre le blanchiment",
    'BFMBusiness',
  ],
  [
    'news',
    'news',
    "Une panne informatique a empêché pendant près de six heures les clients de Northwind de payer par carte et d'accéder à leurs comptes mardi. La banque évoque un incident chez un prestataire.",
    'lemondefr',
  ],
  [
    'news',
    'x',
    "La banque Crest va supprimer 1 100 postes en France d'ici 2028 et fermer une agence sur cinq",
    'afpfr',
  ],
  [
    'news',
    'news',
    'La Banque du Canada abaisse son taux directeur à 2,75 % ; les grandes banques, dont Northwind, annoncent une baisse de leur taux préférentiel.',
    'RadioCanadaInfo',
  ],
  // other
  [
    'other',
    'x',
    "Le pain au chocolat de la boulangerie en face de mon agence Northwind rapporte plus de bonheur que n'importe quel livret, je dis ça je dis rien 🥐",
  ],
  ['other', 'instagram', '@camille.dbs @lea_rmd apéro vendredi chez moi, ramenez juste les chips 🥂'],
  [
    'other',
    'x',
    'Crest recrute ! Chargé·e de clientèle particuliers en CDI à Lyon. Postulez sur crestbank.com/carrieres #emploi #recrutement',
    'CrestRecrute',
  ],
  [
    'other',
    'reddit',
    'Mon grand-père garde encore son chéquier Crest de 1987 dans une boîte à chaussures, talons remplis à la main. Une archive familiale 😄',
  ],
  ['other', 'tiktok', "moi qui ouvre mon compte le 28 du mois comme si c'était un film d'horreur 🍿😱"],
]

export const es = [
  // complaint
  [
    'complaint',
    'x',
    "@NorthwindBank ¿me explicáis por qué la transferencia que hice el lunes sigue 'en proceso'? Es el alquiler, no una broma",
  ],
  [
    'complaint',
    'playstore',
    "Desde la actualización la app no me deja entrar, sale 'error de conexión' y ya la reinstalé dos veces. No puedo pagar nada, pésimo servicio.",
  ],
  [
    'complaint',
    'x',
    "Gracias @CrestBank por cobrarme 35 € de comisión de mantenimiento en una cuenta que era 'sin comisiones'. Sois unos cracks 👏",
  ],
  [
    'complaint',
    'facebook',
    'Hace 40 minutos que estoy en espera con Northwind y me cortaron dos veces. Necesito desbloquear la tarjeta, la puta madre, ¿tan difícil es?',
  ],
  [
    'complaint',
    'forum',
    'Me cobraron dos veces la compra del Mercadona (2 x 67,20 €). Llamé y me dicen que espere 15 días hábiles. ¿Es normal o reclamo directamente al Banco de España?',
  ],
  [
    'complaint',
    'reddit',
    'Crest me canceló la tarjeta de crédito sin avisar mientras estaba de viaje. Me quedé tirado sin poder pagar el hotel. Ni un SMS, nada.',
  ],
  [
    'complaint',
    'appstore',
    'El SMS de verificación nunca llega. Ni para transferencias ni para Bizum. Llevo tres días así.',
  ],
  [
    'complaint',
    'youtube',
    'Muy bonito el anuncio, pero cerraron mi sucursal en Guadalajara y ahora tengo que hacer fila hora y media en la otra para cualquier trámite.',
  ],
  // question
  [
    'question',
    'x',
    '@CrestBank ¿se puede abrir una cuenta para menores desde la app o hay que ir a la oficina?',
  ],
  [
    'question',
    'reddit',
    'Me mudo a Países Bajos por trabajo. ¿Puedo mantener mi cuenta de Northwind con una dirección extranjera o me la cierran?',
  ],
  ['question', 'facebook', '¿Alguien sabe si las sucursales de Crest abren el 12 de diciembre?'],
  [
    'question',
    'forum',
    '¿Cuánto tarda en llegar una transferencia internacional de Northwind a una cuenta en Colombia? Es para mandarle dinero a mi mamá',
  ],
  [
    'question',
    'x',
    '¿Cuál es el límite diario de Bizum en Northwind? Tengo que pagar la señal del piso esta semana',
  ],
  [
    'question',
    'youtube',
    'Se me olvidó el PIN de la tarjeta, ¿lo puedo cambiar en el cajero o tengo que pedir uno nuevo?',
  ],
  // praise
  [
    'praise',
    'x',
    'Mil gracias a Lucía de atención al cliente de @NorthwindBank, me resolvió lo del cargo duplicado en 10 minutos y encima súper amable 🙌',
  ],
  [
    'praise',
    'appstore',
    'Por fin arreglaron el fallo del inicio de sesión. Ahora la app va rapidísima y el resumen de gastos está genial. 5 estrellas',
  ],
  [
    'praise',
    'facebook',
    'Me estafaron con un SMS falso de Correos y Crest me devolvió todo en 3 días. No me lo esperaba, gracias de verdad.',
  ],
  [
    'praise',
    'instagram',
    'Abrí mi cuenta en Northwind en 15 minutos desde el celular, sin filas ni papeleo. Así sí da gusto 😍',
  ],
  [
    'praise',
    'playstore',
    'Muy buena app, clara y rápida. Lo único que le falta es poder descargar extractos de más de un año. 4 estrellas',
  ],
  [
    'praise',
    'x',
    'Tengo que reconocerlo: se me trabó la tarjeta en un cajero de Crest un domingo y en 20 minutos vino alguien a sacarla. Unos genios 👏',
  ],
  // troll
  [
    'troll',
    'x',
    'Northwind no es un banco, es un casino donde la casa siempre gana y encima te cobra la entrada',
  ],
  [
    'troll',
    'x',
    '@CrestBank panda de ladrones hijos de puta, ojalá quebréis y vuestros directivos acaben en la cárcel',
  ],
  [
    'troll',
    'facebook',
    'Los bancos como Crest fueron rescatados con nuestro dinero y ahora desahucian a familias. Buitres con corbata. Que los expropien a todos.',
    'indignado_1512',
  ],
  [
    'troll',
    'tiktok',
    'el señor del anuncio de Northwind sonríe como si acabara de quedarse con tu nómina 😂😂',
  ],
  [
    'troll',
    'youtube',
    "Lo de las 'caídas del sistema' es para acostumbrarnos al euro digital y quitarnos el efectivo. Abrid los ojos de una vez.",
  ],
  [
    'troll',
    'x',
    'En atención al cliente de Crest tienen la empatía de un cajero averiado y la mitad de utilidad',
    'indignado_1512',
  ],
  // spam
  [
    'spam',
    'x',
    '¡Lamento tu problema con Northwind! Nuestro equipo ya ayudó a más de 500 víctimas a recuperar su dinero. Escríbenos por WhatsApp +34 612 345 678',
    'recupera_tu_dinero',
  ],
  [
    'spam',
    'x',
    '@carlos_rmz Hola Carlos, lamentamos lo ocurrido. Envíanos por mensaje privado tu número de tarjeta, fecha de vencimiento y teléfono para resolverlo hoy mismo. Atención Crest',
    'Crest_Atencion24',
  ],
  [
    'spam',
    'instagram',
    '🎉 SORTEO 🎉 Northwind regala 300 € a 50 seguidores. Síguenos, dale like y mándanos tu número de cuenta por DM para participar 🍀',
    'northwind.sorteos',
  ],
  [
    'spam',
    'facebook',
    '¿Necesitas dinero urgente? Préstamos sin buró de crédito de $5,000 a $200,000 depositados en 24 horas. ¿Tu banco te dijo que no? Nosotros sí. Mándanos WhatsApp',
  ],
  [
    'spam',
    'x',
    'Gano 2.000 € a la semana con mis señales de forex y cripto 📈 Deja de tener tu dinero muerto en Crest. Únete a mi Telegram 👉 t.me/senales_vip_es #forex #bitcoin',
  ],
  ['spam', 'instagram', 'Sígueme y te sigo 💯 #sigoatodos #followback #f4f #dinero #banco'],
  // news
  [
    'news',
    'news',
    'Northwind ganó 890 millones de euros hasta septiembre, un 13 % más que un año antes, impulsado por el margen de intereses.',
    'expansioncom',
  ],
  [
    'news',
    'x',
    'El Banco de España multa a Crest con 3 millones por deficiencias en la información a clientes hipotecarios',
    'CincoDiascom',
  ],
  [
    'news',
    'news',
    'Miles de clientes de Northwind no pudieron pagar con tarjeta ni acceder a la banca en línea durante cinco horas este miércoles por una incidencia informática, según confirmó la entidad.',
    'elpais_economia',
  ],
  [
    'news',
    'x',
    'Crest México anuncia el cierre de 120 sucursales y un recorte de 1,500 empleos en 2027',
    'ElEconomista_MX',
  ],
  [
    'news',
    'news',
    'Crest y Northwind estudian una fusión que daría lugar a la tercera mayor entidad del país, según fuentes cercanas a la operación.',
    'EFEnoticias',
  ],
  // other
  [
    'other',
    'x',
    'Hoy en la cola de la panadería dos señores discutiendo de fútbol veinte minutos. España en estado puro 😂',
  ],
  ['other', 'instagram', '@marta.glz @pablo_rdz ¿cena el viernes? Yo llevo el vino 🍷'],
  [
    'other',
    'x',
    '¡Únete a Northwind! Buscamos analistas de datos en Madrid, modalidad híbrida. Inscríbete en empleo.northwindbank.es #empleo',
    'NorthwindEmpleo',
  ],
  [
    'other',
    'facebook',
    'Frente a la sucursal de Crest de mi colonia pusieron un puesto de tacos al pastor que está buenísimo. Ya tengo excusa para ir al banco 🌮',
  ],
  ['other', 'tiktok', 'cuando cae la quincena y a los 3 días ya no está: ✨magia✨'],
]

export const ar = [
  // complaint
  ['complaint', 'x', '@AlNoorBank ليش التحويل معلّق من ثلاث أيام؟ إيجار الشقة تأخر وصاحب العمارة ما يرحم'],
  [
    'complaint',
    'playstore',
    'بعد التحديث الأخير التطبيق ما يفتح أبداً، يطلع لي خطأ في الاتصال. حذفته ونزلته مرتين وما فيه فايدة. ما أقدر أدفع أي شي',
  ],
  ['complaint', 'x', 'شكراً بنك النور على خصم ٥٠ ريال رسوم على حساب قلتوا عنه مجاني 👏 ما قصرتوا والله'],
  [
    'complaint',
    'facebook',
    'بقالي ساعة على خدمة العملاء بتاعة بنك النور وكل شوية يقفلوا السكة في وشي. عايز بس أفك الحظر عن الكارت، هو ده صعب؟',
  ],
  [
    'complaint',
    'forum',
    'تم خصم مبلغ عملية الشراء مرتين من بطاقتي (٢ × ٣٢٠ درهم) وراسلت البنك أكثر من مرة دون أي رد منذ أسبوعين. هل أتقدم بشكوى للمصرف المركزي؟',
  ],
  ['complaint', 'x', 'الله ياخذكم يا بنك النور، ثالث مرة البطاقة ترفض عند الكاشير والفلوس موجودة في الحساب'],
  [
    'complaint',
    'appstore',
    'رمز التحقق ما يوصلني أبداً، لا للتحويل ولا لتسجيل الدخول. صار لي أسبوع على هالحال',
  ],
  [
    'complaint',
    'youtube',
    'إعلان حلو بس فرع حي الروضة مسكّر من شهرين ولازم أروح فرع ثاني وأنتظر ساعتين عشان أي معاملة',
  ],
  // question
  ['question', 'x', '@AlNoorBank هل أقدر أفتح حساب توفير لولدي عمره ١٠ سنوات من التطبيق؟'],
  ['question', 'forum', 'سؤال: كم تأخذ الحوالة الدولية من بنك النور إلى حساب في مصر؟ أبغى أرسل فلوس للوالدة'],
  ['question', 'facebook', 'أحد يعرف دوام فروع بنك النور في رمضان؟'],
  ['question', 'x', 'ضيعت بطاقتي في المول 🙈 أقدر أوقفها من التطبيق ولا لازم أتصل بالبنك؟'],
  ['question', 'youtube', 'هل تمويل السيارات عندكم متوافق مع الشريعة؟ وكم نسبة المرابحة؟'],
  ['question', 'reddit', '3ndi so2al: lama a7awel flous mn Alnoor lel Emarat, kam yom ta5od 3shan tewsal?'],
  // praise
  [
    'praise',
    'x',
    'شكراً للأخ فهد في خدمة عملاء بنك النور، حل مشكلة البطاقة الموقوفة في عشر دقايق وكان قمة في الأخلاق 🌹',
  ],
  [
    'praise',
    'appstore',
    'أخيراً انحلت مشكلة تسجيل الدخول. التطبيق صار سريع وواضح والدفع بالجوال ممتاز. خمس نجوم',
  ],
  [
    'praise',
    'facebook',
    'اتنصب عليا برسالة مزيفة وبنك النور رجعلي الفلوس كلها في ٣ أيام. بجد مكنتش متوقع، شكراً ليكم',
  ],
  [
    'praise',
    'instagram',
    'فتحت حسابي في بنك النور خلال ربع ساعة من الجوال بدون ما أروح الفرع. تجربة رائعة ✨',
  ],
  ['praise', 'playstore', 'تطبيق ممتاز وسهل، بس ياليت تضيفون الوضع الليلي. أربع نجوم'],
  [
    'praise',
    'x',
    'الحمد لله، البطاقة علقت في الصراف يوم الجمعة وموظف بنك النور جاء خلال نص ساعة وطلعها. تعامل راقي 👍',
  ],
  // troll
  ['troll', 'x', 'بنك النور؟ الاسم غلط، المفروض يسمونه بنك الظلام 😂'],
  ['troll', 'x', '@AlNoorBank يا حرامية يا كلاب، الله لا يوفقكم'],
  [
    'troll',
    'facebook',
    'البنوك الربوية مثل بنك النور تحارب الله ورسوله وتمص دم الفقراء، والحكومة ساكتة عنهم. قاطعوهم',
    'sawt_alhaq',
  ],
  ['troll', 'tiktok', 'تعليقات الناس على بوست بنك النور أحسن من أي مسلسل رمضاني 😂😂 كملوا يا شباب'],
  [
    'troll',
    'youtube',
    'انقطاع الخدمة مو صدفة، هذي تجربة عشان يلغون الكاش ويتحكمون في فلوسكم بالعملة الرقمية. اصحوا يا ناس',
    'sawt_alhaq',
  ],
  [
    'troll',
    'x',
    "خدمة عملاء بنك النور مدربين على جملة وحدة: 'نعتذر عن الإزعاج، تم رفع طلبك'. ببغاوات برواتب",
  ],
  // spam
  [
    'spam',
    'x',
    'نأسف لمشكلتك مع بنك النور! فريقنا ساعد أكثر من ٦٠٠ ضحية في استرجاع أموالهم. تواصل معنا واتساب +971 50 123 4567',
    'istirdad_amwal',
  ],
  [
    'spam',
    'x',
    '@abu_khaled88 مرحباً، نعتذر عن الإزعاج. يرجى إرسال رقم البطاقة وتاريخ الانتهاء ورقم الجوال في رسالة خاصة لحل المشكلة فوراً. خدمة عملاء بنك النور',
    'AlnoorCare_24',
  ],
  [
    'spam',
    'instagram',
    '🎁 مسابقة 🎁 بنك النور يوزع ١٠٠٠ ريال على ٥٠ متابع! تابعنا ولايك وأرسل رقم الآيبان في الخاص للمشاركة',
    'alnoor.gifts',
  ],
  [
    'spam',
    'facebook',
    'تمويل فوري بدون تحويل راتب وبدون كفيل من ١٠ آلاف إلى ٥٠٠ ألف ريال، حتى لو عليك تعثر في سمة. تواصل واتس',
  ],
  [
    'spam',
    'x',
    'أرباح يومية من توصيات الفوركس والذهب 📈 لا تخلي فلوسك نايمة في بنك النور. انضم لقناتي في التلقرام 👈 t.me/gold_signals_ar #فوركس #تداول',
  ],
  ['spam', 'instagram', 'تابعني وأتابعك 💯 رد المتابعة فوراً #تبادل_متابعة #متابعة #f4f'],
  // news
  [
    'news',
    'news',
    'ارتفع صافي أرباح بنك النور في الربع الثالث بنسبة ١١٪ إلى ١٫٢ مليار ريال، مدعوماً بنمو دخل العمولات الخاصة.',
    'Argaam',
  ],
  [
    'news',
    'x',
    'عاجل | المصرف المركزي يفرض غرامة قدرها ٨ ملايين درهم على بنك النور لمخالفات في مكافحة غسل الأموال',
    'AlArabiya_Brk',
  ],
  [
    'news',
    'news',
    'تعطلت الخدمات الإلكترونية لبنك النور لعدة ساعات يوم الخميس، ما منع العملاء من إجراء التحويلات واستخدام البطاقات، وقال البنك إن العطل تقني وتم إصلاحه.',
    'AsharqBusiness',
  ],
  [
    'news',
    'x',
    'بنك النور يستحوذ على حصة ٦٠٪ في شركة تقنية مالية مصرية مقابل ١٥٠ مليون دولار',
    'skynewsarabia',
  ],
  [
    'news',
    'news',
    'أبقى المصرف المركزي على سعر الفائدة الأساسي دون تغيير، في خطوة تتماشى مع قرار الاحتياطي الفيدرالي الأمريكي، فيما توقعت بنوك منها بنك النور استقرار تكلفة التمويل.',
    'AlkhaleejOnline',
  ],
  // other
  ['other', 'x', 'صباح الجمعة وريحة القهوة والهدوء ☕️ أحلى وقت في الأسبوع'],
  ['other', 'instagram', '@noura_97 @reem.abdullah بكرة العشاء عندي لا تتأخرون 🍰'],
  [
    'other',
    'x',
    'بنك النور يعلن عن وظائف شاغرة لحديثي التخرج في الرياض وجدة. التقديم عبر موقع البنك #وظائف',
    'AlnoorCareers',
  ],
  ['other', 'facebook', 'صورة قديمة لأول فرع لبنك النور في الثمانينات، شوفوا السيارات 😍 زمن الطيبين'],
  ['other', 'tiktok', 'أنا وأنا أفتح تطبيق البنك بعد العيد: 👁️👄👁️'],
]

export const zh = [
  // complaint
  ['complaint', 'x', '@LotusBank 为什么我的转账三天了还显示“处理中”？房租都逾期了，房东天天催'],
  ['complaint', 'appstore', '更新之后app一直闪退，登录不了，卸载重装两次都没用。现在连余额都查不了，差评'],
  ['complaint', 'x', '感谢莲花银行又扣了我一次年费，说好的首年免年费呢？真是“贴心”服务 👍'],
  [
    'complaint',
    'facebook',
    '打咗成個鐘熱線俾蓮花銀行，轉咗三次人工，最後仲要斷線！我只係想解鎖張卡咋，有冇搞錯',
  ],
  [
    'complaint',
    'forum',
    '在超市刷卡被扣了两次（2 × 356元），打客服说要等15个工作日才能处理。这合理吗？能不能直接投诉到金融监管局？',
  ],
  ['complaint', 'x', '莲花银行真他妈垃圾，信用卡额度说降就降，一个通知都没有'],
  ['complaint', 'playstore', '驗證碼短信永遠收不到，轉帳和登入都不行，已經一個星期了。請盡快處理'],
  ['complaint', 'youtube', '广告拍得挺好看，可我们这边的网点已经关了半年，办个业务要跑到隔壁区排两个小时队'],
  // question
  ['question', 'x', '@LotusBank 请问给十岁的孩子开储蓄账户可以在手机银行上办吗？'],
  ['question', 'forum', '想问一下，从莲花银行汇款到美国的账户一般几天到账？给在那边读书的女儿交学费'],
  ['question', 'facebook', '有冇人知蓮花銀行中環分行星期六開唔開？'],
  ['question', 'x', '莲花的卡不小心丢了，可以直接在app里挂失吗？还是一定要打电话？'],
  ['question', 'youtube', '莲花银行的大额存单现在利率多少？三年期的还有额度吗？'],
  ['question', 'reddit', '请教一下：外籍人士在上海能不能在莲花银行开户？需要准备什么材料？'],
  // praise
  ['praise', 'x', '感谢莲花银行客服小王，十分钟就帮我把冻结的卡解开了，还特地回电确认，服务真好 👍'],
  ['praise', 'appstore', '登录的bug终于修好了！现在app又快又流畅，记账功能也很实用，五星好评'],
  ['praise', 'facebook', '被假冒快遞短信騙咗錢，蓮花銀行三日內全數退返，真係冇諗過，多謝你哋！'],
  ['praise', 'instagram', '在莲花银行开户只用了15分钟，全程手机操作，不用跑网点，太方便了 ✨'],
  ['praise', 'playstore', '整体很好用，转账秒到。唯一的小建议：能不能加个深色模式？四星'],
  ['praise', 'x', '周日卡被ATM吞了，莲花银行的工作人员半小时就赶到帮我取出来了，必须点赞 👏'],
  // troll
  ['troll', 'x', '出淤泥而不染的是莲花，出淤泥还要收你手续费的是莲花银行 😂'],
  ['troll', 'x', '莲花银行一群傻逼吸血鬼，早点倒闭吧'],
  [
    'troll',
    'forum',
    '这些大银行跟资本穿一条裤子，莲花银行高管年薪千万，老百姓存款利率一降再降。迟早要清算！',
    'renmin_zhisheng',
  ],
  ['troll', 'youtube', '这个行长讲话像背课文一样，一看就是关系户 😂 钱交给这种人管？', 'renmin_zhisheng'],
  ['troll', 'tiktok', '莲花银行评论区集合！大家来比比谁被坑得最惨 😂😂'],
  ['troll', 'x', '所谓的“系统升级”就是在测试数字货币，等大家习惯了就取消现金。醒醒吧'],
  // spam
  [
    'spam',
    'x',
    '看到你在莲花银行遇到的问题，我们团队已帮助500多位受害者追回资金，加微信 zhuihui888 免费咨询',
    'zhuihui_zhuanjia',
  ],
  [
    'spam',
    'x',
    '@xiaoyu_1998 您好，给您带来不便非常抱歉。请私信提供您的卡号、有效期和手机号，我们将尽快为您处理。莲花银行客服',
    'LotusBank_KF',
  ],
  [
    'spam',
    'instagram',
    '🎁 莲花银行周年庆抽奖 🎁 关注+点赞+私信你的银行卡号，即可参与抽取888元现金红包！',
    'lotus.choujiang',
  ],
  ['spam', 'facebook', '急用钱？无抵押、不看征信，最快10分钟放款，额度5千到20万。银行不批我们批！加V详谈'],
  [
    'spam',
    'x',
    '跟我做币一周收益30%📈 别再把钱放在莲花银行吃那点利息了，进群带你飞 👉 t.me/bizhuan_vip #比特币 #合约',
  ],
  ['spam', 'instagram', '互关互粉 💯 必回关 #互关 #互粉 #f4f'],
  // news
  ['news', 'news', '莲花银行公布三季度业绩：净利润同比增长8.2%至136亿元，净息差收窄至1.62%。', 'caixin'],
  ['news', 'x', '【突發】金管局向蓮花銀行罰款1,200萬港元，指其打擊洗錢措施存在缺失', 'hket_finance'],
  [
    'news',
    'news',
    '莲花银行周四发生系统故障，大批客户数小时内无法使用手机银行和刷卡支付，该行称故障已修复。',
    'ReutersChina',
  ],
  ['news', 'x', '莲花银行宣布年内关闭60家网点，同时精简约2000个柜员岗位', 'yicaichina'],
  [
    'news',
    'news',
    '中国人民银行宣布下调存款准备金率0.25个百分点，莲花银行等多家银行随后下调存款利率。',
    'xinhua_finance',
  ],
  // other
  ['other', 'x', '今天路过莲花银行门口，那只橘猫又胖了一圈 🐱'],
  ['other', 'instagram', '@小鱼 @阿杰 周六去爬山吗？我带零食 ⛰️'],
  [
    'other',
    'x',
    '莲花银行2027届校园招聘正式启动！岗位涵盖金融科技、风险管理等，投递请访问官网 #校招',
    'LotusBankHR',
  ],
  ['other', 'forum', '分享一张老照片：九十年代莲花银行的存折，还是手写的，满满的回忆'],
  ['other', 'tiktok', '月初的我：这个月一定存钱\n月底的我：花呗还款中…… 😂'],
]
