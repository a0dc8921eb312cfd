/**
 * The outline's character-level scanning: the end of a node found by indentation alone, and
 * block mapping keys (plain or quoted, on one line, ending in `: `). A lookup in a 4 MB file runs
 * these loops over most of its characters, so they read character codes directly, against
 * constants of this module (an imported binding costs a load and a check per character).
 */
import { lineAt } from './lines.ts'

const TAB = 0x09
const LF = 0x0a
const CR = 0x0d
const SPACE = 0x20
const DOUBLE_QUOTE = 0x22 // "
const HASH = 0x23 // #
const SINGLE_QUOTE = 0x27 // '
const DASH = 0x2d // -
const COLON = 0x3a // :
const BACKSLASH = 0x5c

/** A `blockParentCol` answer: the line opens no block scalar. */
export const NO_BLOCK = -1
/** A `seqCol` that no column equals: no sequence may sit at its owner's own column here. */
export const NO_SEQ_COL = -2
/** The root's `minIndent`: every line is indented deeper than it. */
export const ROOT_INDENT = -1
/** A block scalar's content column before its first content line is seen. */
const CONTENT_NOT_SEEN = -1

/** A line break, or past the end of the text (where charCodeAt gives NaN). */
export const isBreak = (c: number) => c === LF || c === CR || Number.isNaN(c)
export const isInlineSpace = (c: number) => c === SPACE || c === TAB
export const isBlankOrEnd = (c: number) => isInlineSpace(c) || isBreak(c)

export function columnOf(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1)
}

/** A `-` that opens a sequence item (followed by a blank or the end of the line). */
export function isDash(text: string, p: number): boolean {
  return text.charCodeAt(p) === DASH && isBlankOrEnd(text.charCodeAt(p + 1))
}

const BLOCK_HEADER =
  /^( *(?:- +)*)(?:(.*?)(?::|[ \t][!&][^ \t]*) +|[!&][^ \t]* +)?[|>](?:[1-9][-+]?|[-+][1-9]?)?$/

/**
 * The column a block scalar opened at the end of text[lineStart, lineEnd) must be deeper than
 * (its key's or dash's), or NO_BLOCK. Its content lines may start with `#`.
 */
export function blockParentCol(text: string, lineStart: number, lineEnd: number): number {
  let e = lineEnd
  while (e > lineStart && isInlineSpace(text.charCodeAt(e - 1))) e--
  // cheap test first: this runs once per line of the hottest loop
  if (!'|>+-123456789'.includes(text[e - 1] ?? ' ')) return NO_BLOCK
  const m = BLOCK_HEADER.exec(text.slice(lineStart, e))
  if (!m) return NO_BLOCK
  const lead = m[1] as string
  // `- |`: deeper than the dash; `key: |`: deeper than the key (after any dashes)
  return m[2] === undefined && lead.trimEnd().endsWith('-')
    ? lead.trimEnd().length - 1
    : lead.length
}

/** How a node's end is found (extentEnd, or a line table's equivalent). */
export type Extent = (
  text: string,
  lineEnd: number,
  minIndent: number,
  seqCol: number,
  limit: number,
) => number

/**
 * End of the last content line that still belongs to a node whose first line ends at `lineEnd`:
 * lines indented deeper than `minIndent`, or dashes at `seqCol` (a kubectl-style list under its
 * key). The hottest loop of an edit, so it builds no Line per line.
 */
export function extentEnd(
  text: string,
  lineEnd: number,
  minIndent: number,
  seqCol: number,
  limit: number,
): number {
  let end = lineEnd
  let nl = text.indexOf('\n', lineEnd)
  let pos = nl < 0 ? limit : nl + 1
  // inside a block scalar: lines deeper than `block` (and not shallower than its first content
  // line, `content`) are its content, `#` or not
  let block = blockParentCol(text, text.lastIndexOf('\n', lineEnd - 1) + 1, lineEnd)
  let content = CONTENT_NOT_SEEN
  while (pos < limit) {
    let i = pos
    while (text.charCodeAt(i) === SPACE) i++
    nl = text.indexOf('\n', i)
    const c = text.charCodeAt(i)
    const indent = i - pos
    let e = nl < 0 ? text.length : nl
    if (text.charCodeAt(e - 1) === CR) e--
    const blank = isBreak(c) || (c === TAB && text.slice(i, e).trim() === '')
    if (block !== NO_BLOCK && !blank && indent > block && indent >= content) {
      if (content === CONTENT_NOT_SEEN) content = indent
      end = Math.min(e, limit)
    } else if (!blank) {
      block = NO_BLOCK
      content = CONTENT_NOT_SEEN
      // comment-only lines neither end a node nor extend it
      if (!(c === HASH || (c === TAB && lineAt(text, pos).empty))) {
        if (!(indent > minIndent || (indent === seqCol && isDash(text, i)))) break
        end = Math.min(e, limit)
        block = blockParentCol(text, pos, e)
      }
    }
    pos = nl < 0 ? text.length : nl + 1
  }
  return end
}

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
