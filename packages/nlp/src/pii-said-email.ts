/**
 * An e-mail address spelled out so that scrapers miss it, in each served language's words for
 * '@' and '.': "jan (at) gmail (dot) com", "maria arroba gmail punto com", "pierre chez orange
 * point fr", "jan apenstaartje ziggo punt nl", "hans Klammeraffe web punkt de", "hans ät web
 * punkt de", "zhang 艾特 qq 点 com", "ahmed آت gmail نقطة com", with brackets of any kind
 * ("[at]", "{dot}", "（at）", "【点】") or none, the dots said or typed, mixed.
 *
 * The address must end in a top-level domain. "at", "chez" and "bij" are ordinary words, so
 * when one of them stands bare for the '@' a dot must be said too, and the name must look like
 * one (a dot, digit or sign in it) or an address word or a mail provider stand by.
 */
import type { NormSpan } from './pii-numbers.js'

// Words for '@': ambiguous ones first need the guard above.
const PLAIN_AT = 'at|chez|bij'
const SURE_AT =
  'ät|@|arroba|arobase|apenstaartje|apestaartje|apenstaart|klammeraffe|klammeraffen|affenschwanz|at-teken|at-zeichen|at-sign'
const SAID_DOT = 'dot|punt|punkt|point|punto|nokta'
const OPEN = '[\\[({<（【「]'
const CLOSE = '[\\])}>）】」]'
const AT = `(?: ?${OPEN} ?(?:${PLAIN_AT}|${SURE_AT}) ?${CLOSE} ?| (?:${PLAIN_AT}|${SURE_AT}) | ?(?:艾特|圈a|爱特) ?| (?:آت|ات|أت) )`
const DOT = `(?: ?${OPEN} ?(?:${SAID_DOT}|点|點|نقطة|نقطه|\\.) ?${CLOSE} ?| (?:${SAID_DOT}|نقطة|نقطه|دوت) | ?(?:点|點) ?|\\.| \\. )`
const NAME = '[A-Za-z0-9\\u00C0-\\u024F._%+\\-]{1,64}'
const LABEL = '[A-Za-z0-9\\u00C0-\\u024F\\-]{1,63}'
const SAID_EMAIL_RE = new RegExp(
  `(?<![A-Za-z0-9\\u00C0-\\u024F._%+\\-])(${NAME})(${AT})(${LABEL}(?:${DOT}${LABEL}){0,3})(${DOT})(${LABEL})(?![A-Za-z0-9\\u00C0-\\u024F\\-])`,
  'giu',
)

export const SAID_EMAIL_HINT_RE = new RegExp(
  `(?:${OPEN} ?(?:at|${SURE_AT}|${SAID_DOT}) ?${CLOSE}| (?:${SURE_AT}) |艾特|圈a|爱特| (?:آت|ات|أت) | (?:${PLAIN_AT}) \\S{1,63} (?:${SAID_DOT}) )`,
  'iu',
)

/** The cheap test on every text: a character every spelled '@' holds, then the hint. */
export function mayHoldSaidEmail(text: string): boolean {
  return (
    (text.includes('at') ||
      text.includes('AT') ||
      text.includes('At') ||
      text.includes('ät') ||
      text.includes('ch') ||
      text.includes('bij') ||
      text.includes('ro') ||
      text.includes('[') ||
      text.includes('(') ||
      text.includes('{') ||
      text.includes('aar') ||
      text.includes('艾特') ||
      text.includes('圈a') ||
      text.includes('爱特') ||
      text.includes('ت ')) &&
    SAID_EMAIL_HINT_RE.test(text)
  )
}

// Top-level domains people write in the served markets, generic and country codes.
const TLD_RE =
  /^(?:com|net|org|info|biz|io|co|me|eu|uk|nl|be|de|at|ch|fr|es|mx|ar|cl|pe|it|pt|cn|hk|tw|sa|ae|eg|ma|qa|kw|lu|edu|gov|online|email|mail)$/i
const PROVIDER_RE =
  /^(?:gmail|googlemail|hotmail|outlook|live|msn|yahoo|ymail|icloud|me|mac|aol|proton|protonmail|gmx|web|t-online|freenet|orange|free|sfr|laposte|wanadoo|ziggo|kpn|kpnmail|planet|xs4all|telenet|skynet|qq|163|126|sina|sohu|foxmail|yeah|aliyun|terra|telefonica|movistar|yandex|mail|zoho)$/i
const ADDRESS_WORD_RE =
  /(?:e-?mail|mail|correo|courriel|adres|adresse|dirección|direccion|contact|write|schrijf|schreib|écri|ecri|escrib|邮箱|邮件|电邮|بريد|ايميل|إيميل|ميل)/iu

const SAID_DOT_IN_RE = new RegExp(` (?:${SAID_DOT}|نقطة|نقطه|دوت) |[点點]|${OPEN}`, 'iu')

// "… is my e-mail", "… c'est mon mail", "… 是我的邮箱": named right after it, a few words at most.
const ADDRESS_WORD_AFTER_RE =
  /^[^\p{L}\p{N}]{0,3}(?:[\p{L}'’]{1,8}\s?){0,3}(?:e-?mail|mail|correo|courriel|adres|adresse|邮箱|邮件|بريد|ايميل|إيميل)/iu

export function findSaidEmails(norm: string, out: NormSpan[]): void {
  SAID_EMAIL_RE.lastIndex = 0
  for (let m = SAID_EMAIL_RE.exec(norm); m !== null; m = SAID_EMAIL_RE.exec(norm)) {
    const [all, name, at, domain, dot, tld] = m as unknown as string[]
    if (!TLD_RE.test(tld!)) {
      SAID_EMAIL_RE.lastIndex = m.index + 1
      continue
    }
    const plainAt = new RegExp(`^ (?:${PLAIN_AT}) $`, 'i').test(at!)
    if (plainAt) {
      const dotSaid = !/^ ?\. ?$/.test(dot!) || SAID_DOT_IN_RE.test(domain!)
      const firstLabel = domain!.split(/[ .()[\]{}<>]/)[0]!
      const nameLike = /[._\d]/.test(name!)
      const around =
        ADDRESS_WORD_RE.test(norm.slice(Math.max(0, m.index - 40), m.index)) ||
        ADDRESS_WORD_AFTER_RE.test(norm.slice(m.index + all!.length, m.index + all!.length + 40))
      if (!dotSaid || !(nameLike || around || PROVIDER_RE.test(firstLabel))) {
        SAID_EMAIL_RE.lastIndex = m.index + 1
        continue
      }
    }
    out.push({ kind: 'email', start: m.index, end: m.index + all!.length, keep: 0 })
  }
  SAID_EMAIL_RE.lastIndex = 0
}
