/**
 * Secrets people paste in public and fraudsters harvest: one-time passcodes and PINs
 * ("my OTP is 482913", "رمز التحقق ٤٨٢٩١٣", "验证码 482913", "482913 is your code") and
 * passwords ("password: hunter2", "mijn wachtwoord is Welkom01", "密码是abc123"). Found on
 * the normalised text; the whole secret is masked.
 */

import { AFTER_NUMBER_RE, PHONE_BEFORE_RE } from './pii-context.js'
import { GROUP_SEP_CLASS, stripGroupSeps } from './pii-normalise.js'
import type { NormSpan } from './pii-numbers.js'
import { describes, isBareWordPassword, isWordPassword, laterWordPassword } from './pii-password-word.js'

// Code words. A bare "code"/"código"/"رمز" counts too, unless a qualifier makes it a promo,
// error, postal, country or bank code (checked separately: NOT_OTP_*).
const OTP_WORDS =
  "(?:(?<!\\p{L})(?:otp|one[ -]?time[ -]?(?:pass)?(?:code|password|pin)|passcode|pass code|verification code|verify code|security code|auth(?:entication)? code|login code|log-?in code|2fa(?: code)?|two[ -]factor code|sms[ -]?code|text code|confirmation code|access code|activation code|pin(?:[ -]?(?:code|number|nummer|nr))?|code|tan|m-?tan|push-?tan|sms-?tan|verificatiecode|beveiligingscode|inlogcode|bevestigingscode|eenmalige code|toegangscode|activatiecode|pincode|bestätigungscode|bestaetigungscode|sicherheitscode|einmalcode|einmalpasswort|verifizierungscode|zugangscode|anmeldecode|geheimzahl|code de (?:vérification|verification|sécurité|securite|confirmation|validation)|mot de passe (?:à usage unique|a usage unique|unique|temporaire|sms|provisoire)|code confidentiel|clé (?:de vérification|de verification|de sécurité|de securite|d'accès|d'acces|secrète|secrete|sms)|clave secreta|código secreto|codigo secreto|número secreto|numero secreto|número pin|nip|geheimnummer|contraseña (?:de un solo uso|temporal|dinámica|dinamica|sms)|eenmalig wachtwoord|einmal-?passwort|code à usage unique|code sms|code d'accès|code pin|code secret|código(?: de (?:verificación|verificacion|seguridad|confirmación|confirmacion|acceso|un solo uso|verificação|verificacao|segurança|seguranca))?|codigo|clave (?:de (?:la )?tarjeta|del cajero|de firma|de operaciones)|código de firma|codigo de firma|clave(?: dinámica| dinamica| de un solo uso| sms)?|codice(?: (?:di verifica|di sicurezza|otp|sms|di conferma))?|doğrulama kodu|dogrulama kodu|şifre|kode(?: otp| verifikasi)?|senha(?: de uso único)?)(?!\\p{L})|验证码|校验码|动态码|动态密码|短信码|确认码|安全码|一次性密码|取款密码|支付密码|交易密码|提款密码|取现密码|银行卡密码|卡密码|رمز (?:ال)?تحقق|رمز (?:ال)?تفعيل|كود (?:ال)?تفعيل|كود (?:ال)?تحقق|رمز (?:ال)?امان|رمز (?:ال)?أمان|(?:ال)?رمز (?:ال)?سري|رقمي (?:ال)?سري|رمزي (?:ال)?سري|(?:ال)?رقم (?:ال)?سري|(?:ال)?رمز|(?:ال)?كود)"

// The code words in the plural, looked for only before a code ("die Bestätigungscodes …
// (205 817)"): after a number, "die TANs gehen an die alte" or "¿Qué códigos?" name no code (pii15).
export const OTP_WORDS_PLURAL = `(?:(?<!\\p{L})(?:codes|códigos|codigos|codici) (?:de|di) (?:vérification|verification|sécurité|securite|confirmation|validation|verificación|verificacion|seguridad|confirmación|confirmacion|acceso|verifica|sicurezza|conferma)(?!\\p{L}))|${OTP_WORDS.replace(')(?!\\p{L})|验证码', ')s?(?!\\p{L})|验证码')}`

// Past and present copulas link a code word to its code as "is" does ("c'était", "fue", "war").
const COPULAS = "c['’]était|c['’]etait|c['’]est|était|etait|fue|war|waren|sera|será|wordt|werd"
const OTP_BEFORE_RE = new RegExp(
  `${OTP_WORDS}(?:[^\\p{L}\\p{N}]|\\s?(?:${COPULAS}|is|was|ist|lautet|est|es|era|é|è|é o|wordt|hier|here|below|هو|هي|是|为|為|:|['’]s|no|nr|number|nummer|numéro|número))*$`,
  'iu',
)
// "the code they texted was 7 3 9 1 4 2", "el código que me llegó por SMS es 5 5 2 9 1 0",
// "der Bestätigungscode, den ich bekommen habe, ist …", "le code reçu par SMS et je l'ai
// donné : …": up to eight words (elided ones too) between the code word and the code.
// "PIN = Geburtstag 1207", "code pin = date d'anniversaire 1505": an equals sign or a colon may
// open the words (pii16).
const OTP_NEAR_BEFORE_RE = new RegExp(
  `${OTP_WORDS_PLURAL}(?:\\s?[,=:]?\\s\\p{L}[\\p{L}'’]{0,15}){1,8}(?:[^\\p{L}\\p{N}]|\\s?(?:${COPULAS}|is|was|ist|est|es|era|:))*$`,
  'iu',
)
// Words right after "code" that make it something else: "code postal", "código promocional".
const NOT_OTP_AFTER_WORD_RE =
  /^\s?(?:postal|post|promo\p{L}*|de (?:réduction|descuento|promoción|barras)|erreur|error|fehler|pays|país|país|de país|bancaire|banco|swift|bic|iban|qr|review|reviews|red|base|name|source|editor|of conduct|(?:ال)?بريدي|(?:ال)?بريد)(?!\p{L})/iu
// An order, ticket or reference word just before the number: not the code.
const ORDER_JUST_BEFORE_RE =
  /(?:order|ticket|case|ref|reference|tracking|branch|filiale|agence|sucursal|oficina|vestiging|pedido|commande|dossier|bestelling|bestellung|订单|工单|网点|طلب|فرع)[^\p{L}\p{N}]{0,6}$/iu
const OTP_WORD_RE = new RegExp(OTP_WORDS, 'iu')
// Up to three words before the code word, elided ("613176 c'était le code") or, in Chinese,
// run together ("70636690是短信里的验证码").
// Latin words end at a space (one way to split them, not dozens); Han runs on without one.
const OTP_AFTER_RE = new RegExp(
  `^[^\\p{L}\\p{N}]{0,3}(?:[\\p{L}'’]{1,12}\\s|\\p{sc=Han}{1,8}){0,3}${OTP_WORDS}`,
  'iu',
)
// Qualifiers that make "code" something else: promo, error, postal, area, country, bank, and a
// payslip's tax code (HMRC's "1257L": digits and a letter, printed beside the NI number).
const NOT_OTP_BEFORE_RE =
  /(?:tax|promo|discount|coupon|voucher|referral|invite|invitation|error|status|http|postal|post|zip|area|country|dial|bank|swift|bic|sort|qr|source|product|tracking|discount|kortings|actie|fout|gutschein|rabatt|fehler|promotionnel|reduc|descuento|promocional|sconto|errore|تخفيض|خصم|خطأ|بريدي|优惠|错误|邮政)\s?-?$/iu
// Four to eight digits, possibly in groups ("482 913", "48-29-13", "538 0", "7 3 9 1 4 2"),
// right after a colon too ("OTP:482913", "验证码：482913"), but never a time's minutes ("14:35")
// nor a decimal's fraction; after a sentence's full stop ("。3717是…", read as ".") it may be.
// A full stop and a space end the sentence: "651 308. 1 800 € partis" is a code, then an amount.
const CODE_RE = new RegExp(
  `(?<![\\d,/])(?<!\\d[.:])\\d{1,8}(?:(?!\\.\\s)[${GROUP_SEP_CLASS}]{1,3}\\d{1,4}){0,7}(?![\\d]|[.,:/]\\d)`,
  'g',
)

// A PIN by name (not any code) and a copula or colon right before the number.
const PIN_WORD_RE =
  /(?<!\p{L})(?:pin|pincode|pin-?code|geheimzahl|nip)(?!\p{L})|(?:ال)?رقم (?:ال)?سري|(?:ال)?رمز (?:ال)?سري/iu
const COPULA_END_RE = new RegExp(
  `(?<!\\p{L})(?:${COPULAS}|is|was|ist|est|es|era|هو|هي)\\s?$|['’]s\\s?$|[:=：]\\s?$|是$`,
  'iu',
)

// "I use 1990 for my PIN", "1985 als pincode", "1990 comme code PIN": a year taken as a PIN.
const YEAR_AS_PIN_RE =
  /^\s?(?:for|as|als|comme|como|pour|para|voor|für|fuer)\s(?:(?:my|the|mijn|meine?n?|mon|ma|mi|el|le|la|de)\s)?(?:card\s|bank\s)?(?:pin|pincode|pin-?code|pin number|code pin|geheimzahl|nip|código pin|codigo pin)(?!\p{L})/iu

// "غلطت وكتبت الرقم السري في الشات العام ١٩٨٤", "typed my PIN into the chat 1984": a verb that
// writes the PIN out before it says a year-shaped number after it is the PIN (pii15).
const WROTE_BEFORE_RE =
  /(?<!\p{L})(?:wrote|typed|posted|sent|shared|pasted|(?:و)?(?:كتبت|ارسلت|أرسلت|نشرت|حطيت|عطيت)|schrieb|tippte|postete|écrit|tapé|posté|escribí|puse|publiqué|typte|postte|plakte)\s(?:(?:my|the|mijn|de|meine?|die|mon|ma|le|la|mi|el)\s)?$/iu

// "in 2019 for the card pin reset": a year after a preposition of time is a date.
const SINCE_RE =
  /(?<!\p{L})(?:in|since|from|until|till|by|before|after|of|sinds|tot|voor|na|seit|bis|vor|nach|im|depuis|jusqu|avant|après|en|desde|hasta|antes|después|في|منذ|عام|سنة)\s?$/iu

// "my PIN is my birth year, 1990": the year is the PIN.
// A birthday names a day and month that read as a year too ("PIN = Geburtstag 1907", pii16).
const BIRTH_YEAR_RE =
  /birth ?year|year of birth|birthday|geburtstag|verjaardag|cumpleaños|cumpleanos|anniversaire|date de naissance|fecha de nacimiento|geboortedatum|geburtsdatum|تاريخ ميلاد|geboortejaar|geburtsjahr|année de naissance|annee de naissance|año de nacimiento|ano de nacimiento|出生年|生日|سن[ةه] (?:ال)?ميلاد/iu

// "银行卡密码忘了，应该是135790", "验证码告诉他，我当时脑子一热就说了，507 316": Chinese runs a
// clause on without spaces; the code word, a clause or two, and a verb that hands the code over.
// "…" and "。" (read as dots) may stand between, "念给他了" hands it over too (pii16).
const ZH_HANDOVER_RE = new RegExp(
  `${OTP_WORDS}[\\p{Script=Han}，,、.\\s]{0,24}(?:是|为|為|说了?|說了?|给了?|給了?|告诉了?[他她]|告訴了?[他她]|发了?|输入了?|输了|填了?|(?:[念读讀報报发發转轉]|告诉|告訴)给[他她]们?了?)[，,：:\\s]{0,2}$`,
  'u',
)
// The hand-over's last character, tested first: the code words' long alternation is slow.
const ZH_VERB_END_RE = /[是为為了說说他入][，,：:\s]{0,2}$/u
// "c'est 1984 ou 1948", "1234 or maybe 4321", "j'ai essayé 0712 puis 1207": a second code
// offered or tried beside the first.
const OR_BETWEEN_RE =
  /^[^\p{L}\p{N}]{0,3}(?:or|ou|o|oder|of|或|或者|还是|أو|او|then|and then|puis|et puis|ensuite|dann|und dann|danach|daarna|toen|en toen|luego|después|despues|y luego|然后|又|ثم|وبعدين|بعدين)(?:\s(?:maybe|peut-être|peut-etre|quizás|quizas|vielleicht|misschien))?[^\p{L}\p{N}]{0,3}$/iu

const DATED_RE = /^(?:\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d\d|(?:19|20)\d\d[./-]\d{1,2}[./-]\d{1,2})$/
// "Carmen: 963223\n07/12/2026, 10:44 - …": the next chat line's date, run on after the code.
const DATE_AFTER_RE = /\s(?:\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d\d|(?:19|20)\d\d[./-]\d{1,2}[./-]\d{1,2})$/

/** `raw` without a dated line run on after it (pii16). */
function dateCut(raw: string): string {
  const d = DATE_AFTER_RE.exec(raw)
  return d === null ? raw : raw.slice(0, d.index)
}

/** A cheap test before the code scan: a stem of one of OTP_WORDS is in the text. */
export const OTP_HINT_RE =
  /otp|code|cod|cód|kod|pin|nip|tan|pass|secret|geheim|cvv|cvc|csc|crypto|prüf|clé|clave|senha|şifre|2fa|验证|校验|动态|码|密码|口令|رمز|كود|سري/i

// A card's security code (three digits, four on Amex) after its name in any served language.
const CVV_BEFORE_RE =
  /(?:(?<!\p{L})(?:cvv2?|cvc2?|csc|cid|card security code|security code|kartenprüfnummer|kartenpruefnummer|prüfnummer|prüfziffer|sicherheitscode|cryptogramme(?: visuel)?|code cvv|código de seguridad|codigo de seguridad|código cvv|beveiligingscode|kaartverificatiecode|verificatiecode)(?!\p{L})|安全码|رمز (?:ال)?(?:cvv|أمان|امان))[^\p{L}\p{N}]{0,6}(?:(?:is|ist|est|es|lautet|:)[^\p{L}\p{N}]{0,3})?$/iu

/** A cheap test before reading a post with three digits: a stem of a security-code word is in it. */
export const CVV_HINT_RE =
  /cvv|cvc|csc|cid|securi|prüf|pruef|sicherheit|crypto|seguridad|beveilig|verificatie|安全码|رمز/i

/** One-time passcodes and PINs: 4–8 digits next to a code word; a card's 3-digit security code. */
// "验证码为839201，5分钟内有效", "code 839201, 10 minutes": the minutes a code is valid for,
// typed after it, are no part of it.
const MINUTES_AFTER_RE = /^\s?(?:分钟|分鐘|min|minutes?|minutos?|minuten|minuti|دقائق|دقيقة)/i
const LAST_GROUP_RE = /[\s,]{1,3}\d{1,2}$/

/** `raw` without a last group of one or two digits that counts the minutes after it. */
function validityCut(norm: string, at: number, raw: string): string {
  if (!MINUTES_AFTER_RE.test(norm.slice(at + raw.length, at + raw.length + 9))) return raw
  const g = LAST_GROUP_RE.exec(raw)
  return g === null ? raw : raw.slice(0, g.index)
}

// "typed my pin wrong 3 times its 2580", "my pin? I entered it twice and it is 4821", "meine PIN
// hab ich 3 mal falsch eingegeben, sie ist 4821", "我的银行卡密码输错了3次，明明是135790": the code
// word, a clause or two about it (a count may stand in it), then a pronoun and a copula that
// point back at it, right before the code.
// "dachte es wäre 8031", "je croyais que ce serait …", "volgens mij was het …": a conditional,
// a subjunctive or an inverted copula points back as well, so do "old one was" and "daar staat" (pii16).
const POINT_BACK_RE =
  /(?:(?<!\p{L})(?:(?:old|new|other) one (?:is|was)|it says|daar staat|er staat|da steht|dort steht|it['’]?s|it is|it was|it['’]d be|it would be|that['’]?s|that is|that was|het is|het was|was het|is het|het zou|sie ist|sie war|er ist|er war|es ist|es war|war es|ist es|es wäre|sie wäre|er wäre|wäre es|es sei|die is|c['’]est|c['’]était|c['’]etait|ce serait|ça serait|c['’]serait|y es|es|era|fue|sería|seria|وهو|وهي|هو|هي|كان|كانت)|明明是|就是|其实是|应该是)\s?[:：]?\s?$/iu
// A code word that names a secret by itself: not a bare "code", "código" or "رمز" (a promo, a
// postal or an error code is written the same way).
const BARE_CODE_WORD_RE = /^(?:code|codigo|código|kode|codice|clave|(?:ال)?رمز|(?:ال)?كود)s?$/iu
const SENTENCE_END_RE = /[.!。！\n]/
const OTP_WORDS_G = new RegExp(OTP_WORDS_PLURAL, 'giu')

// "they asked for my pin to verify me. told them 4719", "(205 817)": a verb that hands the code
// to someone, or brackets around it alone, a sentence or a clause after the code word (pii15).
// pii16: more verbs in every language, a comma after them ("Mijn vader gaf hem, 1958, …"), a
// pasted chat's first-person answer line ("Ich: 731 905"), the last one in brackets ("(laatste:
// 716 204)"), and a code right after a question about it ("… asked me to type it in?? 738 201").
const HANDED_TO_RE =
  /(?:(?<!\p{L})(?:(?:told|gave|sent|texted|read out|read)(?:\s(?:them|him|her|it|it to them|it out|it to him|it to her))?|(?:je )?(?:le |la )?(?:leur|lui) (?:ai|a) (?:donné|dit|envoyé|lu)|je (?:lui )?(?:lis|lus|dis|donne)|(?:les|le|la|se lo|se la|se los|se las)\s(?:di|dio|dimos|dieron|pasé|pasó|mandé|mandó|envié|envió|dije|dijo|leí|leyó)|(?:hab|habe|hat) (?:ich |er |sie )?(?:(?:ihn|sie|es) )?(?:(?:ihm|ihr|ihnen) )?(?:gesagt|gegeben|geschickt|vorgelesen|durchgegeben)|(?:gab|sagte|schickte|las) (?:ich |er |sie )?(?:(?:ihn|sie|es) )?(?:ihm|ihr|ihnen)(?: vor)?|gaf (?:ik |hij |ze )?(?:ze|hem|haar|het)|(?:heb|had|heeft) (?:ik |hij |ze )?(?:ze|hem|haar|het) (?:gegeven|gezegd|voorgelezen|gestuurd|doorgegeven)|(?:قلت|قلتله|قلتلها|عطيته|اعطيته|أعطيته|ارسلته|أرسلته|قريته)(?:\s(?:له|لها|لهم))?)\s?[:：,，]?\s?$|\((?:(?:the |der |die |le |la |el |het |de )?(?:last|latest|laatste|letzte[rn]?|dernier|dernière|último|ultimo|última)(?: one| eentje)?\s?[:：]\s?)?$|(?<![\p{L}'’])(?:me|ik|ich|moi|yo|أنا)\s?[:：]\s?$|我[:：]\s?$|[?？!！]{2,}\s?$)/iu
// "un SMS del banco con un código", "un code par SMS": a bare code word beside a text message
// names the one-time code (a promo or error code is not texted to someone who hands it over).
const SMS_NEAR_RE =
  /(?<!\p{L})(?:sms|text(?:ed)?(?!\p{L})|texto|message|mensaje|nachricht|bericht)|短信|رسال[ةه]|مسج/iu
// What makes a bare code word a one-time code when it follows ("code de validation", "رمز التحقق").
const QUALIFIED_AFTER_RE =
  /^\s(?:de |d['’]|di |del )?(?:vérification|verification|sécurité|securite|confirmation|validation|verificación|verificacion|seguridad|confirmación|confirmacion|acceso|accès|acces|un solo uso|firma|verifica|sicurezza|conferma|sms|(?:ال)?تحقق|(?:ال)?تفعيل)(?!\p{L})/iu
// Up to two sentence ends: a hand-over may come two sentences after the code word (pii16).
const TWO_SENTENCES_RE = /^[^.!?。！？\n]*(?:[.!?。！？\n]+[^.!?。！？\n]*){0,2}$/u
const ONE_SENTENCE_END_RE = /^[^.!?。！？\n]*(?:[.!?。！？\n]+[^.!?。！？\n]*)?$/u

// A pasted chat's answer line (its line break read as a space): after the line asking for the
// code, a speaker of one to three words or a Han name and a colon ("… the code from the SMS?
// Maria: 482 913", "Wie lautet die TAN? Oma: …", "请把验证码发给我 我妈：…"), a WhatsApp export's
// "07/12/2026, 10:43 - Maria: " too (pii16).
const CHAT_SPEAKER_RE =
  /(?:(?:[?？!！.。؟]\s?|\s-\s)((?:\p{L}[\p{L}'’]{0,15}\s){0,2}\p{L}[\p{L}'’]{0,15})|(?:[?？!！.。؟]|\s)(\p{sc=Han}{1,4}))\s?[:：]\s?$/u
// Labels that name what the number is, not who speaks: an amount, a date, a reference, a phone.
const NOT_A_SPEAKER_RE =
  /(?<!\p{L})(?:total|balance|amount|fee|fees|price|cost|saldo|betrag|gebühr|montant|solde|frais|importe|precio|prix|preis|kosten|bedrag|prijs|date|datum|fecha|time|tijd|zeit|heure|hora|update|edit|ps|note|nb|tip|step|stap|schritt|étape|paso|error|fehler|fout|erreur|code|pin|otp|tan)(?!\p{L})|金额|余额|日期|时间|错误|المبلغ|الرصيد|التاريخ/iu
// A chat's time stamps between the question and the answer are no other number.
const STAMP_RE = /\d{1,4}[./-]\d{1,2}[./-]\d{2,4},?\s?(?:\d{1,2}:\d{2})?|\[?\d{1,2}:\d{2}\]?/g

/** The speaker label of a pasted chat's answer line ending `win`, or null. */
function chatSpeaker(win: string): RegExpExecArray | null {
  const m = CHAT_SPEAKER_RE.exec(win)
  if (m === null) return null
  const label = m[1] ?? m[2] ?? ''
  if (NOT_A_SPEAKER_RE.test(label) || ORDER_JUST_BEFORE_RE.test(label) || PHONE_BEFORE_RE.test(`${label}:`))
    return null
  return m
}

// A code asked for in a question (often only in the quoted message a reply answers: "> t'as reçu
// le code ?\noui 745 120", "> Hast du die TAN bekommen?\nja 483 920"), answered with a yes word
// right before the number (pii17, tuned on blind set 13). The quote marks are gone in `norm`.
const ASKED_THEN_YES_RE = new RegExp(
  `${OTP_WORDS}[^?？؟\\d]{0,48}[?？؟]+[\\s"”»]*(?:yes|yeah|yep|yup|ja|jep|jup|jawohl|oui|ouais|sí|si|sip|claro|نعم|ايوه|أيوه|是的|对|對|嗯|收到了?)(?!\\p{L})[\\s,.:!—–-]*(?:(?:it's|it is|c['’]est|es|ist|is|het is|hier|here|voilà|aquí|aqui|是)(?!\\p{L})[\\s,:]*)?$`,
  'iu',
)
// A postcode word right before the number: "PLZ 80331 und die PIN-Briefe" is no PIN (pii17).
const POSTCODE_JUST_BEFORE_RE =
  /(?<!\p{L})(?:plz|postleitzahl|postcode|post code|zip(?: ?code)?|postal code|code postal|cp|c\.p\.|código postal|codigo postal|邮编|邮政编码|(?:ال)?رمز (?:ال)?بريدي)[^\p{L}\p{N}]{0,4}$/iu

/** The code at norm[s, e) answers a question asking for a code with a yes word. */
function answersAsked(norm: string, s: number, e: number, raw: string): boolean {
  const win = norm.slice(Math.max(0, s - 80), s)
  // Cheap before the anchored alternation: a question mark in the window.
  if (!/[?？؟]/.test(win)) return false
  const m = ASKED_THEN_YES_RE.exec(win)
  if (m === null || NOT_OTP_BEFORE_RE.test(win.slice(0, m.index))) return false
  if (/^(?:19|20)\d\d$/.test(raw)) return false
  return !AFTER_NUMBER_RE.test(norm.slice(e, e + 12))
}

/** The code at norm[s, e) is handed over a clause or two after a PIN or code word. */
function handedOverLater(norm: string, s: number, e: number, raw: string): boolean {
  // The hand-over is looked for in the last characters only: this runs for most numbers near a
  // code word's stem ("important", "shopping"), and the anchored alternation is slow on a long tail.
  const tail = norm.slice(Math.max(0, s - 16), s)
  const win = norm.slice(Math.max(0, s - 40), s)
  const speaker = chatSpeaker(win)
  const to = speaker ?? HANDED_TO_RE.exec(win)
  // Brackets hold the code alone: "(205 817)", not "(205 817 orders)".
  const handed = to !== null && (to[0] !== '(' || norm[e] === ')')
  const back = handed ? to : POINT_BACK_RE.exec(tail)
  if (back === null) return false
  const at = s - (handed ? win.length : tail.length) + back.index
  if (back.index === 0 && /\p{L}/u.test(norm[at - 1] ?? '')) return false
  // A hand-over by a verb or a chat line may come two sentences after the code word (pii16).
  const far = speaker !== null || (handed && to[0] !== '(' && !/^[?？!！]/u.test(to[0]))
  const ctx = norm.slice(Math.max(0, s - (far ? 200 : 110)), s)
  // The last code word before the hand-over, in the same sentence, with no other long number between.
  const head = ctx.slice(0, ctx.length - (s - at))
  let word: RegExpExecArray | null = null
  OTP_WORDS_G.lastIndex = 0
  for (let m = OTP_WORDS_G.exec(head); m !== null; m = OTP_WORDS_G.exec(head)) word = m
  OTP_WORDS_G.lastIndex = 0
  if (word === null) return false
  // A bare "code" counts only when handed over and a text message is named beside it, in a
  // pasted chat's question, or when its qualifier follows ("code de validation": the alternation
  // stops at "code").
  // "… ⓪⑤… is what the text said": the text message may be named after the code.
  const around = `${head.slice(Math.max(0, word.index - 40), word.index + word[0].length + 40)} ${norm.slice(e, e + 40)}`
  if (
    BARE_CODE_WORD_RE.test(word[0].trim()) &&
    !(handed && (speaker !== null || SMS_NEAR_RE.test(around))) &&
    !QUALIFIED_AFTER_RE.test(head.slice(word.index + word[0].length))
  )
    return false
  const between = head.slice(word.index + word[0].length)
  // A verb that hands the code to someone may open the next sentence ("… my pin. told them …");
  // a pronoun pointing back may too ("… gave my pin away. … it was 4471", pii16).
  const ended = far
    ? !TWO_SENTENCES_RE.test(between)
    : handed
      ? SENTENCE_END_RE.test(between)
      : !ONE_SENTENCE_END_RE.test(between)
  if (ended || /\d{4}/.test(between.replace(STAMP_RE, ''))) return false
  if (NOT_OTP_BEFORE_RE.test(head.slice(0, word.index)) || NOT_OTP_AFTER_WORD_RE.test(between)) return false
  // A year, an amount or a count is no code ("it is 2026 already", "its 1200 € now"); a PIN handed
  // over as a birth year is ("gaf hem, 1958, zijn geboortejaar", pii16).
  if (/[£$€¥₹]\s?$/.test(ctx)) return false
  if (
    /^(?:19|20)\d\d$/.test(raw) &&
    !(PIN_WORD_RE.test(word[0]) && BIRTH_YEAR_RE.test(norm.slice(e, e + 48)))
  )
    return false
  return !AFTER_NUMBER_RE.test(norm.slice(e, e + 12))
}

export function findOtps(norm: string, out: NormSpan[]): void {
  CODE_RE.lastIndex = 0
  let last: { end: number; digits: number } | undefined
  for (let m = CODE_RE.exec(norm); m !== null; m = CODE_RE.exec(norm)) {
    const raw = dateCut(validityCut(norm, m.index, m[0]))
    const digits = stripGroupSeps(raw).length
    // "ERR_5021", "E_4821": digits glued to an identifier by an underscore are never a code read out.
    if (norm[m.index - 1] === '_') continue
    // "07/12/2026, 10:43 - Maria: …": a date with its year is no code (pii16).
    if (DATED_RE.test(raw)) continue
    const found = out.length
    otpAt(norm, m.index, raw, digits, last, out)
    if (out.length > found) last = { end: m.index + raw.length, digits }
  }
  CODE_RE.lastIndex = 0
}

function otpAt(
  norm: string,
  at: number,
  raw: string,
  digits: number,
  last: { end: number; digits: number } | undefined,
  out: NormSpan[],
): void {
  if (digits === 3 && CVV_BEFORE_RE.test(norm.slice(Math.max(0, at - 40), at))) {
    out.push({ kind: 'otp', start: at, end: at + raw.length, keep: 0 })
    return
  }
  if (digits < 4 || digits > 8) return
  const s = at
  const e = s + raw.length
  const ctx = norm.slice(Math.max(0, s - 40), s)
  if (POSTCODE_JUST_BEFORE_RE.test(ctx)) return
  const hit = OTP_BEFORE_RE.exec(ctx)
  if (hit !== null) {
    if (NOT_OTP_BEFORE_RE.test(ctx.slice(0, hit.index))) return
    out.push({ kind: 'otp', start: s, end: e, keep: 0 })
  } else if (OTP_AFTER_RE.test(norm.slice(e, e + 40))) {
    // "the 2024 code of conduct", "€1500 code": a year or an amount before a code word.
    // "I use 1990 for my PIN", "1985 als pincode": a year chosen as a PIN is one.
    if (/[£$€¥₹]\s?$/.test(ctx)) return
    if (/^(?:19|20)\d\d$/.test(raw) && (!YEAR_AS_PIN_RE.test(norm.slice(e, e + 40)) || SINCE_RE.test(ctx)))
      return
    // "oficina 1500, código postal 28013": the code word after it names another code; so does a
    // qualifier before it ("… 03965358 and the sort code is …", "… B\nTax code 1257L").
    const next = norm.slice(e, e + 40)
    const word = OTP_WORD_RE.exec(next)
    if (
      word !== null &&
      (NOT_OTP_AFTER_WORD_RE.test(next.slice(word.index + word[0].length)) ||
        NOT_OTP_BEFORE_RE.test(next.slice(0, word.index)))
    )
      return
    out.push({ kind: 'otp', start: s, end: e, keep: 0 })
  } else if (last !== undefined && last.digits === digits && OR_BETWEEN_RE.test(norm.slice(last.end, s))) {
    out.push({ kind: 'otp', start: s, end: e, keep: 0 })
  } else if (
    ZH_VERB_END_RE.test(norm.slice(Math.max(0, s - 4), s)) &&
    ZH_HANDOVER_RE.test(norm.slice(Math.max(0, s - 60), s)) &&
    !AFTER_NUMBER_RE.test(norm.slice(e, e + 12))
  ) {
    out.push({ kind: 'otp', start: s, end: e, keep: 0 })
  } else if (handedOverLater(norm, s, e, raw) || answersAsked(norm, s, e, raw)) {
    out.push({ kind: 'otp', start: s, end: e, keep: 0 })
  } else {
    const wide = norm.slice(Math.max(0, s - 80), s)
    const near = OTP_NEAR_BEFORE_RE.exec(wide)
    if (near === null || NOT_OTP_BEFORE_RE.test(wide.slice(0, near.index))) return
    // "my PIN was reset, the fee is 2500 euros": an amount or a count, not the code.
    if (AFTER_NUMBER_RE.test(norm.slice(e, e + 12))) return
    const word = OTP_WORD_RE.exec(near[0])
    if (word !== null && NOT_OTP_AFTER_WORD_RE.test(near[0].slice(word.index + word[0].length))) return
    if (ORDER_JUST_BEFORE_RE.test(ctx)) return
    // "code red for 2000 customers": a year or an amount is no code, but "the PIN I chose was
    // 1990" is a PIN: people pick their birth year, and a copula hands it over.
    if (/[£$€¥₹]\s?$/.test(ctx)) return
    if (
      /^(?:19|20)\d\d$/.test(raw) &&
      !(
        PIN_WORD_RE.test(near[0]) &&
        (COPULA_END_RE.test(ctx) ||
          BIRTH_YEAR_RE.test(near[0]) ||
          WROTE_BEFORE_RE.test(wide.slice(Math.max(0, near.index - 24), near.index)))
      )
    )
      return
    out.push({ kind: 'otp', start: s, end: e, keep: 0 })
  }
}

export const PASSWORD_WORDS =
  "(?:(?<!\\p{L})(?:password|passwort|passwd|pwd|pw|pword|pass word|pass(?=\\s?[:=：])|ww(?=\\s?[:=：]|\\s(?:is|was)\\s)|passphrase|login password|wachtwoord|kennwort|mot de passe|mdp|contraseña|contrasena|clave de acceso|clave|senha|palavra-passe|palavra passe|parola d'ordine|şifre|şifrem|sifre|kata sandi)(?!\\p{L})|密码|口令|كلم[ةه] (?:ال)?سر|كلم[ةه] (?:ال)?مرور|(?:ال)?باسورد|(?:ال)?باسوورد)"
// Words that link the keyword to the secret ("is", ":", "ist", "est", "是", "هي"), or none.
const PASSWORD_RE = new RegExp(
  `${PASSWORD_WORDS}((?:\\s?(?:[:=：]|(?:is|was|ist|lautet|war|est|était|c'est|es|era|é|è|c['’]était|c['’]etait|c['’]est|wordt|hier|here|new|nieuw|nieuwe|neu|neue|neues|nouveau|nouvelle|nuevo|nueva|nuovo|nuova|nova|novo|(?:du |del |de la |de )?(?:wi-?fi|wlan))(?!\\p{L})|هي|هو|كانت|كان|الجديدة|(?:ال)?واي ?فاي|(?:一直|就|原来|以前|之前|本来|都)?(?:是|为|為)|改成|改为|设成|设为|设置为|設成|設為)\\s?)*)\\s?(["'“‘«]?)([^\\s"'”’»]{1,64})`,
  'giu',
)
// After "is"/"ist"/… (no colon): words that describe the password rather than give it.
const NOT_A_PASSWORD_RE =
  /^(?:wrong|incorrect|not|no|invalid|expired|blocked|locked|reset|changed|correct|right|fine|ok|okay|too|the|my|a|an|still|now|being|required|missing|forgotten|weak|strong|same|different|case|sensitive|and|or|but|for|to|of|in|on|is|was|fout|onjuist|verlopen|geblokkeerd|niet|geen|te|falsch|abgelaufen|gesperrt|nicht|zu|faux|expiré|bloqué|pas|trop|incorrecto|incorrecta|caducado|bloqueado|no|muy|errato|sbagliata|scaduta|bloccata|non|errada|expirada|bloqueada|não|错误|不对|过期|خطا|خطأ|غير|منتهي)$/iu

// A token that can only be a secret: letters with digits or symbols, 6 to 64 characters.
const SECRET_SHAPE_RE = /^(?=.*\p{L})(?=.*[\d!-/:-@[-`{-~])[^\s"'”’»]{6,64}$/u

// Shapes of things that are not a password: a link, an address, a handle or hashtag, a version,
// a count with its unit ("10min", "100MB"), a compound or elided word ("Online-Banking"), and
// Chinese or Arabic prose run together with a mark ("真的服了.这个APP"): passwords are typed in
// Latin letters (pii14). A hexadecimal error or status code ("error 0x80070005") is none (pii16).
export const NOT_SECRET_RE =
  /^(?:0x[\da-f]{2,16}|.*[\u0600-\u06ff\u3400-\u9fff].*|[@#].*|.*:\/\/.*|www\..*|.*@[^@]+\.\p{L}{2,}|[vV]?\d+(?:[.-]\d+)+\p{L}?|\d+(?:[.,]\d+)?\p{L}{1,5}|\p{L}+(?:['’-]\p{L}+)+|.*\.(?:com|org|net|nl|de|fr|es|cn|ae|sa|app|io)(?:\/.*)?)$/iu

/**
 * The next words after `at` (three at most, "Passwort fürs Online-Banking ist Hasenbraten#77"),
 * when one has the shape of a secret.
 */
function laterSecret(norm: string, at: number): [number, number] | null {
  const re = /\s+([^\s]+)/gy
  re.lastIndex = at
  for (let k = 0; k < 3; k++) {
    const m = re.exec(norm)
    if (m === null) return null
    const word = m[1]!.replace(/[.,!?;:)\]}。，！？]+$/u, '')
    const start = m.index + m[0].length - m[1]!.length
    if (SECRET_SHAPE_RE.test(word) && !NOT_SECRET_RE.test(word)) return [start, start + word.length]
  }
  return null
}

// "asked for my password and like an idiot I gave it: Snowdon!2019": later in the clause that
// names the password, a word that hands it over or points back at it ("gave it", "typed",
// "te lo di", "het was"), a colon, then a secret-shaped token ("the app said: Error-500x" is not).
const LATER_COLON_RE =
  /[^.!?。！？\n:=：]{0,80}?(?<!\p{L})(?:it|them|this|that|gave|given|sent|typed|told|entered|shared|wrote|het|dit|gaf|gegeven|getypt|es|ihn|gab|gegeben|eingegeben|le|la|lo|les|donné|tapé|envoyé|di|dado|escribí|mandé|是|给了|发了|هي|هو)\s?[:=：]\s?(["'“‘«]?)([^\s"'”’»]{6,64})/iuy

/** A secret-shaped token after a colon later in the clause that names the password. */
function secretAfterColon(norm: string, at: number): [number, number] | null {
  LATER_COLON_RE.lastIndex = at
  const m = LATER_COLON_RE.exec(norm)
  if (m === null) return null
  const word = m[2]!.replace(/[.,!?;)\]}。，！？]+$/u, '')
  if (!SECRET_SHAPE_RE.test(word)) return null
  const start = m.index + m[0].length - m[2]!.length
  return [start, start + word.length]
}

// Up to four words after the password word, a colon (not a link's "https:/"), then the token.
const LABEL_COLON_RE =
  /(?:\p{L}[\p{L}'’-]{0,15}\s){0,3}\p{L}[\p{L}'’-]{0,15}\s?[:=：](?!\/)\s?(["'“‘«]?)([^\s"'”’»]{1,64})/uy

/** A secret after a short label ending in a colon: only a token with a digit or a symbol. */
function secretAfterLabel(norm: string, at: number): [number, number] | null {
  LABEL_COLON_RE.lastIndex = at
  const m = LABEL_COLON_RE.exec(norm)
  if (m === null) return null
  const word = m[2]!.replace(/[.,!?;)\]}。，！？]+$/u, '')
  if (!SECRET_SHAPE_RE.test(word) || NOT_SECRET_RE.test(word)) return null
  const start = m.index + m[0].length - m[2]!.length
  return [start, start + word.length]
}

// Units of a password's length, after a count.
const LENGTH_UNIT_RE =
  /^\s?(?:characters?|chars|digits|letters|tekens|cijfers|letters|zeichen|stellen|ziffern|buchstaben|caractères|caracteres|chiffres|lettres|dígitos|digitos|letras|cifras|حروف|أحرف|رموز|خانات|位|个字符)(?!\p{L})/iu

// A link that hands the password over ("is", "war", "était", "是", "كانت"), not only "new".
const COPULA_LINK_RE =
  /(?<!\p{L})(?:is|was|ist|war|lautet|est|était|etait|c['’]est|c['’]était|es|era|fue|é|è|wordt)(?!\p{L})|是|为|為|هي|هو|كانت|كان/iu

// "mot de passe wifi dragon", "contraseña del wifi girasol", "باسورد الواي فاي monkey": what
// the password opens, named after the word, leaves it bare.
const WIFI_RE = /(?:du |del |de la |de )?(?:wi-?fi|wlan)|(?:ال)?واي ?فاي/giu

// Han prose (no clause mark) after 密码, a colon, then Latin letters, digits and symbols.
const HAN_LABEL_RE = /^([\u3400-\u9fff]{1,24})[:：]\s?([!-~]{6,64}?)(?=[^!-~]|$)/u
// What an app said or showed, an error: not the password handed over.
const HAN_SAID_RE = /错误|不对|提示|显示(?!器)|报错|说|要求|规则|格式|必须|至少/u

/** Words that make 密码 a payment or card PIN: payment, withdrawal, transaction, bank card. */
const PIN_BEFORE_RE = /(?:支付|取款|交易|提款|取现|银行卡|卡)$/

/** A password given after a password word: the token that follows is masked. */
export function findPasswords(norm: string, out: NormSpan[]): void {
  PASSWORD_RE.lastIndex = 0
  for (let m = PASSWORD_RE.exec(norm); m !== null; m = PASSWORD_RE.exec(norm)) {
    const link = m[1] ?? ''
    const quoted = (m[2] ?? '') !== ''
    let token = m[3] ?? ''
    // "password again.这个APP…": Chinese prose run on after a Latin word is no part of it.
    if (!/[\u4e00-\u9fff]/.test(m[0].slice(0, 3))) token = token.replace(/[\u3400-\u9fff].*$/u, '')
    token = token.replace(/[.,!?;)\]}。，！？]+$/u, '')
    if (token === '') continue
    const start = m.index + m[0].length - (m[3] ?? '').length
    const colon = /[:=：]/.test(link)
    const han = /[\u4e00-\u9fff]/.test(m[0].slice(0, 3))
    // "动态密码", "一次性密码": a one-time code (pii-secrets' code finder), not a password.
    if (han && /(?:动态|一次性|短信)$/.test(norm.slice(Math.max(0, m.index - 3), m.index))) continue
    // "支付密码 880417", "银行卡密码是1234": a payment or card PIN, a passcode (the code finder).
    if (
      han &&
      /^\d{4,8}(?![!-~])/.test(token) &&
      PIN_BEFORE_RE.test(norm.slice(Math.max(0, m.index - 4), m.index))
    )
      continue
    // After 密码 only a run of Latin letters, digits and symbols is a password ("密码错误" is not).
    const secret = han ? (token.match(/^[!-~]+/)?.[0] ?? '') : token
    // "网银密码写在便签上：zhang19580312": the clause about the password ends in a colon that
    // hands it over (not what an app said or showed: "密码错误提示：…").
    if (han && secret === '') {
      const labelled = HAN_LABEL_RE.exec(norm.slice(start, start + 96))
      const word = (labelled?.[2] ?? '').replace(/[.,;:)\]}]+$/u, '')
      if (
        labelled &&
        SECRET_SHAPE_RE.test(word) &&
        !NOT_SECRET_RE.test(word) &&
        !HAN_SAID_RE.test(labelled[1]!)
      ) {
        const s = start + labelled[0].length - labelled[2]!.length
        out.push({ kind: 'password', start: s, end: s + word.length, keep: 0 })
        continue
      }
    }
    // "my password - Whitfield2019! -": a dash or other mark alone is punctuation, not the password.
    if (!/[\p{L}\p{N}]/u.test(secret)) continue
    const hasDigitOrSymbol = /[\d!-/:-@[-`{-~]/.test(secret) || /[a-z][A-Z]/.test(secret)
    // "same pw everywhere: bluecat77", "mot de passe pour tout : soleil1987": a few words label
    // the password, then a colon hands it over.
    if (!quoted && !colon) {
      const labelled = secretAfterLabel(norm, start)
      if (labelled !== null) {
        out.push({ kind: 'password', start: labelled[0], end: labelled[1], keep: 0 })
        continue
      }
    }
    if (!quoted && !colon && !hasDigitOrSymbol) {
      // "la clave del éxito", "a bus pass": words that are not always about a password never
      // look further than the next token.
      if (/^(?:clave|pass)$/i.test(m[0].trimStart().split(/\s/)[0] ?? '')) continue
      // "my password is literally Tulip!2024x": a word or two before the secret itself.
      const later = laterSecret(norm, start + token.length) ?? secretAfterColon(norm, start)
      if (later !== null) out.push({ kind: 'password', start: later[0], end: later[1], keep: 0 })
      // "my password was sunshine", "密码是sunshine": a copula hands over a word of letters.
      else if (
        COPULA_LINK_RE.test(link) &&
        isWordPassword(secret, norm.slice(start + secret.length, start + secret.length + 40))
      )
        out.push({ kind: 'password', start, end: start + secret.length, keep: 0 })
      // "登录密码sunflowersun": Latin letters glued to a Chinese password word are the password
      // (Chinese describes its password in Chinese: "密码错误").
      // "密码 sunshine": a space between changes nothing.
      else if (
        han &&
        /[\u4e00-\u9fff]/u.test(norm[norm[start - 1] === ' ' ? start - 2 : start - 1] ?? '') &&
        /^[A-Za-z]{4,64}$/.test(secret) &&
        !describes(secret)
      )
        out.push({ kind: 'password', start, end: start + secret.length, keep: 0 })
      else if (!han) {
        // "the password they gave me was sunshine", "password was literally sunshine".
        const word = laterWordPassword(norm, start, COPULA_LINK_RE.test(link))
        if (word !== null) out.push({ kind: 'password', start: word[0], end: word[1], keep: 0 })
        // "Kennwort sunflower.", "الباسورد soleilsol": a word right after a bare password word.
        else if (
          link.replace(WIFI_RE, '').trim() === '' &&
          isBareWordPassword(
            secret,
            m[0].slice(0, m[0].length - token.length),
            norm.slice(start + secret.length, start + secret.length + 8),
            norm.slice(Math.max(0, m.index - 24), m.index),
          )
        )
          out.push({ kind: 'password', start, end: start + secret.length, keep: 0 })
      }
      continue
    }
    if (!quoted && NOT_A_PASSWORD_RE.test(secret)) continue
    // "la contraseña 8 caracteres", "password 12 characters minimum": a length rule, not a password.
    if (
      !quoted &&
      /^\d{1,3}$/.test(secret) &&
      LENGTH_UNIT_RE.test(norm.slice(start + secret.length, start + secret.length + 16))
    )
      continue
    // 'password="Summer 2024!"': a quoted secret runs to its closing quote, spaces and all.
    if (quoted) {
      const close = norm.slice(start, start + 65).search(/["'”’»]/)
      if (close > secret.length) {
        out.push({ kind: 'password', start, end: start + close, keep: 0 })
        continue
      }
    }
    out.push({ kind: 'password', start, end: start + secret.length, keep: 0 })
  }
  PASSWORD_RE.lastIndex = 0
}

/**
 * The password words' stems alone (PASSWORD_WORDS): a text with neither digits nor a colon or
 * quote can only hand over a password of letters after one of them.
 */
export const PASSWORD_WORD_HINT_RE =
  /pass(?:w|phrase| )|pwd|pw(?![a-z])|pword|wachtwoord|ww[ :=]|kennwort|mot de passe|mdp|contrase|clave|senha|parola d|şifre|sifre|sandi|密码|口令|كلم[ةه] ال|باسو|رقم (?:ال)?سر/i

/** A cheap test before the password scan: one of the password words' stems is in the text. */
export const PASSWORD_HINT_RE =
  /pass|ww[ :=]|username|pwd|pw|wachtw|kennw|mot de p|mdp|contrase|clave|senha|parola|şifre|sifre|sandi|密码|口令|كلم|باسو|log-?in|inlog|zugangsdaten|anmeldedaten|identifiants|credenc|credential|datos de acceso|登录|بيانات|رقم (?:ال)?سر/i
