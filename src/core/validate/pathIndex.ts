/**
 * Positions for one validation's thousands of findings: the same ranges, but each collection's
 * children are kept in a Map by key or index on the collection itself, so a lookup walks the path
 * without building a string per prefix (formatPath per prefix was a third of a 1,000-node run).
 */
import { Positions } from '../document/positions.ts'
import type { Path, PathSegment } from '../document/path.ts'
import type { SiteFile } from '../document/siteFile.ts'
import { rootNode } from '../yaml/outline.ts'
import { LineTable } from '../yaml/outlineLines.ts'
import type { Located } from '../yaml/outline.ts'

export class PathIndex extends Positions {
  private readonly top: Located | undefined
  private readonly kids = new Map<Located, Map<PathSegment, Located>>()
  private table: LineTable | undefined

  constructor(file: SiteFile) {
    super(file)
    const doc = file.docs[file.site]
    this.top = doc ? { node: rootNode(file.text, doc.start, doc.end), depth: 0 } : undefined
  }

  /** One table of line starts and indents serves every collection's children and line:column. */
  private lines(): LineTable {
    return (this.table ??= new LineTable(this.file.text))
  }

  override lineCol(offset: number) {
    return this.lines().lineCol(offset)
  }

  private childrenOf(loc: Located): Map<PathSegment, Located> {
    const lines = this.lines()
    const node = loc.node
    const out = new Map<PathSegment, Located>()
    const depth = loc.depth + 1
    if (node.kind === 'map')
      for (const entry of lines.entries(node))
        out.set(entry.key, {
          node: entry.value,
          depth,
          holder: { kind: 'entry', entry },
          parent: node,
        })
    else if (node.kind === 'seq') {
      let index = 0
      for (const item of lines.items(node))
        out.set(index, {
          node: item.value,
          depth,
          holder: { kind: 'item', item, index: index++ },
          parent: node,
        })
    }
    this.kids.set(loc, out)
    return out
  }

  override locate(path: Path): Located | undefined {
    let loc = this.top
    if (!loc) return undefined
    for (const seg of path) {
      const next = (this.kids.get(loc) ?? this.childrenOf(loc)).get(seg)
      if (!next) return loc
      loc = next
    }
    return loc
  }
}
