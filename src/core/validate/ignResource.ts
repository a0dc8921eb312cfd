/** ign- rules on one file resource (contents or append[]): scheme, compression, headers, hash. */
import { sha256, sha512 } from '@noble/hashes/sha2.js'
import { bytesToHex } from '@noble/hashes/utils.js'
import type { At, RuleContext } from './context.ts'
import type { Rule } from './registry.ts'
import { asArray, asRecord, show } from './context.ts'
import { checkDataUrl } from './dataUrlRules.ts'
import { inflate } from './inflate.ts'
import type { Override } from './override.ts'
import {
  ignCompression,
  ignHttpHeaders,
  ignSourceScheme,
  ignVerificationHash,
} from './rules/ign.ts'
import { msg } from '../messages/message.ts'
import type { Message } from '../messages/message.ts'

type Hasher = { digest(): Uint8Array }

/** reports a finding of the override being checked */
export type Rep = (rule: Rule, message: Message, at?: At) => void

const SCHEMES_31 = ['http', 'https', 'tftp', 's3', 'data']

export function resourceRules(
  ctx: RuleContext,
  o: Override,
  r: Record<string, unknown>,
  label: string,
  version: string,
  rep: Rep,
  at: At,
): void {
  const source = typeof r.source === 'string' ? r.source : undefined
  const scheme = source ? /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(source)?.[1]?.toLowerCase() : undefined
  const allowed = version >= '3.2.0' ? [...SCHEMES_31, 'gs'] : SCHEMES_31
  if (source && (!scheme || !allowed.includes(scheme)))
    rep(
      ignSourceScheme,
      scheme
        ? msg(
            '{{label}}: invalid url scheme "{{scheme}}" (Ignition {{version}} allows {{allowed}})',
            {
              label,
              scheme: show(scheme),
              version,
              allowed,
            },
          )
        : msg('{{label}}: unable to parse url (Ignition {{version}} allows {{allowed}})', {
            label,
            version,
            allowed,
          }),
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
      ignCompression,
      msg('{{label}}: compression {{value}} is not supported (use gzip or leave it out)', {
        label,
        value: show(JSON.stringify(compression)),
      }),
      at,
    )
  if (asArray(r.httpHeaders).length && scheme !== 'http' && scheme !== 'https')
    rep(
      ignHttpHeaders,
      msg('{{label}}: cannot use HTTP headers with this source scheme', { label }),
      at,
    )
  const hash = asRecord(r.verification)?.hash
  let bytes: Uint8Array | undefined
  if (source && scheme === 'data') {
    const parsed = checkDataUrl(ctx, o, source, label, at)
    if (parsed) bytes = parsed.bytes
  }
  let sum: Uint8Array | Hasher | undefined = bytes
  if (bytes && compression === 'gzip') {
    sum = undefined
    if (bytes[0] !== 0x1f || bytes[1] !== 0x8b)
      rep(ignCompression, msg('{{label}}: compression is gzip but data is not gzip', { label }), at)
    else {
      // hashed while inflating: the output is never held whole
      const h = (String(hash).startsWith('sha512-') ? sha512 : sha256).create()
      const res = inflate(ctx, bytes, hash === undefined ? () => {} : (c) => h.update(c))
      if (res.ok) sum = h
      else
        rep(
          ignCompression.as(res.reason.includes('corrupt') ? 'error' : 'warning'),
          hash !== undefined
            ? msg('{{label}}: {{reason}}; the verification hash is not checked', {
                label,
                reason: res.reason,
              })
            : msg('{{label}}: {{reason}}', { label, reason: res.reason }),
          at,
        )
    }
  }
  if (hash !== undefined) verification(hash, source, sum, label, rep, at)
}

function verification(
  hash: unknown,
  source: string | undefined,
  sum: Uint8Array | Hasher | undefined,
  label: string,
  rep: Rep,
  at: At,
): void {
  const m = typeof hash === 'string' ? /^(sha512|sha256)-([0-9a-f]*)$/.exec(hash) : null
  const fail = (problem: Message) =>
    rep(ignVerificationHash, msg('{{label}}: {{problem}}', { label, problem }), at)
  if (!m)
    return fail(
      typeof hash === 'string' && hash.includes('-')
        ? msg('unrecognized hash function (use sha512- or sha256-)')
        : msg('malformed hash specifier'),
    )
  const [, fn, hex = ''] = m
  if (hex.length !== (fn === 'sha512' ? 128 : 64))
    return fail(
      msg('incorrect size for hash sum ({{fn}} has {{n}} hex digits)', {
        fn: String(fn),
        n: fn === 'sha512' ? 128 : 64,
      }),
    )
  if (!source) return fail(msg('source must be specified if verification is specified'))
  if (!sum) return
  const digest = sum instanceof Uint8Array ? (fn === 'sha512' ? sha512 : sha256)(sum) : sum.digest()
  if (bytesToHex(digest) !== hex) fail(msg('verification hash does not match the contents'))
}
