/** node- rules (spec.clusters[i].nodes[j]): each declared once; rows are those of validation-rules.md. */
import { BOTH, SC, rule } from '../registry.ts'

export const nodeHostnameRequired = rule({
  id: 'node-hostname-required',
  severity: 'error',
  title: '`hostName` is set (it names the BMH, NMStateConfig and HFS)',
  row: 52,
  kinds: BOTH,
})
export const nodeHostnameFormat = rule({
  id: 'node-hostname-format',
  severity: 'error',
  title:
    'Lowercase letters, digits, `.`, `-`; starts and ends alphanumeric; ≤ 63 chars (assisted-service: …',
  row: 53,
  kinds: BOTH,
})
export const nodeHostnameReserved = rule({
  id: 'node-hostname-reserved',
  severity: 'error',
  title:
    'Not `localhost`, `localhost.localdomain`, `localhost4`, `localhost4.localdomain4`, `localhost6`, …',
  row: 54,
  kinds: BOTH,
})
export const nodeHostnameUnique = rule({
  id: 'node-hostname-unique',
  severity: 'error',
  title:
    '`hostName` is unique within the cluster (the generator does not check; BMH and NMStateConfig …',
  row: 55,
  kinds: BOTH,
})
export const nodeRole = rule({
  id: 'node-role',
  severity: 'error',
  title: '`role` is `master` or `worker` (the generator counts anything else as a worker)',
  row: 56,
  kinds: BOTH,
})
export const nodeBootMode = rule({
  id: 'node-boot-mode',
  severity: 'error',
  title: '`bootMode` is `UEFI`, `UEFISecureBoot` or `legacy`',
  row: 57,
  kinds: BOTH,
})
export const nodeAutomatedCleaningMode = rule({
  id: 'node-automated-cleaning-mode',
  severity: 'error',
  title: '`automatedCleaningMode` is `disabled` or `metadata`',
  row: 58,
  kinds: BOTH,
})
export const nodeIronicInspect = rule({
  id: 'node-ironic-inspect',
  severity: 'error',
  title: '`ironicInspect` is `enabled` or `disabled`',
  row: 59,
  kinds: BOTH,
})
export const nodeIronicInspectDefault = rule({
  id: 'node-ironic-inspect-default',
  severity: 'info',
  title:
    'Unset `ironicInspect` means disabled on 4.12–4.14 and enabled on 4.15+; show the effective value …',
  row: 60,
  kinds: SC,
})
export const nodeLabelSyntax = rule({
  id: 'node-label-syntax',
  severity: 'error',
  title: '`nodeLabels` keys/values follow Kubernetes label syntax (as `cluster-label-syntax`)',
  row: 61,
  kinds: BOTH,
})
export const nodeCpusetFormat = rule({
  id: 'node-cpuset-format',
  severity: 'error',
  title: '`cpuset` matches `^[0-9]+([-,][0-9]+)*$`',
  row: 62,
  kinds: SC,
})
export const nodeCpusetDeprecated = rule({
  id: 'node-cpuset-deprecated',
  severity: 'warning',
  title: '`cpuset` is deprecated: use `cpuPartitioningMode: AllNodes` (OCP ≥ 4.14) plus a …',
  row: 63,
  kinds: SC,
})
export const nodeCpusetNonSno = rule({
  id: 'node-cpuset-non-sno',
  severity: 'warning',
  title: '`cpuset` on a non-SNO cluster is silently ignored',
  row: 64,
  kinds: SC,
})
export const nodeDiskPartitionSno = rule({
  id: 'node-disk-partition-sno',
  severity: 'error',
  title: '`diskPartition` only in SNO clusters',
  row: 65,
  kinds: SC,
})
export const nodeDiskPartitionMountPoint = rule({
  id: 'node-disk-partition-mount-point',
  severity: 'error',
  title: '`partitions[].mount_point` is set and absolute',
  row: 66,
  kinds: SC,
})
export const nodeDiskPartitionStart = rule({
  id: 'node-disk-partition-start',
  severity: 'error',
  title: '`partitions[].start` ≥ 25000 (MiB)',
  row: 67,
  kinds: SC,
})
export const nodeDiskPartitionSize = rule({
  id: 'node-disk-partition-size',
  severity: 'error',
  title: '`partitions[].size` > 0',
  row: 68,
  kinds: SC,
})
export const nodeDiskPartitionLegacy = rule({
  id: 'node-disk-partition-legacy',
  severity: 'info',
  title:
    'Docs now recommend partitioning `/var/lib/containers` through the node `ignitionConfigOverride`; …',
  row: 69,
  kinds: SC,
})
export const nodeNetworkInterfaces = rule({
  id: 'node-network-interfaces',
  severity: 'error',
  title:
    'With `nodeNetwork.config` set, `interfaces[]` has ≥ 1 entry and each has `name` and `macAddress`',
  row: 70,
  kinds: BOTH,
})
export const nodeNetworkDhcp = rule({
  id: 'node-network-dhcp',
  severity: 'info',
  title:
    'No `nodeNetwork` (and no NMStateConfig crTemplate) → no NMStateConfig; the host uses DHCP',
  row: 71,
  kinds: BOTH,
})
export const nodeRootHintsKeys = rule({
  id: 'node-root-hints-keys',
  severity: 'error',
  title:
    '`rootDeviceHints` keys ∈ {deviceName, hctl, model, vendor, serialNumber, minSizeGigabytes, wwn, …',
  row: 72,
  kinds: BOTH,
})
export const nodeRootHintsDeviceName = rule({
  id: 'node-root-hints-device-name',
  severity: 'error',
  title: '`deviceName` is `/dev/<x>` or `/dev/disk/by-path/<x>`',
  row: 73,
  kinds: BOTH,
})
export const nodeRootHintsUnstable = rule({
  id: 'node-root-hints-unstable',
  severity: 'warning',
  title: '`deviceName` is `/dev/sdX` (not stable across boots)',
  row: 74,
  kinds: BOTH,
})
