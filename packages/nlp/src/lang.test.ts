import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  createLanguageDetector,
  type LanguageDetector,
  loadLanguageDetector,
  SUPPORTED_LANGS,
} from './lang.js'

const samples = JSON.parse(
  readFileSync(new URL('../data/lang-samples.json', import.meta.url), 'utf8'),
) as Record<string, string[] | string>

let detector: LanguageDetector
const detectLanguage = (text: string, hint?: string | null) => detector.detect(text, hint)

describe('language detection', () => {
  beforeAll(async () => {
    detector = await loadLanguageDetector()
  })

  it('covers every supported language in our own samples', () => {
    for (const l of SUPPORTED_LANGS) expect(Array.isArray(samples[l])).toBe(true)
  })

  it('gets at least 90% of our short samples right', () => {
    let ok = 0
    let n = 0
    const wrong: string[] = []
    for (const [lang, texts] of Object.entries(samples)) {
      if (!Array.isArray(texts)) continue
      for (const t of texts) {
        n++
        const got = detectLanguage(t).lang
        if (got === lang) ok++
        else wrong.push(`${lang}→${got}: ${t}`)
      }
    }
    expect(ok / n, wrong.join('\n')).toBeGreaterThanOrEqual(0.9)
  })

  it('decides by script for Chinese, Arabic and Devanagari, even with Latin brand words', () => {
    expect(detectLanguage('莲花银行 app 又崩了').lang).toBe('zh')
    expect(detectLanguage('تطبيق Al Noor Bank لا يعمل').lang).toBe('ar')
    expect(detectLanguage('मेरा खाता ब्लॉक हो गया').lang).toBe('hi')
  })

  it('reads Hinglish in Latin script as Hindi', () => {
    expect(detectLanguage('yaar mera card phir se block ho gaya hai').lang).toBe('hi')
  })

  it('trusts a supported platform tag and ignores an unsupported one', () => {
    expect(detectLanguage('ok', 'nl-NL').lang).toBe('nl')
    expect(detectLanguage('the app is down again for everyone', 'xx').lang).toBe('en')
  })

  it('says "und" for text without letters', () => {
    expect(detectLanguage('').lang).toBe('und')
    expect(detectLanguage('🙄🙄 1234 !!!').lang).toBe('und')
  })
})

describe('language detector without the cut n-gram table', () => {
  it('answers as the fast one (eld itself decides the last step)', async () => {
    const fast = await loadLanguageDetector()
    const plain = createLanguageDetector(null)
    for (const texts of Object.values(samples)) {
      if (!Array.isArray(texts)) continue
      for (const t of texts) expect(plain.detect(t), t).toEqual(fast.detect(t))
    }
  })
})
