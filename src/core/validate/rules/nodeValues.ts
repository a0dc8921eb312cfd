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
import { msg } from '../../messages/message.ts'

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
      msg('{{where}} is required (it names the BareMetalHost)', { where: where(p) }),
    )
  if (RESERVED.has(v.toLowerCase()))
    return ctx.report(
      nodeHostnameReserved,
      p,
      msg('hostName "{{value}}" is not allowed', { value: show(v) }),
    )
  const ok = v.length <= 64 && v.split('.').every((l) => l.length <= 63 && DNS1123.test(l))
  if (!ok)
    ctx.report(
      nodeHostnameFormat,
      p,
      v !== v.toLowerCase()
        ? msg(
            'hostName "{{value}}" must be lowercase letters, digits, "." and "-", start and end alphanumeric, ≤ 64 characters (it has capitals)',
            { value: show(v) },
          )
        : msg(
            'hostName "{{value}}" must be lowercase letters, digits, "." and "-", start and end alphanumeric, ≤ 64 characters',
            { value: show(v) },
          ),
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
        near
          ? msg('unknown rootDeviceHints key "{{key}}"; did you mean "{{near}}"?', {
              key: show(k),
              near: show(near),
            })
          : msg('unknown rootDeviceHints key "{{key}}"', { key: show(k) }),
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
        type === 'int'
          ? msg('rootDeviceHints.{{key}} must be a whole number ≥ 0', { key: k })
          : type === 'bool'
            ? msg('rootDeviceHints.{{key}} must be true or false', { key: k })
            : msg('rootDeviceHints.{{key}} must be a string', { key: k }),
      )
    if (k === 'deviceName' && typeof v === 'string') {
      if (!/^\/dev\/(disk\/by-path\/)?[^/]+$/.test(v))
        ctx.report(
          nodeRootHintsDeviceName,
          p,
          msg(
            'device name of root device hint must be path in /dev/ or /dev/disk/by-path/, not "{{value}}"',
            { value: show(v) },
          ),
        )
      else if (/^\/dev\/(sd[a-z]+|vd[a-z]+|nvme\d+n\d+)$/.test(v))
        ctx.report(
          nodeRootHintsUnstable,
          p,
          msg(
            '{{value}} is not stable across reboots; prefer /dev/disk/by-path/… or wwn/serialNumber',
            { value: v },
          ),
        )
    }
  }
}

export const nodeRules: Check = (ctx) => {
  const ci = ctx.kind === 'ClusterInstance'
  for (const { cluster, path } of clustersOf(ctx.data, ctx.model)) {
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
            msg('hostName "{{hostName}}" is used by nodes[{{first}}] and nodes[{{n}}]', {
              hostName: show(node.hostName),
              first,
              n,
            }),
          )
        else hosts.set(node.hostName, n)
      }
      oneOf(ctx, nodeRole, [...np, 'role'], node.role, ci ? CI_ROLES : ['master', 'worker'])
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
      if (ci) ciIronicInspect(ctx, np, node.ironicInspect)
      else
        oneOf(
          ctx,
          nodeIronicInspect,
          [...np, 'ironicInspect'],
          node.ironicInspect,
          ['enabled', 'disabled'],
          msg(
            'ironicInspect must be either disabled or enabled ({{where}} has "{{ironicInspect}}")',
            { where: where(np), ironicInspect: show(node.ironicInspect) },
          ),
        )
      checkRootHints(ctx, np, node.rootDeviceHints)
    })
  }
}

const CI_ROLES = ['master', 'worker', 'arbiter']

/** ClusterInstance takes "" (inspection on, the default) or disabled; `enabled` is refused */
function ciIronicInspect(ctx: RuleContext, np: Path, v: unknown) {
  if (v === undefined || v === '' || v === 'disabled') return
  const path = [...np, 'ironicInspect']
  ctx.report(
    nodeIronicInspect,
    path,
    msg('{{where}} must be "" (inspection enabled) or disabled in ClusterInstance (got {{p}})', {
      where: where(path),
      p: show(JSON.stringify(v)),
    }),
    undefined,
    v === 'enabled'
      ? { title: 'Use "" (inspection enabled)', op: 'set', path, value: '' }
      : undefined,
  )
}
