/** The outline's nodes, entries and items, each with an `end` found only when asked for. */
import type { MapEntry, NodeKind, OutlineNode, SeqItem } from './outlineTypes.ts'

/**
 * An `end` computed on first use. Finding a node's end scans all its lines; a lookup that
 * descends into a node never needs that node's end, so a path lookup in a 4 MB file scans it
 * about once instead of once per level. A class, not a getter defined per object: those gave
 * each object its own hidden class, and a 200,000-key mapping spent seconds in the GC.
 */
/** `LazyEnd.known` before the end is computed (an end is an offset, never negative). */
const NOT_COMPUTED = -1

class LazyEnd {
  private known = NOT_COMPUTED
  constructor(private readonly compute: () => number) {}
  get end(): number {
    if (this.known === NOT_COMPUTED) this.known = this.compute()
    return this.known
  }
}

export class LazyNode extends LazyEnd implements OutlineNode {
  constructor(
    public kind: NodeKind,
    public start: number,
    public col: number,
    public minIndent: number,
    public limit: number,
    compute: () => number,
  ) {
    super(compute)
  }
}

export class LazyEntry extends LazyEnd implements MapEntry {
  constructor(
    public key: string,
    public keyStart: number,
    public inline: boolean,
    public value: OutlineNode,
    compute: () => number,
  ) {
    super(compute)
  }
}

export class LazyItem extends LazyEnd implements SeqItem {
  constructor(
    public dash: number,
    public value: OutlineNode,
    compute: () => number,
  ) {
    super(compute)
  }
}
