/** net- rules (networks, VIPs, MACs, nmstate, NTP, proxy): each declared once; rows are those of validation-rules.md. */
import { BOTH, rule } from '../registry.ts'

export const netNetworkShape = rule({
  id: 'net-network-shape',
  severity: 'error',
  title:
    '`clusterNetwork[]` entries are `{cidr, hostPrefix}`, `machineNetwork[]` entries `{cidr}`, …',
  row: 75,
  kinds: BOTH,
})
export const netCidrValid = rule({
  id: 'net-cidr-valid',
  severity: 'error',
  title: 'Every network CIDR is a valid IPv4 or IPv6 CIDR',
  row: 76,
  kinds: BOTH,
})
export const netCidrBaseAddress = rule({
  id: 'net-cidr-base-address',
  severity: 'error',
  title: "The address is the network's base address",
  row: 77,
  kinds: BOTH,
})
export const netCidrPrefix = rule({
  id: 'net-cidr-prefix',
  severity: 'error',
  title:
    'IPv4 prefix 1–25 (≥ 128 addresses), IPv6 prefix 8–128; not the unspecified address (`0.0.0.0`, `::`)',
  row: 78,
  kinds: BOTH,
})
export const netCidrOverlap = rule({
  id: 'net-cidr-overlap',
  severity: 'error',
  title: 'Cluster, service and machine networks do not overlap each other and are not repeated',
  row: 79,
  kinds: BOTH,
})
export const netHostPrefix = rule({
  id: 'net-host-prefix',
  severity: 'error',
  title: "`hostPrefix` is an integer; IPv4: from the cluster CIDR's prefix up to 25; IPv6: 8–128",
  row: 80,
  kinds: BOTH,
})
export const netDualStack = rule({
  id: 'net-dual-stack',
  severity: 'error',
  title:
    'At most 2 entries per list (clusterNetwork, machineNetwork, serviceNetwork, apiVIPs, ingressVIPs)',
  row: 81,
  kinds: BOTH,
})
export const netVipRequired = rule({
  id: 'net-vip-required',
  severity: 'error',
  title: 'Multi-node clusters (> 1 master) set `apiVIPs` and `ingressVIPs` (or the singular forms)',
  row: 82,
  kinds: BOTH,
})
export const netVipSno = rule({
  id: 'net-vip-sno',
  severity: 'warning',
  title: 'SNO clusters should not set VIPs',
  row: 83,
  kinds: BOTH,
})
export const netVipValid = rule({
  id: 'net-vip-valid',
  severity: 'error',
  title:
    'Each VIP is a plain IP (no `/prefix`) whose family matches the machine network at the same position',
  row: 84,
  kinds: BOTH,
})
export const netVipInMachineNetwork = rule({
  id: 'net-vip-in-machine-network',
  severity: 'error',
  title:
    'With `machineNetwork` set, each VIP lies inside the machine network of its family and is not its …',
  row: 85,
  kinds: BOTH,
})
export const netVipDistinct = rule({
  id: 'net-vip-distinct',
  severity: 'error',
  title: 'API VIP ≠ Ingress VIP, for both the primary and the secondary pair',
  row: 86,
  kinds: BOTH,
})
export const netVipSingular = rule({
  id: 'net-vip-singular',
  severity: 'warning',
  title:
    'Singular `apiVIP` / `ingressVIP` are deprecated (ClusterInstance has only the lists); when both …',
  row: 87,
  kinds: BOTH,
})
export const netMacFormat = rule({
  id: 'net-mac-format',
  severity: 'error',
  title:
    '`bootMACAddress` and `nodeNetwork.interfaces[].macAddress` are six colon-separated hex pairs',
  row: 88,
  kinds: BOTH,
})
export const netMacUnique = rule({
  id: 'net-mac-unique',
  severity: 'error',
  title:
    'A MAC belongs to one node only (across all nodes of all clusters in the file) and appears once …',
  row: 89,
  kinds: BOTH,
})
export const netBootMacInInterfaces = rule({
  id: 'net-boot-mac-in-interfaces',
  severity: 'warning',
  title: "With `nodeNetwork` set, `bootMACAddress` appears in that node's `interfaces[]`",
  row: 90,
  kinds: BOTH,
})
export const netNmstateInterfaceMapped = rule({
  id: 'net-nmstate-interface-mapped',
  severity: 'warning',
  title:
    'Every ethernet interface named in `nodeNetwork.config` has a `name → macAddress` entry in …',
  row: 91,
  kinds: BOTH,
})
export const netStaticIpValid = rule({
  id: 'net-static-ip-valid',
  severity: 'error',
  title:
    'Static addresses in `nodeNetwork.config`: valid IP; prefix-length 1–32 / 1–128; not the network …',
  row: 92,
  kinds: BOTH,
})
export const netStaticIpInSubnet = rule({
  id: 'net-static-ip-in-subnet',
  severity: 'warning',
  title: 'Each node has a static address inside a `machineNetwork` (when both are set)',
  row: 93,
  kinds: BOTH,
})
export const netStaticIpUnique = rule({
  id: 'net-static-ip-unique',
  severity: 'error',
  title: 'Static IPs are unique across hosts',
  row: 94,
  kinds: BOTH,
})
export const netStaticDns = rule({
  id: 'net-static-dns',
  severity: 'error',
  title: '`dns-resolver` servers are valid IPs, not loopback/multicast, no duplicates',
  row: 95,
  kinds: BOTH,
})
export const netStaticGateway = rule({
  id: 'net-static-gateway',
  severity: 'error',
  title: 'Route `next-hop-address` values are valid IPs',
  row: 96,
  kinds: BOTH,
})
export const netVlanId = rule({
  id: 'net-vlan-id',
  severity: 'error',
  title: 'VLAN id is an integer 1–4094',
  row: 97,
  kinds: BOTH,
})
export const netBondPortsUnique = rule({
  id: 'net-bond-ports-unique',
  severity: 'error',
  title: 'Bond member interfaces are unique',
  row: 98,
  kinds: BOTH,
})
export const netInterfaceName = rule({
  id: 'net-interface-name',
  severity: 'error',
  title: 'Interface names have no spaces and are ≤ 15 chars',
  row: 99,
  kinds: BOTH,
})
export const netNtpSource = rule({
  id: 'net-ntp-source',
  severity: 'error',
  title: 'Each `additionalNTPSources` entry is a DNS name or IP; no duplicates',
  row: 100,
  kinds: BOTH,
})
export const netProxy = rule({
  id: 'net-proxy',
  severity: 'error',
  title:
    '`proxy.httpProxy` is an `http://` URL; `httpsProxy` is `http://` or `https://`; `noProxy` is a …',
  row: 101,
  kinds: BOTH,
})
