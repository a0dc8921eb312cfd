/**
 * Lossless edits of the SiteConfig document: each primitive splices the smallest text range that
 * holds the change, so comments, quoting, key order and layout elsewhere stay byte-for-byte.
 * Each is planned first (which range, what text, what data change: editPlan.ts, editScalar.ts)
 * and then applied in one step (editContext.ts); the old SiteFile is untouched.
 */
import { deepEqual } from '../codecs/json.ts'
import { isMap } from '../yaml/emit.ts'
import { mapEntries, parseKey, seqItems } from '../yaml/outline.ts'
import { apply, detectStyle, editCtx, EditError, find } from './editContext.ts'
import { isAtLineStart, wholeLines } from './editContext.ts'
import type { EditCtx, Plan } from './editContext.ts'
import { appendAt, holderCol, isScalar, itemText, nest, planEntry } from './editPlan.ts'
import { planSlot, renderKeyText } from './editPlan.ts'
import { planScalar, scalarSpot, scalarWrittenAt } from './editScalar.ts'
import { deleteInData, getIn, setInData } from './path.ts'
import type { Path, PathSegment } from './path.ts'
import type { SiteFile } from './siteFile.ts'

export { EditError }
export { itemText }

/** Sets the value at `path`, creating missing mappings on the way; minimal text change. */
export function setIn(file: SiteFile, path: Path, value: unknown): SiteFile {
  const ctx = editCtx(file)
  const cur = getIn(ctx.doc.data, path)
  if (cur !== undefined && deepEqual(cur, value)) return file
  if (isMap(value) && isMap(cur)) {
    // key by key, so the entries that stay keep their text
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
  return apply(ctx, planSet(ctx, path, value, cur))
}

/** The one text change that writes `value` (replacing `cur`) at `path`. */
function planSet(ctx: EditCtx, path: Path, value: unknown, cur: unknown): Plan {
  const data = { set: path, value }
  const scalars = isScalar(value) && isScalar(cur)
  const again = scalars ? scalarWrittenAt(ctx.file, path) : null
  if (again) return planScalar(again, path, value)
  const loc = find(ctx, path)
  if (loc.depth === path.length) {
    const spot = scalars ? scalarSpot(ctx.file.text, loc) : null
    if (spot) return planScalar({ ...spot, col: holderCol(ctx, loc) }, path, value)
    return { ...planSlot(ctx, loc, value), data }
  }
  // the path goes on past what the file writes: new keys (or a new last item) below `loc`
  const rest = path.slice(loc.depth)
  const seg = rest[0] as PathSegment
  const node = loc.node
  if (node.kind === 'map' && typeof seg === 'string')
    return { ...planEntry(ctx, node, seg, nest(rest.slice(1), value)), data }
  const here = getIn(ctx.doc.data, path.slice(0, loc.depth))
  if (node.kind === 'seq' && Array.isArray(here) && seg === here.length)
    return planInsert(ctx, path.slice(0, loc.depth), seg, nest(rest.slice(1), value))
  if (node.kind === 'null' || node.kind === 'flow' || node.kind === 'scalar') {
    const sub = setInData(here === null || isScalar(here) ? undefined : here, rest, value)
    if (isScalar(here) && here !== null && here !== undefined)
      throw new EditError(`cannot set ${String(seg)} inside a ${typeof here} value`)
    return { ...planSlot(ctx, loc, sub), data }
  }
  throw new EditError(
    `cannot write at this place in the file (${node.kind} YAML is not editable here)`,
  )
}

/** Removes the value at `path` (a mapping key or a list item); absent paths change nothing. */
export function deleteIn(file: SiteFile, path: Path): SiteFile {
  const ctx = editCtx(file)
  if (path.length === 0 || getIn(ctx.doc.data, path) === undefined) return file
  return apply(ctx, { ...planDelete(ctx, path), data: { remove: path } })
}

function planDelete(ctx: EditCtx, path: Path) {
  const data = ctx.doc.data
  // the value at `prefix` once the path is gone (a slot that is rewritten gets this)
  const after = (prefix: Path) =>
    deleteInData(getIn(data, prefix), path.slice(prefix.length)) as unknown
  const loc = find(ctx, path)
  const text = ctx.file.text
  if (loc.depth < path.length || !loc.parent || !loc.holder) {
    // inside a flow collection or another shape the outline cannot cut: rewrite that value
    const at = find(ctx, path.slice(0, loc.depth))
    return planSlot(ctx, at, after(path.slice(0, at.depth)))
  }
  const parentPath = path.slice(0, -1)
  const parentLoc = find(ctx, parentPath)
  const h = loc.holder
  if (h.kind === 'entry') {
    const entries = [...mapEntries(text, loc.parent)]
    if (entries.length === 1) return planSlot(ctx, parentLoc, {})
    const idx = entries.findIndex((e) => e.keyStart === h.entry.keyStart)
    const next = entries[idx + 1]
    if (h.entry.inline) {
      if (!next) return planSlot(ctx, parentLoc, after(parentPath))
      return { from: h.entry.keyStart, to: next.keyStart, insert: '' }
    }
    const [from, to] = wholeLines(text, h.entry.keyStart, h.entry.end)
    return { from, to, insert: '' }
  }
  const items = [...seqItems(text, loc.parent)]
  if (items.length === 1) return planSlot(ctx, parentLoc, [])
  if (!isAtLineStart(text, h.item.dash)) return planSlot(ctx, parentLoc, after(parentPath))
  const [from, to] = wholeLines(text, h.item.dash, h.item.end)
  return { from, to, insert: '' }
}

/** Inserts `value` into the list at `path` before item `index` (index = length appends). */
export function insertItem(file: SiteFile, path: Path, index: number, value: unknown): SiteFile {
  const ctx = editCtx(file)
  return apply(ctx, planInsert(ctx, path, index, value))
}

function planInsert(ctx: EditCtx, path: Path, index: number, value: unknown): Plan {
  const cur = getIn(ctx.doc.data, path)
  const list = Array.isArray(cur) ? cur : []
  if (index < 0 || index > list.length) throw new EditError(`list index ${index} is out of range`)
  const nextList = [...list.slice(0, index), value, ...list.slice(index)]
  const data = { set: path, value: nextList }
  const loc = find(ctx, path)
  const node = loc.node
  if (loc.depth < path.length || node.kind !== 'seq' || list.length === 0) {
    // no list yet: written as a new value, as setIn would
    if (list.length === 0 && cur === undefined) return planSet(ctx, path, nextList, cur)
    return { ...planSlot(ctx, loc, nextList), data }
  }
  const text = ctx.file.text
  const style = detectStyle(ctx, loc.parent)
  const body = `${' '.repeat(node.col)}- ${itemText(value, node.col, style)}`
  const before = [...seqItems(text, node)][index]
  if (!before) {
    const end = appendAt(text, node, body)
    return { from: end, to: end, insert: '\n' + body, data }
  }
  if (!isAtLineStart(text, before.dash)) return { ...planSlot(ctx, loc, nextList), data }
  const at = before.dash - node.col
  return { from: at, to: at, insert: body + '\n', data }
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
  const { keyStart } = h.entry
  const k = parseKey(text, keyStart)
  if (!k) throw new EditError('this key cannot be renamed in place')
  const keyLen = text.slice(keyStart, k.afterColon - 1).trimEnd().length
  const renamed = Object.fromEntries(
    Object.entries(parent).map(([key, v]) => [key === h.entry.key ? to : key, v]),
  )
  return apply(ctx, {
    from: keyStart,
    to: keyStart + keyLen,
    insert: renderKeyText(to),
    data: { set: parentPath, value: renamed },
  })
}
