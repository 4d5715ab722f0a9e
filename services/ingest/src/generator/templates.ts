/**
 * What people write about banks, per language and category. Placeholders: {b} brand name,
 * {tag} a hashtag, {card} a Luhn-valid card number, {amt} an amount, {ver} an app version,
 * {t} a time of day, {order} an order number. Written for this demo; no real posts.
 */
export type Category =
  | 'complaint'
  | 'outage'
  | 'question'
  | 'praise'
  | 'news'
  | 'troll'
  | 'spam'
  | 'pii'
  | 'cardOutage'
  | 'fees'
  /** Two banks in one post ({b} and {other}): the enricher writes it once per bank. */
  | 'comparison'

export const LANGS = ['en', 'nl', 'zh', 'ar'] as const
export type GenLang = (typeof LANGS)[number]

export const TEMPLATES: Record<GenLang, Record<Category, string[]>> = {
  en: {
    complaint: [
      '{b} charged me twice for the same payment and nobody answers the phone',
      'Been on hold with {b} for 45 minutes. Absolutely useless customer service',
      '{b} froze my account without any warning, my rent is due tomorrow',
      'Why does the {b} app log me out every single time? So frustrating',
      'Transfer of {amt} still pending after 3 days. {b} sort this out',
      '{b} declined my card at the supermarket for no reason, embarrassing',
      'Worst experience ever with {b}, closing my account this week',
    ],
    outage: [
      '{b} app down again?? cannot log in at all {tag}',
      'Is {b} down for everyone? payments failing {tag}',
      "{tag} can't pay, can't transfer, can't even see my balance. {b} what is going on",
      "{b} website AND app both down. Payday and I can't access my money {tag}",
      'Third time this month the {b} app is down. Unacceptable {tag}',
      'Card declined everywhere, {b} outage? {tag}',
    ],
    question: [
      'Does anyone know if {b} charges fees for transfers abroad?',
      'How do I raise my daily limit in the {b} app?',
      'What time does {b} process salary payments on Fridays?',
      'Can I open a {b} account online without visiting a branch?',
      '{b} is Apple Pay supported for business cards yet?',
    ],
    praise: [
      'Shoutout to {b} support, sorted my lost card in 5 minutes',
      'New {b} app update {ver} is really smooth, love the spending insights',
      'Switched to {b} last year, best decision. Great service',
      'Thank you {b} for refunding the fraud charge so quickly!',
    ],
    news: [
      '{b} reports quarterly results in line with expectations',
      '{b} to open new digital hub in Manchester, 200 jobs',
      '{b} announces partnership with a fintech for small business lending',
      '{b} app version {ver} released with new budgeting tools',
    ],
    troll: [
      '{b} are thieves and idiots lol, burn it all down',
      'lmao {b} clowns, everyone who banks there is a moron',
      '{b} scum, hope you all go bankrupt idiots',
    ],
    spam: [
      'Get FREE crypto now!!! {b} customers claim your bonus at bit.ly/free-money',
      'DM me to double your {b} balance in 24h, guaranteed profit!!!',
    ],
    pii: [
      '{b} my card {card} was charged twice, please refund asap',
      '{b} card number {card} blocked again, why??',
    ],
    cardOutage: [
      'Card payments failing at every shop, is it {b} or the card network? {tag}',
      '{b} card declined at checkout, apparently all banks affected {tag}',
    ],
    fees: [
      '{b} just hit me with a new monthly fee, nobody told me about this',
      'New {b} account fees are a joke, charged {amt} for nothing',
    ],
    comparison: [
      'Thinking of moving my salary account: {b} or {other}, whose app is better?',
      'Has anyone compared {b} and {other} on fees for transfers abroad?',
      '{b} vs {other} savings rates this month, not much in it',
    ],
  },
  nl: {
    complaint: [
      '{b} heeft twee keer afgeschreven en niemand neemt de telefoon op',
      'Al 40 minuten in de wacht bij {b}. Waardeloze klantenservice',
      '{b} heeft mijn rekening geblokkeerd zonder uitleg, huur moet morgen betaald',
      'Overboeking van {amt} staat al drie dagen open. {b} los dit op',
      'Slechtste ervaring ooit met {b}, ik stap over',
    ],
    outage: [
      'App van {b} ligt er weer uit, kan niet inloggen {tag}',
      'Storing bij {b}? Betalen lukt niet {tag}',
      '{b} app en website allebei plat. Kan niet bij mijn geld {tag}',
      'Alweer een storing bij {b}, dit is de derde keer deze maand {tag}',
    ],
    question: [
      'Weet iemand of {b} kosten rekent voor betalen in het buitenland?',
      'Hoe verhoog ik mijn daglimiet in de {b} app?',
      'Kan ik bij {b} online een rekening openen?',
    ],
    praise: [
      'Top service van {b}, binnen vijf minuten geholpen',
      'Nieuwe {b} app {ver} werkt echt fijn',
      'Bedankt {b} voor het snel terugboeken van de fraude',
    ],
    news: ['{b} publiceert kwartaalcijfers', '{b} opent nieuw kantoor in Rotterdam'],
    troll: ['{b} zijn oplichters en idioten, allemaal sukkels'],
    spam: ['Gratis crypto!!! Klanten van {b} claim je bonus via bit.ly/gratis-geld'],
    pii: ['{b} mijn kaart {card} is twee keer belast, graag terugbetalen'],
    cardOutage: ['Pinnen lukt nergens, ligt het aan {b} of aan alle banken? {tag}'],
    fees: ['{b} rekent ineens nieuwe maandkosten, belachelijk'],
    comparison: [
      'Overstappen van {other} naar {b}, iemand ervaring mee?',
      '{b} of {other}: welke app is beter?',
    ],
  },
  zh: {
    complaint: [
      '{b}重复扣款两次，客服电话一直打不通',
      '{b}无缘无故冻结了我的账户，太气人了',
      '{b}转账{amt}三天还没到账，到底怎么回事',
      '{b}的客服态度太差了，再也不用了',
    ],
    outage: [
      '{b}的APP又崩了，完全登录不上 {tag}',
      '{b}是不是挂了？转账一直失败 {tag}',
      '{b}网银和APP都用不了，发工资的日子取不了钱 {tag}',
    ],
    question: ['请问{b}信用卡年费怎么算？', '{b}境外转账手续费是多少？', '怎么在{b}APP里提高转账限额？'],
    praise: ['感谢{b}客服，很快就帮我解决了问题', '{b}新版APP {ver} 很好用，点赞'],
    news: ['{b}发布季度业绩报告', '{b}在深圳开设新的数字中心'],
    troll: ['{b}都是骗子，垃圾银行，傻子才用'],
    spam: ['免费领取比特币！！！{b}用户点击领取奖励'],
    pii: ['{b}我的卡号{card}被重复扣款，请尽快退款'],
    cardOutage: ['今天刷卡到处失败，是{b}的问题还是所有银行都这样？{tag}'],
    fees: ['{b}突然开始收管理费，太过分了'],
    comparison: ['{b}和{other}哪个信用卡更划算？'],
  },
  ar: {
    complaint: [
      'خصم {b} المبلغ مرتين من حسابي ولا أحد يرد على الهاتف',
      '{b} جمد حسابي بدون أي سبب، خدمة سيئة جدا',
      'التحويل من {b} متأخر منذ ثلاثة أيام، أين أموالي؟',
    ],
    outage: [
      'تطبيق {b} متوقف مرة أخرى ولا أستطيع الدخول {tag}',
      'هل {b} معطل؟ لا أستطيع الدفع {tag}',
      'عطل في {b} منذ الصباح، الموقع والتطبيق لا يعملان {tag}',
    ],
    question: ['هل يعرف أحد رسوم التحويل الدولي في {b}؟', 'كيف أرفع حد التحويل في تطبيق {b}؟'],
    praise: ['شكرا {b} على الخدمة الممتازة وسرعة الرد', 'التحديث الجديد لتطبيق {b} رائع'],
    news: ['{b} يعلن نتائج الربع الثالث', '{b} يفتتح فرعا جديدا في دبي'],
    troll: ['{b} لصوص وأغبياء، بنك فاشل'],
    spam: ['احصل على عملات رقمية مجانا!!! عملاء {b} اضغطوا هنا'],
    pii: ['{b} بطاقتي رقم {card} تم خصمها مرتين، أرجو الاسترداد'],
    cardOutage: ['البطاقات لا تعمل في أي متجر، هل المشكلة من {b} أم من الشبكة؟ {tag}'],
    fees: ['{b} فرض رسوم شهرية جديدة بدون إشعار'],
    comparison: ['أيهما أفضل {b} أم {other} للتحويلات الدولية؟'],
  },
}

/** What each category means for the generator's own bookkeeping (not the NLP's answer). */
export const CATEGORY_SENTIMENT: Record<Category, 'negative' | 'neutral' | 'positive'> = {
  complaint: 'negative',
  outage: 'negative',
  question: 'neutral',
  praise: 'positive',
  news: 'neutral',
  troll: 'negative',
  spam: 'neutral',
  pii: 'negative',
  cardOutage: 'negative',
  fees: 'negative',
  comparison: 'neutral',
}

export const CARE_REPLIES: Record<GenLang, string[]> = {
  en: [
    "Sorry to hear that. Please DM us and we'll look into it right away.",
    "We're on it, please check your DMs.",
  ],
  nl: ['Vervelend om te horen. Stuur ons een DM, dan kijken we direct mee.'],
  zh: ['非常抱歉给您带来不便，请私信我们，我们会尽快处理。'],
  ar: ['نأسف لذلك، يرجى مراسلتنا بشكل خاص وسنساعدك فورا.'],
}
