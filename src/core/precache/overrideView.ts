/**
 * A readable view of one stage's ignitionConfigOverride: its systemd units and its files with the
 * data URLs decoded, for the Preview. The discovery stage is the cluster's override (baked into
 * the discovery ISO), the install stage a node's (merged into the installed host's ignition).
 */
import { gunzipCapped, joinBytes, parseDataUrl } from '../codecs/dataUrl.ts'
import type { DataUrlEncoding } from '../codecs/dataUrl.ts'
import { filesOf, parseIgnition, unitsOf } from '../codecs/ignition.ts'
import type { IgnitionConfig } from '../codecs/ignition.ts'
import { getIn } from '../document/path.ts'
import type { Path } from '../document/path.ts'
import type { SiteFile } from '../document/siteFile.ts'
import { siteData } from '../document/siteFile.ts'
import { isPrecacheFile, isPrecacheUnit } from './preset.ts'
import type { Stage } from './preset.ts'
import { siteConfigModel as site } from '../site/siteModel.ts'

export interface UnitView {
  index: number
  name: string
  enabled?: boolean
  contents: string
  precache: boolean
}

export interface FileView {
  index: number
  path: string
  mode?: number
  owner: string
  overwrite?: boolean
  /** how the contents are held: a data URL's form, or a remote source that cannot be shown */
  encoding: DataUrlEncoding | 'remote' | 'none'
  compression?: string | null
  /** the decoded contents, when they can be decoded */
  text?: string
  error?: string
  precache: boolean
}

export interface OverrideView {
  stage: Stage
  path: Path
  present: boolean
  /** the override does not parse: why */
  error?: string
  version?: string
  units: UnitView[]
  files: FileView[]
  /** the rest of the config (disks, filesystems, passwd, dropins…), as JSON text, if any */
  other?: string
  /** the parsed Ignition config, when it parses */
  config?: IgnitionConfig
}

/** Where a stage's override lives; `model` is the document's (SiteConfig's unless given). */
export function overridePath(stage: Stage, cluster: number, node = 0, model = site): Path {
  return stage === 'discovery'
    ? [...model.cluster(cluster), 'ignitionConfigOverride']
    : [...model.node(cluster, node), 'ignitionConfigOverride']
}

/** The view runs on the UI thread: gzip data is inflated only this far (compressed, and out). */
export const MAX_GZIP_IN = 256 * 1024
export const MAX_GZIP_OUT = 1024 * 1024

const utf8 = new TextDecoder('utf-8')

/** The text of a data URL; gzip inflated in small steps, and given up past the caps. */
function previewText(
  bytes: Uint8Array,
  compression: string | null,
): { text?: string; note?: string } {
  if (compression !== 'gzip') return { text: utf8.decode(bytes) }
  const skip = `gzip-compressed, ${bytes.length.toLocaleString('en')} bytes (not decoded here`
  if (bytes.length > MAX_GZIP_IN) return { note: `${skip}: over ${MAX_GZIP_IN / 1024} KB)` }
  const out: Uint8Array[] = []
  if (gunzipCapped(bytes, MAX_GZIP_OUT, (c) => out.push(c)).over)
    return { note: `${skip}: over ${MAX_GZIP_OUT / 1024 / 1024} MB inflated)` }
  return { text: utf8.decode(joinBytes(out)) }
}

const ownerOf = (o: { name?: string; id?: number } | undefined) =>
  o?.name ?? (o?.id !== undefined ? `uid ${o.id}` : 'root (default)')

function fileView(
  f: Record<string, unknown> & { contents?: Record<string, unknown> },
  index: number,
): FileView {
  const source = f.contents?.source
  const compression = (f.contents?.compression as string | null | undefined) ?? null
  const base = {
    index,
    path: String(f.path ?? `storage.files[${index}]`),
    mode: typeof f.mode === 'number' ? f.mode : undefined,
    owner: ownerOf(f.user as { name?: string } | undefined),
    overwrite: typeof f.overwrite === 'boolean' ? f.overwrite : undefined,
    compression,
    precache: isPrecacheFile(f),
  }
  if (typeof source !== 'string') return { ...base, encoding: 'none', text: '' }
  if (!source.startsWith('data:'))
    return { ...base, encoding: 'remote', error: `fetched from ${source}` }
  try {
    const { encoding, bytes } = parseDataUrl(source)
    const { text, note } = previewText(bytes, compression)
    return note ? { ...base, encoding, error: note } : { ...base, encoding, text }
  } catch (e) {
    return { ...base, encoding: 'percent', error: `cannot decode: ${(e as Error).message}` }
  }
}

export function overrideView(file: SiteFile, stage: Stage, path: Path): OverrideView {
  const value = getIn(siteData(file), path)
  const view: OverrideView = { stage, path, present: value !== undefined, units: [], files: [] }
  if (value === undefined || value === null) return view
  if (typeof value !== 'string')
    return { ...view, error: 'the override must be a string holding JSON' }
  const parsed = parseIgnition(value)
  if (!parsed.ok) return { ...view, error: `the override is ${parsed.message}` }
  const cfg = parsed.config
  return {
    ...view,
    version: typeof cfg.ignition?.version === 'string' ? cfg.ignition.version : undefined,
    units: unitsOf(cfg).map((u, index) => ({
      index,
      name: String(u?.name ?? `systemd.units[${index}]`),
      enabled: typeof u?.enabled === 'boolean' ? u.enabled : undefined,
      contents: typeof u?.contents === 'string' ? u.contents : '',
      precache: isPrecacheUnit(u ?? {}),
    })),
    files: filesOf(cfg).map((f, i) => fileView((f ?? {}) as Parameters<typeof fileView>[0], i)),
    other: otherSections(cfg),
    config: cfg,
  }
}

/** What the units and files do not show: other storage and systemd keys, passwd, kernel args. */
function otherSections(cfg: Record<string, unknown>): string | undefined {
  const rest: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(cfg)) {
    if (k === 'ignition') continue
    if ((k === 'systemd' || k === 'storage') && v && typeof v === 'object') {
      const skip = k === 'systemd' ? 'units' : 'files'
      const inner = Object.fromEntries(Object.entries(v).filter(([ik]) => ik !== skip))
      if (Object.keys(inner).length) rest[k] = inner
    } else rest[k] = v
  }
  return Object.keys(rest).length ? JSON.stringify(rest, null, 2) : undefined
}
