/** node- value rules: hostName, enum-valued node fields, rootDeviceHints. */
import type { Path } from '../../document/path.ts'
import { asArray, asRecord, clustersOf, where, show } from '../context.ts'
import type { Check, RuleContext } from '../context.ts'
import { oneOf } from '../oneOf.ts'
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
} from './node.ts'

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

export const nodeRules: Check = (ctx) => {
  for (const { cluster, path } of clustersOf(ctx.data)) {
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
}
