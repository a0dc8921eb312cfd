/** Block mapping keys as the outline reads them: plain or quoted, on one line, ending in `: `. */
import { BACKSLASH, COLON, DASH, DOUBLE_QUOTE, HASH, SINGLE_QUOTE, SPACE } from './chars.ts'
import { isBlankOrEnd, isBreak, isInlineSpace } from './outlineScan.ts'

/** Characters that cannot start a plain key (YAML indicators); `-` may, when not a dash. */
const INDICATORS = '?-[]{}|>#&*!%@`,'

/** Whether a plain key may start at `p`: not at an indicator, except a `-` that is no dash. */
function canStartPlain(text: string, p: number): boolean {
  if (!INDICATORS.includes(text[p] ?? '')) return true
  return text.charCodeAt(p) === DASH && !isBlankOrEnd(text.charCodeAt(p + 1))
}

/**
 * The offset of the `:` that ends the plain key starting at `p`, or null when the line ends (or
 * a comment starts) first. Reads each character once: a 200,000-key mapping passes through here.
 */
function plainKeyColon(text: string, p: number): number | null {
  for (let i = p; ; i++) {
    const d = text.charCodeAt(i)
    if (isBreak(d)) return null
    if (d === COLON && isBlankOrEnd(text.charCodeAt(i + 1))) return i
    if (d === HASH && i > p && isInlineSpace(text.charCodeAt(i - 1))) return null
  }
}

/** The offset of a quoted scalar's closing quote, or null when the line ends first. */
function closingQuote(text: string, p: number, quote: number): number | null {
  let i = p + 1
  for (;;) {
    const d = text.charCodeAt(i)
    if (isBreak(d)) return null
    if (quote === DOUBLE_QUOTE && d === BACKSLASH) i += 2
    else if (d === quote && !(quote === SINGLE_QUOTE && text.charCodeAt(i + 1) === SINGLE_QUOTE))
      return i
    else i += d === SINGLE_QUOTE && quote === SINGLE_QUOTE ? 2 : 1
  }
}

/** Parses a mapping key at `p`; returns the key and the offset right after its ':'. */
export function parseKey(text: string, p: number): { key: string; afterColon: number } | null {
  const c = text.charCodeAt(p)
  if (c === DOUBLE_QUOTE || c === SINGLE_QUOTE) {
    const close = closingQuote(text, p, c)
    if (close === null) return null
    const raw = text.slice(p, close + 1)
    let key: string
    try {
      key = c === DOUBLE_QUOTE ? (JSON.parse(raw) as string) : raw.slice(1, -1).replace(/''/g, "'")
    } catch {
      return null
    }
    let keyEnd = close + 1
    while (text.charCodeAt(keyEnd) === SPACE) keyEnd++
    const isColon = text.charCodeAt(keyEnd) === COLON && isBlankOrEnd(text.charCodeAt(keyEnd + 1))
    return isColon ? { key, afterColon: keyEnd + 1 } : null
  }
  const colon = canStartPlain(text, p) ? plainKeyColon(text, p) : null
  return colon === null ? null : { key: text.slice(p, colon).trimEnd(), afterColon: colon + 1 }
}

/**
 * Whether the key at `p` is a plain key other than `want` (false: it may be `want`, or it is
 * quoted); null where parseKey finds no key at all. Mirrors parseKey's plain branch, allocating
 * nothing: a plain key equal to `want` must start with it.
 */
export function otherPlainKey(text: string, p: number, want: string): boolean | null {
  const c = text.charCodeAt(p)
  if (c === DOUBLE_QUOTE || c === SINGLE_QUOTE) return false
  const colon = canStartPlain(text, p) ? plainKeyColon(text, p) : null
  return colon === null ? null : !(colon - p >= want.length && text.startsWith(want, p))
}
