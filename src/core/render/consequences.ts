/**
 * What a resource change does on the hub, where it is known: assisted-service rebuilds the
 * discovery ISO when an InfraEnv or NMStateConfig changes; its webhook refuses AgentClusterInstall
 * spec changes once installation has started; Hive keeps a ClusterDeployment's baseDomain and
 * clusterName; the Bare Metal Operator refuses a new boot MAC; the BMH annotations are read only
 * when the host is installed.
 */
import { msg } from '../messages/message.ts'
import type { Message } from '../messages/message.ts'
import type { ChangeKind, FieldChange } from './types.ts'

const BMAC = 'bmac.agent-install.openshift.io/'
const has = (fields: FieldChange[], test: (p: string) => boolean) =>
  fields.some((f) => test(f.path.join('.')))

const ISO = () => msg('the discovery ISO will be regenerated')

const REMOVED: Record<string, () => Message> = {
  Namespace: () => msg('when Argo CD prunes, the namespace and everything in it is deleted'),
  BareMetalHost: () => msg('when Argo CD prunes, the host is deprovisioned'),
  ManagedCluster: () => msg('when Argo CD prunes, the cluster is detached from the hub'),
}

export function consequences(kind: string, change: ChangeKind, fields: FieldChange[]): Message[] {
  if (change === 'removed') return REMOVED[kind] ? [REMOVED[kind]()] : []
  if (change === 'added')
    return kind === 'InfraEnv' ? [msg('a new discovery ISO will be built')] : []
  const out: Message[] = []
  const spec = has(fields, (p) => p.startsWith('spec.'))
  switch (kind) {
    case 'InfraEnv':
      if (spec) out.push(ISO())
      break
    case 'NMStateConfig':
      if (spec)
        out.push(
          ISO(),
          msg(
            'the static network configuration is baked into the ISO: a host already installed keeps the old one',
          ),
        )
      break
    case 'AgentClusterInstall':
      if (spec)
        out.push(msg('immutable once the installation has started: the webhook refuses the change'))
      if (has(fields, (p) => p.includes('install-config-overrides')))
        out.push(msg('read at installation: an installed cluster is not changed'))
      break
    case 'ClusterDeployment':
      if (has(fields, (p) => p === 'spec.baseDomain' || p === 'spec.clusterName'))
        out.push(
          msg(
            'Hive does not allow baseDomain or clusterName to change on an existing ClusterDeployment',
          ),
        )
      break
    case 'BareMetalHost':
      if (has(fields, (p) => p === 'spec.bootMACAddress'))
        out.push(msg('the Bare Metal Operator refuses a new bootMACAddress on a registered host'))
      if (has(fields, (p) => p.startsWith(`metadata.annotations.${BMAC}`)))
        out.push(
          msg(
            'read when the host is installed: an installed host changes only when it is reinstalled',
          ),
        )
      if (has(fields, (p) => p.startsWith('spec.bmc.')))
        out.push(msg('the host is registered again with its BMC'))
      break
    case 'ManagedCluster':
      if (has(fields, (p) => p.startsWith('metadata.labels.')))
        out.push(msg('policies and placements that select by these labels are evaluated again'))
      break
    case 'ConfigMap':
      if (has(fields, (p) => p.startsWith('data.')))
        out.push(
          msg(
            'extra manifests are applied at installation only: an installed cluster is not changed',
          ),
        )
      break
  }
  return out
}
