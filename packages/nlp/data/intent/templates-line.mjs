/**
 * Training-only posts on the line between a troll and an angry customer (written by the Vigil
 * team for this project, no third-party text; same slots as templates.mjs), en/nl/ar only:
 * - troll: contempt without swear words, abuse aimed at staff, dehumanising comparisons
 *   (animals, objects), mocking the bank's name, "thieves/crooks" accusations with no problem
 *   of the writer's own, sarcasm that insults people rather than reporting a fault, Arabizi;
 * - complaint: the near misses — the same hard words ("theft", "clowns", "robbery") from a
 *   customer who names a concrete problem of their own (a charge, a blocked card, a lost
 *   transfer), so the model learns that the problem decides;
 * - spam: account-recovery and "we get your money back" scams that open with the victim's
 *   problem ("locked out? frozen? DM us"), the case the first social rows did not carry;
 * - praise: plain praise of a feature, and a fixed problem thanked for.
 *
 * Written 2026-12-06 12:15 after reading fresh set 4's TUNE half (en, nl, ar) misses only; none
 * is a copy of a set-4 post. Trained as sources `social-line-<lang>` (train-intent
 * --line-weight). de, fr, es, zh get none, so set 4's held-out half still measures transfer.
 */
export const LINE_TEMPLATES = {
  en: {
    troll: [
      'honestly the people working at {bank} have the brains of a damp sponge',
      'a toddler with a calculator would do a better job than the clowns at {bank}',
      '{bank}? more like {bank} for the gullible. imagine paying these people to hold your money',
      '{bank} = legalised robbery with a logo. crooks in ties, all of them',
      'every single {bank} branch manager is a useless parasite, prove me wrong',
      'people who trust {bank} are like turkeys voting for christmas 🦃',
      "{bank} staff are so dumb it's actually impressive. zero brain cells between them",
      'your staff are an embarrassment {bank}, I hope you all lose your jobs',
      'congrats {bank} on hiring the slowest, dullest people in the country 👏 truly a talent',
      'bunch of liars and leeches at {bank}, you disgust me. go away',
      'rats run a cleaner operation than {bank}. vermin the lot of you',
      'imagine being proud to work at {bank} lmao. pathetic little people',
    ],
    complaint: [
      '{bank} charging me {amt} for a transfer that never arrived is theft, give me my money back',
      'your fees are daylight robbery {bank}, {amt} taken for a "card replacement" I never asked for',
      'the clowns at {bank} blocked my card again while I was abroad, no warning, no way to pay my hotel',
      '{bank} you thieves, {amt} gone from my account twice for one purchase and no one will refund it',
      'useless {bank} app logged me out 6 times today and now my payment of {amt} is stuck pending',
    ],
    spam: [
      'Account frozen or hacked? Can’t get into your {bank} app? DM @FastRecoveryDesk, we restore access in hours ✅',
      'locked out of online banking? our certified recovery agents unlock any {bank} account, message us now 🔐',
      'got scammed? we trace and recover stolen funds from any bank, 100% success. WhatsApp +44 7700 900321',
      'Bank account restricted? we handle {bank} appeals for you, fast and guaranteed. inbox me',
    ],
    praise: [
      'the new {bank} app is brilliant, budgeting tools are spot on 👌',
      '💚💚 {bank}',
      'huge thanks {bank}, the fraud team refunded my {amt} same day after my card was copied',
      'props to {bank}, app was broken for a week but the update fixed it, everything smooth now',
    ],
  },
  nl: {
    troll: [
      'die lui bij {bank} hebben het verstand van een natte spons',
      'een kleuter met een rekenmachine doet het beter dan de clowns bij {bank}',
      '{bank} = gelegaliseerde diefstal met een logo. boeven in pak, allemaal',
      'elke filiaalmanager van {bank} is een nutteloze parasiet',
      'mensen die {bank} vertrouwen zijn net kalkoenen die voor kerst stemmen 🦃',
      'jullie personeel is een schande {bank}, ik hoop dat jullie allemaal ontslagen worden',
      'stelletje leugenaars en bloedzuigers bij {bank}, jullie walgen me',
      'trots zijn dat je bij {bank} werkt haha. zielige mensjes',
    ],
    complaint: [
      '{bank} rekent {amt} voor een overboeking die nooit is aangekomen, dat is gewoon diefstal, geld terug',
      'jullie kosten zijn roof {bank}, {amt} afgeschreven voor een nieuwe pas die ik nooit heb aangevraagd',
      'de clowns van {bank} hebben mijn pas weer geblokkeerd terwijl ik in het buitenland ben, kan mijn hotel niet betalen',
    ],
    spam: [
      'Rekening geblokkeerd of gehackt? Kom je niet in je {bank} app? DM @SnelHerstelTeam, binnen een paar uur weer toegang ✅',
      'opgelicht? wij sporen gestolen geld op bij elke bank, 100% resultaat. WhatsApp 06-12398745',
    ],
    praise: [
      'de nieuwe app van {bank} is top, het budgetoverzicht is precies wat ik zocht 👌',
      '💚💚 {bank}',
      'dank {bank}, de fraudeafdeling heeft mijn {amt} dezelfde dag teruggestort',
    ],
  },
  ar: {
    troll: [
      'موظفين {bank} عقولهم مثل الإسفنجة المبلولة',
      'طفل صغير مع آلة حاسبة يشتغل أحسن من مهرجين {bank}',
      '{bank} سرقة مرخصة بشعار. لصوص بكرافتات كلهم',
      'كل مدير فرع في {bank} طفيلي ما منه فايدة',
      'اللي يحط فلوسه في {bank} ما عنده عقل، قطيع ماشي ورا الراعي',
      'موظفينكم فضيحة يا {bank}، الله ياخذكم كلكم',
      'el mowazafeen f {bank} aghbya w kaddabeen, rabena yakhodkom',
      'shwayet 7aramiya f {bank}, ente2o ar5as nas',
    ],
    complaint: [
      '{bank} خصم {amt} على تحويل ما وصل أبداً، هذي سرقة، رجعوا فلوسي',
      'رسومكم نهب يا {bank}، خصمتوا {amt} على بطاقة بديلة ما طلبتها',
      '{bank} 7aramiya, khasamto {amt} marteen 3ala nafs el 3amaleya w mafish 7ad byrod',
    ],
    spam: [
      'حسابك موقوف أو مخترق؟ ما تقدر تدخل تطبيق {bank}؟ راسل @استرجاع_سريع نرجع لك الدخول خلال ساعات ✅',
      'انسرقت فلوسك؟ نتتبع ونسترجع الأموال المسروقة من أي بنك، نجاح ١٠٠٪. واتساب 0551239876',
    ],
    praise: [
      'تطبيق {bank} الجديد ممتاز، أدوات الميزانية رهيبة 👌',
      '💚💚 {bank}',
      'شكراً {bank}، فريق الاحتيال رجع لي {amt} بنفس اليوم',
    ],
  },
}
