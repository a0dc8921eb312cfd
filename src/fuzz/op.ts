/** The shape of a fuzzed command (ops.ts and opsMore.ts both declare them). */
import type { SiteFile } from '../core/document/siteFile.ts'
import type { OpSpec } from './values.ts'

export interface Applied {
  out: SiteFile
  /** the command that sets the old state back, when the old bytes are representable */
  inverse?: (f: SiteFile) => SiteFile
}

export interface Op {
  name: string
  run: (file: SiteFile, s: OpSpec, baseline: SiteFile) => Applied | null
}
