/**
 * The load producer's records (lib/producer-child.mjs), pure: a pool of realistic mentions is
 * serialised once, and each record sent is a template with a fresh id and time. Three ways of
 * building the same value, from the cheapest to the plainest (each must equal `JSON.stringify`
 * of the mention with that id and time: producer-records.test in tests/bench):
 *
 * - `bytes`: the template's UTF-8 bytes, cut at its id and its two times, copied into one
 *   buffer with the id and the (quoted) time spliced in. KafkaJS copies a Buffer value as it
 *   is; a string it measures (`Buffer.byteLength`) and encodes again.
 * - `template`: the same cut as strings, joined per record.
 * - `json`: `JSON.stringify` of every mention.
 */

const ID = '@@load-id@@'
const TIME = '@@load-time@@'

/** A mention of the pool with this id and time (created and received at `iso`). */
export function mentionAt(tmpl, id, iso) {
  return { ...tmpl, id, createdAt: iso, receivedAt: iso }
}

/** The template's JSON cut at its id and times: even pieces are JSON text, odd ones name the slot. */
export function templatePieces(tmpl) {
  return JSON.stringify(mentionAt(tmpl, ID, TIME)).split(/"(@@load-(?:id|time)@@)"/)
}

/** `template`: the pieces joined as a string with the JSON of the id and of the time. */
export function joinPieces(pieces, id, iso) {
  const idJson = JSON.stringify(id)
  const isoJson = JSON.stringify(iso)
  let value = pieces[0]
  for (let k = 1; k < pieces.length; k += 2) value += (pieces[k] === ID ? idJson : isoJson) + pieces[k + 1]
  return value
}

/**
 * `bytes`: a function of (id, the time as quoted JSON bytes) → the record's value, one buffer of
 * its exact size (Node's pool below 4 KiB) with the template's bytes copied around the id and times.
 */
export function byteSplicer(pieces) {
  const text = []
  const slots = []
  let fixed = 0
  for (let k = 0; k < pieces.length; k++) {
    if (k % 2 === 0) {
      const b = Buffer.from(pieces[k], 'utf8')
      text.push(b)
      fixed += b.length
    } else slots.push(pieces[k] === ID)
  }
  const ids = slots.filter(Boolean).length
  const times = slots.length - ids
  return (id, isoJson) => {
    const idJson = JSON.stringify(id)
    const idBytes = Buffer.byteLength(idJson)
    const out = Buffer.allocUnsafe(fixed + ids * idBytes + times * isoJson.length)
    let at = text[0].copy(out, 0)
    for (let s = 0; s < slots.length; s++) {
      at += slots[s] ? out.write(idJson, at, idBytes, 'utf8') : isoJson.copy(out, at)
      at += text[s + 1].copy(out, at)
    }
    return out
  }
}

/** A time as the quoted JSON bytes `byteSplicer` splices: made once for all records of a send. */
export function quotedTime(iso) {
  return Buffer.from(JSON.stringify(iso), 'utf8')
}
