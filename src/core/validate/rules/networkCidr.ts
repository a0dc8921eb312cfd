/** net- rules: cluster networks, VIPs and NTP sources of each cluster. */
import type { Path } from '../../document/path.ts'
import { firstOverlaps, isBase, parseCidr, parseIp } from '../cidr.ts'
import { HOST_NAME, asArray, asRecord, clustersOf, where, show } from '../context.ts'
import type { Check, RuleContext } from '../context.ts'
import { checkVips } from './networkVip.ts'
import type { Net } from './networkVip.ts'
import {
  netCidrBaseAddress,
  netCidrOverlap,
  netCidrPrefix,
  netCidrValid,
  netDualStack,
  netHostPrefix,
  netNetworkShape,
  netNtpSource,
} from './network.ts'

function readCidrs(
  ctx: RuleContext,
  base: Path,
  cluster: Record<string, unknown>,
  key: string,
): Net[] {
  const out: Net[] = []
  asArray(cluster[key]).forEach((item, i) => {
    const isString = key === 'serviceNetwork'
    const obj = asRecord(item)
    if (isString ? typeof item !== 'string' : !obj) {
      ctx.report(
        netNetworkShape,
        [...base, key, i],
        isString
          ? `${where([...base, key, i])} must be a CIDR string in SiteConfig (ClusterInstance uses {cidr: …})`
          : `${where([...base, key, i])} must be a mapping with a cidr${key === 'clusterNetwork' ? ' and a hostPrefix' : ''}`,
      )
      return
    }
    const path = isString ? [...base, key, i] : [...base, key, i, 'cidr']
    const text = isString ? item : obj?.cidr
    if (typeof text !== 'string' || !text) {
      ctx.report(netCidrValid, path, `${where(path)} is required`)
      return
    }
    const cidr = parseCidr(text.trim())
    if (!cidr) {
      ctx.report(
        netCidrValid,
        path,
        `${where(path)} "${show(text)}" is not a valid CIDR (e.g. 10.128.0.0/14 or fd01::/48)`,
      )
      return
    }
    if (!isBase(cidr))
      ctx.report(
        netCidrBaseAddress,
        path,
        `${where(path)} ${text} is not a network address; did you mean ${cidr.base}/${cidr.prefix}?`,
        undefined,
        {
          title: `Use ${cidr.base}/${cidr.prefix}`,
          op: 'set',
          path,
          value: `${cidr.base}/${cidr.prefix}`,
        },
      )
    // machine networks of small sites are often /26–/29; the /25 floor is for pod and service nets
    const v4max = key === 'machineNetwork' ? 30 : 25
    const [lo, hi] = cidr.family === 'ipv4' ? [1, v4max] : [8, 128]
    if (cidr.prefix < lo || cidr.prefix > hi || cidr.base === '0.0.0.0' || cidr.base === '::')
      ctx.report(
        netCidrPrefix,
        path,
        `${where(path)} ${text}: the ${cidr.family === 'ipv4' ? 'IPv4' : 'IPv6'} prefix must be ${lo}–${hi}`,
      )
    out.push({ cidr, path })
  })
  const nets = out
  if (nets.length > 2)
    ctx.report(
      netDualStack,
      [...base, key],
      `${where([...base, key])} has ${nets.length} entries; at most 2 (one IPv4, one IPv6)`,
    )
  else if (
    nets.length === 2 &&
    (nets[0]!.cidr.family !== 'ipv4' || nets[1]!.cidr.family !== 'ipv6')
  )
    ctx.report(
      netDualStack,
      [...base, key],
      `${where([...base, key])}: with two entries the first must be IPv4 and the second IPv6`,
    )
  return out
}

function checkHostPrefix(
  ctx: RuleContext,
  base: Path,
  cluster: Record<string, unknown>,
  nets: Net[],
) {
  const byIndex = new Map(nets.map((n) => [n.path[n.path.length - 2], n]))
  asArray(cluster.clusterNetwork).forEach((item, i) => {
    const hp = asRecord(item)?.hostPrefix
    const net = byIndex.get(i)
    if (hp === undefined || !net) return
    const path = [...base, 'clusterNetwork', i, 'hostPrefix']
    const [lo, hi] =
      net.cidr.family === 'ipv4' ? [net.cidr.prefix, 25] : [Math.max(8, net.cidr.prefix), 128]
    if (typeof hp !== 'number' || !Number.isInteger(hp) || hp < lo || hp > hi)
      ctx.report(
        netHostPrefix,
        path,
        `${where(path)} ${show(hp)} must be a whole number between ${lo} and ${hi} for ${net.cidr.text}`,
      )
  })
}

function checkOverlaps(ctx: RuleContext, nets: Net[]) {
  // each network once, against the first earlier one it overlaps (pairs would be quadratic)
  firstOverlaps(nets.map((n) => n.cidr)).forEach((first, i) => {
    const a = nets[first]
    const b = nets[i]!
    if (a)
      ctx.report(
        netCidrOverlap,
        b.path,
        `Provided CIDRs can not overlap: ${where(a.path)} ${a.cidr.text} and ${where(b.path)} ${b.cidr.text}`,
      )
  })
}

function checkNtp(ctx: RuleContext, base: Path, cluster: Record<string, unknown>) {
  const seen = new Set<string>()
  asArray(cluster.additionalNTPSources).forEach((v, i) => {
    const path = [...base, 'additionalNTPSources', i]
    const s = String(v ?? '')
    if (!parseIp(s) && !HOST_NAME.test(s))
      ctx.report(netNtpSource, path, `${where(path)} "${show(s)}" is not a valid host name or IP`)
    else if (seen.has(s.toLowerCase()))
      ctx.report(netNtpSource, path, `${where(path)} "${show(s)}" is listed twice`)
    seen.add(s.toLowerCase())
  })
}

export const networkRules: Check = (ctx) => {
  for (const { cluster, path } of clustersOf(ctx.data)) {
    const clusterNets = readCidrs(ctx, path, cluster, 'clusterNetwork')
    const machine = readCidrs(ctx, path, cluster, 'machineNetwork')
    const service = readCidrs(ctx, path, cluster, 'serviceNetwork')
    checkHostPrefix(ctx, path, cluster, clusterNets)
    checkOverlaps(ctx, [...clusterNets, ...machine, ...service])
    checkVips(ctx, path, cluster, machine)
    checkNtp(ctx, path, cluster)
  }
}
