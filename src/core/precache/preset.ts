/**
 * The factory image pre-caching preset: the discovery-stage hooks on a cluster's
 * ignitionConfigOverride, the install-stage hooks on a node's, and `--save-partlabel <label>` in
 * the node's installerArgs. Idempotent; hooks of other names are left alone.
 */
import { encodeDataUrl } from '../codecs/dataUrl.ts'
import { filesOf, parseIgnition, unitsOf } from '../codecs/ignition.ts'
import type { IgnFile, IgnitionConfig, IgnUnit } from '../codecs/ignition.ts'
import { formatInstallerArgs, parseInstallerArgs } from '../codecs/installerArgs.ts'
import { mountUnitName } from '../codecs/systemdUnit.ts'
import { EditError } from '../document/editContext.ts'
import * as hooks from './seedHooks.ts'

export interface PrecacheParams {
  label: string
  mountPoint: string
  fsType: string
  aiImageList: string
  ocpImageList: string
  /** written when the override is new, or when given explicitly */
  ignitionVersion?: '3.1.0' | '3.2.0'
  /** file mode in decimal (493 = 0755) */
  fileMode: number
  /** include the docs' agent-fix-bz1964591 script in the discovery stage */
  agentFix: boolean
}

export const DEFAULT_PRECACHE: PrecacheParams = {
  label: 'data',
  mountPoint: '/var/mnt',
  fsType: 'xfs',
  aiImageList: 'ai-images.txt',
  ocpImageList: 'ocp-images.txt',
  fileMode: 493,
  agentFix: true,
}

export const DISCOVERY_SERVICE = 'precache-images.service'
export const INSTALL_SERVICE = 'precache-ocp-images.service'
export const PRECACHE_FILES = [
  '/usr/local/bin/extract-ai.sh',
  '/usr/local/bin/extract-ocp.sh',
  '/usr/local/bin/agent-fix-bz1964591',
]

export type Stage = 'discovery' | 'install'

function scriptFile(path: string, text: string, p: PrecacheParams): IgnFile {
  return {
    overwrite: true,
    path,
    mode: p.fileMode,
    user: { name: 'root' },
    contents: { source: encodeDataUrl(text) },
  }
}

/** The units and files the preset puts into one stage's override. */
export function stageHooks(
  stage: Stage,
  p: PrecacheParams,
): { units: IgnUnit[]; files: IgnFile[] } {
  const mount = mountUnitName(p.mountPoint)
  const u = { label: p.label, mountPoint: p.mountPoint, mountUnit: mount, fsType: p.fsType }
  if (stage === 'discovery') {
    const files = [
      scriptFile(
        '/usr/local/bin/extract-ai.sh',
        hooks.extractAiScript({ mountPoint: p.mountPoint, imageList: p.aiImageList }),
        p,
      ),
    ]
    if (p.agentFix)
      files.push(scriptFile('/usr/local/bin/agent-fix-bz1964591', hooks.AGENT_FIX_SCRIPT, p))
    return {
      units: [
        { name: mount, enabled: true, contents: hooks.mountUnit(u, DISCOVERY_SERVICE) },
        { name: DISCOVERY_SERVICE, enabled: true, contents: hooks.discoveryService(u) },
      ],
      files,
    }
  }
  return {
    units: [
      { name: mount, enabled: true, contents: hooks.mountUnit(u, INSTALL_SERVICE) },
      { name: INSTALL_SERVICE, enabled: true, contents: hooks.installService(u) },
    ],
    files: [
      scriptFile(
        '/usr/local/bin/extract-ocp.sh',
        hooks.extractOcpScript({ mountPoint: p.mountPoint, imageList: p.ocpImageList }),
        p,
      ),
    ],
  }
}

function upsert<T>(list: T[], items: T[], same: (a: T, b: T) => boolean): T[] {
  const out = list.slice()
  for (const it of items) {
    const i = out.findIndex((x) => same(x, it))
    if (i >= 0) out[i] = it
    else out.push(it)
  }
  return out
}

/** The override config with the stage's hooks in it (replacing same-named ones in place). */
export function withHooks(cfg: IgnitionConfig, stage: Stage, p: PrecacheParams): IgnitionConfig {
  const { units, files } = stageHooks(stage, p)
  const version = p.ignitionVersion ?? cfg.ignition?.version ?? '3.1.0'
  return {
    ...cfg,
    ignition: { ...cfg.ignition, version },
    systemd: { ...cfg.systemd, units: upsert(unitsOf(cfg), units, (a, b) => a.name === b.name) },
    storage: { ...cfg.storage, files: upsert(filesOf(cfg), files, (a, b) => a.path === b.path) },
  }
}

/** Whether a unit or file is one the preset (or the docs' legacy form of it) puts in. */
export function isPrecacheUnit(u: IgnUnit): boolean {
  const name = u.name ?? ''
  if (name === DISCOVERY_SERVICE || name === INSTALL_SERVICE) return true
  return name.endsWith('.mount') && /BindsTo=precache/.test(u.contents ?? '')
}

export function isPrecacheFile(f: IgnFile): boolean {
  return PRECACHE_FILES.includes(f.path ?? '')
}

/** The override config without pre-cache hooks; `null` when nothing else is left in it. */
export function withoutHooks(cfg: IgnitionConfig): IgnitionConfig | null {
  const units = unitsOf(cfg).filter((u) => !isPrecacheUnit(u))
  const files = filesOf(cfg).filter((f) => !isPrecacheFile(f))
  const { systemd, storage, ignition, ...rest } = cfg
  const { units: _u, ...sysRest } = systemd ?? {}
  const { files: _f, ...stoRest } = storage ?? {}
  const { version: _v, ...ignRest } = ignition ?? {}
  const empty =
    units.length === 0 &&
    files.length === 0 &&
    !Object.keys(rest).length &&
    !Object.keys(sysRest).length &&
    !Object.keys(stoRest).length &&
    !Object.keys(ignRest).length
  if (empty) return null
  const out: IgnitionConfig = { ...cfg }
  if (systemd)
    out.systemd = units.length || Object.keys(sysRest).length ? { ...systemd, units } : undefined
  if (storage)
    out.storage = files.length || Object.keys(stoRest).length ? { ...storage, files } : undefined
  for (const k of ['systemd', 'storage'] as const) if (out[k] === undefined) delete out[k]
  return out
}

export function hasHooks(cfg: IgnitionConfig): boolean {
  return unitsOf(cfg).some(isPrecacheUnit) || filesOf(cfg).some(isPrecacheFile)
}

/** installerArgs text with `--save-partlabel <label>` present (unchanged when it already is). */
export function argsWithLabel(current: string | undefined, label: string): string {
  const parsed =
    current === undefined ? { ok: true as const, args: [] } : parseInstallerArgs(current)
  if (!parsed.ok)
    throw new EditError(
      `installerArgs is not a JSON array of strings; fix it before enabling pre-caching`,
    )
  const args = parsed.args
  const has = args.some((a, i) => a === '--save-partlabel' && args[i + 1] === label)
  return has && current !== undefined
    ? current
    : formatInstallerArgs([...args, '--save-partlabel', label], current)
}

/** installerArgs without any `--save-partlabel X` pair; `null` when the list ends up empty. */
export function argsWithoutLabel(current: string): string | null {
  const parsed = parseInstallerArgs(current)
  if (!parsed.ok) return current
  const out: string[] = []
  for (let i = 0; i < parsed.args.length; i++) {
    if (parsed.args[i] === '--save-partlabel') i++
    else out.push(parsed.args[i] as string)
  }
  if (out.length === parsed.args.length) return current
  return out.length ? formatInstallerArgs(out, current) : null
}

export function parseOverride(text: unknown): IgnitionConfig {
  if (typeof text !== 'string') return {}
  const p = parseIgnition(text)
  if (!p.ok)
    throw new EditError(`ignitionConfigOverride is not valid JSON (${p.message}); fix it first`)
  return p.config
}
