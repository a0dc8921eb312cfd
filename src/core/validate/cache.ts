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

export class ValidationCache {
  /** bytes gunzipped so far in this validation (inflate.ts keeps the budget) */
  gunzipped = 0
  private readonly maps = new Map<string, Map<string, unknown>>()

  private map(kind: string): Map<string, unknown> {
    let m = this.maps.get(kind)
    if (!m) this.maps.set(kind, (m = new Map()))
    return m
  }

  /** `make(key)` once per kind and key. */
  once<T>(kind: string, key: string, make: (key: string) => T): T {
    const m = this.map(kind)
    if (m.has(key)) return m.get(key) as T
    const v = make(key)
    m.set(key, v)
    return v
  }

  get<T>(kind: string, key: string): T | undefined {
    return this.map(kind).get(key) as T | undefined
  }

  set(kind: string, key: string, value: unknown): void {
    this.map(kind).set(key, value)
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
