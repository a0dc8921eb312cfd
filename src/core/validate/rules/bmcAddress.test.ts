import { describe, expect, it } from 'vitest'
import { findings, site } from '../../../test/site.ts'

const bmc = (addr: string, extra = '') =>
  site(
    '',
    `bmcAddress: "${addr}"\nbmcCredentialsName:\n  name: bmc-secret\nbootMACAddress: "e4:43:4b:bd:90:46"\n${extra}`,
  )
const good = bmc('redfish-virtualmedia+https://10.0.0.1/redfish/v1/Systems/1')

describe('bmc- rules: trigger and near miss', () => {
  it('bmc-required and bmc-boot-mac-required', () => {
    expect(findings(site(), 'bmc-required')).toHaveLength(2)
    expect(findings(site(), 'bmc-boot-mac-required')).toHaveLength(1)
    expect(findings(good, 'bmc-required')).toEqual([])
    expect(findings(good, 'bmc-boot-mac-required')).toEqual([])
  })

  it('bmc-address-parse: unknown scheme and bad host', () => {
    expect(findings(bmc('redfish-vm://10.0.0.1/x'), 'bmc-address-parse')).toEqual([
      "error@15: Unknown BMC type 'redfish-vm' for address redfish-vm://10.0.0.1/x",
    ])
    expect(
      findings(bmc('idrac-virtualmedia://bad_host!/redfish/v1/Systems/1'), 'bmc-address-parse'),
    ).toHaveLength(1)
    expect(findings(good, 'bmc-address-parse')).toEqual([])
    expect(
      findings(
        bmc('idrac-virtualmedia+https://bmc.example.com:8443/redfish/v1/Systems/System.Embedded.1'),
        'bmc-address-parse',
      ),
    ).toEqual([])
  })

  it('bmc-virtual-media, bmc-removed-driver, bmc-redfish-system-path, bmc-secure-boot', () => {
    expect(findings(bmc('ipmi://10.0.0.1'), 'bmc-virtual-media')).toHaveLength(1)
    expect(findings(bmc('irmc://10.0.0.1'), 'bmc-removed-driver')).toHaveLength(1)
    expect(
      findings(bmc('redfish-virtualmedia://10.0.0.1'), 'bmc-redfish-system-path'),
    ).toHaveLength(1)
    expect(
      findings(bmc('ipmi://10.0.0.1', 'bootMode: UEFISecureBoot\n'), 'bmc-secure-boot'),
    ).toHaveLength(1)
    for (const r of [
      'bmc-virtual-media',
      'bmc-removed-driver',
      'bmc-redfish-system-path',
      'bmc-secure-boot',
    ])
      expect(findings(good, r)).toEqual([])
  })
})
