/**
 * A fast outline of block-style YAML: finds where a mapping entry or sequence item sits in the
 * text by indentation alone, without parsing the whole file. It is the index the lossless
 * writer uses to cut a small region out of a large file; anything it does not understand
 * (flow collections, complex keys) it reports as 'flow' / 'other' so callers fall back to
 * parsing that region with the `yaml` package.
 */
import { lineAt } from './lines.ts'
import { LazyEntry, LazyItem, LazyNode } from './outlineNodes.ts'
import {
  columnOf,
  extentEnd,
  type Extent,
  isBlankOrEnd,
  isBreak,
  isDash,
  isInlineSpace,
  NO_SEQ_COL,
  otherPlainKey,
  parseKey,
  ROOT_INDENT,
} from './outlineScan.ts'
import type {
  Located,
  MapEntry,
  NodeKind,
  OutlineNode,
  PathSegment,
  SeqItem,
} from './outlineTypes.ts'

export type { Located, MapEntry, NodeKind, OutlineNode, PathSegment, SeqItem }
export { parseKey }

// the characters that decide a node's kind
const BANG = 0x21 // ! (tag)
const HASH = 0x23 // #
const AMPERSAND = 0x26 // & (anchor)
const GREATER = 0x3e // > (folded block scalar)
const QUESTION = 0x3f // ? (complex key)
const OPEN_SQUARE = 0x5b // [
const OPEN_CURLY = 0x7b // {
const PIPE = 0x7c // | (literal block scalar)

/** A `nextAtCol` answer: no further line at the column inside the node. */
const NONE = -1
/** How much deeper than its owner a value that is not written yet would sit. */
const NEW_VALUE_STEP = 2
const DOC_MARKER = '---'

/** Classifies the node that starts at `start` (its first content character). */
export function nodeAt(
  text: string,
  start: number,
  minIndent: number,
  seqCol: number,
  limit: number,
  extent: Extent = extentEnd,
): OutlineNode {
  const c = text.charCodeAt(start)
  const col = columnOf(text, start)
  let kind: NodeKind
  if (isDash(text, start)) kind = 'seq'
  else if (c === OPEN_SQUARE || c === OPEN_CURLY) kind = 'flow'
  else if (c === PIPE || c === GREATER) kind = 'block-scalar'
  else if (c === QUESTION || c === AMPERSAND || c === BANG) kind = 'other'
  else if (parseKey(text, start)) kind = 'map'
  else kind = 'scalar'
  const line = lineAt(text, start - col)
  return new LazyNode(kind, start, col, minIndent, limit, () =>
    extent(text, Math.min(line.end, limit), minIndent, seqCol, limit),
  )
}

/** The value of a mapping entry (or a sequence item) whose indicator ends at `after`. */
export function valueAfter(
  text: string,
  after: number,
  ownerCol: number,
  seqCol: number,
  limit: number,
  extent: Extent = extentEnd,
): OutlineNode {
  let p = after
  while (isInlineSpace(text.charCodeAt(p))) p++
  const c = text.charCodeAt(p)
  // a value on the entry's own line: a sequence there never continues at the owner's column
  if (!(isBreak(c) || c === HASH || p >= limit))
    return nodeAt(text, p, ownerCol, NO_SEQ_COL, limit, extent)
  // the value, if any, is on the following lines
  const nl = text.indexOf('\n', p)
  let pos = nl < 0 ? limit : nl + 1
  while (pos < limit) {
    const line = lineAt(text, pos)
    if (!line.empty) {
      const first = pos + line.indent
      if (line.indent > ownerCol || (line.indent === seqCol && isDash(text, first)))
        return nodeAt(text, first, ownerCol, seqCol, limit, extent)
      break
    }
    pos = line.next
  }
  return {
    kind: 'null',
    start: after,
    end: after,
    col: ownerCol + NEW_VALUE_STEP,
    minIndent: ownerCol,
    limit,
  }
}

/**
 * Start of the next line at exactly `col` after `from` inside the node, or NONE. Bounded by the
 * node's limit, not its end (which would cost a scan of the whole node): the first line indented
 * less than the node's column ends the search either way.
 */
function nextAtCol(text: string, from: number, node: OutlineNode): number {
  const nl = text.indexOf('\n', from)
  let pos = nl < 0 ? node.limit : nl + 1
  while (pos < node.limit) {
    const line = lineAt(text, pos)
    if (!line.empty) {
      if (line.indent === node.col) return pos + line.indent
      if (line.indent < node.col) return NONE
    }
    pos = line.next
  }
  return NONE
}

/**
 * The entries of a block mapping, in order. With `want`, only the entries with that key: other
 * plain keys are passed over without building their entries, so finding one key of a mapping
 * with 200,000 entries is one light pass over its lines.
 */
export function* mapEntries(text: string, node: OutlineNode, want?: string): Generator<MapEntry> {
  if (node.kind !== 'map') return
  let p = node.start
  const firstInline = columnOf(text, p) !== lineAt(text, p - columnOf(text, p)).indent
  let inline = firstInline
  while (p !== NONE) {
    if (want !== undefined && !inline) {
      const other = otherPlainKey(text, p, want)
      if (other === null) return
      if (other) {
        p = nextEntryAt(text, p, node)
        continue
      }
    }
    const k = parseKey(text, p)
    if (!k) return
    const value = valueAfter(text, k.afterColon, node.col, node.col, node.limit)
    const keyLineEnd = Math.min(lineAt(text, p - columnOf(text, p)).end, node.limit)
    const entry = new LazyEntry(k.key, p, inline, value, () => Math.max(value.end, keyLineEnd))
    if (want === undefined || k.key === want) yield entry
    inline = false
    p = nextEntryAt(text, entry.end, node)
  }
}

/** Start of the entry after the line of `from` (a '- ' at the map's own column belongs to the previous key, kubectl style). */
function nextEntryAt(text: string, from: number, node: OutlineNode): number {
  let p = nextAtCol(text, from, node)
  while (p !== NONE && isDash(text, p)) p = nextAtCol(text, p, node)
  return p
}

export function* seqItems(text: string, node: OutlineNode): Generator<SeqItem> {
  if (node.kind !== 'seq') return
  let p = node.start
  while (p !== NONE && isDash(text, p)) {
    const value = valueAfter(text, p + 1, node.col, NO_SEQ_COL, node.limit)
    const dashLineEnd = Math.min(lineAt(text, p - columnOf(text, p)).end, node.limit)
    const item = new LazyItem(p, value, () => Math.max(value.end, dashLineEnd))
    yield item
    p = nextAtCol(text, item.end, node)
  }
}

/** The root node of the YAML document in text[start, limit). */
export function rootNode(text: string, start: number, limit: number): OutlineNode {
  const toEnd = (kind: NodeKind, from: number): OutlineNode => {
    return { kind, start: from, end: limit, col: 0, minIndent: ROOT_INDENT, limit }
  }
  let pos = start
  while (pos < limit) {
    const line = lineAt(text, pos)
    const first = pos + line.indent
    const isMarker = line.indent === 0 && text.startsWith(DOC_MARKER, pos)
    const afterMarker = pos + DOC_MARKER.length
    // `---x` or `--- value`: a root the outline does not follow
    if (isMarker && !isBlankOrEnd(text.charCodeAt(afterMarker))) return toEnd('other', pos)
    if (isMarker) {
      const rest = text.slice(afterMarker, line.end).trim()
      if (rest && !rest.startsWith('#')) return toEnd('other', pos)
    } else if (!line.empty && !(line.indent === 0 && text[pos] === '%')) {
      return nodeAt(text, first, ROOT_INDENT, NO_SEQ_COL, limit)
    }
    pos = line.next
  }
  return toEnd('null', limit)
}

/** Walks the outline along `path` as far as block structure allows. */
export function locate(text: string, root: OutlineNode, path: readonly PathSegment[]): Located {
  let found: Located = { node: root, depth: 0 }
  for (const seg of path) {
    const node = found.node
    let next: Located | undefined
    if (node.kind === 'map' && typeof seg === 'string') {
      const entry = mapEntries(text, node, seg).next().value
      if (entry)
        next = {
          node: entry.value,
          depth: found.depth + 1,
          holder: { kind: 'entry', entry },
          parent: node,
        }
    } else if (node.kind === 'seq' && typeof seg === 'number') {
      let i = 0
      for (const item of seqItems(text, node)) {
        if (i === seg) {
          next = {
            node: item.value,
            depth: found.depth + 1,
            holder: { kind: 'item', item, index: i },
            parent: node,
          }
          break
        }
        i++
      }
    }
    if (!next) break
    found = next
  }
  return found
}
