/** net- rules on a cluster's API and ingress VIPs (run from networkRules, after the CIDRs are read). */
import type { Path } from '../../document/path.ts'
import { contains, isEdgeAddress, parseIp } from '../cidr.ts'
import type { Cidr, Ip } from '../cidr.ts'
import { asArray, asRecord, where, show } from '../context.ts'
import type { RuleContext } from '../context.ts'
import {
  netDualStack,
  netVipDistinct,
  netVipInMachineNetwork,
  netVipRequired,
  netVipSingular,
  netVipSno,
  netVipValid,
} from './network.ts'
import { msg } from '../../messages/message.ts'

/** a network CIDR read from the cluster, with its path */
export interface Net {
  cidr: Cidr
  path: Path
}

function vipList(
  cluster: Record<string, unknown>,
  key: 'apiVIPs' | 'ingressVIPs',
  ci: boolean,
): unknown[] {
  // a ClusterInstance has only the lists: the operator never reads a singular VIP
  const single = ci ? undefined : key === 'apiVIPs' ? cluster.apiVIP : cluster.ingressVIP
  const list = asArray(cluster[key])
  return list.length ? list : single !== undefined && single !== '' ? [single] : []
}

export function checkVips(
  ctx: RuleContext,
  base: Path,
  cluster: Record<string, unknown>,
  machine: Net[],
) {
  const masters = asArray(cluster.nodes).filter((n) => {
    const r = asRecord(n)?.role
    return r === undefined || r === '' || r === 'master'
  }).length
  const ci = ctx.kind === 'ClusterInstance'
  const api = vipList(cluster, 'apiVIPs', ci)
  const ingress = vipList(cluster, 'ingressVIPs', ci)
  if (masters > 1 && (!api.length || !ingress.length))
    ctx.report(
      netVipRequired,
      base,
      msg('{{where}} has {{masters}} masters but no {{key}}; multi-node clusters need both', {
        where: where(base),
        masters,
        key: !api.length ? 'apiVIPs' : 'ingressVIPs',
      }),
    )
  if (masters === 1 && (api.length || ingress.length))
    ctx.report(
      netVipSno,
      base,
      msg('{{where}} is single-node but sets VIPs; VIPs are only used by multi-node clusters', {
        where: where(base),
      }),
    )
  const parsed: Record<string, Array<Ip | null>> = {}
  for (const key of ['apiVIPs', 'ingressVIPs', 'apiVIP', 'ingressVIP'] as const) {
    const values = key.endsWith('s')
      ? asArray(cluster[key])
      : cluster[key] !== undefined
        ? [cluster[key]]
        : []
    parsed[key] = values.map((v, i) => {
      const path = key.endsWith('s') ? [...base, key, i] : [...base, key]
      const text = String(v ?? '')
      const ip = parseIp(text.trim())
      if (!ip) {
        ctx.report(
          netVipValid,
          path,
          text.includes('/')
            ? msg('{{where}} "{{value}}" must be an IP address without a /prefix', {
                where: where(path),
                value: show(text),
              })
            : msg('{{where}} "{{value}}" must be an IP address', {
                where: where(path),
                value: show(text),
              }),
        )
        return null
      }
      if (machine.length) {
        const net = machine.find((m) => m.cidr.family === ip.family)
        if (!net || !contains(net.cidr, ip) || isEdgeAddress(net.cidr, ip))
          ctx.report(
            netVipInMachineNetwork,
            path,
            net && contains(net.cidr, ip)
              ? msg(
                  '{{where}} {{text}} is the network or broadcast address of machineNetwork {{net}}',
                  { where: where(path), text, net: net.cidr.text },
                )
              : msg('{{where}} {{text}} is outside machineNetwork {{net}}', {
                  where: where(path),
                  text,
                  net:
                    net?.cidr.text ??
                    msg('(no {{family}} network)', {
                      family: ip.family === 'ipv4' ? 'IPv4' : 'IPv6',
                    }),
                }),
          )
      }
      return ip
    })
  }
  for (const key of ['apiVIPs', 'ingressVIPs'] as const)
    if ((parsed[key] ?? []).length > 2)
      ctx.report(
        netDualStack,
        [...base, key],
        msg('{{where}} has more than 2 entries (one per IP family)', {
          where: where([...base, key]),
        }),
      )
  ;(parsed.apiVIPs ?? []).forEach((a, i) => {
    const b = parsed.ingressVIPs?.[i]
    if (a && b && a.addr.toString() === b.addr.toString())
      ctx.report(
        netVipDistinct,
        [...base, 'ingressVIPs', i],
        msg('apiVIPs[{{i}}] and ingressVIPs[{{i}}] are both {{text}}; they must differ', {
          i,
          text: a.text,
        }),
      )
  })
  for (const [single, list] of [
    ['apiVIP', 'apiVIPs'],
    ['ingressVIP', 'ingressVIPs'],
  ] as const) {
    const s = parsed[single]?.[0]
    if (cluster[single] === undefined) continue
    const first = parsed[list]?.[0]
    ctx.report(
      netVipSingular,
      [...base, single],
      ctx.kind === 'ClusterInstance'
        ? msg('{{single}} does not exist in ClusterInstance and is ignored; use {{list}}', {
            single,
            list,
          })
        : s && first && s.addr.toString() !== first.addr.toString()
          ? msg('{{single}} {{text}} differs from {{list}}[0] {{text2}}', {
              single,
              text: s.text,
              list,
              text2: first.text,
            })
          : msg('{{single}} is deprecated (ClusterInstance has only {{list}}); use {{list}}', {
              single,
              list,
            }),
    )
  }
}
