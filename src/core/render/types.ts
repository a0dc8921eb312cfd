/**
 * The renderer's API (issue 15): what the hub creates from a SiteConfig (the siteconfig-generator)
 * or a ClusterInstance (the operator's default assisted-installer templates). Plain data: it
 * crosses the worker boundary and is compared by the Diff tab's resource view.
 */
import type { Message } from '../messages/message.ts'
import type { Path } from '../document/path.ts'
import type { RepoFiles } from '../validate/repo.ts'
import type { DocKind } from '../site/siteModel.ts'

export type Obj = Record<string, unknown>

/** the ACM release whose templates render a ClusterInstance: one InfraEnv per cluster up to 2.13, one per node from 2.14 */
export type AcmVersion = '2.13' | '2.14'
export const DEFAULT_ACM: AcmVersion = '2.14'

export interface RenderOptions {
  acm?: AcmVersion
  /** the repository around the file (CLI `--extra-manifests DIR`, or the file's folder): extra-manifest data is read from it */
  repo?: RepoFiles
  /** the ztp container's extra-manifest directory (CLI `--extra-manifests DIR`): the built-in manifests' data */
  builtin?: RepoFiles
}

/** where a rendered value came from: `field` inside the resource, `source` in the document (from its root) */
export interface Origin {
  field: Path
  source: Path
}

/** the three pre-cache fields and where they land */
export type PrecacheRole = 'clusterOverride' | 'nodeOverride' | 'installerArgs'

export interface Resource {
  apiVersion: string
  kind: string
  name: string
  namespace?: string
  /** cluster index in the document (0 for a ClusterInstance) */
  cluster: number
  clusterName: string
  /** node index, for node-level resources */
  node?: number
  /** the whole object as the hub would create it (apiVersion, kind, metadata, spec …) */
  body: Obj
  /** every rendered field that came from a document field (the most specific pair wins a lookup) */
  origins: Origin[]
  /** the pre-cache fields as they land in this resource */
  precache: { field: Path; role: PrecacheRole }[]
  /**
   * set when a template override (crTemplates, a custom templateRef) replaces this resource on the hub:
   * the template's name; `body` is then what the default template would have rendered
   */
  replacedBy?: string
}

export interface RenderNote {
  severity: 'error' | 'warning' | 'info'
  message: Message
  cluster?: number
  node?: number
  /** the document field that causes it, when one does */
  path?: Path
}

export interface RenderResult {
  kind: DocKind
  resources: Resource[]
  notes: RenderNote[]
  /** true when the hub would fail to render (an error note): the resources are what could be rendered */
  failed: boolean
}

/** `Kind namespace/name`, the identity the resource diff pairs by */
export const resourceKey = (r: Pick<Resource, 'kind' | 'namespace' | 'name'>): string =>
  `${r.kind} ${r.namespace ? `${r.namespace}/` : ''}${r.name}`

/** how a resource or a field changed between two renders (diff.ts) */
export type ChangeKind = 'added' | 'removed' | 'changed'

export interface FieldChange {
  path: Path
  change: ChangeKind
  before?: unknown
  after?: unknown
}
