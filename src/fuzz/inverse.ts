/**
 * When "set the old value back" must give the original bytes. Undo in the app restores the
 * previous SiteFile object, so the meaningful property is about the inverse command: it holds
 * when the old value was written canonically (as the writer would write it) in a style the edit
 * kept. Otherwise the old bytes are not representable and nothing is claimed.
 */
import { setField, renameMapKey } from '../core/document/commands.ts'
import { editCtx, find } from '../core/document/editContext.ts'
import { scalarSpot } from '../core/document/editScalar.ts'
import type { Path } from '../core/document/path.ts'
import type { SiteFile } from '../core/document/siteFile.ts'
import { lineStartOf } from '../core/yaml/lines.ts'
import type { NodeKind } from '../core/yaml/outline.ts'
import { renderKey, renderScalar } from '../core/yaml/scalar.ts'

const isScalar = (v: unknown) => v === null || typeof v !== 'object'

/** The outline's kind of the node at `path` (undefined when it is not there or cannot be read). */
export function blockKind(file: SiteFile, path: Path): NodeKind | undefined {
  try {
    const loc = find(editCtx(file), path)
    return loc.depth === path.length ? loc.node.kind : undefined
  } catch {
    return undefined
  }
}

function spotAt(file: SiteFile, path: Path) {
  try {
    const loc = find(editCtx(file), path)
    if (loc.depth !== path.length || !loc.holder) return null
    const spot = scalarSpot(file.text, loc)
    const at = loc.holder.kind === 'entry' ? loc.holder.entry.keyStart : loc.holder.item.dash
    return spot && { ...spot, col: at - lineStartOf(file.text, at) }
  } catch {
    return null
  }
}

export function scalarInverse(
  before: SiteFile,
  after: SiteFile,
  path: Path,
  old: unknown,
  now: unknown,
): ((f: SiteFile) => SiteFile) | undefined {
  if (!isScalar(old) || !isScalar(now) || after.text === before.text) return undefined
  const a = spotAt(before, path)
  const b = spotAt(after, path)
  if (!a || !b || a.style !== b.style) return undefined
  const opts = { style: a.style, parentIndent: a.col, blockIndent: a.blockIndent }
  if (before.text.slice(a.from, a.to) !== renderScalar(old, opts)) return undefined
  return (f) => setField(f, { path, value: old })
}

export function keyInverse(
  before: SiteFile,
  path: Path,
  to: string,
): ((f: SiteFile) => SiteFile) | undefined {
  const old = path.at(-1) as string
  try {
    const h = find(editCtx(before), path).holder
    if (h?.kind !== 'entry') return undefined
    const raw = renderKey(old)
    if (before.text.slice(h.entry.keyStart, h.entry.keyStart + raw.length) !== raw) return undefined
    if (!/^[ \t]*:/.test(before.text.slice(h.entry.keyStart + raw.length))) return undefined
  } catch {
    return undefined
  }
  return (f) => renameMapKey(f, { path: [...path.slice(0, -1), to], to: old })
}
