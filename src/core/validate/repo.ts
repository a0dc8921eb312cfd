/**
 * The files a SiteConfig names (crTemplates, biosConfigRef, extra-manifest directories), seen
 * through whoever can read them: the CLI reads the repository next to the file; the browser
 * editor holds a single file, so the rules that need these stay silent there.
 */

/** Why a named file or directory was not read; `reason` names the problem, never the contents. */
export interface Refusal {
  /** missing: nothing there; outside: not inside the repository; unreadable: there, but refused */
  refused: 'missing' | 'outside' | 'unreadable'
  reason: string
}

export interface RepoFiles {
  /** text of a file, relative to the SiteConfig's directory */
  read(rel: string): string | Refusal
  /** entry names of a directory, relative to the SiteConfig's directory */
  list(rel: string): string[] | Refusal
}

// ztp-site-generate's built-in extra manifests (source-crs/extra-manifest, names across releases)
export const BUILTIN_MANIFESTS = new Set([
  '01-cmount-kubelet-worker.yaml',
  '01-container-mount-ns-and-kubelet-conf-master.yaml',
  '01-container-mount-ns-and-kubelet-conf-worker.yaml',
  '01-container-mount-ns-and-kubelet-conf.yaml',
  '01-disk-encryption-pcr-rebind-master.yaml',
  '01-disk-encryption-pcr-rebind-worker.yaml',
  '01-enable-kubens-unit-master.yaml',
  '01-enable-kubens-unit-worker.yaml',
  '01-kubelet-housekeeping-interval-master.yaml',
  '01-kubelet-housekeeping-interval-worker.yaml',
  '02-operators-groups.yaml',
  '03-sctp-machine-config-master.yaml',
  '03-sctp-machine-config-worker.yaml',
  '03-sctp-machine-config.yaml',
  '04-accelerated-container-startup-master.yaml',
  '04-accelerated-container-startup-worker.yaml',
  '04-accelerated-container-startup.yaml',
  '05-chrony-dynamic-master.yaml',
  '05-chrony-dynamic-worker.yaml',
  '05-chrony-dynamic.yaml',
  '05-kdump-config-worker.yaml',
  '06-iommu-config.yaml',
  '06-kdump-master.yaml',
  '06-kdump-worker.yaml',
  '06-kdump.yaml',
  '08-load-uncore-kmod-master.yaml',
  '08-load-uncore-kmod-worker.yaml',
  '75-disable-ctrlaltdel-burstaction-master.yaml',
  '75-disable-ctrlaltdel-reboot-master.yaml',
  '75-disable-ctrlaltdel-reboot-worker.yaml',
  '75-limit-users-ssh-access-worker.yaml',
  '75-no-empty-passwords.yaml',
  '99-sync-time-once-master.yaml',
  '99-sync-time-once-worker.yaml',
  'disk-encryption.yaml.tmpl',
  'image-registry-partition-mc.yaml.tmpl',
  'var-device-partition-mc.yaml.tmpl',
])

// argocd.argoproj.io/sync-wave of each built-in CR (siteconfig-fields.md §7)
export const SYNC_WAVE: Record<string, string> = {
  Namespace: '0',
  AgentClusterInstall: '1',
  ClusterDeployment: '1',
  NMStateConfig: '1',
  InfraEnv: '1',
  BareMetalHost: '3',
  HostFirmwareSettings: '1',
  ConfigMap: '1',
  ManagedCluster: '2',
  KlusterletAddonConfig: '2',
}
