/** ignitionConfigOverride rules (ign-, unit-, precache-) that point into the embedded JSON. */
import { filesOf, meantMode, octalMode, unitsOf } from '../codecs/ignition.ts'
import { parseInstallerArgs, savedPartLabels } from '../codecs/installerArgs.ts'
import { mountPathOf, mountUnitName, unitValue } from '../codecs/systemdUnit.ts'
import { clustersOf, nodesOf, show } from './context.ts'
import type { RuleContext } from './context.ts'
import { ignitionKeys } from './ignKeys.ts'
import { readOverride } from './override.ts'
import { ignitionFileRules } from './rules/ignFiles.ts'
import { unitRules } from './rules/unitFiles.ts'
import { precacheAcrossStages, precacheChecks } from './rules/precacheHooks.ts'
import type { Override } from './override.ts'
import { checkOnce } from './replay.ts'
import type { Stage } from './rules/precacheHooks.ts'
import { formatPath } from '../document/path.ts'
import type { Path } from '../document/path.ts'
import {
  ignModeRange,
  ignModeSpecialBits,
  ignVersionPresent,
  ignVersionSupported,
} from './rules/ign.ts'
import { precacheLabelConsistency } from './rules/precache.ts'
import { unitMountName } from './rules/unit.ts'

const SUPPORTED = ['3.1.0', '3.2.0']

function checkOverride(ctx: RuleContext, o: Override): void {
  const v = o.cfg.ignition?.version
  if (typeof v !== 'string' || !/^\d+\.\d+\.\d+(-[\w.]+)?$/.test(v))
    ctx.report(
      ignVersionPresent,
      o.path,
      `ignition.version is missing or not semver (${show(JSON.stringify(v ?? null))}); use "3.1.0" or "3.2.0"`,
      o.at(['ignition', 'version'], ['ignition']),
    )
  else if (!SUPPORTED.includes(v))
    ctx.report(
      ignVersionSupported,
      o.path,
      `Assisted Installer only accepts Ignition 3.1.0 or 3.2.0; got ${v}`,
      o.at(['ignition', 'version']),
    )
  filesOf(o.cfg).forEach((f, i) => {
    const mode = f?.mode
    if (typeof mode !== 'number') return
    const where = o.at(['storage', 'files', i, 'mode'])
    const file = f.path ?? `storage.files[${i}]`
    if (mode < 0 || mode > 4095 || !Number.isInteger(mode))
      ctx.report(
        ignModeRange,
        o.path,
        `${file}: mode ${mode} is not a valid permission value (0–4095, decimal)`,
        where,
      )
    else if (mode & 0o7000) {
      const eff = mode & 0o777
      const fixed = meantMode(mode)
      const meant = fixed !== undefined ? `; did you mean ${fixed} (0o${mode})?` : ''
      // the catalogue: an error for the known octal typos, a warning for other special bits
      ctx.report(
        ignModeSpecialBits.as(fixed !== undefined ? 'error' : 'warning'),
        o.path,
        `${file}: mode ${mode} is decimal (= 0o${mode.toString(8)} → effective ${octalMode(eff)}${eff & 0o002 ? ', world-writable' : ''})${meant}`,
        where,
        fixed !== undefined
          ? {
              title: `Set mode ${fixed} (0o${mode})`,
              op: 'file-mode',
              path: o.path,
              index: i,
              mode: fixed,
            }
          : undefined,
      )
    }
  })
  ignitionKeys(ctx, o)
  ignitionFileRules(ctx, o)
  unitRules(ctx, o)
  unitsOf(o.cfg).forEach((u, i) => {
    if (!u?.name?.endsWith('.mount') || typeof u.contents !== 'string') return
    const where = unitValue(ctx.cache.unit(u.contents), 'Mount', 'Where')
    if (where && mountUnitName(where) !== u.name)
      ctx.report(
        unitMountName,
        o.path,
        `${u.name} has Where=${where}; systemd will refuse it ("Where= setting doesn't match unit name"). Rename it to ${mountUnitName(where)} (or set Where=${mountPathOf(u.name)})`,
        o.at(['systemd', 'units', i, 'name']),
      )
  })
}

/** GPT labels that mount units of an override read from /dev/disk/by-partlabel/. */
function mountedLabels(ctx: RuleContext, o: Override): Array<{ label: string; unit: string }> {
  return unitsOf(o.cfg).flatMap((u) => {
    if (!u?.name?.endsWith('.mount') || typeof u.contents !== 'string') return []
    const what = unitValue(ctx.cache.unit(u.contents), 'Mount', 'What') ?? ''
    const m = /^\/dev\/disk\/by-partlabel\/(.+)$/.exec(what)
    return m ? [{ label: m[1] as string, unit: u.name }] : []
  })
}

// a discovery override this long may be reported with its cluster's index (ign-discovery-size)
const SIZE_NOTE = 50 * 1024

type Checked = { hooks: boolean; mounted: Array<{ label: string; unit: string }> }

/** Reads and checks one override, once per text and stage (see replay.ts). */
function checkStage(ctx: RuleContext, path: Path, value: unknown, stage: Stage): Checked {
  const long = typeof value === 'string' && value.length > SIZE_NOTE
  const kind = `${stage}${stage === 'discovery' && long ? formatPath(path) : ''}`
  return checkOnce(ctx, path, kind, (rec): Checked => {
    const o = readOverride(rec, path, value)
    if (!o) return { hooks: false, mounted: [] }
    checkOverride(rec, o)
    const hooks = precacheChecks(rec, o, stage)
    return { hooks, mounted: stage === 'install' ? mountedLabels(rec, o) : [] }
  })
}

export function ignitionRules(ctx: RuleContext): void {
  const hooked = new Map<string, boolean>()
  for (const { cluster, path, c } of clustersOf(ctx.data)) {
    const p = [...path, 'ignitionConfigOverride']
    hooked.set(`${c}`, checkStage(ctx, p, cluster.ignitionConfigOverride, 'discovery').hooks)
  }
  for (const { node, path, c, n } of nodesOf(ctx.data)) {
    const p = [...path, 'ignitionConfigOverride']
    const { hooks, mounted } = checkStage(ctx, p, node.ignitionConfigOverride, 'install')
    hooked.set(`${c}/${n}`, hooks)
    if (!mounted.length) continue
    const args =
      typeof node.installerArgs === 'string' ? parseInstallerArgs(node.installerArgs) : undefined
    const saved = args?.ok ? savedPartLabels(args.args) : []
    if (!saved.length) continue
    const savedSet = new Set(saved)
    for (const m of mounted) {
      if (!savedSet.has(m.label))
        ctx.report(
          precacheLabelConsistency,
          [...path, 'installerArgs'],
          `installerArgs saves partlabel ${saved.map((s) => JSON.stringify(s)).join(', ')} but ${m.unit} mounts /dev/disk/by-partlabel/${m.label}; use the same GPT partition label in both`,
        )
    }
  }
  precacheAcrossStages(ctx, hooked)
}
