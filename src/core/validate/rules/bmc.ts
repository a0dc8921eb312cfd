/** bmc- rules (bmcAddress, credentials, boot MAC): each declared once; rows are those of validation-rules.md. */
import { BOTH, SC, rule } from '../registry.ts'

export const bmcRequired = rule({
  id: 'bmc-required',
  severity: 'error',
  title:
    '`bmcAddress` and `bmcCredentialsName.name` are set (the Secret, with `username`/`password`, …',
  row: 147,
  kinds: BOTH,
})
export const bmcAddressParse = rule({
  id: 'bmc-address-parse',
  severity: 'error',
  title: 'Address parses; scheme is registered; host is an IP or DNS-valid name',
  row: 148,
  kinds: BOTH,
})
export const bmcVirtualMedia = rule({
  id: 'bmc-virtual-media',
  severity: 'warning',
  title: 'Scheme can boot the discovery ISO by virtual media (`redfish-virtualmedia`, …',
  row: 149,
  kinds: BOTH,
})
export const bmcRemovedDriver = rule({
  id: 'bmc-removed-driver',
  severity: 'warning',
  title: 'Scheme removed upstream: `idrac://`, `ibmc://`, `ilo4*`, `ilo5://`, `irmc://`',
  row: 150,
  kinds: BOTH,
})
export const bmcRedfishSystemPath = rule({
  id: 'bmc-redfish-system-path',
  severity: 'warning',
  title: 'Redfish address has a `/redfish/v1/Systems/<id>` path',
  row: 151,
  kinds: BOTH,
})
export const bmcBootMacRequired = rule({
  id: 'bmc-boot-mac-required',
  severity: 'error',
  title: '`bootMACAddress` is present (required when inspection is disabled; format checked by …',
  row: 152,
  kinds: BOTH,
})
export const bmcSecureBoot = rule({
  id: 'bmc-secure-boot',
  severity: 'warning',
  title: '`bootMode: UEFISecureBoot` with a driver that lacks secure-boot support (e.g',
  row: 153,
  kinds: BOTH,
})
export const bmcAddressCredentials = rule({
  id: 'bmc-address-credentials',
  severity: 'error',
  title: 'BMC address holds user:password credentials',
  row: undefined,
  kinds: SC,
})
