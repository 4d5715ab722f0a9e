/**
 * What seeded traffic is made of: the ingest generator's category mix, platform mix, languages
 * per market and hour-of-day and day-of-week shape (shared through @vigil/config's
 * traffic-mix.ts), and texts of its own: as the enricher stores them, masked, with the
 * enricher's answers (intent, sentiment, terms) attached, so the seeder can skip the NLP.
 */

export const CATEGORIES = [
  'complaint',
  'question',
  'praise',
  'news',
  'fees',
  'outage',
  'troll',
  'spam',
  'pii',
  'comparison',
  /** A bad app release: reviews about the update (only from release incidents). */
  'release',
] as const
export type Category = (typeof CATEGORIES)[number]

/** Ordinary traffic and platforms, as the generator has them (release only comes from incidents). */
export { ORDINARY_MIX as CATEGORY_MIX, PLATFORM_MIX } from '@vigil/config'

export const LANGS = ['en', 'nl', 'zh', 'ar'] as const
export type SeedLang = (typeof LANGS)[number]

/** Ordinary mentions per minute at the busiest hour, by brand size; the generator's seasonality. */
export { MARKET_LANGS, PEAK_RATE as SIZE_WEIGHT, seasonality } from '@vigil/config'

export const SENTIMENT_OF: Record<Category, 'negative' | 'neutral' | 'positive'> = {
  complaint: 'negative',
  question: 'neutral',
  praise: 'positive',
  news: 'neutral',
  fees: 'negative',
  outage: 'negative',
  troll: 'negative',
  spam: 'neutral',
  pii: 'negative',
  comparison: 'neutral',
  release: 'negative',
}

/** What the enricher's intent step answers for each kind of post. */
export const INTENT_OF: Record<Category, string> = {
  complaint: 'complaint',
  question: 'question',
  praise: 'praise',
  news: 'news',
  fees: 'complaint',
  outage: 'complaint',
  troll: 'troll',
  spam: 'spam',
  pii: 'complaint',
  comparison: 'other',
  release: 'complaint',
}

/** Categories a brand's care account answers (the generator's choice). */
export const ANSWERED: readonly Category[] = ['complaint', 'outage', 'pii']

/**
 * Texts as stored: `{b}` the brand's name in the post's script, `{tag}` an incident hashtag,
 * `{amt}` an amount, `{ver}` an app version; a card number is already masked.
 */
export const TEMPLATES: Record<SeedLang, Record<Category, string[]>> = {
  en: {
    complaint: [
      '{b} charged me twice for the same payment and nobody answers the phone',
      'Been on hold with {b} for 45 minutes. Absolutely useless customer service',
      '{b} froze my account without any warning, my rent is due tomorrow',
      'Transfer of {amt} still pending after 3 days. {b} sort this out',
      '{b} declined my card at the supermarket for no reason, embarrassing',
    ],
    question: [
      'Does anyone know if {b} charges fees for transfers abroad?',
      'How do I raise my daily limit in the {b} app?',
      'Can I open a {b} account online without visiting a branch?',
    ],
    praise: [
      'Shoutout to {b} support, sorted my lost card in 5 minutes',
      'New {b} app update {ver} is really smooth, love the spending insights',
      'Thank you {b} for refunding the fraud charge so quickly!',
    ],
    news: [
      '{b} reports quarterly results in line with expectations',
      '{b} announces partnership with a fintech for small business lending',
    ],
    fees: ['{b} just hit me with a new monthly fee, nobody told me about this'],
    outage: [
      '{b} app down again?? cannot log in at all {tag}',
      'Is {b} down for everyone? payments failing {tag}',
    ],
    troll: ['{b} are thieves and idiots lol, burn it all down'],
    spam: ['Get FREE crypto now!!! {b} customers claim your bonus at bit.ly/free-money'],
    pii: ['{b} my card **** **** **** 4242 was charged twice, please refund asap'],
    comparison: ['Thinking of moving my salary account: {b} or a rival, whose app is better?'],
    release: [
      'Since update {ver} the {b} app crashes on login, fix it',
      '{b} {ver} broke fingerprint login, one star',
    ],
  },
  nl: {
    complaint: [
      '{b} heeft twee keer afgeschreven en niemand neemt de telefoon op',
      'Al 40 minuten in de wacht bij {b}. Waardeloze klantenservice',
      'Overboeking van {amt} staat al drie dagen open. {b} los dit op',
    ],
    question: ['Weet iemand of {b} kosten rekent voor betalen in het buitenland?'],
    praise: ['Top service van {b}, binnen vijf minuten geholpen', 'Nieuwe {b} app {ver} werkt echt fijn'],
    news: ['{b} publiceert kwartaalcijfers'],
    fees: ['{b} rekent ineens nieuwe maandkosten, belachelijk'],
    outage: ['Storing bij {b}? Betalen lukt niet {tag}'],
    troll: ['{b} zijn oplichters en idioten, allemaal sukkels'],
    spam: ['Gratis crypto!!! Klanten van {b} claim je bonus via bit.ly/gratis-geld'],
    pii: ['{b} mijn kaart **** **** **** 4242 is twee keer belast, graag terugbetalen'],
    comparison: ['Overstappen naar {b}, iemand ervaring mee?'],
    release: ['Sinds update {ver} crasht de {b} app bij het inloggen'],
  },
  zh: {
    complaint: ['{b}重复扣款两次，客服电话一直打不通', '{b}转账{amt}三天还没到账，到底怎么回事'],
    question: ['请问{b}信用卡年费怎么算？'],
    praise: ['感谢{b}客服，很快就帮我解决了问题'],
    news: ['{b}发布季度业绩报告'],
    fees: ['{b}突然开始收管理费，太过分了'],
    outage: ['{b}的APP又崩了，完全登录不上 {tag}'],
    troll: ['{b}都是骗子，垃圾银行，傻子才用'],
    spam: ['免费领取比特币！！！{b}用户点击领取奖励'],
    pii: ['{b}我的卡号**** **** **** 4242被重复扣款，请尽快退款'],
    comparison: ['{b}和别的银行哪个信用卡更划算？'],
    release: ['{b}更新到{ver}以后APP一直闪退'],
  },
  ar: {
    complaint: ['خصم {b} المبلغ مرتين من حسابي ولا أحد يرد على الهاتف'],
    question: ['هل يعرف أحد رسوم التحويل الدولي في {b}؟'],
    praise: ['شكرا {b} على الخدمة الممتازة وسرعة الرد'],
    news: ['{b} يعلن نتائج الربع الثالث'],
    fees: ['{b} فرض رسوم شهرية جديدة بدون إشعار'],
    outage: ['تطبيق {b} متوقف مرة أخرى ولا أستطيع الدخول {tag}'],
    troll: ['{b} لصوص وأغبياء، بنك فاشل'],
    spam: ['احصل على عملات رقمية مجانا!!! عملاء {b} اضغطوا هنا'],
    pii: ['{b} بطاقتي رقم **** **** **** 4242 تم خصمها مرتين، أرجو الاسترداد'],
    comparison: ['أيهما أفضل {b} أم بنك آخر للتحويلات الدولية؟'],
    release: ['بعد تحديث {ver} تطبيق {b} لا يعمل'],
  },
}

export const CARE_REPLIES: Record<SeedLang, string> = {
  en: "Sorry to hear that. Please DM us and we'll look into it right away.",
  nl: 'Vervelend om te horen. Stuur ons een DM, dan kijken we direct mee.',
  zh: '非常抱歉给您带来不便，请私信我们，我们会尽快处理。',
  ar: 'نأسف لذلك، يرجى مراسلتنا بشكل خاص وسنساعدك فورا.',
}

const STOP = new Set(
  'a an the and or of for to in on at by with my me i is are was be been it its this that so no not all at de het een en van bij te is al mijn ik niet the'.split(
    ' ',
  ),
)

/**
 * The enricher's terms, roughly: lower-cased words of three letters or more, stop-words and
 * placeholders out; a Chinese or Arabic text gives its few longest runs.
 */
export function termsOf(text: string): string[] {
  const words = text
    .replace(/\{[a-z]+\}/g, ' ')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 3 && !STOP.has(w) && !/^\d+$/.test(w))
  return [...new Set(words)].slice(0, 8)
}
