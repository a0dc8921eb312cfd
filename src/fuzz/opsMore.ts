/** The commands on clusters, nodes, pre-caching, overrides and review (see ops.ts). */
import * as cmd from '../core/document/commands.ts'
import type { SiteFile } from '../core/document/siteFile.ts'
import { siteData } from '../core/document/siteFile.ts'
import * as ovr from '../core/precache/overrideCommands.ts'
import { disablePrecache, enablePrecache } from '../core/precache/precacheCommands.ts'
import { summarizeChanges } from '../core/review/changes.ts'
import { revertChange } from '../core/review/revert.ts'
import { applyFix } from '../core/validate/applyFix.ts'
import { validate } from '../core/validate/validate.ts'
import { siteConfigModel as site } from '../core/site/siteModel.ts'
import type { Op } from './op.ts'
import { onPlace, pick, places } from './values.ts'
import type { OpSpec } from './values.ts'

const clusters = (f: SiteFile) => site.clusterList(siteData(f)).length
const overrides = (f: SiteFile) =>
  places(siteData(f)).filter((p) => p.path.at(-1) === 'ignitionConfigOverride')

/** A valid cluster index and, when there are nodes, a valid node index of it. */
function target(f: SiteFile, s: OpSpec) {
  const n = clusters(f)
  if (!n) return null
  const cluster = s.a % n
  const nodes = site.nodeList(siteData(f), cluster).length
  return { cluster, node: nodes ? s.b % nodes : undefined, nodes }
}

export const MORE_OPS: Op[] = [
  { name: 'addCluster', run: (f) => ({ out: cmd.addCluster(f) }) },
  {
    name: 'removeCluster',
    run: (f, s) => {
      const t = target(f, s)
      return t && { out: cmd.removeCluster(f, { index: t.cluster }) }
    },
  },
  {
    name: 'moveCluster',
    run: (f, s) => {
      const n = clusters(f)
      if (!n) return null
      const [from, to] = [s.a % n, s.b % n]
      return {
        out: cmd.moveCluster(f, { from, to }),
        inverse: (g) => cmd.moveCluster(g, { from: to, to: from }),
      }
    },
  },
  {
    name: 'duplicateCluster',
    run: (f, s) => {
      const t = target(f, s)
      if (!t) return null
      const out = cmd.duplicateCluster(f, { index: t.cluster })
      return { out, inverse: (g) => cmd.removeCluster(g, { index: t.cluster + 1 }) }
    },
  },
  {
    name: 'addNode',
    run: (f, s) => {
      const t = target(f, s)
      return t && { out: cmd.addNode(f, { cluster: t.cluster }) }
    },
  },
  {
    name: 'removeNode',
    run: (f, s) => {
      const t = target(f, s)
      return t?.node === undefined
        ? null
        : { out: cmd.removeNode(f, { cluster: t.cluster, index: t.node }) }
    },
  },
  {
    name: 'moveNode',
    run: (f, s) => {
      const t = target(f, s)
      if (t?.node === undefined) return null
      const [c, from, to] = [t.cluster, t.node, s.c % t.nodes]
      const out = cmd.moveNode(f, { cluster: c, from, to })
      return { out, inverse: (g) => cmd.moveNode(g, { cluster: c, from: to, to: from }) }
    },
  },
  {
    name: 'duplicateNode',
    run: (f, s) => {
      const t = target(f, s)
      if (t?.node === undefined) return null
      const [c, i] = [t.cluster, t.node]
      const out = cmd.duplicateNode(f, { cluster: c, index: i })
      return { out, inverse: (g) => cmd.removeNode(g, { cluster: c, index: i + 1 }) }
    },
  },
  {
    name: 'enablePrecache',
    run: (f, s) => {
      const t = target(f, s)
      return (
        t && { out: enablePrecache(f, { cluster: t.cluster, node: s.c % 2 ? t.node : undefined }) }
      )
    },
  },
  {
    name: 'disablePrecache',
    run: (f, s) => {
      const t = target(f, s)
      return (
        t && { out: disablePrecache(f, { cluster: t.cluster, node: s.c % 2 ? t.node : undefined }) }
      )
    },
  },
  {
    name: 'setOverrideFileText',
    run: (f, s) =>
      onPlace(overrides(f), s.a, ({ path }) => ({
        out: ovr.setOverrideFileText(f, { path, index: s.b % 8, text: String(s.v) }),
      })),
  },
  {
    name: 'setOverrideUnitContents',
    run: (f, s) =>
      onPlace(overrides(f), s.a, ({ path }) => ({
        out: ovr.setOverrideUnitContents(f, { path, index: s.b % 8, contents: String(s.v) }),
      })),
  },
  {
    name: 'setOverrideFileMode',
    run: (f, s) =>
      onPlace(overrides(f), s.a, ({ path }) => ({
        out: ovr.setOverrideFileMode(f, { path, index: s.b % 8, mode: s.c % 4096 }),
      })),
  },
  {
    name: 'revertChange',
    run: (f, s, baseline) => {
      const item = pick(
        summarizeChanges(baseline, f).flatMap((g) => g.items),
        s.a,
      )
      return item ? { out: revertChange(f, baseline, item) } : null
    },
  },
  {
    name: 'applyFix',
    run: (f, s) => {
      const fix = pick(
        validate(f).flatMap((d) => (d.fix ? [d.fix] : [])),
        s.a,
      )
      return fix ? { out: applyFix(f, fix) } : null
    },
  },
]
