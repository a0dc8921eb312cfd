/** The shapes of the outline (outline.ts builds them, outlineNodes.ts holds their lazy ends). */

export type NodeKind = 'map' | 'seq' | 'scalar' | 'flow' | 'block-scalar' | 'null' | 'other'

export interface OutlineNode {
  kind: NodeKind
  /** offset of the node's first character (for 'null': where a value would start) */
  start: number
  /** end of the node's last content line (exclusive, before the newline) */
  end: number
  /** column of the entries of a map/seq; the column of `start` otherwise */
  col: number
  /** lines belong to the node while their indent is greater than this */
  minIndent: number
  /** scanning never passes this offset (the end of the YAML document) */
  limit: number
}

export interface MapEntry {
  key: string
  keyStart: number
  /** the entry starts mid-line, right after a sequence dash */
  inline: boolean
  end: number
  value: OutlineNode
}

export interface SeqItem {
  dash: number
  end: number
  value: OutlineNode
}

export type PathSegment = string | number

export interface Located {
  /** the node found for the longest resolvable prefix of the path */
  node: OutlineNode
  /** how many path segments were resolved */
  depth: number
  /** the entry or item that holds `node` (absent for the root) */
  holder?: { kind: 'entry'; entry: MapEntry } | { kind: 'item'; item: SeqItem; index: number }
  /** the collection that holds `holder` */
  parent?: OutlineNode
}
