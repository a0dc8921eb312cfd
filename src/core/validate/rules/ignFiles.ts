/** ign- rules on an override's storage entries, version features and size (Ignition's own checks). */
import { filesOf, octalMode, unitsOf } from '../../codecs/ignition.ts'
import type { IgnFile } from '../../codecs/ignition.ts'
import { unitValues } from '../../codecs/systemdUnit.ts'
import { getIn } from '../../document/path.ts'
import { asArray, asRecord, show, where } from '../context.ts'
import type { RuleContext } from '../context.ts'
import { resourceRules } from '../ignResource.ts'
import type { Rep } from '../ignResource.ts'
import type { Override } from '../override.ts'
import {
  ignDiscoverySize,
  ignDuplicatePath,
  ignFilePath,
  ignModeOctalTypo,
  ignNotMachineconfig,
  ignOverwriteSource,
  ignPathUnitConflict,
  ignScriptNotExecutable,
  ignUserGroup,
  ignVersionFeatures,
} from './ign.ts'
import { msg } from '../../messages/message.ts'

const OCTAL_TYPOS = new Set([400, 440, 444, 500])
const KIB = 1024

function simplified(p: string): boolean {
  return !/\/\/|\/\.{1,2}(\/|$)/.test(p) && (p === '/' || !p.endsWith('/'))
}

export function ignitionFileRules(ctx: RuleContext, o: Override): void {
  const version = o.cfg.ignition?.version ?? '3.1.0'
  const rep: Rep = (rule, m, at) => ctx.report(rule, o.path, m, at)
  if (o.cfg.apiVersion !== undefined || o.cfg.kind !== undefined || o.cfg.variant !== undefined)
    rep(
      ignNotMachineconfig,
      msg(
        'ignitionConfigOverride holds a MachineConfig or Butane document; paste only its Ignition config (spec.config), or use extra manifests',
      ),
      o.at(['kind'], ['variant'], ['apiVersion']),
    )
  versionFeatures(o, version, rep)
  const seen = new Map<string, string>()
  const storage = asRecord(o.cfg.storage) ?? {}
  for (const kind of ['files', 'directories', 'links'] as const)
    asArray(storage[kind]).forEach((e, i) => {
      const p = asRecord(e)?.path
      const at = o.at(['storage', kind, i, 'path'])
      if (typeof p !== 'string' || p === '')
        return rep(ignFilePath, msg('storage.{{kind}}[{{i}}]: path not specified', { kind, i }), at)
      if (!p.startsWith('/'))
        rep(
          ignFilePath,
          msg('storage.{{kind}}[{{i}}].path "{{p}}" is not absolute', { kind, i, p: show(p) }),
          at,
        )
      else if (!simplified(p))
        rep(
          ignFilePath,
          msg('storage.{{kind}}[{{i}}].path "{{p}}" is not fully simplified', {
            kind,
            i,
            p: show(p),
          }),
          at,
        )
      if (seen.has(p))
        rep(
          ignDuplicatePath,
          msg('duplicate path {{p}} (also in {{p2}})', { p, p2: String(seen.get(p)) }),
          at,
        )
      else seen.set(p, `storage.${kind}[${i}]`)
      for (const who of ['user', 'group'] as const) {
        const id = asRecord(asRecord(e)?.[who])
        if (id && id.id !== undefined && id.name !== undefined)
          rep(
            ignUserGroup,
            msg('{{p}}: {{who}} cannot set both id and name', { p, who }),
            o.at(['storage', kind, i, who]),
          )
      }
    })
  pathUnitConflicts(o, rep)
  const execs = new Set(
    unitsOf(o.cfg).flatMap((u) =>
      typeof u?.contents === 'string'
        ? unitValues(ctx.cache.unit(u.contents), 'Service', 'ExecStart').flatMap((v) =>
            v.split(/\s+/),
          )
        : [],
    ),
  )
  filesOf(o.cfg).forEach((f, i) => fileRules(ctx, o, f, i, version, execs, rep))
  if (ctx.model.scopeOf(o.path).kind === 'cluster') discoverySize(ctx, o, rep)
}

function versionFeatures(o: Override, version: string, rep: Rep): void {
  const storage = asRecord(o.cfg.storage) ?? {}
  const passwd = asRecord(o.cfg.passwd) ?? {}
  const needs: Array<[boolean, string, string, (string | number)[]]> = [
    [asArray(storage.luks).length > 0, 'storage.luks', '3.2.0', ['storage', 'luks']],
    [
      asArray(storage.disks).some((d) =>
        asArray(asRecord(d)?.partitions).some((p) => asRecord(p)?.resize !== undefined),
      ),
      'partitions[].resize',
      '3.2.0',
      ['storage', 'disks'],
    ],
    [
      [...asArray(passwd.users), ...asArray(passwd.groups)].some(
        (u) => asRecord(u)?.shouldExist !== undefined,
      ),
      'passwd shouldExist',
      '3.2.0',
      ['passwd'],
    ],
    [
      filesOf(o.cfg).some(
        (f) => typeof f?.contents?.source === 'string' && f.contents.source.startsWith('gs://'),
      ),
      'gs:// sources',
      '3.2.0',
      ['storage', 'files'],
    ],
    [o.cfg.kernelArguments !== undefined, 'kernelArguments', '3.3.0', ['kernelArguments']],
  ]
  for (const [used, what, min, at] of needs)
    if (used && version.localeCompare(min, 'en', { numeric: true }) < 0)
      rep(
        ignVersionFeatures,
        min > '3.2.0'
          ? msg(
              '{{what}} requires ignition.version {{min}} (declared {{version}}); assisted-service accepts only 3.1.0 and 3.2.0, so it cannot be used in an override',
              { what, min, version },
            )
          : msg('{{what}} requires ignition.version {{min}} (declared {{version}})', {
              what,
              min,
              version,
            }),
        o.at(at),
      )
}

function pathUnitConflicts(o: Override, rep: Rep): void {
  const unitPaths = new Set<string>()
  for (const u of unitsOf(o.cfg)) {
    if (!u?.name) continue
    if (typeof u.contents === 'string') unitPaths.add(`/etc/systemd/system/${u.name}`)
    for (const d of asArray(u.dropins)) {
      const dr = asRecord(d)
      if (typeof dr?.name === 'string' && typeof dr.contents === 'string')
        unitPaths.add(`/etc/systemd/system/${u.name}.d/${dr.name}`)
    }
  }
  filesOf(o.cfg).forEach((f, i) => {
    if (typeof f?.path === 'string' && unitPaths.has(f.path))
      rep(
        ignPathUnitConflict,
        msg('path conflicts with systemd unit or dropin: {{path}}', { path: f.path }),
        o.at(['storage', 'files', i, 'path']),
      )
  })
}

function fileRules(
  ctx: RuleContext,
  o: Override,
  f: IgnFile,
  i: number,
  version: string,
  execs: Set<string>,
  rep: Rep,
): void {
  const name = f?.path ?? `storage.files[${i}]`
  const mode = f?.mode
  if (typeof mode === 'number' && OCTAL_TYPOS.has(mode))
    rep(
      ignModeOctalTypo,
      msg('{{name}}: mode {{mode}} = 0o{{p}}. If you meant 0o{{mode}}, use {{p2}}', {
        name,
        mode,
        p: mode.toString(8),
        p2: parseInt(String(mode), 8),
      }),
      o.at(['storage', 'files', i, 'mode']),
    )
  const script =
    typeof f?.path === 'string' && (f.path.startsWith('/usr/local/bin/') || execs.has(f.path))
  const effective = typeof mode === 'number' ? mode : 0o644
  if (script && (effective & 0o111) === 0)
    rep(
      ignScriptNotExecutable,
      typeof mode === 'number'
        ? msg(
            '{{name}} has mode {{mode}} ({{octal}}): not executable; a unit running it directly fails (493 = 0755 is expected)',
            { name, mode, octal: octalMode(mode) },
          )
        : msg(
            '{{name}} has mode unset (0644): not executable; a unit running it directly fails (493 = 0755 is expected)',
            { name },
          ),
      o.at(['storage', 'files', i, typeof mode === 'number' ? 'mode' : 'path']),
    )
  for (const [key, res] of [
    ['contents', f?.contents] as const,
    ...asArray(f?.append).map((a, j) => [`append[${j}]`, asRecord(a)] as const),
  ]) {
    const r = asRecord(res)
    if (!r) continue
    const jp =
      key === 'contents'
        ? ['storage', 'files', i, 'contents']
        : ['storage', 'files', i, 'append', Number(key.slice(7, -1))]
    resourceRules(ctx, o, r, `${name} ${key}`, version, rep, o.at([...jp, 'source'], jp))
  }
  if (f?.overwrite === true && typeof f.contents?.source !== 'string')
    rep(
      ignOverwriteSource,
      msg('{{name}}: overwrite must be false if source is unspecified', { name }),
      o.at(['storage', 'files', i, 'overwrite']),
    )
}

function discoverySize(ctx: RuleContext, o: Override, rep: Rep): void {
  const v = getIn(ctx.data, o.path)
  const text = typeof v === 'string' ? v : ''
  const bytes = new TextEncoder().encode(text).length
  if (bytes <= 200 * KIB) return
  rep(
    ignDiscoverySize.as(bytes > 256 * KIB ? 'error' : 'warning'),
    msg(
      "{{where}} is {{p}} KiB; the discovery ignition limit is 256 KiB including assisted-service's own content",
      { where: where(o.path), p: Math.round(bytes / KIB) },
    ),
  )
}
