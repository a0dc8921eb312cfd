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
import { msg } from '../../messages/message.ts'

function readCidrs(
  ctx: RuleContext,
  base: Path,
  cluster: Record<string, unknown>,
  key: string,
): Net[] {
  const out: Net[] = []
  asArray(cluster[key]).forEach((item, i) => {
    // ClusterInstance writes serviceNetwork entries as {cidr}, SiteConfig as strings
    const isString = key === 'serviceNetwork' && ctx.kind === 'SiteConfig'
    const obj = asRecord(item)
    if (isString ? typeof item !== 'string' : !obj) {
      ctx.report(
        netNetworkShape,
        [...base, key, i],
        isString
          ? msg('{{where}} must be a CIDR string in SiteConfig (ClusterInstance uses {cidr: …})', {
              where: where([...base, key, i]),
            })
          : key === 'serviceNetwork'
            ? msg(
                '{{where}} must be a mapping with a cidr in ClusterInstance (SiteConfig uses strings)',
                {
                  where: where([...base, key, i]),
                },
              )
            : key === 'clusterNetwork'
              ? msg('{{where}} must be a mapping with a cidr and a hostPrefix', {
                  where: where([...base, key, i]),
                })
              : msg('{{where}} must be a mapping with a cidr', { where: where([...base, key, i]) }),
      )
      return
    }
    const path = isString ? [...base, key, i] : [...base, key, i, 'cidr']
    const text = isString ? item : obj?.cidr
    if (typeof text !== 'string' || !text) {
      ctx.report(netCidrValid, path, msg('{{where}} is required', { where: where(path) }))
      return
    }
    const cidr = parseCidr(text.trim())
    if (!cidr) {
      ctx.report(
        netCidrValid,
        path,
        msg('{{where}} "{{text}}" is not a valid CIDR (e.g. 10.128.0.0/14 or fd01::/48)', {
          where: where(path),
          text: show(text),
        }),
      )
      return
    }
    if (!isBase(cidr))
      ctx.report(
        netCidrBaseAddress,
        path,
        msg('{{where}} {{text}} is not a network address; did you mean {{base}}/{{prefix}}?', {
          where: where(path),
          text,
          base: cidr.base,
          prefix: cidr.prefix,
        }),
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
        msg('{{where}} {{text}}: the {{family}} prefix must be {{lo}}–{{hi}}', {
          where: where(path),
          text,
          family: cidr.family === 'ipv4' ? 'IPv4' : 'IPv6',
          lo,
          hi,
        }),
      )
    out.push({ cidr, path })
  })
  const nets = out
  if (nets.length > 2)
    ctx.report(
      netDualStack,
      [...base, key],
      msg('{{where}} has {{length}} entries; at most 2 (one IPv4, one IPv6)', {
        where: where([...base, key]),
        length: nets.length,
      }),
    )
  else if (
    nets.length === 2 &&
    (nets[0]!.cidr.family !== 'ipv4' || nets[1]!.cidr.family !== 'ipv6')
  )
    ctx.report(
      netDualStack,
      [...base, key],
      msg('{{where}}: with two entries the first must be IPv4 and the second IPv6', {
        where: where([...base, key]),
      }),
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
        msg('{{where}} {{hp}} must be a whole number between {{lo}} and {{hi}} for {{text}}', {
          where: where(path),
          hp: show(hp),
          lo,
          hi,
          text: net.cidr.text,
        }),
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
        msg('Provided CIDRs can not overlap: {{where}} {{text}} and {{where2}} {{text2}}', {
          where: where(a.path),
          text: a.cidr.text,
          where2: where(b.path),
          text2: b.cidr.text,
        }),
      )
  })
}

function checkNtp(ctx: RuleContext, base: Path, cluster: Record<string, unknown>) {
  const seen = new Set<string>()
  asArray(cluster.additionalNTPSources).forEach((v, i) => {
    const path = [...base, 'additionalNTPSources', i]
    const s = String(v ?? '')
    if (!parseIp(s) && !HOST_NAME.test(s))
      ctx.report(
        netNtpSource,
        path,
        msg('{{where}} "{{value}}" is not a valid host name or IP', {
          where: where(path),
          value: show(s),
        }),
      )
    else if (seen.has(s.toLowerCase()))
      ctx.report(
        netNtpSource,
        path,
        msg('{{where}} "{{value}}" is listed twice', { where: where(path), value: show(s) }),
      )
    seen.add(s.toLowerCase())
  })
}

export const networkRules: Check = (ctx) => {
  for (const { cluster, path } of clustersOf(ctx.data, ctx.model)) {
    const clusterNets = readCidrs(ctx, path, cluster, 'clusterNetwork')
    const machine = readCidrs(ctx, path, cluster, 'machineNetwork')
    const service = readCidrs(ctx, path, cluster, 'serviceNetwork')
    checkHostPrefix(ctx, path, cluster, clusterNets)
    checkOverlaps(ctx, [...clusterNets, ...machine, ...service])
    checkVips(ctx, path, cluster, machine)
    checkNtp(ctx, path, cluster)
  }
}
