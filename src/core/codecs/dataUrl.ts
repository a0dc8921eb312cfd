/**
 * RFC 2397 data URLs as Ignition reads them (vincent-petithory/dataurl): percent form and base64
 * form, optionally gzip-compressed. Encoding reproduces the OpenShift docs byte for byte: every
 * byte outside A-Z a-z 0-9 - _ . ~ is percent-encoded with uppercase hex.
 */
import { Gunzip, gzipSync } from 'fflate'

export type DataUrlEncoding = 'percent' | 'base64'

export interface DataUrl {
  mediaType: string
  encoding: DataUrlEncoding
  bytes: Uint8Array
}

export class DataUrlError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message)
  }
}

const UNRESERVED = /[A-Za-z0-9\-_.~]/
// characters Ignition's decoder refuses raw in the percent form
const REJECTED_RAW = new Set([...' <>#"{}|\\^[]`'])

export function parseDataUrl(url: string): DataUrl {
  if (!url.startsWith('data:')) throw new DataUrlError('missing data prefix', 0)
  const comma = url.indexOf(',')
  if (comma < 0) throw new DataUrlError('missing comma before data', 5)
  const meta = url.slice(5, comma)
  const params = meta.split(';')
  const base64 = params[params.length - 1] === 'base64'
  const mediaType = (base64 ? params.slice(0, -1) : params).join(';')
  const data = url.slice(comma + 1)
  if (base64) {
    const bad = /[^A-Za-z0-9+/=\n]/.exec(data)
    if (bad) {
      const hint =
        bad[0] === '-' || bad[0] === '_' ? ' (URL-safe base64 is not accepted by Ignition)' : ''
      throw new DataUrlError(
        `invalid data character '${bad[0]}' in base64 data${hint}`,
        comma + 1 + bad.index,
      )
    }
    const clean = data.replace(/\n/g, '')
    if (clean.length % 4 !== 0 || /=[^=]/.test(clean))
      throw new DataUrlError('illegal base64 data: bad padding', comma + 1 + data.length)
    const bin = atob(clean)
    const bytes = new Uint8Array(bin.length)
    for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i)
    return { mediaType, encoding: 'base64', bytes }
  }
  // one pass into a preallocated buffer: scripts are tens of KB and a 1,000-node file has
  // thousands of them (this loop was the validator's largest cost)
  const out = new Uint8Array(data.length)
  let k = 0
  for (let i = 0; i < data.length; i++) {
    const c = data.charCodeAt(i)
    if (c === 0x25) {
      const hi = hexValue(data.charCodeAt(i + 1))
      const lo = hexValue(data.charCodeAt(i + 2))
      if (hi < 0 || lo < 0)
        throw new DataUrlError(
          `invalid escape "%${data.slice(i + 1, i + 3)}" in data URL`,
          comma + 1 + i,
        )
      out[k++] = hi * 16 + lo
      i += 2
    } else if (c < 0x20 || c > 0x7e || REJECTED_RAW.has(data[i] as string)) {
      throw rawCharError(data[i] as string, c, comma + 1 + i)
    } else out[k++] = c
  }
  return { mediaType, encoding: 'percent', bytes: out.subarray(0, k) }
}

function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30
  if (c >= 0x41 && c <= 0x46) return c - 0x37
  if (c >= 0x61 && c <= 0x66) return c - 0x57
  return -1
}

function rawCharError(ch: string, c: number, at: number): DataUrlError {
  const hex = c.toString(16).toUpperCase().padStart(2, '0')
  if (c < 0x20 || c === 0x7f)
    return new DataUrlError(
      `invalid data character ${JSON.stringify(ch)} in data URL (encode it as %${hex})`,
      at,
    )
  if (c > 0x7e)
    return new DataUrlError(
      `non-ASCII character '${ch}' in data URL (percent-encode its UTF-8 bytes)`,
      at,
    )
  return new DataUrlError(`invalid data character '${ch}' in data URL (encode it as %${hex})`, at)
}

const utf8 = new TextDecoder('utf-8')

/**
 * The most a gzip data URL may inflate to: 16× the 256 KiB discovery-ignition limit
 * (assisted-service ValidateIgnitionImageSize), room for any script or config that fits an
 * override at realistic text ratios, while a gzip bomb reaches it from ~4 KB of input.
 */
export const GUNZIP_LIMIT = 4 * 1024 * 1024

export const MiB = (n: number) => `${Math.round((n / 1048576) * 10) / 10} MiB`

/**
 * Gunzips in small input chunks, handing each output chunk to `sink`, and stops as soon as the
 * output passes `limit` (the ISIZE trailer is never read). Throws on corrupt data.
 */
export function gunzipCapped(
  bytes: Uint8Array,
  limit: number,
  sink: (chunk: Uint8Array) => void,
): { size: number; over: boolean } {
  let size = 0
  const gz = new Gunzip((chunk) => {
    const keep = Math.min(chunk.length, Math.max(0, limit - size))
    if (keep) sink(keep === chunk.length ? chunk : chunk.subarray(0, keep))
    size += chunk.length
  })
  // 1 KB of input inflates to at most ~1 MB (deflate's ratio is at most 1032:1)
  const step = 1024
  for (let i = 0; i < bytes.length && size <= limit; i += step)
    gz.push(bytes.subarray(i, i + step), i + step >= bytes.length)
  return { size, over: size > limit }
}

/** The text a data URL holds, gunzipped (at most `limit` bytes) for `compression: gzip`. */
export function decodeDataUrl(
  url: string,
  compression?: string | null,
  limit = GUNZIP_LIMIT,
): string {
  const { bytes } = parseDataUrl(url)
  if (compression !== 'gzip') return utf8.decode(bytes)
  const parts: Uint8Array[] = []
  if (gunzipCapped(bytes, limit, (c) => parts.push(c)).over)
    throw new DataUrlError(`the gzip data decompresses to more than ${MiB(limit)}`, 0)
  return utf8.decode(joinBytes(parts))
}

export function joinBytes(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  parts.reduce((at, p) => (out.set(p, at), at + p.length), 0)
  return out
}

export function percentEncode(bytes: Uint8Array): string {
  let s = ''
  for (const b of bytes) {
    const ch = String.fromCharCode(b)
    s += b < 0x80 && UNRESERVED.test(ch) ? ch : '%' + b.toString(16).toUpperCase().padStart(2, '0')
  }
  return s
}

function base64Encode(bytes: Uint8Array): string {
  let bin = ''
  for (let i = 0; i < bytes.length; i += 0x8000)
    bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(bin)
}

export interface EncodeOptions {
  encoding?: DataUrlEncoding
  mediaType?: string
  compression?: string | null
}

/** Encodes text into a data URL; pass the original's encoding and media type to keep its form. */
export function encodeDataUrl(text: string, opts: EncodeOptions = {}): string {
  let bytes = new TextEncoder().encode(text)
  if (opts.compression === 'gzip') bytes = gzipSync(bytes, { mtime: 0 })
  const mt = opts.mediaType ?? ''
  if ((opts.encoding ?? 'percent') === 'base64')
    return `data:${mt ? mt + ';' : ''}base64,${base64Encode(bytes)}`
  return `data:${mt},${percentEncode(bytes)}`
}

/** Re-encodes `text` in the form of `original`; keeps the original URL when the text is unchanged. */
export function reencodeLike(original: string, text: string, compression?: string | null): string {
  const parsed = parseDataUrl(original)
  if (decodeDataUrl(original, compression) === text) return original
  return encodeDataUrl(text, {
    encoding: parsed.encoding,
    mediaType: parsed.mediaType,
    compression,
  })
}
