/** Pre-cache checks on one stage's override: scripts the units run, and units ordered per stage. */
import { filesOf, unitsOf } from '../codecs/ignition.ts'
import { parseUnit, unitDependencies, unitValues } from '../codecs/systemdUnit.ts'
import type { RuleContext } from './context.ts'
import type { Override } from './override.ts'

export type Stage = 'discovery' | 'install'

// units that exist only in one stage: the discovery live ISO runs the agent, the installed
// host runs the MCD image pull and nodeip configuration
const STAGE_ONLY: Record<Stage, string[]> = {
  discovery: ['agent.service'],
  install: ['machine-config-daemon-pull.service', 'nodeip-configuration.service'],
}

const isExtract = (p: string) => /\/extract-[^/]*\.sh$/.test(p)

/** Absolute paths an `ExecStart=` runs (`bash /usr/local/bin/x.sh` counts too). */
function execPaths(contents: string): string[] {
  return unitValues(parseUnit(contents), 'Service', 'ExecStart').flatMap((v) =>
    v.split(/\s+/).filter((t) => /^\/(usr\/local|opt|var)\//.test(t) || isExtract(t)),
  )
}

export function precacheChecks(ctx: RuleContext, o: Override, stage: Stage): void {
  const provided = new Set(filesOf(o.cfg).map((f) => f?.path))
  const used = new Set<string>()
  unitsOf(o.cfg).forEach((u, i) => {
    if (typeof u?.contents !== 'string') return
    const at = o.at(['systemd', 'units', i, 'contents'])
    for (const p of execPaths(u.contents)) {
      used.add(p)
      if (!provided.has(p))
        ctx.report(
          'precache-exec-file-missing',
          'error',
          o.path,
          `${u.name} runs ${p} (ExecStart=), but no storage.files entry of this override provides it`,
          at,
        )
    }
    const unit = parseUnit(u.contents)
    const other: Stage = stage === 'discovery' ? 'install' : 'discovery'
    for (const key of ['Before', 'After'])
      for (const d of unitDependencies(unit, key))
        if (STAGE_ONLY[other].includes(d))
          ctx.report(
            'precache-stage-ordering',
            'warning',
            o.path,
            stage === 'install'
              ? `${u.name} orders ${key}=${d}, which does not exist on the installed node (it runs in the discovery stage only); order against machine-config-daemon-pull.service instead`
              : `${u.name} orders ${key}=${d}, which only runs on the installed node, not in the discovery stage; order against agent.service instead`,
            at,
          )
  })
  filesOf(o.cfg).forEach((f, i) => {
    const p = f?.path ?? ''
    if (isExtract(p) && !used.has(p))
      ctx.report(
        'precache-exec-file-missing',
        'warning',
        o.path,
        `${p} is provided but no unit of this override runs it`,
        o.at(['storage', 'files', i, 'path']),
      )
  })
}
