/**
 * A password named in passing: a token with the shape of a secret (letters with digits or
 * symbols) a few words before or after a password word in the same sentence ("I used
 * Whitfield2019! as my password", "ik gebruikte Ajax1900pvd als wachtwoord", "用abc12345当密码",
 * "le mot de passe de ma banque en ligne était soleil1987"). pii-secrets.ts reads the phrasings
 * where a link word or a colon hands the password over; this reads the rest, where only the
 * token's shape and the password word beside it say it is one.
 */

import type { NormSpan } from './pii-numbers.js'
import { describes } from './pii-password-word.js'
import { NOT_SECRET_RE, PASSWORD_WORDS } from './pii-secrets.js'

// Besides the password words: the login details people hand over with it, "passcode", and the
// Arabic PIN word "الرقم السري" (a PIN's digits after it stay an otp, pii-secrets.ts; a token
// of letters and digits near it is a password: "غير الرقم السري للتطبيق وكتبه …: Mm123456").
const LOGIN_WORDS =
  '(?<!\\p{L})(?:passcode|login details|log-?in details|login|log-?in|credentials|inloggegevens|inlog|zugangsdaten|anmeldedaten|login-?daten|identifiants|credenciales|datos de acceso)(?!\\p{L})|登录信息|登录密码|بيانات (?:ال)?دخول|(?:ال)?رقم (?:ال)?سر[يى]'
const PASSWORD_WORD_RE = new RegExp(`${PASSWORD_WORDS}|${LOGIN_WORDS}`, 'giu')
// Letters then one or two digits ("iPhone15", "Android14") or a word, a dash and a number
// ("COVID-19"): a product or a name beside the word, too often to be read as a password when
// only nearness says so; a link word after the password word still does (pii-secrets.ts).
const PRODUCT_LIKE_RE = /^(?:\p{L}+\d{1,2}|\p{L}+-\d{1,4})$/u
// "qwerty6 ist mein Passwort", "Lotus77 c'est mon mot de passe", "dragon61? هي كلمة المرور": a
// copula and a possessive between the token and the password word after it say the token is the
// password, product-shaped or not.
const NAMED_AS_PASSWORD_RE =
  /^[?!]?\s?(?:is|was|=|ist|war|est|c['’]est|c['’]était|c['’]etait|es|era|fue|هي|هو|是)\s?(?:(?:my|the|mijn|het|mein|meine|mon|ma|le|mi|la)\s)?(?:我的)?$/iu
// How far (characters, the words between) a token may stand from the password word.
const REACH = 48
// The longest token read as a password (SECRET_SHAPE_RE).
const TOKEN_MAX = 64
// Candidate tokens: runs of anything but spaces, quotes, brackets, clause punctuation, colons
// and Han ("tarjeta：000000" is a word and a number).
const TOKEN_RE = /[^\s"'“”‘’«»()[\]{}<>,;:=，。！？、：；（）【】\u3400-\u9fff]+/gu
// Letters with a digit or a symbol, 6 to 64 characters: the shape people give a password.
const SECRET_SHAPE_RE = /^(?=.*\p{L})(?=.*[\d!-/:-@[-`{-~])[^\s]{6,64}$/u
// Letters and then only exclamation or question marks: a word ending its sentence.
const EXCLAIMED_WORD_RE = /^\p{L}+[!?]+$/u
// A sentence ends between the word and the token: not the same statement. A colon there
// introduces something else ("reset my password and then the app said: Error-500x"); a colon
// that hands the password over is read by pii-secrets.ts.
const SENTENCE_END_RE = /[.!?。！？\n](?:\s|$)|[。！？\n:：]/u

// "… vroeg om zijn wachtwoord. Mijn vader heeft het gewoon gegeven: Ajax1900pvd": a verb that
// hands something over, then a colon, a sentence or two after the password word.
const HANDOVER_COLON_RE =
  /(?<!\p{L})(?:gave|given|sent|typed|told|entered|shared|read out|gaf|gegeven|getypt|gestuurd|ingetypt|doorgegeven|gab|gegeben|eingegeben|geschickt|verraten|donné|tapé|envoyé|communiqué|di|dado|escribí|mandé|enviado|dicté|posted|wrote|给了|发了|告诉了|أعطيته|أرسلت|ارسلت|و?(?:كتبه|كتبها|كتبته|نشره|نشرها|بعته|بعتها|ارسله|أرسله|حطه|حطها))(?:\s\p{L}{1,10}){0,2}\s?[:：]\s?(["'“‘«]?)([^\s"'”’»]{6,64})/giu
// "mon mdp par mail. non. (c'était loulou2012 …)", "password? lol it was Tigger1984": a pronoun
// and a copula point back at the password named a sentence or two before.
const HANDOVER_COPULA_RE =
  /(?<!\p{L})(?:c['’]était|c['’]etait|c['’]est|it was|it's|it is|het was|dat was|es war|das war|es ist|era|fue)\s(["'“‘«]?)([^\s"'”’»]{6,64})/giu
// "wachtwoord van mn bankapp is gewoon Appeltaart88", "Passwort … vergessen, war irgendwas wie
// Schalke04!Fan", "my pw was literally Tigger1984": a copula and a hedge hand the password over
// later in the clause; the hedge says it is the password, so a product-like shape counts too.
const HANDOVER_HEDGED_RE =
  /(?<!\p{L})(?:is|was|ist|war|est|était|etait|c['’]est|c['’]était|es|era|fue)\s(?:just|literally|basically|simply|something like|like|gewoon|letterlijk|zoiets als|iets als|simpelweg|irgendwas wie|irgendwie|so was wie|sowas wie|einfach|etwa|quasi|genre|juste|tout simplement|un truc comme|quelque chose comme|littéralement|algo como|algo así como|simplemente|literalmente|tipo)\s(["'“‘«]?)([^\s"'”’»]{6,64})/giu
// "> Agent: and the passcode\n> Me: Bluebell1966!": a pasted chat, the password word on one line,
// the author's answer on the next one after a first-person speaker label (lines arrive joined:
// pii-normalise.ts unwraps quotes and line breaks).
// A named speaker answers too, right after the line asking for it ends in a question mark
// ("Agent: and your password? Maria: Tulip!2024x", pii16).
const HANDOVER_CHAT_RE =
  /^.{0,80}?(?:(?<![\p{L}'’])(?:me|I|ik|ich|moi|yo|我|أنا)|[?？؟]\s?(?:\p{L}[\p{L}'’]{0,15}\s){0,2}\p{L}[\p{L}'’]{0,15})\s?[:：]\s?(["'“‘«]?)([^\s"'”’»]{6,64})/giu
// How far after the password word a hand-over may come.
const HANDOVER_REACH = 240

/** A secret-shaped token handed over after a colon, a sentence or two after the password word. */
function handedOver(norm: string, from: number, urls: readonly [number, number][], out: NormSpan[]): void {
  const window = norm.slice(from, from + HANDOVER_REACH)
  handedOverBy(HANDOVER_COLON_RE, window, from, urls, out)
  handedOverBy(HANDOVER_COPULA_RE, window, from, urls, out)
  handedOverBy(HANDOVER_HEDGED_RE, window, from, urls, out)
  handedOverBy(HANDOVER_CHAT_RE, window, from, urls, out)
}

function handedOverBy(
  re: RegExp,
  window: string,
  from: number,
  urls: readonly [number, number][],
  out: NormSpan[],
): void {
  re.lastIndex = 0
  for (let m = re.exec(window); m !== null; m = re.exec(window)) {
    const token = m[2]!.replace(/[.,?;:!]+$/u, '')
    const s = from + m.index + m[0].length - m[2]!.length
    const e = s + token.length
    // A product name ("iPhone15") is not handed over with a colon after a password word.
    if (!SECRET_SHAPE_RE.test(token) || NOT_SECRET_RE.test(token)) continue
    // "it was iPhone15": without a colon, a product's name reads the same as a weak password.
    if (re === HANDOVER_COPULA_RE && PRODUCT_LIKE_RE.test(token)) continue
    if (urls.some(([a, b]) => s < b && a < e)) continue
    out.push({ kind: 'password', start: s, end: e, keep: 0 })
  }
  re.lastIndex = 0
}

/**
 * The clause ends after the password word at `we`, or goes on with a function or describing word
 * ("sunflowersun is my password!!", "… is my password lol"; not "Security is my password manager"),
 * or the next sentence starts there.
 */
function clauseEnds(norm: string, we: number): boolean {
  const next = /^\s*([\p{L}'’]+)?/u.exec(norm.slice(we, we + 32))?.[1]
  // A capital starts the next sentence when its full stop was left out ("… is mijn wachtwoord Weet iemand").
  // Another script after a Latin password ("… هي كلمة المرور والله …") is the prose going on.
  return (
    next === undefined || /^\p{Lu}/u.test(next) || !/^[A-Za-zÀ-ÖØ-öø-ÿ'’]+$/u.test(next) || describes(next)
  )
}

/** Secret-shaped tokens beside a password word, in the same sentence. */
export function findNearbyPasswords(norm: string, urls: readonly [number, number][], out: NormSpan[]): void {
  PASSWORD_WORD_RE.lastIndex = 0
  for (let w = PASSWORD_WORD_RE.exec(norm); w !== null; w = PASSWORD_WORD_RE.exec(norm)) {
    const ws = w.index
    const we = ws + w[0].length
    handedOver(norm, we, urls, out)
    // A token within reach is read whole: the window runs a longest token further each way, so
    // "wachtwoord in de groepsapp gezet ipv in de app 🤡 Feyenoord010!" is not cut to "Feyen" (pii17).
    const from = Math.max(0, ws - REACH - TOKEN_MAX)
    const window = norm.slice(from, Math.min(norm.length, we + REACH + TOKEN_MAX))
    TOKEN_RE.lastIndex = 0
    for (let t = TOKEN_RE.exec(window); t !== null; t = TOKEN_RE.exec(window)) {
      if (from + t.index > we + REACH || from + t.index + t[0].length < ws - REACH) continue
      // A trailing "!" stays with the token: people end passwords with one ("Whitfield2019!").
      // A dash before a word opens a line of dialogue ("-Sabemos a senha."): not part of it.
      const lead = /^[-–—]*/u.exec(t[0])![0].length
      const token = t[0].slice(lead).replace(/[.,?;:]+$/u, '')
      const s = from + t.index + lead
      let e = s + token.length
      if (e > ws && s < we) continue
      if (urls.some(([a, b]) => s < b && a < e)) continue
      // A colon right after the word labels what follows ("inlog: jansen / Ajax1900pvd").
      const gap = e <= ws ? norm.slice(e, ws) : norm.slice(we, s).replace(/^\s?[:：=]/u, '')
      const named = e <= ws && NAMED_AS_PASSWORD_RE.test(gap)
      // "sunflowersun ist mein Passwort": a word of letters named the password by a copula, unless
      // it is a word that describes or a function word ("Nothing is my password" is one).
      const wordNamed =
        named &&
        /^(?:\s|是)/u.test(gap) &&
        /^\p{L}{6,64}$/u.test(token) &&
        !describes(token) &&
        clauseEnds(norm, we)
      // "password manager!", "Passwort ändern!": a word ending an exclamation after the password
      // word is not a secret's shape ("I used Whitfield! as my password" still is).
      const shaped = SECRET_SHAPE_RE.test(token) && !(s >= we && EXCLAIMED_WORD_RE.test(token))
      if ((!shaped && !wordNamed) || NOT_SECRET_RE.test(token)) continue
      if (PRODUCT_LIKE_RE.test(token) && !named) continue
      if (!named && SENTENCE_END_RE.test(gap)) continue
      // "Amsterdam10? was my password": the sign is the password's last character.
      if (named && /^[?!]/u.test(gap)) e++
      out.push({ kind: 'password', start: s, end: e, keep: 0 })
    }
  }
  PASSWORD_WORD_RE.lastIndex = 0
}

// "login: jsmith / Tulip!2024x", "user jsmith pass sunshine", "gebruiker: jansen | ww: zomer":
// a user name and then the password, split by a slash or bar after a labelled login, or named
// by a password word after the user name. The second token is the password whatever its shape.
const USER_WORDS =
  '(?<![@\\p{L}])(?:user(?:name)?|usr|login|log-?in|usuario|utilisateur|identifiant|benutzer(?:name)?|gebruiker(?:snaam)?|inlog(?:naam)?|用户名|账号|اسم المستخدم)(?!\\p{L})'
const PAIR_PASSWORD_WORDS =
  '(?:pass(?:word)?|pwd?|ww|wachtwoord|passwort|kennwort|mdp|mot de passe|contraseña|contrasena|clave|senha|密码|كلمة (?:ال)?(?:سر|مرور))'
const LOGIN_PAIR_RE = new RegExp(
  `${USER_WORDS}(?:\\s?([:=：])\\s?|\\s)([^\\s/|"'“”,;]{2,64})(?:\\s?([/|])\\s?(?:${PAIR_PASSWORD_WORDS}\\s?[:=：]?\\s?)?|[\\s,;]\\s?${PAIR_PASSWORD_WORDS}(?!\\p{L})\\s?[:=：]?\\s?)(["'“‘«]?)([^\\s"'”’»]{2,64})`,
  'giu',
)

/** The password of a user name and password pair given together. */
export function findLoginPairs(norm: string, out: NormSpan[]): void {
  LOGIN_PAIR_RE.lastIndex = 0
  for (let m = LOGIN_PAIR_RE.exec(norm); m !== null; m = LOGIN_PAIR_RE.exec(norm)) {
    // A slash alone joins two words ("login / signup") unless a colon labels the pair.
    if (
      m[3] !== undefined &&
      m[1] === undefined &&
      !/(?:pass|pw|ww|wacht|kennw|mdp|mot de|contras|clave|senha|密码|كلمة)/iu.test(m[0])
    )
      continue
    // "user friendly pass rate": a word that describes, not a user name, before a bare "pass".
    if (m[1] === undefined && m[3] === undefined && describes(m[2]!)) continue
    const token = m[5]!.replace(/[.,!?;)\]}。，！？]+$/u, '')
    if (!/[\p{L}\p{N}]/u.test(token) || NOT_SECRET_RE.test(token)) continue
    const end = m.index + m[0].length
    const start = end - m[5]!.length
    out.push({ kind: 'password', start, end: start + token.length, keep: 0 })
  }
  LOGIN_PAIR_RE.lastIndex = 0
}
