/**
 * Two readings of a post's grammar in the seven languages, for the intent model's dense signals
 * and the rule after it (intent-offer rule in intent-classifier.ts):
 *
 * - **a failure told**: the writer cannot do something, something still has not happened, or it
 *   has gone on for a time ("Waarom kan ik al 3 dagen niet inloggen?", "why can't I log in",
 *   "warum klappt die Überweisung immer noch nicht", "pourquoi je n'arrive pas à me connecter",
 *   "¿por qué sigue sin llegar?", "为什么一直登不上", "ليش ما اقدر ادخل"): a negated ability or
 *   result, or a persistence or duration word. Asked as a question it is a complaint, not a
 *   question about how something works;
 * - **a recovery offer**: the writer (or "our team") promises to recover, unblock or get back
 *   someone else's money or account ("I recover lost funds", "we get your money back", "wij
 *   halen uw geld terug", "récupérer vos fonds", "帮你追回", "نسترجع أموالك"). A victim asks for
 *   their own ("help me recover my funds") and is no offer.
 *
 * Grammar, not topic words: the same verbs with the first person as object, or with nothing
 * negated, read neither.
 */

// Negated ability or result, per language: the modal or verb, up to four words, the negation
// (Dutch and German put it late), or the negation first (French, Spanish, Chinese, Arabic).
const FAILURE_RE = new RegExp(
  [
    // en
    String.raw`(?<!\p{L})(?:can ?not|can['’]t|cant|couldn['’]t|won['’]t|wont|doesn['’]t work|isn['’]t working|not working|unable to|still (?:not|no|hasn['’]t|haven['’]t|isn['’]t|can['’]t|doesn['’]t|don['’]t|waiting|nothing)|(?:hasn['’]t|haven['’]t|has not|have not) (?:arrived|come|been|received|got|gone)|no longer|for (?:\d+|two|three|four|five|several|many) (?:days|weeks|hours)|(?:\d+|two|three|four|five) days (?:now|later|and)|days now)(?!\p{L})`,
    // nl
    String.raw`(?<!\p{L})(?:kan|kun|kunnen|lukt|werkt|krijg|krijgen|komt|is|zijn|wordt)(?:\s\p{L}+){0,4}\s(?:niet|geen)(?!\p{L})`,
    String.raw`(?<!\p{L})(?:nog steeds|nog altijd|al (?:\d+|twee|drie|vier|vijf) (?:dagen|weken|uur)|al dagen|al weken|sinds (?:\d+ dagen|dagen|maandag|dinsdag|woensdag|donderdag|vrijdag|gisteren))(?!\p{L})`,
    // de
    String.raw`(?<!\p{L})(?:kann|kannst|können|klappt|funktioniert|geht|bekomme|bekommen|kommt|ist)(?:\s\p{L}+){0,4}\s(?:nicht|kein\p{L}*)(?!\p{L})`,
    String.raw`(?<!\p{L})(?:immer noch|noch immer|seit (?:\d+|zwei|drei|vier|fünf) (?:tagen|wochen|stunden)|seit tagen|seit wochen|seit gestern|seit montag)(?!\p{L})`,
    // fr
    String.raw`(?<!\p{L})(?:ne|n['’])\s?(?:peux|peut|pouvons|pouvez|marche|fonctionne|reçois|recois|arrive|ai|est|sont)\p{L}*\s(?:\p{L}+\s)?(?:pas|plus|jamais|toujours pas)(?!\p{L})`,
    String.raw`(?<!\p{L})(?:toujours pas|toujours rien|impossible de|depuis (?:\d+|deux|trois|quatre|cinq) (?:jours|semaines|heures)|depuis des jours|depuis hier|depuis lundi)(?!\p{L})`,
    // es
    String.raw`(?<!\p{L})(?:no (?:puedo|puede|podemos|pueden|funciona|me deja|me dejan|recibo|llega|he recibido|carga|entra|me llega)|todavía no|todavia no|aún no|aun no|sigue sin|siguen sin|sigo sin|llevo (?:\d+|dos|tres|cuatro|cinco) (?:días|dias|semanas|horas)|desde hace (?:\d+|dos|tres|cuatro|cinco) (?:días|dias|semanas)|hace (?:\d+|dos|tres) (?:días|dias) que|desde el (?:lunes|martes|miércoles|jueves|viernes)|desde ayer)(?!\p{L})`,
    // zh
    String.raw`无法|不能|登不上|登不进|登录不了|用不了|进不去|打不开|转不了|取不了|收不到|还没|还是没|一直没|仍然没|至今没|到现在都没|\d+天了|好几天|几天了|一直(?:登|转|打|用|显示)`,
    // ar
    String.raw`لا (?:أستطيع|استطيع|يمكنني|يعمل|تعمل|يشتغل)|ما (?:اقدر|أقدر|قدرت|يشتغل|تشتغل|وصل|وصلت|نزل)|مش (?:قادر|شغال|عارف ادخل)|لم (?:يصل|تصل|استلم|أستلم|يتم)|لسه|لا يزال|لا تزال|ما زال|مازال|منذ (?:\d+|يومين|ثلاث|اسبوع|أسبوع)|من (?:\d+|يومين|ثلاث) (?:أيام|ايام)`,
  ].join('|'),
  'iu',
)

// The offer: the writer or their team as subject of a recovery verb, or a recovery verb with
// someone else's money or account as object; per language.
const OFFER_RE = new RegExp(
  [
    // en
    String.raw`(?<!\p{L})(?:i|we|our (?:team|experts?|agents?|company|firm))(?:\s(?:can|will|['’]ll|do|also|successfully|have|specialise in|specialize in|help(?:ed)?(?: (?:you|victims|people|clients|many))?(?: to)?))*\s(?:recover|retrieve|reclaim|get back|unblock|unfreeze|unlock|restore)`,
    String.raw`(?<!\p{L})(?:recover|retrieve|reclaim|unblock|unfreeze|unlock|restore)\p{L}*\s(?:all\s)?(?:your|their|lost|stolen|scammed|frozen|blocked)\s`,
    String.raw`(?<!\p{L})get (?:your|their|all your) (?:money|funds|savings|crypto|account)s? back`,
    // nl
    String.raw`(?<!\p{L})(?:ik|wij|we|ons team)\s(?:\p{L}+\s){0,3}(?:terughalen|terugkrijgen|terug te halen|herstellen|deblokkeren|ontgrendelen|halen\s(?:\p{L}+\s){0,2}terug)`,
    String.raw`(?<!\p{L})(?:je|jouw|uw|hun)\s(?:verloren\s|gestolen\s)?(?:geld|vermogen|rekening|account|spaargeld)\s(?:\p{L}+\s){0,2}(?:terug|deblokkeren|ontgrendelen|herstellen)`,
    // de
    String.raw`(?<!\p{L})(?:ich|wir|unser team)\s(?:\p{L}+\s){0,3}(?:zurückholen|zurückbekommen|zurück|wiederherstellen|entsperren|freischalten)`,
    String.raw`(?<!\p{L})(?:ihr|ihre|dein|deine)\s(?:verlorenes\s|gestohlenes\s)?(?:geld|konto|vermögen|ersparnisse)\s(?:\p{L}+\s){0,2}(?:zurück|entsperr|freischalt|wiederherstell)`,
    // fr
    String.raw`(?<!\p{L})(?:je|nous|on|notre équipe)\s(?:\p{L}+\s){0,3}(?:récupér|recupér|recuper|débloqu|debloqu)`,
    String.raw`(?<!\p{L})(?:récupér|recupér|recuper|débloqu|debloqu)\p{L}*\s(?:\p{L}+\s)?(?:votre|vos|ton|tes|leur|leurs|fonds perdus|argent perdu)(?!\p{L})`,
    // es
    String.raw`(?<!\p{L})(?:te|le|les|os) ayud(?:o|amos) a (?:recuperar|desbloquear)|recuperamos|desbloqueamos|(?:recuper|desbloque)\p{L}*\s(?:\p{L}+\s)?(?:tu|tus|su|sus|fondos perdidos|dinero perdido)(?!\p{L})`,
    // zh
    String.raw`(?:帮你|帮您|帮助你|帮助您|替你|替您|可以|专业|我们)\p{Script=Han}{0,4}(?:追回|找回|挽回|解冻|解封)|追回(?:损失|资金|被骗)`,
    // ar
    String.raw`نسترجع|نسترد|نستعيد|نفك|(?:نساعدك|أساعدك|اساعدك) (?:في|على) (?:استرجاع|استرداد|استعادة|فك)|(?:استرجاع|استرداد|استعادة) (?:اموالك|أموالك|فلوسك|حسابك|اموالكم|أموالكم)`,
  ].join('|'),
  'iu',
)

/**
 * Words without which OFFER_RE cannot match: every alternative above holds one of them
 * verbatim, under the same flags ("get … back" holds "back", the Arabic verbs their stems).
 * Tested first, because most posts hold none and OFFER_RE's look-behinds are tried at every
 * position of the ones that do not (intent-grammar.test.ts generates texts from every
 * alternative and checks they carry one).
 */
const OFFER_HINT_RE =
  /recover|retrieve|reclaim|unblock|unfreeze|unlock|restore|back|terug|herstellen|deblokkeren|ontgrendelen|zurück|entsperr|freischalt|wiederherstell|récupér|recupér|recuper|débloqu|debloqu|desbloque|追回|找回|挽回|解冻|解封|نسترجع|نسترد|نستعيد|نفك|ساعدك|استرجاع|استرداد|استعادة/iu

/** The offer's pattern and its hint, for the test that every alternative carries the hint. */
export const OFFER_PATTERNS = { offer: OFFER_RE, hint: OFFER_HINT_RE } as const

// A way to reach the writer other than a link: a private message, a messenger, a call.
const CHANNEL_RE =
  /(?<!\p{L})(?:dm|dms|pm|inbox|whatsapp|whats app|telegram|signal|wechat|contact|text|call|reach|message|app mij|stuur|bericht|schreib|kontakt|contacte[zr]?|écri\p{L}*|escríb\p{L}*|escrib\p{L}*|contact[aá]\p{L}*|mensaje|privado|privé|priv)(?!\p{L})|私信|微信|加我|联系|电话|واتساب|واتس|تواصل|راسل|تيليجرام|تلغرام|خاص/iu

/** The writer cannot do something, or something has not happened yet, or for days (see the file comment). */
export function failureTold(folded: string): boolean {
  return FAILURE_RE.test(folded)
}

// The writer's own money or account in or right after the phrase: a request, not an offer
// ("ich will mein Geld zurück", "je veux récupérer mon argent").
const OWN_RE =
  /(?<!\p{L})(?:my|mijn|mein\p{L}*|mon|ma|mes|mi|mis|me|mij|mich|mir|moi)(?!\p{L})|我的|فلوسي|اموالي|أموالي|حسابي/iu

/** The phrase offering to recover someone else's money or account, or null. */
export function recoveryOffer(folded: string): string | null {
  if (!OFFER_HINT_RE.test(folded)) return null
  const m = OFFER_RE.exec(folded)
  if (m === null) return null
  const end = m.index + m[0].length
  return OWN_RE.test(folded.slice(m.index, end + 12)) ? null : m[0]
}

/** A way to write to or call the writer without a link: a handle, a phone number, a DM word. */
export function contactChannel(folded: string, handles: number, phone: boolean): boolean {
  return handles > 0 || phone || CHANNEL_RE.test(folded)
}
