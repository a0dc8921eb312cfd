import { describe, expect, it } from 'vitest'
import { site } from '../../test/site.ts'
import { readSiteFile } from '../document/siteFile.ts'
import { validate } from '../validate/validate.ts'

const all = (text: string) => validate(readSiteFile(text)).map((d) => `${d.rule}: ${d.message}`)
const bmc = (addr: string) =>
  site(
    '',
    `bmcAddress: "${addr}"\nbmcCredentialsName:\n  name: s\nbootMACAddress: "e4:43:4b:bd:90:46"\n`,
  )
const override = (json: string, where: 'cluster' | 'install' = 'cluster') =>
  where === 'cluster'
    ? site(`ignitionConfigOverride: '${json}'\n`)
    : site(`installConfigOverrides: '${json}'\n`)

describe('secrets never reach a message', () => {
  it('bmc-address-credentials: user:pass@ is an error with the password masked', () => {
    const out = all(bmc('redfish-virtualmedia://admin:secret@10.0.0.1/redfish/v1/Systems/1'))
    expect(out.filter((m) => m.startsWith('bmc-'))).toEqual([
      'bmc-address-credentials: clusters[0].nodes[0].bmcAddress holds credentials (admin:***@); keep them in the bmcCredentialsName Secret and remove them from the address (it is stored in git)',
    ])
    expect(out.join('\n')).not.toContain('secret@')
    for (const addr of ['foo://admin:secret@h/x', 'redfish://admin:sec/ret@10.0.0.1/x'])
      expect(all(bmc(addr)).join('\n')).not.toMatch(/secret|sec\/ret/)
    expect(all(bmc('idrac-virtualmedia://root@10.0.0.1/redfish/v1/Systems/1'))).toContain(
      'bmc-address-credentials: clusters[0].nodes[0].bmcAddress holds credentials (root@); keep them in the bmcCredentialsName Secret and remove them from the address (it is stored in git)',
    )
  })

  it('near miss: an @ in the path is not a credential', () => {
    const out = all(bmc('redfish-virtualmedia://10.0.0.1:8443/redfish/v1/Systems/a@b'))
    expect(out.filter((m) => m.startsWith('bmc-'))).toEqual([])
  })

  it('an ignitionConfigOverride JSON error inside passwordHash or a key does not quote it', () => {
    const users = (u: string) =>
      `{"ignition":{"version":"3.2.0"},"passwd":{"users":[{"name":"core",${u}}]}}`
    for (const bad of [
      '"passwordHash":"$6$rounds=4096$s3cr3tXYZ\\q"',
      '"passwordHash":"$6$rounds=4096$s3cr3tXYZ}',
      '"sshAuthorizedKeys":["ssh-ed25519 AAAAs3cr3tXYZ" "ssh-rsa AAAAs3cr3tXYZ"]',
      '"uid":1 "passwordHash":"$6$s3cr3tXYZ"',
    ]) {
      const out = all(override(users(bad))).filter((m) => m.startsWith('ign-json'))
      expect(out).toHaveLength(1)
      expect(out[0]).toContain('inside a secret member')
      expect(out[0]).not.toContain('s3cr3t')
    }
    const key = `{"ignition":{"version":"3.2.0"},"storage":{"files":[{"path":"/root/.ssh/id","contents":{"source":"data:,-----BEGIN%20OPENSSH%20PRIVATE%20KEY-----%0As3cr3tXYZ\\q"}}]}}`
    expect(all(override(key)).join('\n')).not.toContain('s3cr3t')
  })

  it('near miss: an error elsewhere is quoted as before', () => {
    const json = '{"passwd":{"users":[{"name":"core","passwordHash":"x", "uid": tru}]}}'
    expect(all(override(json)).filter((m) => m.startsWith('ign-json'))).toEqual([
      'ign-json: ignitionConfigOverride is not valid JSON: invalid symbol at "tru}]}}"',
    ])
  })

  it('installConfigOverrides: a JSON error next to pullSecret is not quoted; elsewhere it is', () => {
    const secret = all(override('{"pullSecret": "{\\"auths\\": s3cr3tXYZ}" x}', 'install'))
    const msg = secret.filter((m) => m.startsWith('cluster-install-config-json'))
    expect(msg).toEqual([
      'cluster-install-config-json: Invalid json parameter set at installConfigOverride: a syntax error next to a secret member (pullSecret, sshKey); the text there is not shown',
    ])
    const plain = all(override('{"networking": {"networkType": x}}', 'install'))
    expect(plain.filter((m) => m.startsWith('cluster-install-config-json'))[0]).toContain(
      'Unexpected token',
    )
  })
})
