/** What every rule gets: the file, its SiteConfig data, and a way to report. */
import type { JSONPath } from 'jsonc-parser'
import type { Path } from '../document/path.ts'
import type { SiteFile } from '../document/siteFile.ts'
import type { Finding, Fix } from './diagnostic.ts'
import type { Message } from '../messages/message.ts'
import type { Rule } from './registry.ts'
import type { RepoFiles } from './repo.ts'
import type { ValidationCache } from './cache.ts'
import type { DocKind, SiteModel } from '../site/siteModel.ts'
import { asArray, modelOf } from '../site/siteModel.ts'

/**
 * A place inside an embedded value (an override's JSON), found only when a finding that uses it is
 * kept: finding it costs a parse of the value. `json` lists JSON paths, the first found wins.
 */
export interface Spot {
  readonly json: readonly JSONPath[]
  resolve(): number | undefined
}

/** a source offset, or a spot that resolves to one */
export type At = number | Spot | undefined

export interface RuleContext {
  file: SiteFile
  data: Record<string, unknown>
  /** the edited document's kind; a rule whose `kinds` lacks it reports nothing */
  kind: DocKind
  /** where that kind keeps its clusters and nodes */
  model: SiteModel
  /** the target ztp-site-generate release ("4.14"), when the user chose one */
  release?: string
  /** the files next to the SiteConfig, where they can be read (CLI) */
  repo?: RepoFiles
  /** a finding of `rule` (its id and severity come from the registry; see registry.ts) */
  report(rule: Rule, path: Path, message: string | Message, offset?: At, fix?: Fix): void
  /** parsed units, decoded data URLs, … of this validation, shared by equal strings */
  cache: ValidationCache
  /** source offset of a position inside an embedded string value (JSON of an override) */
  embedded(path: Path): { text: string; toSource(offset: number): number } | undefined
  /** where the first entry with the same source as the one at `path` starts (see embedded.ts) */
  copyOf(path: Path): number | undefined
  /** the entry's characters and column (embedded.ts): what equal copies share across files */
  contentOf(path: Path): string | undefined
  /** the source text of the value at `path` (for checks on how it is written, e.g. quoting) */
  source(path: Path): string | undefined
}

/** one pass over the document that reports findings of some rules */
export type Check = (ctx: RuleContext) => void

export const asRecord = (v: unknown): Record<string, unknown> | undefined =>
  v !== null && typeof v === 'object' && !Array.isArray(v)
    ? (v as Record<string, unknown>)
    : undefined

export { asArray }

export interface NodeRef {
  c: number
  n: number
  cluster: Record<string, unknown>
  node: Record<string, unknown>
  path: Path
}

/** the clusters of a document, by its kind's model (a ClusterInstance's one cluster is `spec`) */
export function clustersOf(
  data: Record<string, unknown>,
  model: SiteModel = modelOf(data),
): Array<{ c: number; cluster: Record<string, unknown>; path: Path }> {
  return model.clusterList(data).flatMap((cl, c) => {
    const cluster = asRecord(cl)
    return cluster ? [{ c, cluster, path: model.cluster(c) }] : []
  })
}

export function nodesOf(
  data: Record<string, unknown>,
  model: SiteModel = modelOf(data),
): NodeRef[] {
  return clustersOf(data, model).flatMap(({ c, cluster }) =>
    asArray(cluster.nodes).flatMap((nd, n) => {
      const node = asRecord(nd)
      return node ? [{ c, n, cluster, node, path: model.node(c, n) }] : []
    }),
  )
}

/** nodesOf(ctx.data), made once per validation: eleven rules walk the same 1,000 nodes. */
export function nodesIn(ctx: RuleContext): readonly NodeRef[] {
  return ctx.cache.once('nodes', '', () => nodesOf(ctx.data, ctx.model))
}

export function name(v: unknown, fallback: string): string {
  return typeof v === 'string' && v ? v : fallback
}

export type { Finding }

export const SHOW_MAX = 200

/** A value from the file as a message shows it: cut to SHOW_MAX characters, saying how long it is. */
export function show(value: unknown): string {
  const s = String(value)
  return s.length <= SHOW_MAX ? s : `${s.slice(0, SHOW_MAX)}… (${s.length} characters)`
}

/** `clusters[0].machineNetwork[1].cidr` for a document path (messages start with it). */
export function where(path: Path): string {
  // a ClusterInstance's cluster is `spec` itself: name it rather than say nothing
  if (path.length === 1 && path[0] === 'spec') return 'spec'
  return path
    .slice(path[0] === 'spec' ? 1 : 0)
    .reduce<string>(
      (s, p) => (typeof p === 'number' ? `${s}[${p}]` : s ? `${s}.${show(p)}` : show(p)),
      '',
    )
}

/** A DNS host name (labels of letters, digits and '-', ≤ 253 characters in all). */
export const HOST_NAME =
  /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/i
