/**
 * Words that give a phone number to a person, read in the number's clause. They only ever keep
 * a number masked: a rule that unmasks a line by its sentence (pii-called-line.ts) or reads a
 * national number in the post's language's plans (pii-language-markets.ts) steps back when one
 * of them is there.
 */
import { clauseAfter, clauseBefore, PERSON_RE } from './pii-service-clause.js'

// A person's kind of line or a request to be called back: "móvil", "Handy", "gsm", "home",
// "privé", "البيت", "الجوال", "手机", "call back", "zurückrufen", "terugbellen", "rappelez".
const PRIVATE_LINE_RE =
  /(?<!\p{L})(?:mobile|mob|cell|cellphone|home|private|personal|whatsapp|call ?back|ring ?back|mobiel|gsm|thuis|privé|prive|terugbellen|bel terug|handy|privat|festnetz|zurückrufen|zuruckrufen|rückruf|ruckruf|portable|perso|domicile|maison|rappeler|rappelez|rappelle|móvil|movil|celular|cel|casa|particular|devolver la llamada|llamada de vuelta)(?!\p{L})|手机|手機|家里|家裡|住宅|私人|回电|回電|回拨|回撥|(?:ال)?جوال|(?:ال)?موبايل|(?:ال)?بيت|(?:ال)?منزل|(?:ال)?خاص|واتس/iu

// Possessives (whose line?) and relatives or friends, in every served language.
const NAMED_PERSON_RE =
  /(?<!\p{L})(?:my|his|her|their|your|mijn|zijn|haar|hun|jouw|uw|mein\p{L}*|sein\p{L}*|ihr\p{L}*|dein\p{L}*|mon|ma|mes|son|sa|ses|ton|ta|tes|leur|mi|mis|su|sus|tu|tus|mum|mom|mother|dad|father|wife|husband|sister|brother|daughter|friend|grandma|grandpa|gran|nan|aunt|uncle|cousin|neighbou?r|landlord|partner|moeder|mama|vader|papa|vrouw|man|zus|broer|zoon|dochter|vriend\p{L}*|oma|opa|buurman|buurvrouw|mutter|vater|frau|mann|schwester|bruder|sohn|tochter|freund\p{L}*|nachbar\p{L}*|mère|mere|maman|père|pere|femme|mari|sœur|soeur|frère|frere|fils|fille|ami|amie|copain|copine|voisin\p{L}*|madre|mamá|padre|papá|esposa|esposo|mujer|marido|hermana|hermano|hijo|hija|amig[oa]|vecin[oa]|abuel[oa])(?!\p{L})|我的|他的|她的|妈|媽|爸|老婆|老公|姐|哥|弟|妹|朋友|邻居|鄰居|儿子|兒子|女儿|女兒|(?<!\p{L})(?:أمي|امي|أبي|ابي|أبوي|ابوي|أخي|اخي|أختي|اختي|زوجي|زوجتي|صديقي|صديقتي|جاري)(?!\p{L})/iu

/**
 * The number at norm[start, end) is given to a person in its clause: an owner or an object
 * pronoun before it or just after it ("call me on …", "… is my number"), or a person's kind of
 * line or a call-back before it ("móvil …", "Handy: …", "please call back on …").
 */
export function privateLine(norm: string, start: number, end: number): boolean {
  const before = clauseBefore(norm, start)
  return PERSON_RE.test(before) || PERSON_RE.test(clauseAfter(norm, end)) || PRIVATE_LINE_RE.test(before)
}

/** `clause` names a person: a possessive, a relative, a friend or a neighbour. */
export function personNamedBefore(clause: string): boolean {
  return NAMED_PERSON_RE.test(clause)
}
