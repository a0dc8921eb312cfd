/**
 * The outline's entries and items for a reader that lists every child of many collections (one
 * validation's positions): each line's indent is read once into a table, and the next entry is
 * searched from the key's line instead of from the entry's end, so no end is computed before
 * a position asks for it. mapEntries/seqItems start from the end, which scans each line once per
 * level above it (six times in a SiteConfig); the writer looks up one path, so it keeps those.
 */
import { lineAt } from './lines.ts'
import { LazyEntry, LazyItem } from './outlineNodes.ts'
import { blockParentCol, columnOf, isDash, NO_BLOCK, NO_SEQ_COL, parseKey } from './outlineScan.ts'
import { valueAfter } from './outline.ts'
import type { MapEntry, OutlineNode, SeqItem } from './outlineTypes.ts'

const TAB = 0x09
const CR = 0x0d
const SPACE = 0x20
const HASH = 0x23 // #

// what a line holds: lineAt's `empty` is BLANK or COMMENT; a block scalar's content may be a `#` line
const CONTENT = 0
const BLANK = 1
const COMMENT = 2
/** Spaces then a lone '\r': blank to extentEnd (a break), content to lineAt. */
const CR_AFTER_SPACES = 3
/** A block scalar's content column before its first content line is seen. */
const CONTENT_NOT_SEEN = -1
/** A `nextAtCol` answer: no further line at the column inside the node. */
const NONE = -1

export class LineTable {
  /** start offset of each line, then text.length + 1 as a sentinel */
  private readonly starts: Int32Array
  /** leading spaces of each line */
  private readonly indents: Int32Array
  /** CONTENT, BLANK or COMMENT per line */
  private readonly kinds: Uint8Array

  constructor(private readonly text: string) {
    let n = 1
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', nl + 1)) n++
    // typed arrays filled in place: pushing 66,000 numbers twice measured slower than the scan
    const starts = new Int32Array(n + 1)
    const indents = new Int32Array(n)
    const kinds = new Uint8Array(n)
    for (let l = 0, pos = 0; l < n; l++) {
      let i = pos
      while (text.charCodeAt(i) === SPACE) i++
      const nl = text.indexOf('\n', i)
      let end = nl < 0 ? text.length : nl
      if (end > pos && text.charCodeAt(end - 1) === CR) end--
      const c = text.charCodeAt(i)
      const blank = i >= end || (c === TAB && text.slice(i, end).trim() === '')
      starts[l] = pos
      indents[l] = i - pos
      kinds[l] = blank ? BLANK : c === HASH ? COMMENT : c === CR ? CR_AFTER_SPACES : CONTENT
      pos = nl + 1
    }
    starts[n] = text.length + 1
    this.starts = starts
    this.indents = indents
    this.kinds = kinds
  }

  /** 1-based line and column of an offset, as lines.ts's lineIndex gives them. */
  lineCol(offset: number): { line: number; column: number } {
    const l = this.lineOf(offset)
    return { line: l + 1, column: offset - (this.starts[l] as number) + 1 }
  }

  /** Index of the line holding `offset` (binary search). */
  private lineOf(offset: number): number {
    let lo = 0
    let hi = this.indents.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if ((this.starts[mid] as number) <= offset) lo = mid
      else hi = mid - 1
    }
    return lo
  }

  /** As outline.ts's nextAtCol: the first content of the next line at the node's column, or NONE. */
  private nextAtCol(from: number, node: OutlineNode): number {
    const { starts, indents, kinds } = this
    for (let l = this.lineOf(from) + 1; (starts[l] as number) < node.limit; l++) {
      if (kinds[l] === BLANK || kinds[l] === COMMENT) continue
      const indent = indents[l] as number
      if (indent === node.col) return (starts[l] as number) + indent
      if (indent < node.col) return NONE
    }
    return NONE
  }

  /** As outline.ts's nextEntryAt: a `- ` at the map's own column belongs to the previous key. */
  private nextEntryAt(from: number, node: OutlineNode): number {
    let p = this.nextAtCol(from, node)
    while (p !== NONE && isDash(this.text, p)) p = this.nextAtCol(p, node)
    return p
  }

  /** outlineScan's extentEnd, reading indents and blank or comment lines from the table. */
  readonly extent = (
    text: string,
    lineEnd: number,
    minIndent: number,
    seqCol: number,
    limit: number,
  ): number => {
    const { starts, indents, kinds } = this
    let end = lineEnd
    let l = this.lineOf(lineEnd)
    let block = blockParentCol(text, starts[l] as number, lineEnd)
    let content = CONTENT_NOT_SEEN
    for (l++; (starts[l] as number) < limit; l++) {
      const pos = starts[l] as number
      const indent = indents[l] as number
      const kind = kinds[l] === CR_AFTER_SPACES ? BLANK : (kinds[l] as number)
      // the line's end before its '\n' (and '\r'); the last line ends the text
      let e = Math.min((starts[l + 1] as number) - 1, text.length)
      if (text.charCodeAt(e - 1) === CR) e--
      if (block !== NO_BLOCK && kind !== BLANK && indent > block && indent >= content) {
        if (content === CONTENT_NOT_SEEN) content = indent
        end = Math.min(e, limit)
      } else if (kind !== BLANK) {
        block = NO_BLOCK
        content = CONTENT_NOT_SEEN
        // comment-only lines neither end a node nor extend it
        if (kind === CONTENT) {
          if (!(indent > minIndent || (indent === seqCol && isDash(text, pos + indent)))) break
          end = Math.min(e, limit)
          block = blockParentCol(text, pos, e)
        }
      }
    }
    return end
  }

  private lineEnd(p: number, limit: number): number {
    return Math.min(lineAt(this.text, p - columnOf(this.text, p)).end, limit)
  }

  /** The same entries as mapEntries(text, node), in order. */
  entries(node: OutlineNode): MapEntry[] {
    const out: MapEntry[] = []
    if (node.kind !== 'map') return out
    const text = this.text
    let p = node.start
    let inline = columnOf(text, p) !== lineAt(text, p - columnOf(text, p)).indent
    while (p !== NONE) {
      const k = parseKey(text, p)
      if (!k) break
      const value = valueAfter(text, k.afterColon, node.col, node.col, node.limit, this.extent)
      const keyLineEnd = this.lineEnd(p, node.limit)
      out.push(new LazyEntry(k.key, p, inline, value, () => Math.max(value.end, keyLineEnd)))
      inline = false
      p = this.nextEntryAt(p, node)
    }
    return out
  }

  /** The same items as seqItems(text, node), in order. */
  items(node: OutlineNode): SeqItem[] {
    const out: SeqItem[] = []
    if (node.kind !== 'seq') return out
    let p = node.start
    while (p !== NONE && isDash(this.text, p)) {
      const value = valueAfter(this.text, p + 1, node.col, NO_SEQ_COL, node.limit, this.extent)
      const dashLineEnd = this.lineEnd(p, node.limit)
      out.push(new LazyItem(p, value, () => Math.max(value.end, dashLineEnd)))
      p = this.nextAtCol(p, node)
    }
    return out
  }
}
