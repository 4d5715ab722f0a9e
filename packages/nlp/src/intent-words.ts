/**
 * Hand-written cue lists for intent, in folded form (lower case, Arabic folded, simplified
 * Chinese). Latin entries need word boundaries; Chinese and Arabic ones match inside words.
 */
const PROBLEM = [
  // en
  'charged twice', 'double charged', 'charged me twice', 'frozen account', 'account frozen', 'froze my account',
  'account blocked', 'card blocked', 'card declined', 'declined', 'app down', 'app is down', 'app not working',
  'not working', "doesn't work", "won't let me", 'cant log in', "can't log in", 'cannot log in', 'login failed',
  'outage', 'down again', 'still waiting', 'no reply', 'no response', 'on hold', 'hours on hold', 'refund',
  'missing money', 'money missing', 'money gone', 'disappeared', 'unauthorised', 'unauthorized', 'fraud', 'scam',
  'scammed', 'stolen', 'hacked', 'overcharged', 'hidden fees', 'fee', 'fees', 'error', 'crash', 'crashes',
  'crashed', 'locked out', 'failed', 'failed payment', 'payment failed', 'transfer failed', 'pending',
  'complaint', 'closed my account', 'cancelled my card', 'lost my card',
  // nl
  'storing', 'werkt niet', 'geblokkeerd', 'dubbel afgeschreven', 'twee keer afgeschreven', 'bevroren',
  'inloggen lukt niet', 'klacht', 'oplichting', 'oplichters', 'fraude', 'geld kwijt', 'wacht al',
  // de
  'störung', 'funktioniert nicht', 'gesperrt', 'doppelt abgebucht', 'betrug', 'beschwerde', 'keine antwort',
  // fr
  'panne', 'ne marche pas', 'ne fonctionne pas', 'bloqué', 'bloquée', 'prélevé deux fois', 'arnaque', 'escroquerie',
  'réclamation', 'aucune réponse',
  // es / pt / it
  'caída', 'no funciona', 'bloqueada', 'bloqueado', 'cobrado dos veces', 'cobro doble', 'estafa', 'fraude',
  'reclamación', 'sin respuesta', 'não funciona', 'fora do ar', 'cobrado duas vezes', 'golpe', 'reclamação',
  'non funziona', 'bloccato', 'bloccata', 'addebitato due volte', 'truffa', 'reclamo', 'disservizio',
  // tr / id / hi (Latin)
  'çalışmıyor', 'bloke', 'iki kez çekildi', 'dolandırıcılık', 'şikayet', 'çöktü', 'tidak bisa', 'gak bisa',
  'diblokir', 'terpotong dua kali', 'penipuan', 'gangguan', 'error terus', 'kaam nahi kar raha', 'paisa kat gaya',
  'block ho gaya', 'fraud hua',
  // zh
  '扣款两次', '重复扣款', '扣了两次', '冻结', '被冻结', '登不上', '无法登录', '登录不了', '崩了', '崩溃', '宕机', '闪退',
  '打不开', '转账失败', '诈骗', '骗子', '被骗', '盗刷', '投诉', '没人回复', '不到账', '没到账', '乱扣费', '故障',
  // ar
  'خصم مرتين', 'تم الخصم مرتين', 'تجميد', 'مجمد', 'حسابي موقوف', 'التطبيق لا يعمل', 'التطبيق معطل', 'عطل', 'احتيال',
  'نصب', 'سرقه', 'شكوي', 'لا يرد', 'ما يرد', 'مشكله',
]

const ABUSE = [
  'idiot', 'idiots', 'moron', 'morons', 'stupid', 'scum', 'scumbags', 'loser', 'losers', 'clown', 'clowns',
  'fuck you', 'f u', 'stfu', 'shut up', 'kill yourself', 'kys', 'die', 'trash people', 'go to hell', 'retard',
  'bitch', 'bastard', 'bastards', 'wanker', 'wankers', 'twat', 'dickhead', 'piss off', 'cunt',
  'klootzak', 'klootzakken', 'kut', 'tering', 'kanker', 'idioot', 'idioten', 'sukkel', 'oprotten',
  'arschloch', 'idioten', 'halt die klappe', 'wichser', 'connard', 'connards', 'ta gueule', 'salope', 'encule',
  'pendejo', 'pendejos', 'cabron', 'cabrón', 'gilipollas', 'idiota', 'idiotas', 'vete a la mierda',
  'vaffanculo', 'stronzo', 'stronzi', 'coglione', 'porra', 'otário', 'vai se foder', 'filho da puta',
  'aptal', 'salak', 'geri zekalı', 'siktir', 'bodoh', 'goblok', 'anjing', 'bangsat', 'kampret',
  'chutiya', 'bhosdike', 'madarchod', 'kamina', 'gadha', 'ullu',
  '傻逼', '傻b', '去死', '滚', '垃圾人', '脑残', '白痴', 'sb',
  'غبي', 'اغبياء', 'حمار', 'كلب', 'حقير', 'تفو',
]

const SPAM = [
  'giveaway', 'free money', 'earn $', 'earn money', 'make money', 'double your', 'investment opportunity',
  'guaranteed profit', 'guaranteed returns', 'crypto signal', 'forex signal', 'dm me', 'dm for', 'click the link',
  'click here', 'link in bio', 'whatsapp me', 'contact my manager', 'recovery expert', 'recover your funds',
  'loan offer', 'instant loan', 'promo code', 'use my code', 'referral code', 'follow back', 'win a', 'winner',
  'limited offer', 'act now', '100% legit', 'legit', 'cash app', 'flip', 'bitcoin', 'airdrop', 'telegram',
  '免费领取', '加微信', '代开发票', '兼职', '日赚', '返利', '点击链接', 'اربح', 'ربح مضمون', 'تواصل واتساب',
  'gratis geld', 'verdien', 'dinero gratis', 'gana dinero', 'gagnez', 'bedava', 'kazan', 'cuan', 'gratis',
]

const PRAISE = [
  'thank you', 'thanks', 'thx', 'great service', 'great job', 'well done', 'love', 'loving', 'amazing', 'awesome',
  'excellent', 'brilliant', 'best bank', 'helpful', 'quick response', 'sorted', 'resolved', 'fixed it',
  'dank je', 'dankjewel', 'bedankt', 'top', 'super', 'geweldig', 'danke', 'vielen dank', 'merci', 'génial',
  'gracias', 'excelente', 'genial', 'grazie', 'ottimo', 'obrigado', 'obrigada', 'ótimo', 'teşekkürler',
  'teşekkür ederim', 'harika', 'terima kasih', 'mantap', 'keren', 'shukriya', 'dhanyavaad', 'bahut accha',
  '谢谢', '感谢', '点赞', '好评', '给力', '很好', '方便', 'شكرا', 'ممتاز', 'رائع', 'الله يعطيكم العافيه',
]

const QUESTION_START = [
  'how do i', 'how can i', 'how to', 'why is', 'why does', 'why did', 'when will', 'is there', 'can i', 'can you',
  'does anyone', 'anyone else', 'is it', 'what is', 'where is', 'hoe kan', 'waarom', 'wanneer', 'kan ik',
  'wie kann', 'warum', 'wann', 'comment', 'pourquoi', 'quand', 'cómo', 'por qué', 'cuándo', 'come posso',
  'perché', 'quando', 'como faço', 'por que', 'nasıl', 'neden', 'ne zaman', 'bagaimana', 'kenapa', 'kapan',
  'kaise', 'kyun', 'kab', 'kya', '怎么', '为什么', '如何', '请问', '什么时候', 'كيف', 'لماذا', 'متي', 'هل',
]

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** One alternation per list; Latin entries need a non-letter on both sides. */
function compile(list: string[], anchorStart = false): RegExp {
  const latin = list.filter((w) => /[a-z]/.test(w)).sort((a, b) => b.length - a.length)
  const other = list.filter((w) => !/[a-z]/.test(w)).sort((a, b) => b.length - a.length)
  const lat = `(?<![\\p{L}\\p{N}])(?:${latin.map(escape).join('|')})(?![\\p{L}\\p{N}])`
  const oth = other.length > 0 ? `|(?:${other.map(escape).join('|')})` : ''
  return new RegExp(anchorStart ? `^\\s*(?:${lat}${oth})` : `${lat}${oth}`, 'u')
}

export const INTENT_WORDS = {
  problem: compile(PROBLEM),
  abuse: compile(ABUSE),
  spam: compile(SPAM),
  praise: compile(PRAISE),
  questionStart: compile(QUESTION_START, true),
}
