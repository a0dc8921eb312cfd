/**
 * Plain JSON values: structural equality and a JSON.parse behind a nesting bound. Below the
 * document layer: the codecs use it and must not import that layer.
 */

/** Structural equality of plain YAML/JSON values. */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  const ka = Object.keys(a)
  const kb = Object.keys(b)
  if (ka.length !== kb.length) return false
  for (const k of ka) {
    if (!Object.prototype.hasOwnProperty.call(b, k)) return false
    if (!deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
      return false
  }
  return true
}

/** Deeper than any Ignition or install-config JSON; shallow enough for every recursive walker. */
export const MAX_JSON_DEPTH = 200

// character codes, local: checkJsonDepth reads every character of each override's JSON
const DOUBLE_QUOTE = 0x22 // "
const OPEN_SQUARE = 0x5b // [
const BACKSLASH = 0x5c
const CLOSE_SQUARE = 0x5d // ]
const OPEN_CURLY = 0x7b // {
const CLOSE_CURLY = 0x7d // }

/** checkJsonDepth's answer when nothing is nested too deep. */
export const NOT_TOO_DEEP = -1

/**
 * Offset of the first `[` or `{` nested deeper than `max` in JSON text (strings skipped), or
 * NOT_TOO_DEEP. Run on decoded text, so YAML escapes (`"\x5b\x5b…"`) cannot hide the brackets.
 */
export function checkJsonDepth(text: string, max = MAX_JSON_DEPTH): number {
  let depth = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === DOUBLE_QUOTE) {
      for (i++; i < text.length; i++) {
        const q = text.charCodeAt(i)
        if (q === BACKSLASH) i++
        else if (q === DOUBLE_QUOTE) break
      }
    } else if (c === OPEN_SQUARE || c === OPEN_CURLY) {
      if (++depth > max) return i
    } else if ((c === CLOSE_SQUARE || c === CLOSE_CURLY) && depth > 0) depth--
  }
  return NOT_TOO_DEEP
}

/** JSON.parse behind the depth check: too deep JSON throws a SyntaxError like other bad JSON. */
export function parseJson(text: string): unknown {
  const deep = checkJsonDepth(text)
  if (deep !== NOT_TOO_DEEP)
    throw new SyntaxError(
      `nesting too deep (more than ${MAX_JSON_DEPTH} levels of [ or {) in JSON at position ${deep}`,
    )
  return JSON.parse(text)
}
