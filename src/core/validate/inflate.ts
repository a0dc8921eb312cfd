/** Gzip contents as the rules inflate them: capped per stream and per validation, never whole. */
import { GUNZIP_LIMIT, MiB, gunzipCapped, joinBytes } from '../codecs/dataUrl.ts'
import type { RuleContext } from './context.ts'

// one validation inflates at most this in all: a 10 MB file can hold thousands of small bombs
export const GUNZIP_BUDGET = 4 * GUNZIP_LIMIT

export type Inflated = { ok: true } | { ok: false; reason: string }

/** Inflates `bytes` into `sink`; says why it stopped when it did not reach the end. */
export function inflate(
  ctx: RuleContext,
  bytes: Uint8Array,
  sink: (chunk: Uint8Array) => void,
): Inflated {
  const used = ctx.cache.gunzipped
  const limit = Math.min(GUNZIP_LIMIT, GUNZIP_BUDGET - used)
  const budget = `this file's gzip contents pass ${MiB(GUNZIP_BUDGET)} in all`
  if (limit <= 0) return { ok: false, reason: `not inflated: ${budget}` }
  let size = 0
  try {
    const r = gunzipCapped(bytes, limit, (c) => ((size += c.length), sink(c)))
    if (!r.over) return { ok: true }
    return {
      ok: false,
      reason:
        limit < GUNZIP_LIMIT
          ? `not inflated past ${MiB(limit)}: ${budget}`
          : `the gzip data decompresses to more than ${MiB(GUNZIP_LIMIT)}`,
    }
  } catch (e) {
    return { ok: false, reason: `the gzip data is corrupt (${(e as Error).message})` }
  } finally {
    ctx.cache.gunzipped = used + size
  }
}

const utf8 = new TextDecoder('utf-8')

/** The text of a data URL, within the same budget; undefined when it cannot be had. */
export function dataUrlText(
  ctx: RuleContext,
  url: string,
  compression: unknown,
): string | undefined {
  let bytes: Uint8Array
  try {
    bytes = ctx.cache.dataUrl(url).bytes
  } catch {
    return undefined
  }
  if (compression !== 'gzip') return ctx.cache.once('dataUrlText', url, () => utf8.decode(bytes))
  const parts: Uint8Array[] = []
  if (!inflate(ctx, bytes, (c) => parts.push(c)).ok) return undefined
  return utf8.decode(joinBytes(parts))
}
