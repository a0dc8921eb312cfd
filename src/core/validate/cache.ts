/**
 * What several rules need from one validation, made once: parsed units, decoded data URLs, parsed
 * overrides. Keyed by the string value, so equal strings (a file of 1,000 identical nodes) share
 * the work — equal strings decode equally. Results are shared: rules must not mutate them.
 */
import { parseDataUrl } from '../codecs/dataUrl.ts'
import type { DataUrl } from '../codecs/dataUrl.ts'
import { parseIgnition } from '../codecs/ignition.ts'
import { parseUnit } from '../codecs/systemdUnit.ts'
import type { UnitFile } from '../codecs/systemdUnit.ts'

type Decoded = { ok: true; url: DataUrl } | { ok: false; error: unknown }

/**
 * Results keyed by content alone, kept across the validations of one repository run: a fleet's
 * sites carry the same pre-cache override, so its units, data URLs and checks are made once for
 * all of them. Per-file kinds (positions, copies, nodes) never go here. Kept per document kind
 * and release, the only options a check's result depends on besides the content.
 */
export class SharedCache {
  private readonly byOptions = new Map<string, Map<string, Map<string, unknown>>>()
  private entries = 0

  maps(scope: string): Map<string, Map<string, unknown>> {
    // a repository of unique contents must not grow without end
    if (this.entries > SHARED_CAP) {
      this.byOptions.clear()
      this.entries = 0
    }
    let m = this.byOptions.get(scope)
    if (!m) this.byOptions.set(scope, (m = new Map()))
    return m
  }

  added(): void {
    this.entries++
  }
}

const SHARED_CAP = 20_000
const CONTENT_KINDS = new Set([
  'checked',
  'unit',
  'ignition',
  'dataUrl',
  'dataUrlText',
  'jsonTree',
  'embeddedRel',
])

/** a content kind, or one of its sub-kinds (`checked:install`) */
const isContentKind = (kind: string): boolean => {
  const colon = kind.indexOf(':')
  return CONTENT_KINDS.has(colon < 0 ? kind : kind.slice(0, colon))
}

export class ValidationCache {
  /** the shared maps for this validation's kind and release, if the caller keeps a SharedCache */
  constructor(
    private readonly shared?: { cache: SharedCache; scope: string },
    private readonly sharedMaps = shared?.cache.maps(shared.scope),
  ) {}

  /** bytes gunzipped so far in this validation (inflate.ts keeps the budget) */
  gunzipped = 0
  private readonly maps = new Map<string, Map<string, unknown>>()

  private map(kind: string): Map<string, unknown> {
    const maps = this.sharedMaps && isContentKind(kind) ? this.sharedMaps : this.maps
    let m = maps.get(kind)
    if (!m) maps.set(kind, (m = new Map()))
    return m
  }

  /** `make(key)` once per kind and key. */
  once<T>(kind: string, key: string, make: (key: string) => T): T {
    const m = this.map(kind)
    if (m.has(key)) return m.get(key) as T
    const v = make(key)
    m.set(key, v)
    this.shared?.cache.added()
    return v
  }

  get<T>(kind: string, key: string): T | undefined {
    return this.map(kind).get(key) as T | undefined
  }

  set(kind: string, key: string, value: unknown): void {
    this.map(kind).set(key, value)
    this.shared?.cache.added()
  }

  unit(contents: string): UnitFile {
    return this.once('unit', contents, parseUnit)
  }

  ignition(text: string): ReturnType<typeof parseIgnition> {
    return this.once('ignition', text, parseIgnition)
  }

  /** parseDataUrl, once per URL; throws what it threw the first time */
  dataUrl(url: string): DataUrl {
    const d = this.once('dataUrl', url, (u): Decoded => {
      try {
        return { ok: true, url: parseDataUrl(u) }
      } catch (error) {
        return { ok: false, error }
      }
    })
    if (!d.ok) throw d.error
    return d.url
  }
}
