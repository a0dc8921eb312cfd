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
  embedded(path: Path): Embedded | undefined
}

export function copiesIn(pos: Positions, cache: ValidationCache): Copies {
  const text = pos.file.text
  const region = (path: Path) => {
    const loc = pos.locate(path)
    const h = loc?.depth === path.length ? loc.holder : undefined
    if (!h) return undefined
    const from = h.kind === 'entry' ? h.entry.keyStart : h.item.dash
    const end = h.kind === 'entry' ? h.entry.end : h.item.end
    const eol = text.indexOf('\n', Math.max(from, end - 1))
    const value = h.kind === 'entry' ? h.entry.value : h.item.value
    return {
      from,
      to: eol < 0 ? text.length : eol,
      col: from - (text.lastIndexOf('\n', from - 1) + 1),
      // an alias's value depends on its anchor, not on its own text
      alias: text.charCodeAt(value.start) === 0x2a,
    }
  }
  const first = (r: { from: number; to: number; col: number }): number => {
    const len = r.to - r.from
    const bucket = cache.once('copies', `${r.col}:${len}`, (): number[] => [])
    for (const f of bucket)
      if (f === r.from || text.startsWith(text.slice(f, f + len), r.from)) return f
    if (bucket.length < BUCKET) bucket.push(r.from)
    return r.from
  }
  return {
    copyOf(path) {
      const r = region(path)
      if (!r || r.alias) return undefined
      return first(r)
    },
    embedded(path) {
      const r = region(path)
      if (!r) return undefined
      const f = first(r)
      const emb = cache.once('embedded', String(f), () => embeddedText(pos, path))
      if (!emb || f === r.from) return emb
      const shift = r.from - f
      return { text: emb.text, toSource: (o) => emb.toSource(o) + shift }
    },
  }
}
