/** site- rules on spec.sshPublicKey: no private key, each line a known key type. */
import { asRecord } from '../context.ts'
import type { Check } from '../context.ts'
import { siteSshKeyFormat, siteSshPrivateKey } from './site.ts'
import { msg } from '../../messages/message.ts'

const KEY_TYPES = [
  'ssh-rsa',
  'ssh-ed25519',
  'ssh-dss',
  'ecdsa-sha2-nistp256',
  'ecdsa-sha2-nistp384',
  'ecdsa-sha2-nistp521',
]
const PRIVATE = /-----BEGIN [A-Z ]*PRIVATE KEY-----|PuTTY-User-Key-File-/

export const siteSshKeyRule: Check = (ctx) => {
  const spec = asRecord(ctx.data.spec)
  const key = spec?.sshPublicKey
  if (typeof key !== 'string' || !key.trim()) return
  const p = ['spec', 'sshPublicKey']
  if (PRIVATE.test(key))
    return ctx.report(
      siteSshPrivateKey,
      p,
      msg(
        'spec.sshPublicKey contains a PRIVATE key — remove it, paste the public key (the .pub file) instead, and rotate that key pair',
      ),
    )
  key.split('\n').forEach((line, i) => {
    const t = line.trim()
    if (t && !KEY_TYPES.includes(t.split(/\s+/)[0]!))
      ctx.report(
        siteSshKeyFormat,
        p,
        msg('spec.sshPublicKey line {{p}} does not start with a known key type ({{p2}}, …)', {
          p: i + 1,
          p2: KEY_TYPES.slice(0, 3).join(', '),
        }),
      )
  })
}
