/**
 * Lossless edits of the SiteConfig document: each primitive splices the smallest text range that
 * holds the change, so comments, quoting, key order and layout elsewhere stay byte-for-byte.
 * Every primitive returns a new SiteFile (the old one is untouched) with the data patched to match.
 */
import { inlineValue, isMap, renderBlock, renderValue } from '../yaml/emit.ts'
import type { Style } from '../yaml/emit.ts'
import { renderFlow } from '../yaml/flow.ts'
import { lineAt, lineStartOf } from '../yaml/lines.ts'
import { mapEntries, parseKey, seqItems } from '../yaml/outline.ts'
import type { Located, MapEntry, OutlineNode } from '../yaml/outline.ts'
import { deepEqual } from '../codecs/json.ts'
import {
  detectStyle,
  editCtx,
  EditError,
  find,
  isAtLineStart,
  nextLineStart,
  renderScalarAt,
  scalarSpot,
  splice,
  wholeLines,
} from './editContext.ts'
import type { EditCtx, ScalarSpot } from './editContext.ts'
import { deleteInData, getIn, setInData } from './path.ts'
import type { Path, PathSegment } from './path.ts'
import type { SiteFile } from './siteFile.ts'
import { listKeys } from '../site/siteModel.ts'

export { EditError }

const isScalar = (v: unknown) => v === null || typeof v !== 'object'

function nest(rest: readonly PathSegment[], value: unknown): unknown {
  let v = value
  for (let i = rest.length - 1; i >= 0; i--) {
    const seg = rest[i] as PathSegment
    if (typeof seg === 'number') {
      if (seg !== 0) throw new EditError(`cannot create list item ${seg} of an empty list`)
      v = [v]
    } else v = { [seg]: v }
  }
  return v
}

function holderCol(ctx: EditCtx, loc: Located): number {
  const h = loc.holder
  const at = h?.kind === 'entry' ? h.entry.keyStart : h?.kind === 'item' ? h.item.dash : 0
  return at - ctx.file.text.lastIndexOf('\n', at - 1) - 1
}

/** Rewrites everything after the holder's `key:` or `-` with `value` (comments there go too). */
function replaceSlot(ctx: EditCtx, loc: Located, value: unknown, data: unknown): SiteFile {
  const h = loc.holder
  const node = loc.node
  const flowText = ctx.file.text.slice(node.start, node.end).replace(/\s/g, '')
  if (node.kind === 'flow' && !isScalar(value) && flowText !== '[]' && flowText !== '{}') {
    return splice(
      ctx,
      node.start,
      flowEnd(ctx.file.text, node.start, node.end),
      renderFlow(value),
      data,
    )
  }
  if (!h) {
    const style = detectStyle(ctx)
    // an empty mapping or list must be written as `{}` / `[]`: no lines at all read as null
    const body = inlineValue(value, 0) ?? renderBlock(value, 0, style)
    return splice(ctx, node.start, ctx.doc.end, body + '\n', data)
  }
  const col = holderCol(ctx, loc)
  const style = detectStyle(ctx, loc.parent)
  if (h.kind === 'entry') {
    const colon = ctx.file.text.indexOf(':', h.entry.keyStart + h.entry.key.length) + 1
    const from =
      ctx.file.text[h.entry.keyStart] === '"' || ctx.file.text[h.entry.keyStart] === "'"
        ? afterQuotedKey(ctx.file.text, h.entry.keyStart)
        : colon
    return splice(ctx, from, h.entry.end, renderValue(value, col, style), data)
  }
  const text = itemText(value, col, style)
  return splice(ctx, h.item.dash + 1, h.item.end, ' ' + text, data)
}

/** End of the flow collection opening at `start` (its trailing comment is not part of it). */
function flowEnd(text: string, start: number, limit: number): number {
  let depth = 0
  let quote = ''
  for (let i = start; i < limit; i++) {
    const ch = text[i] as string
    if (quote) {
      if (ch === quote && !(quote === '"' && text[i - 1] === '\\')) quote = ''
    } else if (ch === '"' || ch === "'") quote = ch
    else if (ch === '[' || ch === '{') depth++
    else if ((ch === ']' || ch === '}') && --depth === 0) return i + 1
  }
  return limit
}

function afterQuotedKey(text: string, keyStart: number): number {
  const q = text[keyStart]
  let i = keyStart + 1
  while (i < text.length && !(text[i] === q && text[i - 1] !== '\\')) i++
  return text.indexOf(':', i) + 1
}

/** The text after `- ` for a new sequence item whose dash sits at column `col`. */
export function itemText(value: unknown, col: number, style: Style): string {
  const v = renderValue(value, col, { ...style, seq: 'indented' })
  if (!v.startsWith('\n')) return v.slice(1)
  return renderBlock(value, col + 2, style).slice(col + 2)
}

/** Keys holding the long lists: new keys of a site spec or a cluster go before them, not after. */
const LIST_KEYS = new Set(listKeys())

/** Where a new key goes before a `clusters:`/`nodes:` entry, comments above that entry included. */
function beforeListKey(ctx: EditCtx, map: OutlineNode, key: string): number | null {
  const text = ctx.file.text
  // only the list keys are looked for: a mapping of 200,000 labels is passed over, not outlined
  let e: MapEntry | undefined
  for (const k of LIST_KEYS) {
    if (k === key) continue
    for (const c of mapEntries(text, map, k))
      if (!c.inline) {
        if (!e || c.keyStart < e.keyStart) e = c
        break
      }
  }
  if (!e) return null
  let at = lineStartOf(text, e.keyStart)
  while (at > map.start) {
    const prev = lineStartOf(text, at - 1)
    // a comment deeper than the keys may be the `#` content of a block scalar above: it stays
    const m = /^( *)#/.exec(text.slice(prev, at))
    if (!m || (m[1] as string).length > map.col) break
    at = prev
  }
  return at > map.start ? at : null
}

/**
 * Where `lines` go after the collection `node`: at its end, or, when they hold a block scalar,
 * after the comment lines indented deeper than the collection that follow it (the scalar would
 * take those as its content).
 */
function appendAt(text: string, node: OutlineNode, lines: string): number {
  if (!/(?:^|[ :-])[|>][1-9]?[-+]?\n/.test(lines)) return node.end
  let at = node.end
  let pos = nextLineStart(text, at)
  while (pos < node.limit) {
    const line = lineAt(text, pos)
    if (!line.empty) break
    if (text[pos + line.indent] === '#') {
      if (line.indent <= node.col) break
      at = Math.min(line.end, node.limit)
    }
    pos = line.next
  }
  return at
}

function insertEntry(ctx: EditCtx, map: OutlineNode, key: string, value: unknown, data: unknown) {
  const style = detectStyle(ctx, map)
  const entry = `${' '.repeat(map.col)}${renderKeyText(key)}:${renderValue(value, map.col, style)}`
  const at = beforeListKey(ctx, map, key)
  if (at !== null) return splice(ctx, at, at, `${entry}\n`, data)
  const end = appendAt(ctx.file.text, map, entry)
  return splice(ctx, end, end, `\n${entry}`, data)
}

function renderKeyText(key: string): string {
  return renderBlock({ [key]: null }, 0, { unit: 2, seq: 'flush' }).replace(/: null$/, '')
}

/**
 * The scalar written by the previous edit, when the same path is written again (typing in one
 * field): its place and style are known, so the lookup in the file is skipped. Keyed by the
 * identity of the text that edit produced, so any other change to the document misses.
 */
let lastScalar: { text: string; path: string; spot: ScalarSpot; col: number } | null = null

function sameScalarAgain(file: SiteFile, path: Path) {
  const c = lastScalar
  return c && c.text === file.text && c.path === path.join('\u0000') ? c : null
}

function scalarEdit(
  ctx: EditCtx,
  spot: ScalarSpot,
  col: number,
  path: Path,
  value: unknown,
  data: unknown,
): SiteFile {
  const text = renderScalarAt(spot, value, col)
  const out = splice(ctx, spot.from, spot.to, text, data)
  const c = text.charCodeAt(0)
  // the style the next lookup would find: a quote opens a quoted scalar; blocks are not cached
  const style = c === 39 ? 'single' : c === 34 ? 'double' : 'plain'
  lastScalar =
    text === '' || text.includes('\n') || c === 124 || c === 62
      ? null
      : {
          text: out.text,
          path: path.join('\u0000'),
          spot: { from: spot.from, to: spot.from + text.length, style },
          col,
        }
  return out
}

/** Sets the value at `path`, creating missing mappings on the way; minimal text change. */
export function setIn(file: SiteFile, path: Path, value: unknown): SiteFile {
  const ctx = editCtx(file)
  const data = ctx.doc.data
  const cur = getIn(data, path)
  if (cur !== undefined && deepEqual(cur, value)) return file
  if (isMap(value) && isMap(cur)) {
    let f = file
    for (const k of Object.keys(cur)) if (!(k in value)) f = deleteIn(f, [...path, k])
    for (const [k, v] of Object.entries(value)) f = setIn(f, [...path, k], v)
    return f
  }
  if (Array.isArray(value) && Array.isArray(cur) && cur.length > 0 && value.length > 0) {
    let f = file
    for (let i = cur.length - 1; i >= value.length; i--) f = deleteIn(f, [...path, i])
    for (let i = 0; i < Math.min(cur.length, value.length); i++)
      f = setIn(f, [...path, i], value[i])
    for (let i = cur.length; i < value.length; i++) f = insertItem(f, path, i, value[i])
    return f
  }
  const next = setInData(data, path, value)
  if (isScalar(value) && isScalar(cur)) {
    const again = sameScalarAgain(file, path)
    if (again) return scalarEdit(ctx, again.spot, again.col, path, value, next)
  }
  const loc = find(ctx, path)
  if (loc.depth === path.length) {
    if (isScalar(value) && isScalar(cur)) {
      const spot = scalarSpot(ctx.file.text, loc)
      if (spot) return scalarEdit(ctx, spot, holderCol(ctx, loc), path, value, next)
    }
    return replaceSlot(ctx, loc, value, next)
  }
  const rest = path.slice(loc.depth)
  const seg = rest[0] as PathSegment
  const node = loc.node
  if (node.kind === 'map' && typeof seg === 'string') {
    return insertEntry(ctx, node, seg, nest(rest.slice(1), value), next)
  }
  const here = getIn(data, path.slice(0, loc.depth))
  if (node.kind === 'seq' && Array.isArray(here) && seg === here.length) {
    return insertItem(file, path.slice(0, loc.depth), seg, nest(rest.slice(1), value))
  }
  if (node.kind === 'null' || node.kind === 'flow' || node.kind === 'scalar') {
    const sub = setInData(here === null || isScalar(here) ? undefined : here, rest, value)
    if (isScalar(here) && here !== null && here !== undefined)
      throw new EditError(`cannot set ${String(seg)} inside a ${typeof here} value`)
    return replaceSlot(ctx, loc, sub, next)
  }
  throw new EditError(
    `cannot write at this place in the file (${node.kind} YAML is not editable here)`,
  )
}

/** Removes the value at `path` (a mapping key or a list item); absent paths change nothing. */
export function deleteIn(file: SiteFile, path: Path): SiteFile {
  const ctx = editCtx(file)
  const data = ctx.doc.data
  if (path.length === 0 || getIn(data, path) === undefined) return file
  const next = deleteInData(data, path)
  const loc = find(ctx, path)
  const text = ctx.file.text
  if (loc.depth < path.length || !loc.parent || !loc.holder) {
    // inside a flow collection or another shape the outline cannot cut: rewrite that value
    const at = find(ctx, path.slice(0, loc.depth))
    const sub = getIn(next, path.slice(0, at.depth))
    return replaceSlot(ctx, at, sub, next)
  }
  const parentPath = path.slice(0, -1)
  const parentLoc = find(ctx, parentPath)
  const h = loc.holder
  if (h.kind === 'entry') {
    const entries = [...mapEntries(text, loc.parent)]
    if (entries.length === 1) return replaceSlot(ctx, parentLoc, {}, next)
    const idx = entries.findIndex((e) => e.keyStart === h.entry.keyStart)
    const after = entries[idx + 1]
    if (h.entry.inline) {
      if (!after) return replaceSlot(ctx, parentLoc, getIn(next, parentPath), next)
      return splice(ctx, h.entry.keyStart, after.keyStart, '', next)
    }
    const [a, b] = wholeLines(text, h.entry.keyStart, h.entry.end)
    return splice(ctx, a, b, '', next)
  }
  const items = [...seqItems(text, loc.parent)]
  if (items.length === 1) return replaceSlot(ctx, parentLoc, [], next)
  if (!isAtLineStart(text, h.item.dash))
    return replaceSlot(ctx, parentLoc, getIn(next, parentPath), next)
  const [a, b] = wholeLines(text, h.item.dash, h.item.end)
  return splice(ctx, a, b, '', next)
}

/** Inserts `value` into the list at `path` before item `index` (index = length appends). */
export function insertItem(file: SiteFile, path: Path, index: number, value: unknown): SiteFile {
  const ctx = editCtx(file)
  const data = ctx.doc.data
  const cur = getIn(data, path)
  const list = Array.isArray(cur) ? cur : []
  if (index < 0 || index > list.length) throw new EditError(`list index ${index} is out of range`)
  const nextList = [...list.slice(0, index), value, ...list.slice(index)]
  const next = setInData(data, path, nextList)
  const loc = find(ctx, path)
  const node = loc.node
  if (loc.depth < path.length || node.kind !== 'seq' || list.length === 0) {
    return list.length === 0 && cur === undefined
      ? setIn(file, path, nextList)
      : replaceSlot(ctx, loc, nextList, next)
  }
  const style = detectStyle(ctx, loc.parent)
  const items = [...seqItems(ctx.file.text, node)]
  const body = `${' '.repeat(node.col)}- ${itemText(value, node.col, style)}`
  const before = items[index]
  if (!before) {
    const end = appendAt(ctx.file.text, node, body)
    return splice(ctx, end, end, '\n' + body, next)
  }
  if (!isAtLineStart(ctx.file.text, before.dash)) return replaceSlot(ctx, loc, nextList, next)
  const at = before.dash - node.col
  return splice(ctx, at, at, body + '\n', next)
}

/** Renames the mapping key at `path` in place: only the key's text changes, its order stays. */
export function renameKey(file: SiteFile, path: Path, to: string): SiteFile {
  const ctx = editCtx(file)
  const loc = find(ctx, path)
  const h = loc.holder
  if (loc.depth !== path.length || h?.kind !== 'entry')
    throw new EditError(`there is no key ${String(path.at(-1))} to rename here`)
  const parentPath = path.slice(0, -1)
  const parent = getIn(ctx.doc.data, parentPath) as Record<string, unknown>
  if (to in parent) throw new EditError(`there is already a key "${to}" here`)
  const text = ctx.file.text
  const k = parseKey(text, h.entry.keyStart)
  if (!k) throw new EditError('this key cannot be renamed in place')
  const keyLen = text.slice(h.entry.keyStart, k.afterColon - 1).trimEnd().length
  const renamed = Object.fromEntries(
    Object.entries(parent).map(([key, v]) => [key === h.entry.key ? to : key, v]),
  )
  const data = parentPath.length ? setInData(ctx.doc.data, parentPath, renamed) : renamed
  return splice(ctx, h.entry.keyStart, h.entry.keyStart + keyLen, renderKeyText(to), data)
}
