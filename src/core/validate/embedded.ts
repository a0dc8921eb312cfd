/**
 * Equal entries of one file, told by their source: a value's text and its offset map depend only
 * on the characters of its entry and the column it starts at, so equal entries (1,000 identical
 * nodes) are mapped and checked once. Comparing source slices is cheaper than comparing the
 * values: js-yaml builds long values piece by piece and hashing one first flattens it.
 */
import { embeddedText } from '../document/embeddedText.ts'
import type { Embedded } from '../document/embeddedText.ts'
import type { Path } from '../document/path.ts'
import type { Positions } from '../document/positions.ts'
import type { ValidationCache } from './cache.ts'

// candidates compared per column and length; past this, entries are not shared
const BUCKET = 8

export interface Copies {
  /** where the first entry equal to the one at `path` starts; undefined: not an exact, plain entry */
  copyOf(path: Path): number | undefined
  /**
   * the entry's characters and its line's before it (so its column), which its checks depend on
   * alone: the key across files (an offset names a copy only within its own file)
   */
  contentOf(path: Path): string | undefined
  embedded(path: Path): Embedded | undefined
}

type Region = {
  from: number
  to: number
  col: number
  alias: boolean
  first?: number
  emb?: Embedded | undefined
}

export function copiesIn(pos: Positions, cache: ValidationCache): Copies {
  const text = pos.file.text
  // per place (a located holder is one object per path): replays and spots ask for it again
  const regions = new WeakMap<object, Region>()
  const region = (path: Path): Region | undefined => {
    const loc = pos.locate(path)
    const h = loc?.depth === path.length ? loc.holder : undefined
    if (!h) return undefined
    const known = regions.get(h)
    if (known) return known
    const from = h.kind === 'entry' ? h.entry.keyStart : h.item.dash
    const end = h.kind === 'entry' ? h.entry.end : h.item.end
    const eol = text.indexOf('\n', Math.max(from, end - 1))
    const value = h.kind === 'entry' ? h.entry.value : h.item.value
    const r: Region = {
      from,
      to: eol < 0 ? text.length : eol,
      col: from - (text.lastIndexOf('\n', from - 1) + 1),
      // an alias's value depends on its anchor, not on its own text
      alias: text.charCodeAt(value.start) === 0x2a,
    }
    regions.set(h, r)
    return r
  }
  // the entry with its line's characters before it, so the column is in the key: one slice of the
  // text, not `${col}${slice}`, which a map lookup flattens into a copy (6 MB a run on 1,000 nodes)
  const keyOf = (r: Region): string => text.slice(r.from - r.col, r.to)
  const first = (r: Region): number => (r.first ??= firstEqual(r))
  const firstEqual = (r: Region): number => {
    const len = r.to - r.from
    const bucket = cache.once('copies', `${r.col}:${len}`, (): number[] => [])
    const mine = text.slice(r.from, r.to)
    // two slices compared with === (startsWith of a slice measured 4-40x slower)
    for (const f of bucket) if (f === r.from || text.slice(f, f + len) === mine) return f
    if (bucket.length < BUCKET) bucket.push(r.from)
    return r.from
  }
  return {
    copyOf(path) {
      const r = region(path)
      if (!r || r.alias) return undefined
      return first(r)
    },
    contentOf(path) {
      const r = region(path)
      return !r || r.alias ? undefined : keyOf(r)
    },
    embedded(path) {
      const r = region(path)
      if (!r) return undefined
      if (!('emb' in r)) r.emb = embeddedAt(r, path)
      return r.emb
    },
  }
  function embeddedAt(r: Region, path: Path): Embedded | undefined {
    // an alias's text depends on its anchor elsewhere: not shared by content
    if (r.alias) return embeddedText(pos, path)
    // the text and its offsets depend only on the region's characters and column: equal regions
    // (every node's pre-cache override, in every file of a run) read it once, offsets made relative
    const rel = cache.once('embeddedRel', keyOf(r), () => {
      const e = embeddedText(pos, path)
      const from = r.from
      return e ? { text: e.text, toRel: (o: number) => e.toSource(o) - from } : undefined
    })
    if (!rel) return undefined
    return { text: rel.text, toSource: (o) => rel.toRel(o) + r.from }
  }
}
