/** What changed in the overrides and installerArgs of a cluster between two readings of a file. */
import { getIn } from '../document/path.ts'
import type { SiteFile } from '../document/siteFile.ts'
import { fileModel, siteData } from '../document/siteFile.ts'
import { overridePath, overrideView } from './overrideView.ts'
import type { Stage } from './preset.ts'

export interface StageChange {
  /** "cluster sno1" or "node sno1.example.com" */
  target: string
  stage: Stage
  added: string[]
  removed: string[]
  changed: string[]
  args?: { before?: string; after?: string }
}

function diffStage(before: SiteFile, after: SiteFile, stage: Stage, c: number, n = 0) {
  const path = overridePath(stage, c, n, fileModel(after))
  const a = overrideView(before, stage, path)
  const b = overrideView(after, stage, path)
  const items = (v: typeof a) =>
    new Map<string, { mode?: number; body: string }>([
      ...v.units.map((u) => [u.name, { body: `${u.enabled}|${u.contents}` }] as const),
      ...v.files.map((f) => [f.path, { mode: f.mode, body: f.text ?? f.error ?? '' }] as const),
    ])
  const x = items(a)
  const y = items(b)
  const why = (k: string) => {
    const [p, q] = [x.get(k)!, y.get(k)!]
    const parts = [
      ...(p.mode !== q.mode ? [`mode ${p.mode ?? 'unset'} → ${q.mode ?? 'unset'}`] : []),
      ...(p.body !== q.body ? ['contents'] : []),
    ]
    return parts.length ? `${k} (${parts.join(', ')})` : null
  }
  return {
    added: [...y.keys()].filter((k) => !x.has(k)),
    removed: [...x.keys()].filter((k) => !y.has(k)),
    changed: [...y.keys()].filter((k) => x.has(k)).flatMap((k) => why(k) ?? []),
  }
}

export function stageChanges(before: SiteFile, after: SiteFile, cluster: number): StageChange[] {
  const out: StageChange[] = []
  const data = siteData(after)
  const site = fileModel(after)
  const name = String(getIn(data, [...site.cluster(cluster), 'clusterName']) ?? cluster)
  const d = diffStage(before, after, 'discovery', cluster)
  if (d.added.length + d.removed.length + d.changed.length)
    out.push({ target: `cluster ${name}`, stage: 'discovery', ...d })
  const nodes = getIn(data, site.nodes(cluster))
  for (let n = 0; n < (Array.isArray(nodes) ? nodes.length : 0); n++) {
    const host = String(getIn(data, [...site.node(cluster, n), 'hostName']) ?? n)
    const s = diffStage(before, after, 'install', cluster, n)
    const argPath = [...site.node(cluster, n), 'installerArgs']
    const a0 = getIn(siteData(before), argPath) as string | undefined
    const a1 = getIn(data, argPath) as string | undefined
    const args = a0 !== a1 ? { before: a0, after: a1 } : undefined
    if (s.added.length + s.removed.length + s.changed.length || args)
      out.push({ target: `node ${host}`, stage: 'install', ...s, args })
  }
  return out
}
