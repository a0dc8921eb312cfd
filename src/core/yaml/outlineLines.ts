/**
 * The outline's entries and items for a reader that lists every child of many collections (one
 * validation's positions): each line's indent is read once into a table, and the next entry is
 * searched from the key's line instead of from the entry's end, so no end is computed before
 * a position asks for it. mapEntries/seqItems start from the end, which scans each line once per
 * level above it (six times in a SiteConfig); the writer looks up one path, so it keeps those.
 */
import { lineAt } from './lines.ts'
import { LazyEntry, LazyItem } from './outlineNodes.ts'
import { columnOf, isDash, NO_SEQ_COL, parseKey } from './outlineScan.ts'
import { valueAfter } from './outline.ts'
import type { MapEntry, OutlineNode, SeqItem } from './outlineTypes.ts'

const TAB = 0x09
const CR = 0x0d
const SPACE = 0x20
const HASH = 0x23 // #

/** A line's indent in the table when it is blank or only a comment (as lineAt's `empty`). */
const EMPTY = -1
/** A `nextAtCol` answer: no further line at the column inside the node. */
const NONE = -1

export class LineTable {
  /** start offset of each line, then text.length + 1 as a sentinel */
  private readonly starts: Int32Array
  /** leading spaces of each line, or EMPTY */
  private readonly indents: Int32Array

  constructor(private readonly text: string) {
    let n = 1
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', nl + 1)) n++
    // typed arrays filled in place: pushing 66,000 numbers twice measured slower than the scan
    const starts = new Int32Array(n + 1)
    const indents = new Int32Array(n)
    for (let l = 0, pos = 0; l < n; l++) {
      let i = pos
      while (text.charCodeAt(i) === SPACE) i++
      const nl = text.indexOf('\n', i)
      let end = nl < 0 ? text.length : nl
      if (end > pos && text.charCodeAt(end - 1) === CR) end--
      const c = text.charCodeAt(i)
      const empty = i >= end || c === HASH || (c === TAB && text.slice(i, end).trim() === '')
      starts[l] = pos
      indents[l] = empty ? EMPTY : i - pos
      pos = nl + 1
    }
    starts[n] = text.length + 1
    this.starts = starts
    this.indents = indents
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
    const { starts, indents } = this
    for (let l = this.lineOf(from) + 1; (starts[l] as number) < node.limit; l++) {
      const indent = indents[l] as number
      if (indent === EMPTY) continue
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
      const value = valueAfter(text, k.afterColon, node.col, node.col, node.limit)
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
      const value = valueAfter(this.text, p + 1, node.col, NO_SEQ_COL, node.limit)
      const dashLineEnd = this.lineEnd(p, node.limit)
      out.push(new LazyItem(p, value, () => Math.max(value.end, dashLineEnd)))
      p = this.nextAtCol(p, node)
    }
    return out
  }
}
