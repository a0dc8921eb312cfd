/**
 * A fast outline of block-style YAML: finds where a mapping entry or sequence item sits in the
 * text by indentation alone, without parsing the whole file. It is the index the lossless
 * writer uses to cut a small region out of a large file; anything it does not understand
 * (flow collections, complex keys) it reports as 'flow' / 'other' so callers fall back to
 * parsing that region with the `yaml` package.
 */
import { lineAt } from './lines.ts'
import { LazyEntry, LazyItem, LazyNode } from './outlineNodes.ts'
import type {
  Located,
  MapEntry,
  NodeKind,
  OutlineNode,
  PathSegment,
  SeqItem,
} from './outlineTypes.ts'

export type { Located, MapEntry, NodeKind, OutlineNode, PathSegment, SeqItem }

const SP = 32
const isBreak = (c: number) => c === 10 || c === 13 || Number.isNaN(c)
const isBlankOrEnd = (c: number) => c === SP || c === 9 || isBreak(c)

function columnOf(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1)
}

function isDash(text: string, p: number): boolean {
  return text.charCodeAt(p) === 45 && isBlankOrEnd(text.charCodeAt(p + 1))
}

/**
 * The column a block scalar opened at the end of text[lineStart, lineEnd) must be deeper than
 * (its key's or dash's), or -1 when the line opens none. Its content lines may start with `#`.
 */
function blockParentCol(text: string, lineStart: number, lineEnd: number): number {
  let e = lineEnd
  while (e > lineStart && (text.charCodeAt(e - 1) === SP || text.charCodeAt(e - 1) === 9)) e--
  // cheap test first: this runs once per line of the hottest loop
  if (!'|>+-123456789'.includes(text[e - 1] ?? ' ')) return -1
  const line = text.slice(lineStart, e)
  const m =
    /^( *(?:- +)*)(?:(.*?)(?::|[ \t][!&][^ \t]*) +|[!&][^ \t]* +)?[|>](?:[1-9][-+]?|[-+][1-9]?)?$/.exec(
      line,
    )
  if (!m) return -1
  const lead = m[1] as string
  // `- |`: deeper than the dash; `key: |`: deeper than the key (after any dashes)
  return m[2] === undefined && lead.trimEnd().endsWith('-')
    ? lead.trimEnd().length - 1
    : lead.length
}

/**
 * End of the last content line that still belongs to a node whose first line ends at `lineEnd`.
 * The hottest loop of an edit (a lookup in a 4 MB file passes over it once), so it reads
 * characters directly instead of building a Line per line.
 */
function extentEnd(
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
  let content = -1
  while (pos < limit) {
    let i = pos
    while (text.charCodeAt(i) === SP) i++
    nl = text.indexOf('\n', i)
    const c = text.charCodeAt(i)
    const indent = i - pos
    let e = nl < 0 ? text.length : nl
    if (text.charCodeAt(e - 1) === 13) e--
    const blank = isBreak(c) || (c === 9 && text.slice(i, e).trim() === '')
    if (block >= 0 && !blank && indent > block && indent >= content) {
      if (content < 0) content = indent
      end = Math.min(e, limit)
    } else if (!blank) {
      block = -1
      content = -1
      // comment-only lines neither end a node nor extend it
      if (!(c === 35 || (c === 9 && lineAt(text, pos).empty))) {
        if (!(indent > minIndent || (indent === seqCol && isDash(text, i)))) break
        end = Math.min(e, limit)
        block = blockParentCol(text, pos, e)
      }
    }
    pos = nl < 0 ? text.length : nl + 1
  }
  return end
}

/** Parses a mapping key at `p`; returns the key and the offset right after its ':'. */
export function parseKey(text: string, p: number): { key: string; afterColon: number } | null {
  const c = text.charCodeAt(p)
  let keyEnd: number
  let key: string
  if (c === 34 /* " */ || c === 39 /* ' */) {
    let i = p + 1
    for (;;) {
      const d = text.charCodeAt(i)
      if (Number.isNaN(d) || isBreak(d)) return null
      if (c === 34 && d === 92) i += 2
      else if (d === c && !(c === 39 && text.charCodeAt(i + 1) === 39)) break
      else i += d === 39 && c === 39 ? 2 : 1
    }
    const raw = text.slice(p, i + 1)
    try {
      key = c === 34 ? (JSON.parse(raw) as string) : raw.slice(1, -1).replace(/''/g, "'")
    } catch {
      return null
    }
    keyEnd = i + 1
    while (text.charCodeAt(keyEnd) === SP) keyEnd++
    if (text.charCodeAt(keyEnd) !== 58 || !isBlankOrEnd(text.charCodeAt(keyEnd + 1))) return null
  } else {
    if ('?-[]{}|>#&*!%@`,'.includes(text[p] ?? '')) {
      if (!(c === 45 && !isBlankOrEnd(text.charCodeAt(p + 1)))) return null
    }
    let i = p
    for (;;) {
      const d = text.charCodeAt(i)
      if (isBreak(d)) return null
      if (d === 58 && isBlankOrEnd(text.charCodeAt(i + 1))) break
      if (d === 35 && i > p && (text.charCodeAt(i - 1) === SP || text.charCodeAt(i - 1) === 9))
        return null
      i++
    }
    key = text.slice(p, i).trimEnd()
    keyEnd = i
  }
  return { key, afterColon: keyEnd + 1 }
}

/** Classifies the node that starts at `start` (its first content character). */
export function nodeAt(
  text: string,
  start: number,
  minIndent: number,
  seqCol: number,
  limit: number,
): OutlineNode {
  const c = text.charCodeAt(start)
  const col = columnOf(text, start)
  let kind: NodeKind
  if (isDash(text, start)) kind = 'seq'
  else if (c === 91 || c === 123) kind = 'flow'
  else if (c === 124 || c === 62) kind = 'block-scalar'
  else if (c === 63 || c === 38 || c === 33) kind = 'other'
  else if (parseKey(text, start)) kind = 'map'
  else kind = 'scalar'
  const line = lineAt(text, start - col)
  return new LazyNode(kind, start, col, minIndent, limit, () =>
    extentEnd(text, Math.min(line.end, limit), minIndent, seqCol, limit),
  )
}

/** The value of a mapping entry (or a sequence item) whose indicator ends at `after`. */
function valueAfter(
  text: string,
  after: number,
  ownerCol: number,
  seqCol: number,
  limit: number,
): OutlineNode {
  let p = after
  while (text.charCodeAt(p) === SP || text.charCodeAt(p) === 9) p++
  const c = text.charCodeAt(p)
  if (!(isBreak(c) || c === 35 || p >= limit)) return nodeAt(text, p, ownerCol, -2, limit)
  // the value, if any, is on the following lines
  const nl = text.indexOf('\n', p)
  let pos = nl < 0 ? limit : nl + 1
  while (pos < limit) {
    const line = lineAt(text, pos)
    if (!line.empty) {
      const first = pos + line.indent
      if (line.indent > ownerCol || (line.indent === seqCol && isDash(text, first)))
        return nodeAt(text, first, ownerCol, seqCol, limit)
      break
    }
    pos = line.next
  }
  return { kind: 'null', start: after, end: after, col: ownerCol + 2, minIndent: ownerCol, limit }
}

/**
 * Start of the next line at exactly `col` after `from` inside the node, or -1. Bounded by the
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
      if (line.indent < node.col) return -1
    }
    pos = line.next
  }
  return -1
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
  while (p >= 0) {
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
  while (p >= 0 && isDash(text, p)) p = nextAtCol(text, p, node)
  return p
}

/**
 * Whether the key at `p` is a plain key other than `want` (false: it may be `want`, or it is
 * quoted); null where parseKey finds no key at all. Mirrors parseKey's plain branch, allocating
 * nothing: a plain key equal to `want` must start with it.
 */
function otherPlainKey(text: string, p: number, want: string): boolean | null {
  const c = text.charCodeAt(p)
  if (c === 34 || c === 39) return false
  if (
    '?-[]{}|>#&*!%@`,'.includes(text[p] ?? '') &&
    !(c === 45 && !isBlankOrEnd(text.charCodeAt(p + 1)))
  )
    return null
  for (let i = p; ; i++) {
    const d = text.charCodeAt(i)
    if (isBreak(d)) return null
    if (d === 58 && isBlankOrEnd(text.charCodeAt(i + 1)))
      return !(i - p >= want.length && text.startsWith(want, p))
    if (d === 35 && i > p && (text.charCodeAt(i - 1) === SP || text.charCodeAt(i - 1) === 9))
      return null
  }
}

export function* seqItems(text: string, node: OutlineNode): Generator<SeqItem> {
  if (node.kind !== 'seq') return
  let p = node.start
  while (p >= 0 && isDash(text, p)) {
    const value = valueAfter(text, p + 1, node.col, -2, node.limit)
    const dashLineEnd = Math.min(lineAt(text, p - columnOf(text, p)).end, node.limit)
    const item = new LazyItem(p, value, () => Math.max(value.end, dashLineEnd))
    yield item
    p = nextAtCol(text, item.end, node)
  }
}

/** The root node of the YAML document in text[start, limit). */
export function rootNode(text: string, start: number, limit: number): OutlineNode {
  let pos = start
  while (pos < limit) {
    const line = lineAt(text, pos)
    const first = pos + line.indent
    const isMarker = line.indent === 0 && text.startsWith('---', pos)
    if (isMarker && !isBlankOrEnd(text.charCodeAt(pos + 3)))
      return { kind: 'other', start: pos, end: limit, col: 0, minIndent: -1, limit }
    if (isMarker) {
      const rest = text.slice(pos + 3, line.end).trim()
      if (rest && !rest.startsWith('#'))
        return { kind: 'other', start: pos, end: limit, col: 0, minIndent: -1, limit }
    } else if (!line.empty && !(line.indent === 0 && text[pos] === '%')) {
      return nodeAt(text, first, -1, -2, limit)
    }
    pos = line.next
  }
  return { kind: 'null', start: limit, end: limit, col: 0, minIndent: -1, limit }
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
