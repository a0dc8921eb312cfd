/** An ignitionConfigOverride compared decoded: units and scripts by name, line counts, pre-caching. */
import type { IgnitionConfig } from '../codecs/ignition.ts'
import type { Path } from '../document/path.ts'
import { getIn } from '../document/path.ts'
import type { SiteFile } from '../document/siteFile.ts'
import { siteData } from '../document/siteFile.ts'
import { overrideView } from '../precache/overrideView.ts'
import type { OverrideView } from '../precache/overrideView.ts'
import { hasHooks } from '../precache/preset.ts'
import type { Stage } from '../precache/preset.ts'
import type { ChangeItem, DecodedDiff, Loc } from './types.ts'
import { changedLineCount, describeChange } from './describe.ts'

export type { DecodedDiff }

export interface OverrideChange {
  items: ChangeItem[]
  /** the override gained or lost the pre-cache hooks */
  precache?: 'enabled' | 'removed'
  /** "2 units", "1 file": what pre-caching added or removed */
  counts: string[]
  now: Loc[]
  was: Loc[]
  decoded: DecodedDiff[]
}

interface Entry {
  name: string
  json: (string | number)[]
  body: string
  mode?: number
  enabled?: boolean
}

function entries(v: OverrideView): Map<string, Entry> {
  const out = new Map<string, Entry>()
  for (const u of v.units)
    out.set(u.name, {
      name: u.name,
      json: ['systemd', 'units', u.index],
      body: u.contents,
      enabled: u.enabled,
    })
  for (const f of v.files)
    out.set(f.path, {
      name: f.path,
      json: ['storage', 'files', f.index],
      body: f.text ?? f.error ?? '',
      mode: f.mode,
    })
  return out
}

/** The config without units and files: version, disks, passwd… */
function rest(cfg: IgnitionConfig): Record<string, unknown> {
  const { systemd, storage, ...other } = cfg
  const { units: _u, ...sys } = systemd ?? {}
  const { files: _f, ...sto } = storage ?? {}
  return {
    ...other,
    ...(Object.keys(sys).length ? { systemd: sys } : {}),
    ...(Object.keys(sto).length ? { storage: sto } : {}),
  }
}

const plural = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`
const short = (name: string) => name.slice(name.lastIndexOf('/') + 1) || name

export function overrideChange(
  before: SiteFile,
  after: SiteFile,
  was: Path,
  now: Path,
  stage: Stage,
): OverrideChange | undefined {
  const ra = getIn(siteData(before), was)
  const rb = getIn(siteData(after), now)
  if (ra === rb) return undefined
  const va = overrideView(before, stage, was)
  const vb = overrideView(after, stage, now)
  const whole = {
    now: rb === undefined ? [] : [{ path: now }],
    was: ra === undefined ? [] : [{ path: was }],
  }
  const out: OverrideChange = { items: [], counts: [], decoded: [], ...whole }
  if (va.error || vb.error) {
    out.items.push({
      text: `ignitionConfigOverride changed (${vb.error ? 'not valid JSON now' : 'was not valid JSON'})`,
      ...whole,
    })
    return out
  }
  const ea = entries(va)
  const eb = entries(vb)
  const at = (e: Entry | undefined, p: Path) => (e ? [{ path: p, json: e.json }] : [])
  for (const name of [...new Set([...eb.keys(), ...ea.keys()])]) {
    const a = ea.get(name)
    const b = eb.get(name)
    const parts: string[] = []
    if (!a) parts.push('added')
    else if (!b) parts.push('removed')
    else {
      if (a.body !== b.body)
        parts.push(`changed (${plural(changedLineCount(a.body, b.body), 'line')})`)
      if (a.mode !== b.mode) parts.push(`mode ${a.mode ?? 'unset'} → ${b.mode ?? 'unset'}`)
      if (a.enabled !== b.enabled) parts.push(b.enabled ? 'enabled' : 'not enabled')
    }
    if (!parts.length) continue
    out.items.push({ text: `${short(name)} ${parts.join(', ')}`, now: at(b, now), was: at(a, was) })
    if ((a?.body ?? '') !== (b?.body ?? ''))
      out.decoded.push({ name, before: a?.body ?? '', after: b?.body ?? '' })
  }
  // the views parsed the overrides already
  const ca = va.config ?? {}
  const cb = vb.config ?? {}
  for (const c of describeChange(rest(ca), rest(cb)))
    out.items.push({ text: `ignitionConfigOverride ${c.text}`, ...whole })
  if (!out.items.length)
    out.items.push({ text: 'ignitionConfigOverride reformatted (same content)', ...whole })
  for (const item of out.items) {
    const d = out.decoded.find((x) => item.text.startsWith(`${short(x.name)} `))
    if (d) item.decoded = [d]
  }
  const [ha, hb] = [hasHooks(ca), hasHooks(cb)]
  if (ha !== hb) {
    out.precache = hb ? 'enabled' : 'removed'
    const side = hb ? vb : va
    const other = hb ? ea : eb
    const units = side.units.filter((u) => !other.has(u.name)).length
    const files = side.files.filter((f) => !other.has(f.path)).length
    out.counts = [
      ...(units ? [plural(units, 'unit')] : []),
      ...(files ? [plural(files, 'file')] : []),
    ]
  }
  return out
}
