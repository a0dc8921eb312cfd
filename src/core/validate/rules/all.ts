/** Every declared rule, by family (one file per id prefix). */
import type { Rule } from '../registry.ts'
import * as args from './args.ts'
import * as bmc from './bmc.ts'
import * as ci from './ci.ts'
import * as cluster from './cluster.ts'
import * as dataurl from './dataurl.ts'
import * as fleet from './fleet.ts'
import * as ign from './ign.ts'
import * as network from './network.ts'
import * as node from './node.ts'
import * as precache from './precache.ts'
import * as site from './site.ts'
import * as unit from './unit.ts'
import * as yaml from './yaml.ts'

const FAMILIES = {
  yaml,
  site,
  cluster,
  node,
  network,
  ign,
  unit,
  dataurl,
  args,
  bmc,
  precache,
  ci,
  fleet,
}

/** family file → its rules, in declaration order */
export const RULES_BY_FAMILY: Readonly<Record<string, readonly Rule[]>> = Object.fromEntries(
  Object.entries(FAMILIES).map(([f, m]) => [f, Object.values(m) as Rule[]]),
)

export const ALL_RULES: readonly Rule[] = Object.values(RULES_BY_FAMILY).flat()

export const RULE_BY_ID: ReadonlyMap<string, Rule> = new Map(ALL_RULES.map((r) => [r.id, r]))
