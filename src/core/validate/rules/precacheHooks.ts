/** Pre-cache checks on one stage's override: scripts the units run, and units ordered per stage. */
import { filesOf, unitsOf } from '../../codecs/ignition.ts'
import { parseInstallerArgs, savedPartLabels } from '../../codecs/installerArgs.ts'
import { unitDependencies, unitValue, unitValues } from '../../codecs/systemdUnit.ts'
import { getIn } from '../../document/path.ts'
import type { Path } from '../../document/path.ts'
import { hasHooks } from '../../precache/preset.ts'
import { asArray, clustersOf } from '../context.ts'
import type { RuleContext } from '../context.ts'
import { dataUrlText } from '../inflate.ts'
import type { Override } from '../override.ts'
import {
  precacheExecFileMissing,
  precacheIncomplete,
  precacheLabelConsistency,
  precacheLegacyHooks,
  precachePartitionNotSaved,
  precacheScriptBugs,
  precacheSelfDisable,
  precacheSnoOnly,
  precacheStageOrdering,
} from './precache.ts'
import { msg } from '../../messages/message.ts'
import type { Message } from '../../messages/message.ts'

export type Stage = 'discovery' | 'install'

// units that exist only in one stage: the discovery live ISO runs the agent, the installed
// host runs the MCD image pull and nodeip configuration
const STAGE_ONLY: Record<Stage, string[]> = {
  discovery: ['agent.service'],
  install: ['machine-config-daemon-pull.service', 'nodeip-configuration.service'],
}

const isExtract = (p: string) => /\/extract-[^/]*\.sh$/.test(p)

/** Absolute paths an `ExecStart=` runs (`bash /usr/local/bin/x.sh` counts too). */
function execPaths(ctx: RuleContext, contents: string): string[] {
  return unitValues(ctx.cache.unit(contents), 'Service', 'ExecStart').flatMap((v) =>
    v.split(/\s+/).filter((t) => /^\/(usr\/local|opt|var)\//.test(t) || isExtract(t)),
  )
}

/** Checks one stage's override; says whether it holds pre-cache hooks. */
export function precacheChecks(ctx: RuleContext, o: Override, stage: Stage): boolean {
  const provided = new Set(filesOf(o.cfg).map((f) => f?.path))
  const used = new Set<string>()
  unitsOf(o.cfg).forEach((u, i) => {
    if (typeof u?.contents !== 'string') return
    const at = o.at(['systemd', 'units', i, 'contents'])
    for (const p of execPaths(ctx, u.contents)) {
      used.add(p)
      if (!provided.has(p))
        ctx.report(
          precacheExecFileMissing,
          o.path,
          msg(
            '{{unit}} runs {{path}} (ExecStart=), but no storage.files entry of this override provides it',
            { unit: String(u.name), path: p },
          ),
          at,
        )
    }
    const unit = ctx.cache.unit(u.contents)
    const other: Stage = stage === 'discovery' ? 'install' : 'discovery'
    for (const key of ['Before', 'After'])
      for (const d of unitDependencies(unit, key))
        if (STAGE_ONLY[other].includes(d))
          ctx.report(
            precacheStageOrdering,
            o.path,
            stage === 'install'
              ? msg(
                  '{{unit}} orders {{key}}={{dep}}, which does not exist on the installed node (it runs in the discovery stage only); order against machine-config-daemon-pull.service instead',
                  { unit: String(u.name), key, dep: d },
                )
              : msg(
                  '{{unit}} orders {{key}}={{dep}}, which only runs on the installed node, not in the discovery stage; order against agent.service instead',
                  { unit: String(u.name), key, dep: d },
                ),
            at,
          )
  })
  filesOf(o.cfg).forEach((f, i) => {
    const p = f?.path ?? ''
    if (isExtract(p) && !used.has(p))
      ctx.report(
        precacheExecFileMissing,
        o.path,
        msg('{{path}} is provided but no unit of this override runs it', { path: p }),
        o.at(['storage', 'files', i, 'path']),
      )
  })
  const hooks = hasHooks(o.cfg)
  if (hooks) legacyAndBugs(ctx, o)
  return hooks
}

/** Bug signatures of the extract scripts in the OpenShift docs and telco-ran-tools (§5.2). */
const SCRIPT_BUGS: Array<[RegExp, Message]> = [
  [
    /rm -f \$\{tar\}\.gz/,
    msg('removes ${tar}.gz after extracting ${tar}.tgz, so the archive is never removed'),
  ],
  [/Skipping existing image \$tar/, msg('prints $tar before it is set in that iteration')],
  [
    /\$\{uri\/:\/_\}/,
    msg('replaces the first ":" of the whole URI, which breaks with a registry port'),
  ],
]
const MOUNT = msg('a mount unit bound to the pre-cache service')
const BZ = msg('agent-fix-bz1964591 (a no-op since assisted-service fixed the bug)')
const PERCENT = msg('percent-encoded extract scripts')

function legacyAndBugs(ctx: RuleContext, o: Override): void {
  const units = unitsOf(o.cfg)
  const legacy: Message[] = []
  if (units.some((u) => u?.name?.endsWith('.mount') && /BindsTo=precache/.test(u.contents ?? '')))
    legacy.push(MOUNT)
  if (filesOf(o.cfg).some((f) => f?.path?.endsWith('agent-fix-bz1964591'))) legacy.push(BZ)
  filesOf(o.cfg).forEach((f, i) => {
    const src = f?.contents?.source
    if (!f?.path || !isExtract(f.path) || typeof src !== 'string' || !src.startsWith('data:'))
      return
    const text = dataUrlText(ctx, src, f.contents?.compression)
    if (text === undefined) return
    if (src.startsWith('data:,') && !legacy.includes(PERCENT)) legacy.push(PERCENT)
    for (const [re, why] of SCRIPT_BUGS)
      if (re.test(text))
        ctx.report(
          precacheScriptBugs,
          o.path,
          msg('{{path}} contains a known upstream bug: it {{why}}', { path: f.path, why }),
          o.at(['storage', 'files', i, 'contents', 'source']),
        )
  })
  units.forEach((u, i) => {
    if (!/^precache-.*\.service$/.test(u?.name ?? '')) return
    if (!/ExecStopPost=.*systemctl disable/.test(u.contents ?? ''))
      ctx.report(
        precacheSelfDisable,
        o.path,
        msg('{{unit}} will re-run on every boot; add ExecStopPost=systemctl disable {{unit}}', {
          unit: String(u.name),
        }),
        o.at(['systemd', 'units', i, 'contents']),
      )
  })
  if (legacy.length)
    ctx.report(
      precacheLegacyHooks,
      o.path,
      msg(
        'Legacy pre-cache hooks from the OpenShift docs: {{hooks}}; telco-ran-tools replaced them in 2023 (factory-precaching-cli siteconfig writes the current ones)',
        { hooks: legacy },
      ),
    )
}

/** The three pre-cache fields go together; the flow is SNO-only; the partition must be saved. */
export function precacheAcrossStages(ctx: RuleContext, hooked: ReadonlyMap<string, boolean>): void {
  for (const { c, cluster, path } of clustersOf(ctx.data, ctx.model)) {
    const nodes = asArray(cluster.nodes)
    const nodeHooks = nodes.map((_, n) => hooked.get(`${c}/${n}`) === true)
    const clusterHooks = hooked.get(`${c}`) === true
    if (!clusterHooks && !nodeHooks.some(Boolean)) continue
    if (nodes.length > 1)
      ctx.report(
        precacheSnoOnly,
        path,
        msg(
          'pre-cache hooks on a {{n}}-node cluster: the factory pre-caching flow supports single-node clusters only',
          { n: nodes.length },
        ),
      )
    nodeHooks.forEach((has, n) => {
      const np = [...path, 'nodes', n]
      const host = String(getIn(cluster, ['nodes', n, 'hostName']) ?? `nodes[${n}]`)
      if (has && !clusterHooks)
        ctx.report(
          precacheIncomplete,
          [...path, 'ignitionConfigOverride'],
          msg(
            '{{host}} has install-stage pre-cache hooks but the cluster ignitionConfigOverride has none; the discovery stage will pull its images',
            { host },
          ),
        )
      if (clusterHooks && !has)
        ctx.report(
          precacheIncomplete,
          np,
          msg(
            'the cluster has discovery-stage pre-cache hooks but {{host}} has no install-stage hooks in its ignitionConfigOverride',
            { host },
          ),
        )
      if (!has) return
      const raw = getIn(cluster, ['nodes', n, 'installerArgs'])
      const args = typeof raw === 'string' ? parseInstallerArgs(raw) : undefined
      const saves =
        args?.ok && args.args.some((a) => a === '--save-partlabel' || a === '--save-partindex')
      if (!saves)
        ctx.report(
          precachePartitionNotSaved,
          raw === undefined ? np : [...np, 'installerArgs'],
          msg(
            '{{host}} has pre-cache hooks but installerArgs does not save the data partition (--save-partlabel); coreos-installer would wipe it',
            { host },
          ),
        )
    })
  }
}

/** GPT labels that mount units of an override read from /dev/disk/by-partlabel/. */
export function mountedLabels(
  ctx: RuleContext,
  o: Override,
): Array<{ label: string; unit: string }> {
  return unitsOf(o.cfg).flatMap((u) => {
    if (!u?.name?.endsWith('.mount') || typeof u.contents !== 'string') return []
    const what = unitValue(ctx.cache.unit(u.contents), 'Mount', 'What') ?? ''
    const m = /^\/dev\/disk\/by-partlabel\/(.+)$/.exec(what)
    return m ? [{ label: m[1] as string, unit: u.name }] : []
  })
}

/** precache-label-consistency: the partlabel installerArgs saves is the one a mount unit reads. */
export function labelConsistency(
  ctx: RuleContext,
  node: Record<string, unknown>,
  path: Path,
  mounted: Array<{ label: string; unit: string }>,
): void {
  if (!mounted.length) return
  const args =
    typeof node.installerArgs === 'string' ? parseInstallerArgs(node.installerArgs) : undefined
  const saved = args?.ok ? savedPartLabels(args.args) : []
  if (!saved.length) return
  const savedSet = new Set(saved)
  for (const m of mounted) {
    if (!savedSet.has(m.label))
      ctx.report(
        precacheLabelConsistency,
        [...path, 'installerArgs'],
        msg(
          'installerArgs saves partlabel {{saved}} but {{unit}} mounts /dev/disk/by-partlabel/{{label}}; use the same GPT partition label in both',
          { saved: saved.map((s) => JSON.stringify(s)), unit: m.unit, label: m.label },
        ),
      )
  }
}
