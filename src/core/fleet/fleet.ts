/**
 * One repository's check: which files are site files (by kind) and kustomizations, each site
 * file's own findings, and the findings between files. The CLI calls `checkSite` per file and
 * `checkFleet` once; the app does the same, the first part in workers.
 */
import { readSiteFile, siteData, fileModel } from '../document/siteFile.ts'
import { docKind } from '../site/siteModel.ts'
import type { DocKind } from '../site/siteModel.ts'
import type { Diagnostic } from '../validate/diagnostic.ts'
import { PathIndex } from '../validate/pathIndex.ts'
import { validate } from '../validate/validate.ts'
import type { ValidateOptions } from '../validate/validate.ts'
import { siteFacts } from './facts.ts'
import type { SiteFacts } from './types.ts'

/** a site file's row in the Sites view and the CLI's input to the fleet rules */
export interface SiteReport {
  file: string
  /** undefined when the text does not parse into a site document (its findings say why) */
  kind: DocKind | undefined
  clusters: string[]
  nodes: number
  errors: number
  warnings: number
  diagnostics: Diagnostic[]
  facts: SiteFacts | undefined
}

export function checkSite(file: string, text: string, options: ValidateOptions = {}): SiteReport {
  const site = readSiteFile(text)
  // one index of the file's positions for its findings and its facts
  const positions = new PathIndex(site)
  const diagnostics = validate(site, { ...options, positions })
  const data = siteData(site)
  const kind = docKind(data)
  const facts = kind ? siteFacts(file, site, positions) : undefined
  const model = fileModel(site)
  const clusterList = data ? model.clusterList(data) : []
  let nodes = 0
  clusterList.forEach((_, c) => (nodes += model.nodeList(data, c).length))
  return {
    file,
    kind,
    clusters: facts ? facts.clusters.map((c) => c.name?.value ?? '') : [],
    nodes,
    errors: diagnostics.filter((d) => d.severity === 'error').length,
    warnings: diagnostics.filter((d) => d.severity === 'warning').length,
    diagnostics,
    facts,
  }
}

/** a site file's row of the Sites view, small enough to stream from a worker */
export type SiteRow = Omit<SiteReport, 'diagnostics'> & {
  /** rules whose quick fix is offered here, with how many places */
  fixes: Record<string, number>
}

export function rowOf(r: SiteReport): SiteRow {
  const fixes: Record<string, number> = {}
  for (const d of r.diagnostics) if (d.fix) fixes[d.rule] = (fixes[d.rule] ?? 0) + 1
  const { diagnostics: _all, ...row } = r
  return { ...row, fixes }
}
