/** Static network rules on nodeNetwork.config (nmstate), as the Assisted Installer UI checks them. */
import type { Path } from '../../document/path.ts'
import { isEdgeAddress, parseCidr, parseIp } from '../cidr.ts'
import type { Cidr, Ip } from '../cidr.ts'
import { asArray, asRecord, name, nodesIn, where, show } from '../context.ts'
import type { Check, RuleContext } from '../context.ts'
import {
  netBondPortsUnique,
  netInterfaceName,
  netNmstateInterfaceMapped,
  netStaticDns,
  netStaticGateway,
  netStaticIpInSubnet,
  netStaticIpUnique,
  netStaticIpValid,
  netVlanId,
} from './network.ts'
import { msg } from '../../messages/message.ts'
import type { Message } from '../../messages/message.ts'

const badRange = (ip: Ip) => ['loopback', 'multicast'].includes(ip.addr.range())

interface Assigned {
  ip: Ip
  host: string
  path: Path
}

/** Linux interface names: no spaces, at most 15 characters (IFNAMSIZ). */
function interfaceName(ctx: RuleContext, nm: unknown, at: Path): void {
  if (typeof nm === 'string' && (/\s/.test(nm) || nm.length > 15))
    ctx.report(
      netInterfaceName,
      at,
      msg('{{where}}: interface name "{{nm}}" must have no spaces and ≤ 15 characters', {
        where: where(at),
        nm: show(nm),
      }),
    )
}

function interfaceRules(
  ctx: RuleContext,
  host: string,
  iface: Record<string, unknown>,
  path: Path,
  mapped: Set<string> | undefined,
  out: Assigned[],
): void {
  const nm = iface.name
  interfaceName(ctx, nm, [...path, 'name'])
  const type = iface.type
  if (type === 'ethernet' && typeof nm === 'string' && mapped && !mapped.has(nm))
    ctx.report(
      netNmstateInterfaceMapped,
      [...path, 'name'],
      msg(
        'nmstate interface "{{nm}}" of {{host}} has no MAC mapping in nodeNetwork.interfaces; the agent cannot tell which NIC it is',
        { nm: show(nm), host },
      ),
    )
  const vlan = asRecord(iface.vlan)
  if (
    vlan &&
    vlan.id !== undefined &&
    !(Number.isInteger(vlan.id) && (vlan.id as number) >= 1 && (vlan.id as number) <= 4094)
  )
    ctx.report(
      netVlanId,
      [...path, 'vlan', 'id'],
      msg('{{where}}: vlan.id {{p}} must be a whole number between 1 and 4094', {
        where: where([...path, 'vlan', 'id']),
        p: show(JSON.stringify(vlan.id)),
      }),
    )
  const agg = asRecord(iface['link-aggregation'])
  for (const key of ['port', 'slaves']) {
    const seen = new Set<unknown>()
    const dup = asArray(agg?.[key]).find((p) => seen.size === seen.add(p).size)
    if (dup !== undefined)
      ctx.report(
        netBondPortsUnique,
        [...path, 'link-aggregation', key],
        msg('{{p}} lists {{dup}} twice', { p: name(nm, 'bond'), dup: show(dup) }),
      )
  }
  for (const fam of ['ipv4', 'ipv6'] as const) {
    const cfg = asRecord(iface[fam])
    asArray(cfg?.address).forEach((a, i) => {
      const at = [...path, fam, 'address', i]
      const addr = asRecord(a)
      const ip = typeof addr?.ip === 'string' ? parseIp(addr.ip) : null
      const plen = addr?.['prefix-length']
      const max = fam === 'ipv4' ? 32 : 128
      const label = `${host} ${name(nm, 'interface')} address ${show(addr?.ip)}/${show(plen)}`
      const bad = (problem: Message) =>
        ctx.report(
          netStaticIpValid,
          at,
          msg('{{where}}: {{problem}}', { where: where(at), problem }),
        )
      if (!addr)
        return bad(
          msg('nmstate address entries are {ip, prefix-length}; got {{p}} ({{host}} {{p2}})', {
            p: show(JSON.stringify(a)),
            host,
            p2: name(nm, 'interface'),
          }),
        )
      if (!ip || ip.family !== fam)
        return bad(
          msg('{{host}} {{iface}}: ip {{value}} is not a valid {{family}} address', {
            host,
            iface: name(nm, 'interface'),
            value: show(JSON.stringify(addr.ip ?? null)),
            family: fam === 'ipv4' ? 'IPv4' : 'IPv6',
          }),
        )
      if (plen === undefined)
        return bad(
          msg('{{host}} {{p}} address {{text}} has no prefix-length (1–{{max}})', {
            host,
            p: name(nm, 'interface'),
            text: ip.text,
            max,
          }),
        )
      if (!Number.isInteger(plen) || (plen as number) < 1 || (plen as number) > max)
        return bad(msg('{{label}}: prefix-length must be 1–{{max}}', { label, max }))
      if (badRange(ip))
        return bad(msg('{{label}} is a {{p}} address', { label, p: ip.addr.range() }))
      const cidr = parseCidr(`${ip.text}/${String(plen)}`)
      if (cidr && isEdgeAddress(cidr, ip))
        return bad(
          ip.text === cidr.base
            ? msg('{{label}} is the network address', { label })
            : msg('{{label}} is the broadcast address', { label }),
        )
      out.push({ ip, host, path: at })
    })
  }
}

function dnsAndRoutes(ctx: RuleContext, config: Record<string, unknown>, path: Path): void {
  const servers = asArray(asRecord(asRecord(config['dns-resolver'])?.config)?.server)
  const listed = new Set<unknown>()
  servers.forEach((s, i) => {
    const at = [...path, 'dns-resolver', 'config', 'server', i]
    const ip = typeof s === 'string' ? parseIp(s) : null
    const problem = !ip
      ? msg('dns-resolver server {{value}} is not a valid IP', { value: show(JSON.stringify(s)) })
      : badRange(ip)
        ? msg('dns-resolver server {{ip}} is a {{range}} address', {
            ip: ip.text,
            range: ip.addr.range(),
          })
        : listed.size === listed.add(s).size
          ? msg('dns-resolver server {{ip}} is listed twice', { ip: ip.text })
          : undefined
    if (problem)
      ctx.report(netStaticDns, at, msg('{{where}}: {{problem}}', { where: where(at), problem }))
  })
  asArray(asRecord(config.routes)?.config).forEach((r, i) => {
    const hop = asRecord(r)?.['next-hop-address']
    const at = [...path, 'routes', 'config', i, 'next-hop-address']
    if (hop !== undefined && (typeof hop !== 'string' || !parseIp(hop)))
      ctx.report(
        netStaticGateway,
        at,
        msg('{{where}}: routes.config[{{i}}].next-hop-address {{p}} is not a valid IP', {
          where: where(at),
          i,
          p: show(JSON.stringify(hop)),
        }),
      )
  })
}

function machineNetworks(cluster: Record<string, unknown>): Cidr[] {
  return asArray(cluster.machineNetwork).flatMap((m) => {
    const c = asRecord(m)?.cidr
    const p = typeof c === 'string' ? parseCidr(c) : null
    return p ? [p] : []
  })
}

/** Whether any address lies in any network: one lookup per address and distinct prefix. */
function anyInside(assigned: Assigned[], nets: Cidr[]): boolean {
  const bases = new Set(nets.map((n) => `${n.prefix}/${n.base}`))
  const prefixes = [...new Set(nets.map((n) => `${n.family}/${n.prefix}`))]
  return assigned.some((a) =>
    prefixes.some((fp) => {
      const [fam, p] = fp.split('/')
      const c = fam === a.ip.family ? parseCidr(`${a.ip.text}/${p}`) : null
      return !!c && bases.has(`${c.prefix}/${c.base}`)
    }),
  )
}

export const nmstateRules: Check = (ctx) => {
  const seen = new Map<string, string>()
  const networksOf = new Map<Record<string, unknown>, Cidr[]>()
  for (const { node, cluster, path } of nodesIn(ctx)) {
    const nn = asRecord(node.nodeNetwork)
    const host = name(node.hostName, where(path))
    asArray(nn?.interfaces).forEach((f, i) =>
      interfaceName(ctx, asRecord(f)?.name, [...path, 'nodeNetwork', 'interfaces', i, 'name']),
    )
    const config = asRecord(nn?.config)
    if (!config) continue
    const mapped =
      nn?.interfaces !== undefined
        ? new Set(
            asArray(nn.interfaces)
              .map((f) => asRecord(f)?.name)
              .filter((n): n is string => typeof n === 'string'),
          )
        : undefined
    const cfgPath = [...path, 'nodeNetwork', 'config']
    const assigned: Assigned[] = []
    asArray(config.interfaces).forEach((f, i) => {
      const iface = asRecord(f)
      if (iface) interfaceRules(ctx, host, iface, [...cfgPath, 'interfaces', i], mapped, assigned)
    })
    dnsAndRoutes(ctx, config, cfgPath)
    for (const a of assigned) {
      const other = seen.get(a.ip.addr.toString())
      if (other && other !== host)
        ctx.report(
          netStaticIpUnique,
          a.path,
          msg('{{text}} is assigned to {{other}} and {{host}}', { text: a.ip.text, other, host }),
        )
      else seen.set(a.ip.addr.toString(), host)
    }
    let nets = networksOf.get(cluster)
    if (!nets) networksOf.set(cluster, (nets = machineNetworks(cluster)))
    if (assigned.length && nets.length && !anyInside(assigned, nets))
      ctx.report(
        netStaticIpInSubnet,
        assigned[0]!.path,
        msg('{{host}} has no address inside machineNetwork {{p}}', {
          host,
          p: nets.map((n) => n.text).join(', '),
        }),
      )
  }
}
