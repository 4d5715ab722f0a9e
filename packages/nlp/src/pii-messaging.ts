/**
 * Phone numbers inside click-to-chat links (pii14): "wa.me/31612345678",
 * "https://api.whatsapp.com/send?phone=9665…", "whatsapp://send?phone=…",
 * "viber://chat?number=%2B31…", "https://signal.me/#p/+31…". The number finders skip links (a
 * status id is no phone) and a link's parts are read by their names (pii-url.ts), but these
 * links name no part "phone": the host itself says that the digits after it are an
 * international number (country code first, no '+' needed).
 */
import type { NormSpan } from './pii-numbers.js'

// The host or scheme that puts a number in its path or query, then an optional '+' (typed or
// percent-encoded), then E.164's 7–15 digits. Nothing is asked of what stands before the host:
// Chinese runs into it ("加我WhatsAppwa.me/86…", "…照做了。viber://…").
const CHAT_LINK_RE =
  /(?:wa\.me\/|whatsapp\.com\/send\/?\?phone=|whatsapp:\/\/send\/?\?phone=|viber:\/\/(?:chat|add)\?number=|signal\.me\/#p\/)(?:\+|%2b)?(\d{7,15})(?!\d)/giu

/** A cheap test first: one of the hosts is in the text at all. */
export const CHAT_LINK_HINT_RE = /wa\.me|whatsapp|viber|signal\.me/i

/** Phones in click-to-chat links of `norm` (normalised text). */
export function findChatLinks(norm: string, out: NormSpan[]): void {
  CHAT_LINK_RE.lastIndex = 0
  for (let m = CHAT_LINK_RE.exec(norm); m !== null; m = CHAT_LINK_RE.exec(norm)) {
    const end = m.index + m[0].length
    out.push({ kind: 'phone', start: end - m[1]!.length, end, keep: 2 })
  }
  CHAT_LINK_RE.lastIndex = 0
}
