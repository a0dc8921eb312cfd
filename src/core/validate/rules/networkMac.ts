/** net- MAC rules across every node of the file: format, one node per MAC, boot MAC among the interfaces. */
import type { Path } from '../../document/path.ts'
import { asArray, asRecord, nodesIn, where, show } from '../context.ts'
import type { Check } from '../context.ts'
import { netBootMacInInterfaces, netMacFormat, netMacUnique } from './network.ts'
import { msg } from '../../messages/message.ts'

const MAC = /^[0-9A-Fa-f]{2}(:[0-9A-Fa-f]{2}){5}$/

/** MAC format, one node per MAC, bootMACAddress among the node's interfaces. */
export const macRules: Check = (ctx) => {
  const owner = new Map<string, { host: string; key: string }>()
  for (const { node, path, c, n } of nodesIn(ctx)) {
    const host = typeof node.hostName === 'string' && node.hostName ? node.hostName : where(path)
    const key = `${c}/${n}`
    const seenHere = new Set<string>()
    const macs: Array<[Path, unknown]> = [[[...path, 'bootMACAddress'], node.bootMACAddress]]
    const ifaces = asArray(asRecord(node.nodeNetwork)?.interfaces)
    ifaces.forEach((f, i) =>
      macs.push([[...path, 'nodeNetwork', 'interfaces', i, 'macAddress'], asRecord(f)?.macAddress]),
    )
    for (const [p, v] of macs) {
      // an empty boot MAC is bmc-boot-mac-required's (one finding, not two)
      if (v === undefined || (v === '' && p === macs[0]![0])) continue
      if (typeof v !== 'string' || !MAC.test(v)) {
        const fixed = typeof v === 'string' ? colonMac(v) : undefined
        ctx.report(
          netMacFormat,
          p,
          msg(
            'Value "{{value}}" is not valid MAC address. ({{where}}: six colon-separated hex pairs, e.g. {{example}})',
            { value: show(v), where: where(p), example: fixed ?? 'e4:43:4b:bd:90:46' },
          ),
          undefined,
          fixed ? { title: `Write ${fixed}`, op: 'set', path: p, value: fixed } : undefined,
        )
        continue
      }
      const m = v.toLowerCase()
      const o = owner.get(m)
      const isBoot = p[p.length - 1] === 'bootMACAddress'
      if (o && o.key !== key)
        ctx.report(
          netMacUnique,
          p,
          msg('MAC {{mac}} is used by {{host}} and {{other}}', {
            mac: v,
            host: o.host,
            other: host,
          }),
        )
      else if (!isBoot && seenHere.has(m))
        ctx.report(
          netMacUnique,
          p,
          msg("MAC {{mac}} appears twice in {{host}}'s nodeNetwork.interfaces", { mac: v, host }),
        )
      if (!isBoot) seenHere.add(m)
      if (!o) owner.set(m, { host, key })
    }
    const boot =
      typeof node.bootMACAddress === 'string' ? node.bootMACAddress.toLowerCase() : undefined
    if (boot && MAC.test(boot) && ifaces.length && !seenHere.has(boot))
      ctx.report(
        netBootMacInInterfaces,
        [...path, 'bootMACAddress'],
        msg("bootMACAddress {{mac}} is not among {{host}}'s nodeNetwork.interfaces", {
          mac: node.bootMACAddress as string,
          host,
        }),
      )
  }
}

/** A MAC written with dashes, dots or no separators (e4-43-4b-…, e443.4bbd.9046), in colon form. */
export function colonMac(v: string): string | undefined {
  const hex = v.trim().replace(/[-.:\s]/g, '')
  return /^[0-9a-fA-F]{12}$/.test(hex) &&
    /^[0-9a-fA-F]{2}([-.:\s]?[0-9a-fA-F]{2}){5}$|^([0-9a-fA-F]{4}\.){2}[0-9a-fA-F]{4}$/.test(
      v.trim(),
    )
    ? hex.match(/../g)!.join(':')
    : undefined
}
