/**
 * The rules between files: identities used by two clusters, overlapping machine networks, one
 * cluster in both kinds, and what the kustomizations list (or fail to). The CLI and the app run
 * this same function over the facts of every file (facts.ts, kustomize.ts).
 *
 * A duplicate is a value used by two different clusters in two different files (within one file
 * the single-file rules speak, e.g. net-mac-unique). A cluster defined both as SiteConfig and as
 * ClusterInstance is one cluster: its MACs, VIPs and BMCs are reported once, as fleet-both-kinds.
 */
import { msg } from '../messages/message.ts'
import type { Message } from '../messages/message.ts'
import { blockOf, byBlock, parseCidr, parseIp } from '../validate/cidr.ts'
import type { Rule } from '../validate/registry.ts'
import * as R from '../validate/rules/fleet.ts'
import { dirOf, isKustomization, join } from './paths.ts'
import { isRemote } from './kustomize.ts'
import type { FleetFinding, KustomizationFacts, Place, SiteFacts } from './types.ts'

export interface FleetInput {
  sites: readonly SiteFacts[]
  kustomizations: readonly KustomizationFacts[]
  /** what is at a repository path: a file, a directory, or nothing */
  exists(path: string): 'file' | 'dir' | undefined
}

const where = (places: readonly Place[]) => places.map((p) => `${p.file}:${p.line}`)

function finding(rule: Rule, m: Message, places: Place[]): FleetFinding {
  return {
    rule: rule.id,
    severity: rule.severity,
    message: m.text,
    messageId: m.id,
    params: m.params,
    places,
  }
}

interface Use {
  key: string
  owner: string
  place: Place
  /** the value as written in the first use (what the message shows) */
  shown: string
}

/** groups of uses of one key by two owners in two files */
function duplicated(uses: Use[]): Use[][] {
  const groups = new Map<string, Use[]>()
  for (const u of uses) {
    const g = groups.get(u.key)
    if (g) g.push(u)
    else groups.set(u.key, [u])
  }
  const out: Use[][] = []
  for (const g of groups.values()) {
    if (g.length < 2) continue
    const owners = new Set(g.map((u) => u.owner))
    const files = new Set(g.map((u) => u.place.file))
    if (owners.size > 1 && files.size > 1) out.push(g)
  }
  return out
}

const mac = (v: string) => v.toLowerCase().replace(/-/g, ':')
const ip = (v: string) => parseIp(v)?.addr.toString() ?? v.toLowerCase()

export function checkFleet(input: FleetInput): FleetFinding[] {
  const out: FleetFinding[] = []
  const { sites } = input
  // clusters by name, to find the ones defined in both kinds
  const kindsOf = new Map<string, Set<string>>()
  for (const s of sites)
    for (const c of s.clusters)
      if (c.name)
        (kindsOf.get(c.name.value) ?? kindsOf.set(c.name.value, new Set()).get(c.name.value)!).add(
          s.kind,
        )
  const migrating = (name: string | undefined) => name !== undefined && kindsOf.get(name)!.size > 1
  const ownerOf = (s: SiteFacts, ci: number) => {
    const name = s.clusters[ci]!.name?.value
    return migrating(name) ? `name:${name}` : `${s.file}#${ci}`
  }

  const names: Use[] = []
  const hosts: Use[] = []
  const macs: Use[] = []
  const bmcs: Use[] = []
  const vips: Use[] = []
  for (const s of sites)
    s.clusters.forEach((c, ci) => {
      const owner = ownerOf(s, ci)
      const use = (key: string, place: Place, shown: string): Use => ({ key, owner, place, shown })
      if (c.name)
        names.push({ ...use(c.name.value, c.name.place, c.name.value), owner: `${s.file}#${ci}` })
      for (const v of c.vips) vips.push(use(ip(v.value), v.place, v.value))
      for (const n of c.nodes) {
        if (n.hostName)
          hosts.push(use(n.hostName.value.toLowerCase(), n.hostName.place, n.hostName.value))
        if (n.bmc) bmcs.push(use(n.bmc.value.toLowerCase(), n.bmc.place, n.bmc.value))
        // a node may repeat its own boot MAC among its interfaces: one use per node and MAC
        const seen = new Set<string>()
        for (const m of n.macs)
          if (!seen.has(mac(m.value))) {
            seen.add(mac(m.value))
            macs.push(use(mac(m.value), m.place, m.value))
          }
      }
    })

  // the same name in both kinds is fleet-both-kinds; the same name twice in one kind a duplicate
  const byName = new Map<string, { kind: string; use: Use }[]>()
  for (const s of sites)
    for (const c of s.clusters)
      if (c.name) {
        const l = byName.get(c.name.value) ?? byName.set(c.name.value, []).get(c.name.value)!
        l.push({
          kind: s.kind,
          use: { key: c.name.value, owner: s.file, place: c.name.place, shown: c.name.value },
        })
      }
  const listed = listedFiles(input)
  for (const [name, defs] of byName) {
    const kinds = new Set(defs.map((d) => d.kind))
    const places = defs.map((d) => d.use.place)
    if (kinds.size > 1) {
      const allListed = places.every((p) => listed.has(p.file))
      const r =
        allListed || input.kustomizations.length === 0
          ? R.fleetBothKinds
          : R.fleetBothKinds.as('warning')
      out.push(
        finding(
          r,
          msg('cluster {{name}} is defined both as SiteConfig and as ClusterInstance: {{where}}', {
            name,
            where: where(places),
          }),
          places,
        ),
      )
    }
    for (const kind of kinds) {
      const same = defs.filter((d) => d.kind === kind).map((d) => d.use)
      if (new Set(same.map((u) => u.place.file)).size > 1)
        out.push(
          finding(
            R.fleetDuplicateClusterName,
            msg('clusterName {{name}} is defined in {{count}} files: {{where}}', {
              name,
              count: new Set(same.map((u) => u.place.file)).size,
              where: where(same.map((u) => u.place)),
            }),
            same.map((u) => u.place),
          ),
        )
    }
  }
  const report = (
    rule: Rule,
    uses: Use[],
    make: (shown: string, count: number, w: string[]) => Message,
  ) => {
    for (const g of duplicated(uses)) {
      const places = g.map((u) => u.place)
      out.push(
        finding(
          rule,
          make(g[0]!.shown, new Set(places.map((p) => p.file)).size, where(places)),
          places,
        ),
      )
    }
  }
  report(R.fleetDuplicateHostName, hosts, (name, count, w) =>
    msg('hostName {{name}} is used in {{count}} files: {{where}}', { name, count, where: w }),
  )
  report(R.fleetDuplicateMac, macs, (mac, count, w) =>
    msg('MAC {{mac}} is used by nodes in {{count}} files: {{where}}', { mac, count, where: w }),
  )
  report(R.fleetDuplicateBmc, bmcs, (address, count, w) =>
    msg('bmcAddress {{address}} is used by nodes in {{count}} files: {{where}}', {
      address,
      count,
      where: w,
    }),
  )
  report(R.fleetDuplicateVip, vips, (vip, count, w) =>
    msg('VIP {{vip}} is used by clusters in {{count}} files: {{where}}', { vip, count, where: w }),
  )
  out.push(...networkOverlaps(sites, ownerOf))
  out.push(...kustomizationFindings(input, listed))
  return out
}

interface Block {
  fam: string
  lo: bigint
  hi: bigint
  cidr: string
  uses: Use[]
}

/**
 * Machine networks: the same CIDR in two clusters, or one block inside another. CIDR blocks are
 * nested or disjoint, so one sorted sweep with a stack of enclosing blocks finds every overlap.
 */
function networkOverlaps(
  sites: readonly SiteFacts[],
  ownerOf: (s: SiteFacts, ci: number) => string,
): FleetFinding[] {
  const blocks = new Map<string, Block>()
  for (const s of sites)
    s.clusters.forEach((c, ci) => {
      for (const n of c.networks) {
        const cidr = parseCidr(n.value)
        if (!cidr) continue
        const { lo, hi } = blockOf(cidr)
        const key = `${cidr.family}:${lo}:${hi}`
        const b =
          blocks.get(key) ??
          blocks
            .set(key, { fam: cidr.family, lo, hi, cidr: `${cidr.base}/${cidr.prefix}`, uses: [] })
            .get(key)!
        b.uses.push({ key, owner: ownerOf(s, ci), place: n.place, shown: n.value })
      }
    })
  const out: FleetFinding[] = []
  const apart = (uses: Use[]) =>
    new Set(uses.map((u) => u.owner)).size > 1 && new Set(uses.map((u) => u.place.file)).size > 1
  const sorted = [...blocks.values()].sort(byBlock)
  const stack: Block[] = []
  for (const b of sorted) {
    while (
      stack.length &&
      (stack[stack.length - 1]!.fam !== b.fam || stack[stack.length - 1]!.hi < b.lo)
    )
      stack.pop()
    if (apart(b.uses)) {
      const places = b.uses.map((u) => u.place)
      out.push(
        finding(
          R.fleetNetworkOverlap,
          msg('machine network {{cidr}} is used by clusters in {{count}} files: {{where}}', {
            cidr: b.cidr,
            count: new Set(places.map((p) => p.file)).size,
            where: where(places),
          }),
          places,
        ),
      )
    }
    for (const outer of stack) {
      const uses = [...outer.uses, ...b.uses]
      if (!apart(uses)) continue
      const places = uses.map((u) => u.place)
      out.push(
        finding(
          R.fleetNetworkOverlap,
          msg('machine network {{inner}} lies inside {{outer}}: {{where}}', {
            inner: b.cidr,
            outer: outer.cidr,
            where: where(places),
          }),
          places,
        ),
      )
    }
    stack.push(b)
  }
  return out
}

const SITE_FIELDS = new Set(['generators', 'resources'])

/** the site files some kustomization lists (in generators or resources) */
export function listedFiles(input: Pick<FleetInput, 'kustomizations'>): Map<string, Place[]> {
  const out = new Map<string, Place[]>()
  for (const k of input.kustomizations)
    for (const e of k.entries) {
      if (!SITE_FIELDS.has(e.field) || isRemote(e.value)) continue
      const p = join(dirOf(k.file), e.value)
      if (p !== undefined) (out.get(p) ?? out.set(p, []).get(p)!).push(e.place)
    }
  return out
}

function kustomizationFindings(input: FleetInput, listed: Map<string, Place[]>): FleetFinding[] {
  const out: FleetFinding[] = []
  const kinds = new Map(input.sites.map((s) => [s.file, s.kind]))
  for (const k of input.kustomizations) {
    if (k.error) {
      const place = { file: k.file, line: k.error.line, column: k.error.column, path: '' }
      out.push(
        finding(
          R.fleetKustomizationUnreadable,
          msg('the kustomization cannot be read: {{reason}}', { reason: k.error.message }),
          [place],
        ),
      )
      continue
    }
    for (const e of k.entries) {
      if (isRemote(e.value)) continue
      const target = join(dirOf(k.file), e.value)
      const params = { entry: e.value, field: e.field }
      if (target === undefined) {
        out.push(
          finding(
            R.fleetKustomizationMissing,
            msg('{{entry}} in {{field}} leads outside the repository', params),
            [e.place],
          ),
        )
        continue
      }
      const what = input.exists(target)
      if (what === undefined)
        out.push(
          finding(R.fleetKustomizationMissing, msg('{{entry}} in {{field}} is not there', params), [
            e.place,
          ]),
        )
      else if (
        what === 'dir' &&
        e.field !== 'files' &&
        !['kustomization.yaml', 'kustomization.yml', 'Kustomization'].some(
          (n) => input.exists(`${target}/${n}`) === 'file',
        )
      )
        out.push(
          finding(
            R.fleetKustomizationMissing,
            msg('{{entry}} in {{field}} is a directory without a kustomization.yaml', params),
            [e.place],
          ),
        )
      const kind = kinds.get(target)
      if (kind === 'SiteConfig' && e.field === 'resources')
        out.push(
          finding(
            R.fleetKustomizationField,
            msg(
              '{{entry}} is a SiteConfig: list it under generators, not resources, or the ZTP plugin does not render it',
              { entry: e.value },
            ),
            [e.place],
          ),
        )
      else if (kind === 'ClusterInstance' && e.field === 'generators')
        out.push(
          finding(
            R.fleetKustomizationField,
            msg('{{entry}} is a ClusterInstance: list it under resources, not generators', {
              entry: e.value,
            }),
            [e.place],
          ),
        )
    }
  }
  // a tree with no kustomization at all is a folder of examples, not a deployed repository
  if (input.kustomizations.length > 0)
    for (const s of input.sites)
      if (!listed.has(s.file) && !isKustomization(s.file))
        out.push(
          finding(
            R.fleetUnlisted,
            msg('no kustomization.yaml lists {{file}}, so Argo CD never renders it', {
              file: s.file,
            }),
            [{ file: s.file, line: 1, column: 1, path: '' }],
          ),
        )
  return out
}
