/**
 * A password made of letters only, handed over by a copula: "my password was sunshine",
 * "mijn wachtwoord is zonneschijn", "mein Passwort war sonnenschein", "mon mot de passe était
 * soleil", "mi contraseña era girasol", "我的密码是sunshine", "كلمة السر كانت sunshine". Such a
 * token has no digit or symbol to say it is a secret, so the word itself must not be one that
 * describes a password ("was changed", "is too weak", "ist falsch", "était expiré") and the clause
 * must end there or go on with a function word ("was sunshine and they guessed it").
 */
import { stopwords } from './stopwords.js'

// Letters of the Latin script only: a password is typed on a Latin keyboard in every market we
// serve; an Arabic or Chinese word after the copula is a sentence going on.
const LATIN_WORD_RE = /^[A-Za-zÀ-ÖØ-öø-ÿ]{4,32}$/u

// Words people say of a password (not one): states, qualities, what happened to it.
const DESCRIBES =
  'wrong|incorrect|invalid|expired|blocked|locked|reset|changed|correct|right|fine|okay|weak|strong|' +
  'simple|easy|hard|difficult|complex|complicated|secure|safe|unsafe|unique|known|public|useless|' +
  'short|long|good|bad|great|terrible|awful|horrible|weird|strange|random|obvious|stupid|dumb|' +
  'super|pretty|really|literally|basically|actually|probably|definitely|totally|kinda|sorta|' +
  'fout|onjuist|verlopen|geblokkeerd|goed|slecht|makkelijk|moeilijk|sterk|zwak|veilig|kort|lang|' +
  'falsch|richtig|abgelaufen|gesperrt|sicher|unsicher|einfach|schwer|kurz|stark|schwach|' +
  'faux|fausse|correct|bon|bonne|mauvais|facile|difficile|court|courte|sûr|fort|faible|' +
  'incorrecto|incorrecta|correcto|correcta|caducado|bloqueado|bloqueada|buena|bueno|mala|malo|' +
  'fácil|facil|difícil|dificil|corta|corto|larga|largo|segura|seguro|fuerte|débil|debil|' +
  'errato|errata|sbagliata|scaduta|bloccata|errada|expirada|forte|fraca|' +
  'valid|mandatory|optional|required|temporary|necessary|important|personal|private|secret|' +
  'default|standard|generic|common|different|new|old|mine|yours|ours|theirs|' +
  'stolen|taken|broken|forgotten|given|shown|written|hidden|chosen|frozen|known|seen|done|gone|' +
  'geldig|ongeldig|verplicht|nieuw|oud|gültig|ungültig|neu|alt|valide|obligatoire|nouveau|' +
  'válida|valida|válido|obligatoria|nueva|nuevo|vieja|viejo|' +
  'lol|lmao|haha|omg|btw|tbh|idk|smh|ugh|wtf'
const DESCRIBES_RE = new RegExp(`^(?:${DESCRIBES})$`, 'iu')

// Participles, adverbs and adjectives by their endings in the seven languages: "compromised",
// "expiring", "gehackt", "verlopen", "bloqué", "hackeada".
const DESCRIBING_ENDING_RE =
  /(?:ed|ing|ly|able|ible|ful|less|ous|ive|ied|é|ée|és|ées|ado|ada|ados|adas|ido|ida|idos|idas|mente|iert|eerd|ig|lich|isch)$|^ge\p{L}{3,}(?:t|d|en)$/iu

/** `word` is one that describes or a function word: "friendly", "changed", "the". */
export function describes(word: string): boolean {
  // "k.ahmed", "jsmith2": a handle, whatever its ending.
  if (!/^\p{L}+$/u.test(word)) return false
  const lower = word.toLowerCase()
  return DESCRIBES_RE.test(lower) || DESCRIBING_ENDING_RE.test(lower) || stopwords().has(lower)
}

/** `word` (letters only), just after a password word and a copula, is the password itself. */
export function isWordPassword(word: string, after: string): boolean {
  if (!LATIN_WORD_RE.test(word)) return false
  if (describes(word)) return false
  // The clause ends after the word, or goes on with a function word or another language's text.
  const next = /^\s*([\p{L}'’]+)?/u.exec(after)
  const nextWord = next?.[1]
  if (nextWord === undefined) return true
  if (!/^[A-Za-zÀ-ÖØ-öø-ÿ'’]+$/u.test(nextWord)) return true
  // A capital starts the next sentence when its full stop was left out ("… is sunflowersun Honestly …").
  if (/^[A-ZÀ-ÖØ-Þ]/u.test(nextWord)) return true
  const n = nextWord.toLowerCase()
  return stopwords().has(n) || DESCRIBES_RE.test(n)
}

// Words that soften the hand-over without changing it: "was literally sunshine", "is gewoon zomer".
const ADVERBS =
  'literally|just|simply|basically|really|gewoon|gewoonweg|echt|einfach|wirklich|simplement|juste|vraiment|simplemente|solo|sólo|realmente'
// From the token after the password word: a few function words ("they gave me"), a copula, perhaps
// an adverb, then the word; or, when a copula came right after the password word, the adverb and the word.
const LATER_COPULA_RE = new RegExp(
  `((?:[\\p{L}'’]{1,12}\\s){0,4}?)(?:is|was|ist|war|lautet|est|était|etait|era|es|fue|wordt)\\s(?:(?:${ADVERBS})\\s)?(["'“‘«]?)([A-Za-zÀ-ÖØ-öø-ÿ]{4,32})`,
  'iuy',
)
const ADVERB_RE = new RegExp(`(?:${ADVERBS})\\s(["'“‘«]?)([A-Za-zÀ-ÖØ-öø-ÿ]{4,32})`, 'iuy')

/**
 * A word of letters handed over a little later than right after the password word: "the password
 * they gave me was sunshine" (function words only before the copula), "password was literally
 * sunshine". `at` is where the token after the password word starts; `linked` that a copula
 * stands before it. The word's span, or null.
 */
export function laterWordPassword(norm: string, at: number, linked: boolean): [number, number] | null {
  const re = linked ? ADVERB_RE : LATER_COPULA_RE
  re.lastIndex = at
  const m = re.exec(norm)
  if (m === null) return null
  if (!linked) {
    const between = m[1]!.trim()
    if (between !== '' && !between.split(/\s/).every((w) => stopwords().has(w.toLowerCase()))) return null
  }
  const word = linked ? m[2]! : m[3]!
  const end = m.index + m[0].length
  if (!isWordPassword(word, norm.slice(end, end + 40))) return null
  return [end - word.length, end]
}

// Words written right after a bare password word that are about it, not it: what one does to it
// and what it names in compounds written apart ("password manager", "Passwort ändern", "mdp oublié").
const ABOUT_PASSWORD_RE = new RegExp(
  `^(?:${[
    'manager|managers|policy|field|hint|recovery|strength|requirements?|rules?|generator|vault|change|update',
    'prompt|screen|page|box|login|protection|please|pls|plz|again|anyway|help|issue|problem|expiry|history',
    'list|file|sharing|leak|breach|security|question|length|format|entry|app|thing|stuff|reuse|spray',
    'vergessen|ändern|aendern|zurücksetzen|eingeben|bitte|nochmal|wieder|eingabe|richtlinie|feld|hinweis',
    'vergeten|wijzigen|kwijt|opnieuw|invoeren|aub|alsjeblieft|graag',
    'oublié|oublie|perdu|changer|modifier|réinitialiser|gestionnaire|svp|encore|stp',
    'olvidada|olvidado|cambiar|gestor|porfa|otra|otro|nueva|nuevo|incorrecta',
    // When it happened: "changed my password yesterday."
    'yesterday|today|tonight|tomorrow|now|gestern|heute|morgen|jetzt|gisteren|vandaag|nu|hier',
    "aujourd'hui|demain|maintenant|ayer|hoy|mañana|ahora",
  ].join('|')})$`,
  'iu',
)
// Infinitives and participles by the password word's language: "Kennwort vergessen", "wachtwoord
// wijzigen", "mot de passe oublié", "contraseña olvidada".
const VERB_FORM_BY_WORD: readonly [RegExp, RegExp][] = [
  [/passwort|kennwort|wachtwoord/i, /(?:en|ern|eln)$/i],
  [/mot de passe|mdp/i, /(?:er|ir|é|ée|és|ées)$/i],
  [/contrase|clave|senha/i, /(?:ar|er|ir|ado|ada|ido|ida)$/i],
]
// A verb of change or loss just before the password word: the sentence is about the password.
const DONE_TO_IT_RE =
  /(?<!\p{L})(?:changed?|changing|reset|resetting|forgot|forgotten|forget|updated?|lost|changé|oublié|olvidé|cambié|perdí|vergeten|veranderd|gewijzigd|geändert|vergessen|verloren)\s(?:(?:my|the|your|his|her|our|their|mijn|het|je|mon|ma|le|la|mi|tu|el|su)\s)?$/iu

// What may follow the password itself: the clause ends (a mark, a break, an emoji, the end) or a
// new sentence starts with a capital or in another script.
const CLAUSE_ENDS_RE = /^\s*(?:$|[^\s\p{L}\p{N}]|[A-ZÀ-ÖØ-Þ]|[^\p{Script=Latin}\p{N}\s])/u

/**
 * A word of letters right after a bare password word, no colon, copula or quote before it
 * ("Kennwort sunflower.", "mdp soleil", "الباسورد soleilsol"): the password, when it is no word
 * about a password ("Kennwort vergessen", "password manager", "mdp oublié") and the clause ends
 * after it. After an Arabic or Chinese password word, a Latin word is the password whatever follows.
 */
export function isBareWordPassword(
  word: string,
  passwordWord: string,
  after: string,
  before: string,
): boolean {
  if (!LATIN_WORD_RE.test(word) || describes(word) || ABOUT_PASSWORD_RE.test(word)) return false
  // "changed my password yesterday", "hab mein Passwort vergessen": what was done to it.
  if (DONE_TO_IT_RE.test(before)) return false
  if (!/[A-Za-z]/.test(passwordWord)) return true
  // "you said PW Botha": capitals are a name's initials, not the abbreviation.
  if (/^PWD?\b/.test(passwordWord)) return false
  for (const [pw, verb] of VERB_FORM_BY_WORD) if (pw.test(passwordWord) && verb.test(word)) return false
  return CLAUSE_ENDS_RE.test(after)
}
