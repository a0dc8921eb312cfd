/**
 * ign- rules on each ignitionConfigOverride, read once per text and stage; the unit- and precache-
 * checks of the same override run from here, in their own family files, so findings keep one order.
 */
import { filesOf, meantMode, octalMode } from '../../codecs/ignition.ts'
import { clustersOf, nodesIn, show } from '../context.ts'
import type { RuleContext } from '../context.ts'
import { ignitionKeys } from '../ignKeys.ts'
import { readOverride } from '../override.ts'
import { ignitionFileRules } from './ignFiles.ts'
import { unitMountNames, unitRules } from './unitFiles.ts'
import {
  labelConsistency,
  mountedLabels,
  precacheAcrossStages,
  precacheChecks,
} from './precacheHooks.ts'
import type { Override } from '../override.ts'
import { checkOnce } from '../replay.ts'
import type { Stage } from './precacheHooks.ts'
import { formatPath } from '../../document/path.ts'
import type { Path } from '../../document/path.ts'
import { ignModeRange, ignModeSpecialBits, ignVersionPresent, ignVersionSupported } from './ign.ts'
import { msg } from '../../messages/message.ts'

const SUPPORTED = ['3.1.0', '3.2.0']

function checkOverride(ctx: RuleContext, o: Override): void {
  const v = o.cfg.ignition?.version
  if (typeof v !== 'string' || !/^\d+\.\d+\.\d+(-[\w.]+)?$/.test(v))
    ctx.report(
      ignVersionPresent,
      o.path,
      msg('ignition.version is missing or not semver ({{value}}); use "3.1.0" or "3.2.0"', {
        value: show(JSON.stringify(v ?? null)),
      }),
      o.at(['ignition', 'version'], ['ignition']),
    )
  else if (!SUPPORTED.includes(v))
    ctx.report(
      ignVersionSupported,
      o.path,
      msg('Assisted Installer only accepts Ignition 3.1.0 or 3.2.0; got {{version}}', {
        version: v,
      }),
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
        msg('{{file}}: mode {{mode}} is not a valid permission value (0–4095, decimal)', {
          file,
          mode,
        }),
        where,
      )
    else if (mode & 0o7000) {
      const eff = mode & 0o777
      const fixed = meantMode(mode)
      const octal = `0o${mode.toString(8)}`
      const p = { file, mode, octal, effective: octalMode(eff) }
      const writable = eff & 0o002
      // the catalogue: an error for the known octal typos, a warning for other special bits
      ctx.report(
        ignModeSpecialBits.as(fixed !== undefined ? 'error' : 'warning'),
        o.path,
        fixed === undefined
          ? writable
            ? msg(
                '{{file}}: mode {{mode}} is decimal (= {{octal}} → effective {{effective}}, world-writable)',
                p,
              )
            : msg('{{file}}: mode {{mode}} is decimal (= {{octal}} → effective {{effective}})', p)
          : writable
            ? msg(
                '{{file}}: mode {{mode}} is decimal (= {{octal}} → effective {{effective}}, world-writable); did you mean {{fixed}} (0o{{mode}})?',
                { ...p, fixed },
              )
            : msg(
                '{{file}}: mode {{mode}} is decimal (= {{octal}} → effective {{effective}}); did you mean {{fixed}} (0o{{mode}})?',
                { ...p, fixed },
              ),
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
  unitMountNames(ctx, o)
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
  for (const { cluster, path, c } of clustersOf(ctx.data, ctx.model)) {
    const p = [...path, 'ignitionConfigOverride']
    hooked.set(`${c}`, checkStage(ctx, p, cluster.ignitionConfigOverride, 'discovery').hooks)
  }
  for (const { node, path, c, n } of nodesIn(ctx)) {
    const p = [...path, 'ignitionConfigOverride']
    const { hooks, mounted } = checkStage(ctx, p, node.ignitionConfigOverride, 'install')
    hooked.set(`${c}/${n}`, hooks)
    labelConsistency(ctx, node, path, mounted)
  }
  precacheAcrossStages(ctx, hooked)
}
