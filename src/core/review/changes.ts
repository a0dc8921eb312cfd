/**
 * The change summary: what differs between the baseline and the current file, in an operator's
 * terms, grouped by site, cluster and node. Overrides are compared decoded (units and scripts),
 * not as encoded blobs. Each item says where it lives in both texts, so it can be reverted alone.
 */
import type { Path } from '../document/path.ts'
import type { Scope } from '../document/scope.ts'
import type { SiteFile } from '../document/siteFile.ts'
import { siteData } from '../document/siteFile.ts'
import { show } from './describe.ts'
import { asObj, fieldItems, list, pairByName, without } from './fieldItems.ts'
import type { Obj } from './fieldItems.ts'
import { overrideChange } from './overrideChange.ts'
import type { ChangeItem } from './types.ts'
import { modelOf } from '../site/siteModel.ts'

export type ReviewScope = Scope

export type { ChangeItem, Loc } from './types.ts'

export interface ChangeGroup {
  title: string
  scope: ReviewScope
  items: ChangeItem[]
}

const OWN = ['ignitionConfigOverride', 'installerArgs']

function nodeItems(
  before: SiteFile,
  after: SiteFile,
  a: Obj,
  b: Obj,
  was: Path,
  now: Path,
): ChangeItem[] {
  const items = fieldItems(without(a, OWN), without(b, OWN), was, now)
  const o = overrideChange(
    before,
    after,
    [...was, 'ignitionConfigOverride'],
    [...now, 'ignitionConfigOverride'],
    'install',
  )
  const argsChanged = a.installerArgs !== b.installerArgs
  const argsLoc = (side: Obj, p: Path) =>
    side.installerArgs === undefined ? [] : [{ path: [...p, 'installerArgs'] }]
  if (o?.precache) {
    // enabling or removing pre-caching is one step to the operator: override and installerArgs
    const what = [...(argsChanged ? ['installerArgs'] : []), ...o.counts]
    items.push({
      text: `pre-caching ${o.precache} (${what.join(', ')})`,
      now: [...o.now, ...(argsChanged ? argsLoc(b, now) : [])],
      was: [...o.was, ...(argsChanged ? argsLoc(a, was) : [])],
      decoded: o.decoded,
    })
    return items
  }
  if (o) items.push(...o.items)
  if (argsChanged)
    items.push({
      text: `installerArgs ${show(a.installerArgs)} → ${show(b.installerArgs)}`,
      now: argsLoc(b, now),
      was: argsLoc(a, was),
    })
  return items
}

const clusterName = (c: unknown, i: number) => String(asObj(c).clusterName ?? `#${i + 1}`)
const hostName = (n: unknown, i: number) => String(asObj(n).hostName ?? `#${i + 1}`)

export function summarizeChanges(before: SiteFile, after: SiteFile): ChangeGroup[] {
  const A = siteData(before)
  const B = siteData(after)
  if (!A || !B) return []
  const groups: ChangeGroup[] = []
  const site: ChangeGroup = { title: 'site', scope: { kind: 'site' }, items: [] }
  site.items.push(...fieldItems(without(A, ['spec']), without(B, ['spec']), [], []))
  const model = modelOf(B)
  // a SiteConfig's spec beside its clusters is the site's; a ClusterInstance's spec is its cluster
  if (model.siteFields.includes('spec'))
    site.items.push(
      ...fieldItems(
        without(asObj(A.spec), model.structureKeys),
        without(asObj(B.spec), model.structureKeys),
        ['spec'],
        ['spec'],
      ),
    )
  const ca = modelOf(A).clusterList(A)
  const cb = model.clusterList(B)
  const cp = pairByName(ca, cb, 'clusterName')
  for (const j of cp.added) {
    const nodes = list(asObj(cb[j]).nodes).length
    site.items.push({
      text: `cluster ${clusterName(cb[j], j)} added (${nodes} node${nodes === 1 ? '' : 's'})`,
      now: [{ path: model.cluster(j) }],
      was: [],
    })
  }
  for (const i of cp.removed)
    site.items.push({
      text: `cluster ${clusterName(ca[i], i)} removed`,
      now: [],
      was: [{ path: model.cluster(i) }],
    })
  groups.push(site)
  for (const [i, j] of cp.pairs) {
    const a = asObj(ca[i])
    const b = asObj(cb[j])
    const was: Path = model.cluster(i)
    const now: Path = model.cluster(j)
    const group: ChangeGroup = {
      title: `cluster ${clusterName(b, j)}`,
      scope: { kind: 'cluster', cluster: j },
      items: [],
    }
    group.items.push(
      ...fieldItems(
        without(a, ['nodes', 'ignitionConfigOverride']),
        without(b, ['nodes', 'ignitionConfigOverride']),
        was,
        now,
      ),
    )
    const o = overrideChange(
      before,
      after,
      [...was, 'ignitionConfigOverride'],
      [...now, 'ignitionConfigOverride'],
      'discovery',
    )
    if (o?.precache)
      group.items.push({
        text: `pre-caching ${o.precache} (${o.counts.join(', ')})`,
        now: o.now,
        was: o.was,
        decoded: o.decoded,
      })
    else if (o) group.items.push(...o.items)
    const na = list(a.nodes)
    const nb = list(b.nodes)
    const np = pairByName(na, nb, 'hostName')
    for (const n of np.added)
      group.items.push({
        text: `node ${hostName(nb[n], n)} added`,
        now: [{ path: [...now, 'nodes', n] }],
        was: [],
      })
    for (const n of np.removed)
      group.items.push({
        text: `node ${hostName(na[n], n)} removed`,
        now: [],
        was: [{ path: [...was, 'nodes', n] }],
      })
    groups.push(group)
    for (const [m, n] of np.pairs)
      groups.push({
        title: `node ${hostName(nb[n], n)}`,
        scope: { kind: 'node', cluster: j, node: n },
        items: nodeItems(
          before,
          after,
          asObj(na[m]),
          asObj(nb[n]),
          [...was, 'nodes', m],
          [...now, 'nodes', n],
        ),
      })
  }
  return groups.filter((g) => g.items.length > 0)
}
