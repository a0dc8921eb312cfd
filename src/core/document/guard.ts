/**
 * Input that must be refused before any parser sees it: too large, binary, nested deeper than a
 * recursive parser survives. Each problem says where, so the message can point at it.
 */
import { MAX_JSON_DEPTH } from '../codecs/json.ts'

export const MAX_FILE_CHARS = 10 * 1024 * 1024
/** `[`/`{` and same-line `- ` nesting: the bound every recursive walker survives, as for JSON */
const MAX_FLOW_DEPTH = MAX_JSON_DEPTH
const MAX_INDENT = 1000

export interface InputProblem {
  message: string
  offset?: number
}

export function checkInput(text: string): InputProblem | null {
  if (text.length > MAX_FILE_CHARS) {
    const mb = (text.length / 1024 / 1024).toFixed(1)
    return { message: `file is ${mb} MB; SiteConfig Studio reads files up to 10 MB` }
  }
  // eslint-disable-next-line no-control-regex
  const bin = /[\u0000-\u0008\u000e-\u001a\u001c-\u001f\ufffd]/.exec(text)
  if (bin) {
    const what = bin[0] === '\ufffd' ? 'bytes that are not UTF-8 text' : 'a control character'
    return { message: `binary file: ${what} (not a YAML text file)`, offset: bin.index }
  }
  return checkNesting(text)
}

// character codes, local: checkNesting reads every character of every file read
const LF = 0x0a
const SPACE = 0x20
const DOUBLE_QUOTE = 0x22 // "
const HASH = 0x23 // #
const SINGLE_QUOTE = 0x27 // '
const DASH = 0x2d // -
const OPEN_SQUARE = 0x5b // [
const BACKSLASH = 0x5c
const CLOSE_SQUARE = 0x5d // ]
const OPEN_CURLY = 0x7b // {
const CLOSE_CURLY = 0x7d // }

/** No quoted scalar is open (`quote` holds the open quote's code otherwise). */
const NO_QUOTE = 0
/** `- ` per nested list on one line: two characters. */
const DASH_WIDTH = 2

/** The offset of the next `ch` after `i` (text.length when none), reusing `known` while it is ahead. */
function nextOf(text: string, ch: string, known: number, i: number): number {
  if (known > i) return known
  const p = text.indexOf(ch, i + 1)
  return p < 0 ? text.length : p
}

/**
 * Reads every character of every file read, so runs of characters that cannot change the state
 * are leapt over with indexOf (inside a quote: to its quote, a backslash or a line break; outside
 * any `[`/`{`: to a line break, `#`, `[` or `{`); the state machine is the same per character.
 */
function checkNesting(text: string): InputProblem | null {
  let depth = 0
  let quote = NO_QUOTE
  let lineStart = true
  let indent = 0
  // where the next of each character is, found once per occurrence
  let nextLF = -1
  let nextDQ = -1
  let nextSQ = -1
  let nextBS = -1
  let nextHash = -1
  let nextSquare = -1
  let nextCurly = -1
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === LF) {
      lineStart = true
      indent = 0
      if (depth === 0) quote = NO_QUOTE
      continue
    }
    if (lineStart) {
      if (c === SPACE) {
        if (++indent > MAX_INDENT)
          return {
            message: `nesting too deep: more than ${MAX_INDENT} columns of indentation`,
            offset: i,
          }
        continue
      }
      lineStart = false
      // '- - - …' nests sequences on one line
      let dashes = 0
      for (let p = i; text.charCodeAt(p) === DASH && text.charCodeAt(p + 1) === SPACE;) {
        dashes++
        p += DASH_WIDTH
      }
      if (dashes > MAX_FLOW_DEPTH)
        return {
          message: `nesting too deep: more than ${MAX_FLOW_DEPTH} nested lists on one line`,
          offset: i + MAX_FLOW_DEPTH * DASH_WIDTH,
        }
    }
    if (quote !== NO_QUOTE) {
      if (c === quote) quote = NO_QUOTE
      else if (c === BACKSLASH && quote === DOUBLE_QUOTE) i++
      else {
        nextLF = nextOf(text, '\n', nextLF, i)
        let next = nextLF
        if (quote === DOUBLE_QUOTE) {
          nextDQ = nextOf(text, '"', nextDQ, i)
          nextBS = nextOf(text, '\\', nextBS, i)
          next = Math.min(next, nextDQ, nextBS)
        } else next = Math.min(next, (nextSQ = nextOf(text, "'", nextSQ, i)))
        i = next - 1
      }
      continue
    }
    // a comment: after a blank or a control character (codes up to the space)
    if (c === HASH && (i === 0 || text.charCodeAt(i - 1) <= SPACE)) {
      const nl = text.indexOf('\n', i)
      i = (nl < 0 ? text.length : nl) - 1
    } else if ((c === DOUBLE_QUOTE || c === SINGLE_QUOTE) && depth > 0) quote = c
    else if (c === OPEN_SQUARE || c === OPEN_CURLY) {
      if (++depth > MAX_FLOW_DEPTH)
        return { message: `nesting too deep: more than ${MAX_FLOW_DEPTH} nested [ or {`, offset: i }
    } else if ((c === CLOSE_SQUARE || c === CLOSE_CURLY) && depth > 0) depth--
    else if (depth === 0) {
      // quotes and closers do nothing here
      nextLF = nextOf(text, '\n', nextLF, i)
      nextHash = nextOf(text, '#', nextHash, i)
      nextSquare = nextOf(text, '[', nextSquare, i)
      nextCurly = nextOf(text, '{', nextCurly, i)
      i = Math.min(nextLF, nextHash, nextSquare, nextCurly) - 1
    }
  }
  return null
}

/**
 * Aliases may make a document at most twice the largest file read: the app is built and tested for
 * 10 MB documents, and a file without aliases never measures more than its own length.
 */
export const MAX_EXPANDED_BYTES = 2 * MAX_FILE_CHARS

/**
 * About the size of the tree written out as JSON once aliases are expanded: string and key lengths,
 * one for any other scalar and for each separator, so alias-free text measures at most its length.
 * Shared objects are walked once (memo) and counted per use, so a billion laughs costs O(nodes).
 * Infinity for a cycle (an alias inside its own anchor): no walker over such data would end.
 */
export function expandedBytes(v: unknown, limit: number, memo = new Map<object, number>()): number {
  if (typeof v === 'string') return v.length
  if (v === null || typeof v !== 'object') return 1
  const known = memo.get(v)
  if (known !== undefined) return known
  memo.set(v, Infinity) // met again before it is done: a cycle
  let n = 1
  if (Array.isArray(v))
    for (const child of v as unknown[]) {
      n += 1 + expandedBytes(child, limit, memo)
      if (n > limit) break
    }
  else
    // keys, not entries: no pair per key of a 200,000-key mapping
    for (const k of Object.keys(v)) {
      n += k.length + 1 + expandedBytes((v as Record<string, unknown>)[k], limit, memo)
      if (n > limit) break
    }
  memo.set(v, n)
  return n
}
