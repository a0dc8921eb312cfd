/** unit- rules: systemd units and drop-ins inside one override (what Ignition and systemd refuse). */
import { unitsOf } from '../../codecs/ignition.ts'
import {
  mountPathOf,
  mountUnitName,
  sectionNames,
  unitDependencies,
  unitProblems,
  unitValue,
} from '../../codecs/systemdUnit.ts'
import type { UnitFile } from '../../codecs/systemdUnit.ts'
import { asArray, asRecord, show } from '../context.ts'
import type { At, RuleContext } from '../context.ts'
import type { Rule } from '../registry.ts'
import type { Override } from '../override.ts'
import {
  unitContentsParse,
  unitDanglingDependency,
  unitDropinExtension,
  unitDuplicate,
  unitEnabledNoInstall,
  unitExtension,
  unitMountMnt,
  unitMountName,
  unitNameChars,
  unitWorkingDirectoryMount,
} from './unit.ts'
import { msg } from '../../messages/message.ts'
import type { Message } from '../../messages/message.ts'

const EXTENSIONS =
  /\.(service|socket|device|mount|automount|swap|target|path|timer|snapshot|slice|scope)$/
const NAME_CHARS = /^(?:[A-Za-z0-9:_.\-@]|\\x[0-9a-fA-F]{2})+$/
const DEPENDENCY_KEYS = ['After', 'Requires', 'BindsTo', 'RequiredBy']
// units that exist on RHCOS in the discovery or install stage; targets and systemd's own are
// always there, so only other service/mount names count as dangling
const KNOWN = new Set([
  'agent.service',
  'machine-config-daemon-pull.service',
  'machine-config-daemon-firstboot.service',
  'nodeip-configuration.service',
  'kubelet.service',
  'crio.service',
  'NetworkManager.service',
  'NetworkManager-wait-online.service',
  'coreos-installer.service',
  'ostree-finalize-staged.service',
  'var.mount',
  'sysroot.mount',
  'tmp.mount',
])
const isKnown = (n: string) =>
  KNOWN.has(n) || n.endsWith('.target') || /^(systemd|dbus|rpc|chronyd|sshd)[-.]/.test(n)

export function unitRules(ctx: RuleContext, o: Override): void {
  const units = unitsOf(o.cfg)
  const defined = new Set(units.map((u) => u?.name).filter((n): n is string => !!n))
  const seen = new Set<string>()
  let mounts: Map<string, Mounts> | undefined
  units.forEach((u, i) => {
    const name = typeof u?.name === 'string' ? u.name : ''
    const at = o.at(['systemd', 'units', i, 'name'])
    const report = (rule: Rule, m: Message, off = at) => ctx.report(rule, o.path, m, off)
    if (!name) return
    if (!EXTENSIONS.test(name))
      report(unitExtension, msg('invalid systemd unit extension "{{name}}"', { name: show(name) }))
    if (!NAME_CHARS.test(name) || name.length > 255)
      report(
        unitNameChars,
        msg(
          'systemd unit "{{name}}" has invalid characters (allowed: letters, digits, : _ . - @ and \\xNN escapes; at most 255)',
          { name: show(name) },
        ),
      )
    if (seen.has(name))
      report(unitDuplicate, msg('duplicate entry defined: systemd unit {{name}}', { name }))
    seen.add(name)
    const dropins = new Set<string>()
    asArray(u.dropins).forEach((d, j) => {
      const dn = asRecord(d)?.name
      if (typeof dn !== 'string') return
      const dat = o.at(['systemd', 'units', i, 'dropins', j, 'name'])
      if (!dn.endsWith('.conf'))
        report(
          unitDropinExtension,
          msg('invalid systemd drop-in extension "{{dn}}" ({{name}}); drop-ins end in .conf', {
            dn: show(dn),
            name,
          }),
          dat,
        )
      if (dropins.has(dn))
        report(
          unitDuplicate,
          msg('duplicate entry defined: drop-in {{dn}} of {{name}}', { dn, name }),
          dat,
        )
      dropins.add(dn)
    })
    if (typeof u.contents !== 'string') return
    const cat = o.at(['systemd', 'units', i, 'contents'])
    for (const p of unitProblems(u.contents))
      report(
        unitContentsParse,
        msg('invalid unit content in {{name}}, line {{line}}: {{message}}', {
          name,
          line: p.line,
          message: p.message,
        }),
        cat,
      )
    const unit = ctx.cache.unit(u.contents)
    if (u.enabled === true && !sectionNames(unit).includes('Install'))
      report(
        unitEnabledNoInstall,
        msg('unit "{{name}}" is enabled, but has no [Install] section so enable does nothing', {
          name: show(name),
        }),
        cat,
      )
    const where = name.endsWith('.mount') ? unitValue(unit, 'Mount', 'Where') : undefined
    if (where === '/mnt' || where?.startsWith('/mnt/'))
      report(
        unitMountMnt,
        mountPathOf(name) === where
          ? msg(
              '{{name}}: /mnt is a symlink to /var/mnt on RHCOS; use Where=/var{{where}} and name the unit var-{{name}}',
              { name, where },
            )
          : msg(
              '{{name}}: /mnt is a symlink to /var/mnt on RHCOS; use Where=/var{{where}} and name the unit after it',
              { name, where },
            ),
        cat,
      )
    for (const key of DEPENDENCY_KEYS)
      for (const dep of unitDependencies(unit, key))
        if (!defined.has(dep) && !isKnown(dep))
          report(
            unitDanglingDependency,
            msg('{{name}} {{key}}={{dep}}, but no {{dep}} is defined in this override', {
              name,
              key,
              dep,
            }),
            cat,
          )
    const wd = unitValue(unit, 'Service', 'WorkingDirectory')
    if (wd) workingDirectory(ctx, o, (mounts ??= mountPoints(ctx, units)), name, unit, wd, cat)
  })
}

// a loop, not /\/+$/: that regex is quadratic on a long run of slashes
function noTrailingSlash(p: string): string {
  let end = p.length
  while (end > 0 && p.charCodeAt(end - 1) === 0x2f) end--
  return p.slice(0, end)
}

type Mounts = ReadonlyArray<readonly [number, string]>

/** Mount point → mount units (index, name), read once per override (not once per service). */
function mountPoints(ctx: RuleContext, units: ReturnType<typeof unitsOf>): Map<string, Mounts> {
  const out = new Map<string, Mounts>()
  units.forEach((m, i) => {
    if (!m?.name?.endsWith('.mount') || typeof m.contents !== 'string') return
    const where = noTrailingSlash(
      unitValue(ctx.cache.unit(m.contents), 'Mount', 'Where') ?? mountPathOf(m.name),
    )
    out.set(where, [...(out.get(where) ?? []), [i, m.name] as const])
  })
  return out
}

/** WorkingDirectory= on a mount point fails with 200/CHDIR unless the service waits for the mount. */
function workingDirectory(
  ctx: RuleContext,
  o: Override,
  mounts: Map<string, Mounts>,
  name: string,
  unit: UnitFile,
  wd: string,
  at: At,
): void {
  const path = noTrailingSlash(wd.replace(/^[-!+]/, ''))
  const deps = new Set(['After', 'Requires', 'BindsTo'].flatMap((k) => unitDependencies(unit, k)))
  // PATH_MAX: systemd refuses longer paths, and the prefixes below would cost the square
  if (path.length > 4096) return
  // the mount points that hold `path` (itself and each parent), in unit order
  const ends = [...path.matchAll(/\//g)].map((m) => m.index)
  const found = [...ends, path.length]
    .flatMap((e) => mounts.get(path.slice(0, e)) ?? [])
    .sort((a, b) => a[0] - b[0])
  for (const [, m] of found)
    if (!deps.has(m))
      ctx.report(
        unitWorkingDirectoryMount,
        o.path,
        msg('{{name}}: WorkingDirectory={{wd}} depends on {{m}}; add After={{m}}', { name, wd, m }),
        at,
      )
}

/** unit-mount-name: a .mount unit is named after its Where= path. */
export function unitMountNames(ctx: RuleContext, o: Override): void {
  unitsOf(o.cfg).forEach((u, i) => {
    if (!u?.name?.endsWith('.mount') || typeof u.contents !== 'string') return
    const where = unitValue(ctx.cache.unit(u.contents), 'Mount', 'Where')
    if (where && mountUnitName(where) !== u.name)
      ctx.report(
        unitMountName,
        o.path,
        msg(
          '{{name}} has Where={{where}}; systemd will refuse it ("Where= setting doesn\'t match unit name"). Rename it to {{p}} (or set Where={{p2}})',
          { name: u.name, where, p: mountUnitName(where), p2: mountPathOf(u.name) },
        ),
        o.at(['systemd', 'units', i, 'name']),
      )
  })
}
