/**
 * The outline's line scanner: character tests and the end of a node found by indentation alone.
 * Reads character codes directly: a lookup in a 4 MB file runs these loops over most of its lines.
 */
import { CR, DASH, HASH, LF, SPACE, TAB, isPastEnd } from './chars.ts'
import { lineAt } from './lines.ts'

/** A `blockParentCol` answer: the line opens no block scalar. */
export const NO_BLOCK = -1
/** A `seqCol` that no column equals: no sequence may sit at its owner's own column here. */
export const NO_SEQ_COL = -2
/** The root's `minIndent`: every line is indented deeper than it. */
export const ROOT_INDENT = -1
/** A block scalar's content column before its first content line is seen. */
const CONTENT_NOT_SEEN = -1

export const isBreak = (c: number) => c === LF || c === CR || isPastEnd(c)
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
