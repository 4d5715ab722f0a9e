/**
 * Very frequent function words per language, written by hand for the language fast path.
 * A word listed for several languages counts as a fraction for each. Keep every list short
 * and made of words that are rare elsewhere; content words do not belong here.
 */
const LISTS: Record<string, string> = {
  en: "the and is are was were you your my i'm it's this that with have has for not but what why how can don't didn't can't won't they them their been will would just still again from there about me of to on at it if an be do did so or our us he she his her its any all out get got who when",
  nl: 'de het een en is niet ik je mijn wat waarom hoe geen maar nog weer van voor met op dat dit zijn ben heb heeft al ook bij naar om kan wordt werd jullie we hebben uw er',
  de: 'der die das und ist nicht ich mein meine ein eine was warum wie kein keine aber noch schon mit für auf dass sind bin habe hat auch bei nach zu kann wird wurde ihr wir haben sie es immer',
  es: 'el la los las y es no yo mi mis que por qué cómo pero todavía ya con para en de del al una un son soy tengo tiene también me lo le se su muy está están hace otra otro nada hay porque',
  fr: "le la les et est pas je mon ma mes une un que pourquoi comment mais encore déjà avec pour sur dans des du au ce cette sont suis ai a aussi ne vous nous c'est j'ai il elle très de quelle quel qui ça tout rien plus être fait on y",
  it: "il lo la gli le e è non io mio mia una un che perché come ma ancora già con per su nel della del al sono ho ha anche mi si ci questo questa molto di c'è",
  pt: 'o a os as e é não eu meu minha uma um que por porque como mas ainda já com para em no na do da ao são sou tenho tem também me se muito está estão isso você',
  tr: 've bir bu da de ne neden nasıl ama hala yine ile için ben benim sen siz biz değil var yok çok mı mi mu mü kartım hesabım bankası hiç gibi daha sonra şu o oldu olan ki diye kadar artık hep',
  id: 'yang dan di ke dari ini itu tidak saya kami kita anda aku kenapa bagaimana tapi masih sudah dengan untuk pada adalah ada juga bisa akan sangat belum lagi gak nggak terus dua kali saja mau sama jadi banget udah sih dong karena kalau atau buat',
  hi: 'hai hain nahi nahin kya ka ki ke mein se ko bhi aur ho hum tum yeh woh kuch bahut accha acha kar raha rahe tha thi ji bhai yaar sab kyun kaise abhi mera meri tera apna liye wala diya kiya gaya to nhi kr rha mai mujhe aap ab jo kahi karti karta karna hota hoga kyu koi pe ye wo',
}

function build(...lists: Record<string, string>[]): Map<string, string[]> {
  const m = new Map<string, string[]>()
  for (const [lang, words] of lists.flatMap((l) => Object.entries(l))) {
    for (const w of words.split(' ')) {
      if (w === '') continue
      const langs = m.get(w)
      if (langs === undefined) m.set(w, [lang])
      else if (!langs.includes(lang)) langs.push(lang)
    }
  }
  return m
}

export const FUNCTION_WORDS: ReadonlyMap<string, readonly string[]> = build(LISTS)

/**
 * Frequent content words that are still telling of one language ("thanks", "down"): they
 * help the language fast path but must stay possible trend terms, so they are kept out of
 * FUNCTION_WORDS (which the stopword list includes).
 */
const HINTS: Record<string, string> = {
  en: 'need please thanks thank today cannot down',
  es: 'gracias vez veces',
}

/** Function words plus hints: what the language fast path counts. */
export const LANG_WORDS: ReadonlyMap<string, readonly string[]> = build(LISTS, HINTS)
