/** What the fleet rules read of each file, small and plain (it crosses the worker boundary). */
import type { DocKind } from '../site/siteModel.ts'
import type { Severity } from '../validate/diagnostic.ts'
import type { Params } from '../messages/message.ts'

/** a place in one file: 1-based line and column, and the document path (dotted) */
export interface Place {
  file: string
  line: number
  column: number
  path: string
}

export interface Valued {
  value: string
  place: Place
}

export interface ClusterFacts {
  /** the cluster's index in its file */
  index: number
  name: Valued | undefined
  vips: Valued[]
  /** machineNetwork CIDRs as written */
  networks: Valued[]
  nodes: NodeFacts[]
}

export interface NodeFacts {
  hostName: Valued | undefined
  /** bootMACAddress and nmstate interface MACs, as written */
  macs: Valued[]
  bmc: Valued | undefined
}

/** one SiteConfig or ClusterInstance file */
export interface SiteFacts {
  file: string
  kind: DocKind
  clusters: ClusterFacts[]
}

export type KustomizeField =
  'generators' | 'resources' | 'components' | 'files' | 'patches' | 'patchesStrategicMerge'

export interface KustomizeEntry {
  field: KustomizeField
  /** as written (a configMapGenerator's `key=path` keeps only the path) */
  value: string
  place: Place
}

export interface KustomizationFacts {
  file: string
  entries: KustomizeEntry[]
  /** why it could not be read (not YAML, not a mapping) */
  error?: { message: string; line: number; column: number }
}

/** a finding that involves several files: every place, the first being where it is reported */
export interface FleetFinding {
  rule: string
  severity: Severity
  message: string
  messageId: string
  params: Params
  places: Place[]
}
