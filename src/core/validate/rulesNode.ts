/** node- and cluster- value rules, and MAC addresses across every node of the file. */
import type { Path } from '../document/path.ts'
import { asArray, asRecord, clustersOf, nodesOf, where, show } from './context.ts'
import type { Check, RuleContext } from './context.ts'
import type { Rule } from './registry.ts'
import {
  clusterCpuPartitioningMode,
  clusterDiskEncryptionType,
  clusterNameFormat,
  clusterNetworkType,
} from './rules/cluster.ts'
import { netBootMacInInterfaces, netMacFormat, netMacUnique } from './rules/network.ts'
import {
  nodeAutomatedCleaningMode,
  nodeBootMode,
  nodeHostnameFormat,
  nodeHostnameRequired,
  nodeHostnameReserved,
  nodeHostnameUnique,
  nodeIronicInspect,
  nodeRole,
  nodeRootHintsDeviceName,
  nodeRootHintsKeys,
  nodeRootHintsUnstable,
} from './rules/node.ts'

const MAC = /^[0-9A-Fa-f]{2}(:[0-9A-Fa-f]{2}){5}$/
const DNS1123 = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/
const RESERVED = new Set([
  'localhost',
  'localhost.localdomain',
  'localhost4',
  'localhost4.localdomain4',
  'localhost6',
  'localhost6.localdomain6',
])
const HINT_TYPES: Record<string, 'string' | 'int' | 'bool'> = {
  deviceName: 'string',
  hctl: 'string',
  model: 'string',
  vendor: 'string',
  serialNumber: 'string',
  minSizeGigabytes: 'int',
  wwn: 'string',
  wwnWithExtension: 'string',
  wwnVendorExtension: 'string',
  rotational: 'bool',
}

/** An enum-valued field: reports a value outside `allowed` (exact case). */
function oneOf(
  ctx: RuleContext,
  rule: Rule,
  path: Path,
  v: unknown,
  allowed: string[],
  msg?: string,
) {
  if (v === undefined || allowed.includes(v as string)) return
  const same = allowed.find((a) => a.toLowerCase() === String(v).toLowerCase())
  ctx.report(
    rule,
    path,
    msg ??
      `${where(path)} "${show(v)}" must be ${allowed.slice(0, -1).join(', ')} or ${allowed.at(-1)}`,
    undefined,
    same ? { title: `Use ${same}`, op: 'set', path, value: same } : undefined,
  )
}

function checkHostName(ctx: RuleContext, path: Path, v: unknown) {
  const p = [...path, 'hostName']
  if (typeof v !== 'string' || v === '')
    return ctx.report(
      nodeHostnameRequired,
      p,
      `${where(p)} is required (it names the BareMetalHost)`,
    )
  if (RESERVED.has(v.toLowerCase()))
    return ctx.report(nodeHostnameReserved, p, `hostName "${show(v)}" is not allowed`)
  const ok = v.length <= 64 && v.split('.').every((l) => l.length <= 63 && DNS1123.test(l))
  if (!ok)
    ctx.report(
      nodeHostnameFormat,
      p,
      `hostName "${show(v)}" must be lowercase letters, digits, "." and "-", start and end alphanumeric, ≤ 64 characters${v !== v.toLowerCase() ? ' (it has capitals)' : ''}`,
    )
}

function checkRootHints(ctx: RuleContext, path: Path, hints: unknown) {
  const h = asRecord(hints)
  if (!h) return
  for (const [k, v] of Object.entries(h)) {
    const p = [...path, 'rootDeviceHints', k]
    const type = HINT_TYPES[k]
    if (!type) {
      const near = Object.keys(HINT_TYPES).find((x) =>
        x.toLowerCase().startsWith(k.toLowerCase().slice(0, 4)),
      )
      ctx.report(
        nodeRootHintsKeys,
        p,
        `unknown rootDeviceHints key "${show(k)}"${near ? `; did you mean "${show(near)}"?` : ''}`,
        undefined,
        near ? { title: `Rename to ${near}`, op: 'rename-key', path: p, to: near } : undefined,
      )
      continue
    }
    const good =
      type === 'int'
        ? Number.isInteger(v) && (v as number) >= 0
        : type === 'bool'
          ? typeof v === 'boolean'
          : typeof v === 'string'
    if (!good)
      ctx.report(
        nodeRootHintsKeys,
        p,
        `rootDeviceHints.${k} must be ${type === 'int' ? 'a whole number ≥ 0' : type === 'bool' ? 'true or false' : 'a string'}`,
      )
    if (k === 'deviceName' && typeof v === 'string') {
      if (!/^\/dev\/(disk\/by-path\/)?[^/]+$/.test(v))
        ctx.report(
          nodeRootHintsDeviceName,
          p,
          `device name of root device hint must be path in /dev/ or /dev/disk/by-path/, not "${show(v)}"`,
        )
      else if (/^\/dev\/(sd[a-z]+|vd[a-z]+|nvme\d+n\d+)$/.test(v))
        ctx.report(
          nodeRootHintsUnstable,
          p,
          `${v} is not stable across reboots; prefer /dev/disk/by-path/… or wwn/serialNumber`,
        )
    }
  }
}

/** MAC format, one node per MAC, bootMACAddress among the node's interfaces. */
function checkMacs(ctx: RuleContext) {
  const owner = new Map<string, { host: string; key: string }>()
  for (const { node, path, c, n } of nodesOf(ctx.data)) {
    const host = typeof node.hostName === 'string' && node.hostName ? node.hostName : where(path)
    const key = `${c}/${n}`
    const seenHere = new Set<string>()
    const macs: Array<[Path, unknown]> = [[[...path, 'bootMACAddress'], node.bootMACAddress]]
    const ifaces = asArray(asRecord(node.nodeNetwork)?.interfaces)
    ifaces.forEach((f, i) =>
      macs.push([[...path, 'nodeNetwork', 'interfaces', i, 'macAddress'], asRecord(f)?.macAddress]),
    )
    for (const [p, v] of macs) {
      if (v === undefined) continue
      if (typeof v !== 'string' || !MAC.test(v)) {
        const fixed = typeof v === 'string' ? colonMac(v) : undefined
        ctx.report(
          netMacFormat,
          p,
          `Value "${show(v)}" is not valid MAC address. (${where(p)}: six colon-separated hex pairs, e.g. ${fixed ?? 'e4:43:4b:bd:90:46'})`,
          undefined,
          fixed ? { title: `Write ${fixed}`, op: 'set', path: p, value: fixed } : undefined,
        )
        continue
      }
      const m = v.toLowerCase()
      const o = owner.get(m)
      const isBoot = p[p.length - 1] === 'bootMACAddress'
      if (o && o.key !== key)
        ctx.report(netMacUnique, p, `MAC ${v} is used by ${o.host} and ${host}`)
      else if (!isBoot && seenHere.has(m))
        ctx.report(netMacUnique, p, `MAC ${v} appears twice in ${host}'s nodeNetwork.interfaces`)
      if (!isBoot) seenHere.add(m)
      if (!o) owner.set(m, { host, key })
    }
    const boot =
      typeof node.bootMACAddress === 'string' ? node.bootMACAddress.toLowerCase() : undefined
    if (boot && MAC.test(boot) && ifaces.length && !seenHere.has(boot))
      ctx.report(
        netBootMacInInterfaces,
        [...path, 'bootMACAddress'],
        `bootMACAddress ${node.bootMACAddress as string} is not among ${host}'s nodeNetwork.interfaces`,
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

export const nodeRules: Check = (ctx) => {
  for (const { cluster, path } of clustersOf(ctx.data)) {
    const name = cluster.clusterName
    if (typeof name === 'string' && name && !(name.length <= 54 && DNS1123.test(name)))
      ctx.report(
        clusterNameFormat,
        [...path, 'clusterName'],
        `clusterName "${show(name)}" must use lowercase letters, digits and "-", start and end alphanumeric, ≤ 54 characters`,
      )
    oneOf(
      ctx,
      clusterCpuPartitioningMode,
      [...path, 'cpuPartitioningMode'],
      cluster.cpuPartitioningMode,
      ['None', 'AllNodes'],
      `cpuPartitioningMode value of [${show(cluster.cpuPartitioningMode)}] is not valid, supported values are [None AllNodes]`,
    )
    oneOf(ctx, clusterNetworkType, [...path, 'networkType'], cluster.networkType, [
      'OVNKubernetes',
      'OpenShiftSDN',
    ])
    oneOf(
      ctx,
      clusterDiskEncryptionType,
      [...path, 'diskEncryption', 'type'],
      asRecord(cluster.diskEncryption)?.type,
      ['none', 'nbde', 'tpm2'],
    )
    const hosts = new Map<string, number>()
    asArray(cluster.nodes).forEach((nd, n) => {
      const node = asRecord(nd)
      if (!node) return
      const np = [...path, 'nodes', n]
      checkHostName(ctx, np, node.hostName)
      if (typeof node.hostName === 'string' && node.hostName) {
        const first = hosts.get(node.hostName)
        if (first !== undefined)
          ctx.report(
            nodeHostnameUnique,
            [...np, 'hostName'],
            `hostName "${show(node.hostName)}" is used by nodes[${first}] and nodes[${n}]`,
          )
        else hosts.set(node.hostName, n)
      }
      oneOf(ctx, nodeRole, [...np, 'role'], node.role, ['master', 'worker'])
      oneOf(ctx, nodeBootMode, [...np, 'bootMode'], node.bootMode, [
        'UEFI',
        'UEFISecureBoot',
        'legacy',
      ])
      oneOf(
        ctx,
        nodeAutomatedCleaningMode,
        [...np, 'automatedCleaningMode'],
        node.automatedCleaningMode,
        ['disabled', 'metadata'],
      )
      oneOf(
        ctx,
        nodeIronicInspect,
        [...np, 'ironicInspect'],
        node.ironicInspect,
        ['enabled', 'disabled'],
        `ironicInspect must be either disabled or enabled (${where(np)} has "${show(node.ironicInspect)}")`,
      )
      checkRootHints(ctx, np, node.rootDeviceHints)
    })
  }
  checkMacs(ctx)
}
