/**
 * Internationalised e-mail addresses (RFC 6531) whose local part is a name in Han or Hangul:
 * "李明@公司.中国". The Chinese or Korean around them has no spaces, so the finder takes at most a
 * name's length before the '@'. Mentions of an account ("@招商银行", "//@某银行:") stay, since
 * nothing after their '@' is a domain.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { maskPii } from './pii.js'

const HAN_NAMES = ['李明', '王小明', '张伟', '陈静', '欧阳娜娜', '刘洋', '黄磊', '林志玲']
const HANGUL_NAMES = ['김민수', '이서연', '박지훈']
const DOMAINS = ['公司.中国', '例子.公司', '邮件.中国', 'example.cn', 'qq.com', '회사.한국', 'firma.de']
const BEFORE = ['请发邮件到', '联系人：', '我的邮箱是', '邮箱 ', '有事找', '메일 주소는 ', '']
const AFTER = ['，谢谢', ' 请尽快回复', '。', ' 입니다', '']

describe('an e-mail address whose local part is an ideographic or Hangul name', () => {
  it('is masked whole, whatever prose stands around it', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...HAN_NAMES, ...HANGUL_NAMES),
        fc.constantFrom('', 'zhang', 'li.88'),
        fc.constantFrom(...DOMAINS),
        fc.constantFrom(...BEFORE),
        fc.constantFrom(...AFTER),
        (name, latin, domain, before, after) => {
          const address = `${latin}${name}@${domain}`
          const text = `${before}${address}${after}`
          const r = maskPii(text)
          expect(r.kinds, text).toContain('email')
          expect(r.text, text).not.toContain(name)
          expect(r.text, text).not.toContain(`@${domain}`)
          if (latin !== '') expect(r.text, text).not.toContain(latin)
        },
      ),
      { numRuns: 300, seed: 6531 },
    )
  })

  it('leaves a mention of an account (no domain after the @) as written', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('太差了', '转发微博//', '客服态度', '회원님'),
        fc.constantFrom('@招商银行', '@莲花银行', '@工商银行客服', '@국민은행'),
        fc.constantFrom(' 你们怎么回事', ':通知', '？', ' 답변 주세요'),
        (before, mention, after) => {
          const text = `${before}${mention}${after}`
          expect(maskPii(text).text).toBe(text)
        },
      ),
      { numRuns: 100, seed: 6532 },
    )
  })
})
