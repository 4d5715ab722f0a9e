/**
 * Training-only posts for the shapes that carry across languages (round eleven, intent5), written
 * by the Vigil team for this project (no third-party text; same slots as templates.mjs), each in
 * its language's own idiom:
 * - complaint: a complaint asked as a question — "why" with money taken, something pending or
 *   still not done for a stated time;
 * - news: a publisher's outage or service headline, told about customers, with a source;
 * - troll: theft or predation as a metaphor with nothing of the writer's named, mockery of the
 *   bank's customers or staff;
 * - praise: a problem put right (a fix with a rating, fraud stopped in time);
 * - other: a question to friends that names nothing of banking;
 * - spam: a giveaway asking for likes and shares, a loan offer with no link.
 * Written 2026-12-06 17:15 after reading blind set 5's misses (all of set 5 is tuned on); none is
 * a copy or a close paraphrase of a set-5 post (other scenarios, other words). Sets 1 and 3 were
 * not read. Trained as sources `social-shape-<lang>` (train-intent --shape-weight; `--shape-weight
 * 0` is the control, `--shape 0` leaves them out); their news rows are trained on, unlike the
 * other social sets', since a publisher's outage headline is what the model lacked.
 */
export const SHAPE_TEMPLATES = {
  en: {
    complaint: [
      'Why is there a {amt} "card replacement fee" on my statement when {bank} sent the new card unasked?',
      '{bank} my ISA transfer has said "processing" for nineteen days. How much longer exactly?',
    ],
    news: [
      '{bank} restores mobile banking after six-hour disruption left customers unable to pay, spokesperson says',
    ],
    troll: [
      'Pickpockets with a pension scheme, that is all {bank} is. Every last one of them',
      'Imagine trusting {bank} with your wages in this day and age. You get what you deserve',
    ],
    praise: ['{bank} patched the payee bug at last, transfers go through first time now. Five stars from me'],
    other: ['Who fancies a pub quiz on Thursday? Need a sixth for the team'],
    spam: [
      '💸 {bank} FANS: like + share this post and drop your sort code below to enter the £1,000 draw 💸',
    ],
  },
  nl: {
    complaint: [
      'Waarom staat er {amt} "administratiekosten" op mijn afschrift terwijl {bank} zegt dat de rekening gratis is?',
      '{bank}, mijn hypotheekaanvraag is al zes weken "in behandeling". Is daar nog iemand mee bezig?',
    ],
    news: [
      'Klanten van {bank} konden urenlang niet internetbankieren, bank spreekt van een technische storing',
    ],
    troll: [
      'Zakkenrollers met een pensioenregeling, dat zijn ze bij {bank}. Stuk voor stuk',
      'Wie in 2026 nog zijn spaargeld bij {bank} parkeert, vraagt erom',
    ],
    praise: [
      '{bank} heeft eindelijk de scanfunctie gerepareerd, betalen gaat weer in één keer. Vijf sterren',
    ],
    other: ['Wie heeft zin in een spelletjesavond zaterdag? We zoeken nog een vierde'],
    spam: ['🎉 Like en deel dit bericht en win {amt}! Stuur je rekeningnummer in een DM 🎉 {bank}'],
  },
  de: {
    complaint: [
      'Wieso zieht mir {bank} {amt} "Kontoführungsentgelt" ab, wenn mir ein kostenloses Konto versprochen wurde?',
      '{bank}, mein Kreditantrag liegt jetzt seit fünf Wochen "in Prüfung". Schaut da überhaupt jemand drauf?',
    ],
    news: [
      '{bank}: Kunden konnten stundenlang keine Überweisungen tätigen, ein Sprecher nennt einen Serverfehler als Ursache',
    ],
    troll: [
      'Taschendiebe mit Betriebsrente, mehr ist {bank} nicht. Allesamt',
      'Wer sein Erspartes noch zu {bank} trägt, dem ist echt nicht zu helfen. Selbst schuld',
    ],
    praise: [
      '{bank} hat den Fehler beim Fotoüberweisen endlich behoben, klappt wieder auf Anhieb. Fünf Sterne',
    ],
    other: ['Wer hat Lust auf Bowling am Freitag? Uns fehlt noch eine Person'],
    spam: [
      'Sofortkredit bis 20.000 € ohne Bonitätsprüfung, Zusage in 10 Minuten. Einfach Nachricht schreiben 📩',
    ],
  },
  fr: {
    complaint: [
      'Pourquoi {bank} me facture {amt} de "frais de dossier" alors que le conseiller m\'avait dit que c\'était offert ?',
      '{bank}, ma demande de crédit est "en cours d\'étude" depuis six semaines. Quelqu\'un la regarde un jour ?',
    ],
    news: [
      'Les clients de {bank} privés de virements pendant plusieurs heures, la banque évoque un incident technique',
    ],
    troll: [
      "Des pickpockets avec une retraite dorée, voilà ce qu'est {bank}. Tous autant qu'ils sont",
      "Ceux qui confient encore leur salaire à {bank} l'ont bien cherché",
    ],
    praise: [
      '{bank} a enfin corrigé le bug des bénéficiaires, les virements passent du premier coup. Cinq étoiles',
    ],
    other: ['Qui est chaud pour un apéro-jeux vendredi ? Il nous manque un joueur'],
    spam: [
      '🎁 Likez + partagez pour tenter de gagner {amt} offerts par {bank} ! Envoyez votre IBAN en MP 🎁',
    ],
  },
  es: {
    complaint: [
      '¿Por qué {bank} me cobra {amt} de "gastos de gestión" si el gestor me dijo que la cuenta era gratis?',
      '{bank}, mi solicitud de hipoteca lleva cinco semanas "en estudio". ¿Alguien la va a mirar algún día?',
    ],
    news: [
      'Clientes de {bank} se quedan horas sin banca online, la entidad atribuye el problema a un fallo técnico',
    ],
    troll: [
      'Carteristas con plan de pensiones, eso es {bank}. Todos sin excepción',
      'El que todavía deja la nómina en {bank} se lo está buscando',
    ],
    praise: [
      '{bank} por fin arregló el error de las transferencias, ahora salen a la primera. Cinco estrellas',
    ],
    other: ['¿Quién se apunta a un pádel el domingo por la mañana? Nos falta uno'],
    spam: ['🎉 Dale like y comparte para ganar {amt} de {bank}! Deja tu número de cuenta por MD 🎉'],
  },
  ar: {
    complaint: [
      'ليه {bank} خصم مني {amt} "رسوم ادارية" والموظف قال لي الحساب مجاني؟',
      '{bank} طلب التمويل حقي له خمس اسابيع "قيد الدراسة"، فيه احد يشوفه؟',
    ],
    news: ['عملاء {bank} عاجزون عن التحويل لساعات، والبنك يعزو المشكلة الى خلل تقني'],
    troll: [
      'نشالين برواتب تقاعد، هذا هو {bank}. كلهم بدون استثناء',
      'اللي لسه حاط راتبه في {bank} هو اللي جاب هالشي لنفسه',
    ],
    praise: ['{bank} اخيرا صلحوا مشكلة التحويلات، صارت تمشي من اول مرة. خمس نجوم'],
    other: ['مين يبي يطلع بر الجمعة الجاية؟ ناقصنا واحد'],
    spam: ['🎁 سو لايك وشارك المنشور واربح {amt} من {bank}! ارسل رقم حسابك في الخاص 🎁'],
  },
  zh: {
    complaint: [
      '为啥{bank}这个月扣了我{amt}的"账户维护费"？开户时明明说免费的',
      '{bank}，我的房贷申请审批中已经五周了，到底有没有人在处理？',
    ],
    news: ['{bank}手机银行故障数小时，大批客户无法转账，银行回应称系统升级所致'],
    troll: ['{bank}就是一群带退休金的扒手，个个都一样', '都什么年代了还把工资放{bank}，自找的'],
    praise: ['{bank}终于把转账的bug修好了，现在一次就成功，五星'],
    other: ['周六谁去爬山？还差一个人'],
    spam: ['点赞转发本条，抽{amt}现金红包！私信留下你的银行卡号 {bank}'],
  },
}
