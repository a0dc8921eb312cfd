/**
 * Path → text range, for diagnostics and jump-to. Caches every child of each collection it walks
 * through, so locating thousands of paths in a large file stays linear.
 */
import { lineCol } from '../yaml/lines.ts'
import { mapEntries, rootNode, seqItems } from '../yaml/outline.ts'
import type { Located, OutlineNode } from '../yaml/outline.ts'
import { formatPath } from './path.ts'
import type { Path } from './path.ts'
import type { SiteFile } from './siteFile.ts'

export interface TextRange {
  start: number
  end: number
  /** false when only an ancestor of the path could be found */
  exact: boolean
}

export class Positions {
  private readonly cache = new Map<string, Located>()
  private readonly root: OutlineNode | undefined

  constructor(readonly file: SiteFile) {
    const doc = file.docs[file.site]
    this.root = doc ? rootNode(file.text, doc.start, doc.end) : undefined
  }

  private children(loc: Located, prefix: Path): void {
    const text = this.file.text
    const node = loc.node
    if (node.kind === 'map') {
      for (const entry of mapEntries(text, node)) {
        const key = formatPath([...prefix, entry.key])
        this.cache.set(key, {
          node: entry.value,
          depth: loc.depth + 1,
          holder: { kind: 'entry', entry },
          parent: node,
        })
      }
    } else if (node.kind === 'seq') {
      let i = 0
      for (const item of seqItems(text, node)) {
        const key = formatPath([...prefix, i])
        this.cache.set(key, {
          node: item.value,
          depth: loc.depth + 1,
          holder: { kind: 'item', item, index: i },
          parent: node,
        })
        i++
      }
    }
    this.cache.set(formatPath(prefix) + '\u0000', loc)
  }

  locate(path: Path): Located | undefined {
    if (!this.root) return undefined
    let loc: Located = { node: this.root, depth: 0 }
    for (let i = 0; i < path.length; i++) {
      const prefix = path.slice(0, i)
      if (!this.cache.has(formatPath(prefix) + '\u0000')) this.children(loc, prefix)
      const next = this.cache.get(formatPath(path.slice(0, i + 1)))
      if (!next) return loc
      loc = next
    }
    return loc
  }

  /** The range of the value at `path` (for a mapping key, from the key through its value). */
  range(path: Path): TextRange | undefined {
    const loc = this.locate(path)
    if (!loc) return undefined
    const exact = loc.depth === path.length
    const h = loc.holder
    if (h?.kind === 'entry') return { start: h.entry.keyStart, end: h.entry.end, exact }
    if (h?.kind === 'item') return { start: h.item.dash, end: h.item.end, exact }
    return { start: loc.node.start, end: loc.node.end, exact }
  }

  lineCol(offset: number) {
    return lineCol(this.file.text, offset)
  }
}

/** One-off lookup (use a Positions instance for many). */
export function rangeOf(file: SiteFile, path: Path): TextRange | undefined {
  return new Positions(file).range(path)
}
