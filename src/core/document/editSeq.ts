/** Reordering and copying whole list items (clusters, nodes, networks) as text chunks. */
import { seqItems } from '../yaml/outline.ts'
import type { SeqItem } from '../yaml/outline.ts'
import { apply, editCtx, EditError, find, isAtLineStart, nextLineStart } from './editContext.ts'
import { getIn } from './path.ts'
import type { Path } from './path.ts'
import type { SiteFile } from './siteFile.ts'

/** Each item's text from its dash line to the next item's dash line (comments travel along). */
function chunks(file: SiteFile, path: Path) {
  const ctx = editCtx(file)
  const loc = find(ctx, path)
  const list = getIn(ctx.doc.data, path)
  if (loc.depth < path.length || loc.node.kind !== 'seq' || !Array.isArray(list))
    throw new EditError('this list is not written in block style; edit it in the YAML pane')
  const text = file.text
  const items = [...seqItems(text, loc.node)]
  if (items.some((it) => !isAtLineStart(text, it.dash)))
    throw new EditError('nested inline lists cannot be reordered here')
  // comment lines right above an item belong to it and move with it (not the `#` lines that end
  // a block scalar of the item before, which are its content)
  const starts = items.map((it, i) => {
    let s = it.dash - loc.node.col
    const floor = i > 0 ? (items[i - 1] as SeqItem).end : 0
    while (s > 0) {
      const prev = text.lastIndexOf('\n', s - 2) + 1
      if (prev < floor || !/^[ \t]*#/.test(text.slice(prev, s))) break
      s = prev
    }
    return s
  })
  const last = items[items.length - 1]
  const end = last ? nextLineStart(text, last.end) : loc.node.end
  const parts = starts.map((s, i) => text.slice(s, starts[i + 1] ?? end))
  // the last chunk may lack a final newline at the end of the file
  const bare = !(parts[parts.length - 1] ?? '').endsWith('\n')
  if (bare) parts[parts.length - 1] += '\n'
  return { ctx, list, parts, from: starts[0] ?? end, to: end, bare }
}

function join(parts: string[], bare: boolean): string {
  const s = parts.join('')
  return bare ? s.replace(/\r?\n$/, '') : s
}

export function moveItem(file: SiteFile, path: Path, from: number, to: number): SiteFile {
  if (from === to) return file
  const { ctx, list, parts, from: a, to: b, bare } = chunks(file, path)
  if (from < 0 || from >= list.length || to < 0 || to >= list.length)
    throw new EditError(`cannot move item ${from} to ${to} of a ${list.length}-item list`)
  const nextList = list.slice()
  const [moved] = nextList.splice(from, 1)
  nextList.splice(to, 0, moved)
  // blank lines after an item separate it from the next one: they stay in place, only the items
  // move (else the last item, whose blank line is outside the list, moves up without one)
  const blank = /(?<=\n)(?:[ \t]*\n)+$/
  const seps = parts.map((p) => blank.exec(p)?.[0] ?? '')
  const items = parts.map((p, i) => p.slice(0, p.length - (seps[i] as string).length))
  const [chunk] = items.splice(from, 1)
  items.splice(to, 0, chunk as string)
  const out = items.map((p, i) => p + seps[i])
  return apply(ctx, {
    from: a,
    to: b,
    insert: join(out, bare),
    data: { set: path, value: nextList },
  })
}

/** Inserts a verbatim copy of item `index` right after it. */
export function duplicateItem(file: SiteFile, path: Path, index: number): SiteFile {
  const { ctx, list, parts, from: a, to: b, bare } = chunks(file, path)
  if (index < 0 || index >= list.length) throw new EditError(`no item ${index} to duplicate`)
  const copy = structuredClone(list[index])
  const nextList = [...list.slice(0, index + 1), copy, ...list.slice(index + 1)]
  parts.splice(index + 1, 0, parts[index] as string)
  return apply(ctx, {
    from: a,
    to: b,
    insert: join(parts, bare),
    data: { set: path, value: nextList },
  })
}
