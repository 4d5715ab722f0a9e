/**
 * Words too common to be a trend term. Hand-written, short lists per language; the
 * language fast-path lists are included too.
 */
import { FUNCTION_WORDS } from './lang-words.js'
import { vocabEntry, vocabRegistered } from './vocab.js'

const EXTRA =
  'the and for you your are was were this that with have has not but what why how can just ' +
  'they them their been will would still from there about into than then when where which who ' +
  'our out all any some very more most also its it’s i’m don’t didn’t can’t won’t get got ' +
  'voor niet maar nog ook een het van dat die der das und ist nicht ich für mit les des une pour pas est ' +
  'que por con para los las del una che per non sono della ile için bir yang dan tidak untuk ' +
  '我们 你们 他们 这个 那个 什么 一个 没有 就是 还是 可以 因为 所以 但是 已经 现在 自己 ' +
  'في من على الى عن ان هذا هذه التي الذي مع كان ما لا هو هي انا'

function build(): Set<string> {
  const s = new Set<string>(FUNCTION_WORDS.keys())
  for (const w of EXTRA.split(' ')) if (w !== '') s.add(w)
  return s
}

export const STOPWORDS: ReadonlySet<string> = build()
for (const w of STOPWORDS) vocabEntry(w).stop = true
vocabRegistered()
