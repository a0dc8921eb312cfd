/**
 * Text offset → the document path of the deepest entry or item holding it: the YAML pane's cursor
 * tells the Resources tab which field is selected. Walks the outline down one collection per level.
 */
import { mapEntries, rootNode, seqItems } from '../yaml/outline.ts'
import type { OutlineNode } from '../yaml/outline.ts'
import type { Path, PathSegment } from './path.ts'
import type { SiteFile } from './siteFile.ts'

export function pathAt(file: SiteFile, offset: number): Path {
  const doc = file.docs[file.site]
  if (!doc || offset < doc.start || offset > doc.end) return []
  const text = file.text
  const out: PathSegment[] = []
  let node: OutlineNode | undefined = rootNode(text, doc.start, doc.end)
  while (node) {
    const next = child(text, node, offset)
    if (!next) break
    out.push(next.segment)
    node = next.value
  }
  return out
}

function child(
  text: string,
  node: OutlineNode,
  offset: number,
): { segment: PathSegment; value: OutlineNode } | undefined {
  if (node.kind === 'map') {
    for (const e of mapEntries(text, node)) {
      if (offset < e.keyStart) return undefined
      if (offset <= e.end) return { segment: e.key, value: e.value }
    }
  } else if (node.kind === 'seq') {
    let i = 0
    for (const item of seqItems(text, node)) {
      if (offset < item.dash) return undefined
      if (offset <= item.end) return { segment: i, value: item.value }
      i++
    }
  }
  return undefined
}
