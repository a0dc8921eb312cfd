/** ign- rules on one file resource (contents or append[]): scheme, compression, headers, hash. */
import { sha256, sha512 } from '@noble/hashes/sha2.js'
import { bytesToHex } from '@noble/hashes/utils.js'
import { gunzipSync } from 'fflate'
import type { RuleContext } from './context.ts'
import { asArray, asRecord } from './context.ts'
import { checkDataUrl } from './dataUrlRules.ts'
import type { Override } from './override.ts'

export type Rep = (id: string, sev: 'error' | 'warning', msg: string, at?: number) => void

const SCHEMES_31 = ['http', 'https', 'tftp', 's3', 'data']

export function resourceRules(
  ctx: RuleContext,
  o: Override,
  r: Record<string, unknown>,
  label: string,
  version: string,
  rep: Rep,
  at: number | undefined,
): void {
  const source = typeof r.source === 'string' ? r.source : undefined
  const scheme = source ? /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(source)?.[1]?.toLowerCase() : undefined
  const allowed = version >= '3.2.0' ? [...SCHEMES_31, 'gs'] : SCHEMES_31
  if (source && (!scheme || !allowed.includes(scheme)))
    rep(
      'ign-source-scheme',
      'error',
      `${label}: ${scheme ? `invalid url scheme "${scheme}"` : 'unable to parse url'} (Ignition ${version} allows ${allowed.join(', ')})`,
      at,
    )
  const compression = r.compression
  if (
    compression !== undefined &&
    compression !== null &&
    compression !== '' &&
    compression !== 'gzip'
  )
    rep(
      'ign-compression',
      'error',
      `${label}: compression ${JSON.stringify(compression)} is not supported (use gzip or leave it out)`,
      at,
    )
  if (asArray(r.httpHeaders).length && scheme !== 'http' && scheme !== 'https')
    rep(
      'ign-http-headers',
      'error',
      `${label}: cannot use HTTP headers with this source scheme`,
      at,
    )
  let bytes: Uint8Array | undefined
  if (source && scheme === 'data') {
    const parsed = checkDataUrl(ctx, o, source, label, at)
    if (parsed) bytes = parsed.bytes
  }
  if (bytes && compression === 'gzip') {
    if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) {
      rep('ign-compression', 'error', `${label}: compression is gzip but data is not gzip`, at)
      bytes = undefined
    } else bytes = gunzipSync(bytes)
  }
  const hash = asRecord(r.verification)?.hash
  if (hash !== undefined) verification(hash, source, bytes, label, rep, at)
}

function verification(
  hash: unknown,
  source: string | undefined,
  bytes: Uint8Array | undefined,
  label: string,
  rep: Rep,
  at: number | undefined,
): void {
  const m = typeof hash === 'string' ? /^(sha512|sha256)-([0-9a-f]*)$/.exec(hash) : null
  const fail = (msg: string) => rep('ign-verification-hash', 'error', `${label}: ${msg}`, at)
  if (!m)
    return fail(
      typeof hash === 'string' && hash.includes('-')
        ? 'unrecognized hash function (use sha512- or sha256-)'
        : 'malformed hash specifier',
    )
  const [, fn, hex = ''] = m
  if (hex.length !== (fn === 'sha512' ? 128 : 64))
    return fail(`incorrect size for hash sum (${fn} has ${fn === 'sha512' ? 128 : 64} hex digits)`)
  if (!source) return fail('source must be specified if verification is specified')
  if (bytes && bytesToHex(fn === 'sha512' ? sha512(bytes) : sha256(bytes)) !== hex)
    fail('verification hash does not match the contents')
}
