/**
 * Layout checks for the wall screen in a real browser: what a person across the room would see
 * as broken. Run in the page; each finding names the element so a failure says what moved.
 */
import type { Page } from 'playwright-core'

export interface LayoutProblems {
  /** Visible elements reaching outside the viewport. */
  outside: string[]
  /** Key elements (`data-key`) covering one another (neither containing the other). */
  overlapping: string[]
  /** Key or wall-size text whose content does not fit its box (cut off). */
  clipped: string[]
  /** Wall-size text (`data-tier=wall`) below the minimum for five metres. */
  small: string[]
}

/**
 * Minimum wall-text size in rem (1 rem = 1/96 of the width at 16:9): a capital 1/200 of 5 m
 * = 25 mm on a 75-inch panel is 40.5 px of Noto Sans (cap height 0.714 em) at 1080 px high.
 */
export const WALL_MIN_REM = 2.0

export async function checkLayout(page: Page): Promise<{ problems: LayoutProblems; remPx: number }> {
  return page.evaluate((minRem) => {
    const name = (el: Element) => {
      const h = el as HTMLElement
      const id = h.dataset.testid ?? h.dataset.key ?? ''
      return `${el.tagName.toLowerCase()}${id ? `[${id}]` : ''}${h.className && typeof h.className === 'string' ? `.${h.className.trim().split(/\s+/).join('.')}` : ''} "${(h.textContent ?? '').trim().slice(0, 40)}"`
    }
    const visible = (el: Element) => {
      const r = el.getBoundingClientRect()
      const cs = getComputedStyle(el)
      return r.width > 0 && r.height > 0 && cs.visibility !== 'hidden' && cs.display !== 'none'
    }
    const vw = window.innerWidth
    const vh = window.innerHeight
    const remPx = Number.parseFloat(getComputedStyle(document.documentElement).fontSize)
    const all = Array.from(document.querySelectorAll('#app *')).filter(visible)
    const outside = all
      .filter((el) => {
        const r = el.getBoundingClientRect()
        return r.left < -1 || r.top < -1 || r.right > vw + 1 || r.bottom > vh + 1
      })
      .map((el) => {
        const r = el.getBoundingClientRect()
        return `${name(el)} at ${Math.round(r.left)},${Math.round(r.top)}-${Math.round(r.right)},${Math.round(r.bottom)} in ${vw}x${vh}`
      })
    const keys = Array.from(document.querySelectorAll('[data-key]')).filter(visible)
    const overlapping: string[] = []
    for (let i = 0; i < keys.length; i++) {
      for (let j = i + 1; j < keys.length; j++) {
        const a = keys[i]!
        const b = keys[j]!
        if (a.contains(b) || b.contains(a)) continue
        const ra = a.getBoundingClientRect()
        const rb = b.getBoundingClientRect()
        const w = Math.min(ra.right, rb.right) - Math.max(ra.left, rb.left)
        const h = Math.min(ra.bottom, rb.bottom) - Math.max(ra.top, rb.top)
        if (w > 1 && h > 1) overlapping.push(`${name(a)} × ${name(b)}`)
      }
    }
    // Cut off: content larger than a box that hides its overflow (a visible overflow is not
    // cut, and would show as an overlap of key elements instead).
    const clipped = Array.from(document.querySelectorAll('[data-key], [data-tier]'))
      .filter(visible)
      .filter((el) => {
        const cs = getComputedStyle(el)
        // Glyphs reach past a tight line box by a fraction of an em (Noto's ascent + descent is
        // 1.36 em); a hidden line or word is at least a whole line or character.
        const slack = 0.3 * Number.parseFloat(cs.fontSize)
        return (
          (cs.overflowX !== 'visible' && el.scrollWidth > el.clientWidth + slack) ||
          (cs.overflowY !== 'visible' && el.scrollHeight > el.clientHeight + slack)
        )
      })
      .map(name)
    const small = Array.from(document.querySelectorAll('[data-tier=wall]'))
      .filter(visible)
      .filter((el) => Number.parseFloat(getComputedStyle(el).fontSize) < minRem * remPx - 0.5)
      .map((el) => `${name(el)} ${getComputedStyle(el).fontSize}`)
    return { problems: { outside, overlapping, clipped, small }, remPx }
  }, WALL_MIN_REM)
}

export interface PlatformFont {
  familyName: string
  isCustomFont: boolean
  glyphCount: number
}

/** The fonts Chromium actually drew a node's text with (DevTools protocol, CSS domain). */
export async function platformFonts(page: Page, selector: string): Promise<PlatformFont[]> {
  const cdp = await page.context().newCDPSession(page)
  try {
    await cdp.send('DOM.enable')
    await cdp.send('CSS.enable')
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 })
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector })
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId })
    return fonts
  } finally {
    await cdp.detach()
  }
}
