/** The shapes of the change summary, apart from the modules that build them (no type cycle). */
import type { JSONPath } from 'jsonc-parser'
import type { Path } from '../document/path.ts'

/** A place in a text: a document path, optionally a JSON path inside that string value. */
export interface Loc {
  path: Path
  json?: JSONPath
}

/** One changed unit or file of an override, decoded on both sides. */
export interface DecodedDiff {
  /** unit name or file path */
  name: string
  before: string
  after: string
}

export interface ChangeItem {
  text: string
  /** where the change is in the current text (nothing for a removal) */
  now: Loc[]
  /** where it was in the baseline (nothing for an addition) */
  was: Loc[]
  decoded?: DecodedDiff[]
}
