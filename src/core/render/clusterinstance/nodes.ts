/**
 * A port of the default ai-node-templates-v1 (SCO internal/templates/assisted-installer/template.go):
 * InfraEnv (one per node from ACM 2.14; one per cluster, among the cluster templates, up to 2.13),
 * NMStateConfig (only with nodeNetwork) and BareMetalHost, with their origins.
 */
import { obj, str as s } from '../../convert/values.ts'
import type { Path } from '../../document/path.ts'
import type { AcmVersion, Obj, Origin, RenderNote } from '../types.ts'
import type { Built } from './cluster.ts'
import { quoted } from './quoted.ts'

const WAVE = 'siteconfig.open-cluster-management.io/sync-wave'
const BMAC = 'bmac.agent-install.openshift.io'

/** where a node's resources live and what they are called (hostRef wins from 2.14) */
function place(
  spec: Obj,
  node: Obj,
  acm: AcmVersion,
  nPath: Path,
): { name: string; namespace: string; origins: Origin[] } {
  const ref = obj(node.hostRef)
  if (acm === '2.14' && s(ref.name))
    return {
      name: s(ref.name),
      namespace: s(ref.namespace),
      origins: [
        { field: ['metadata', 'name'], source: [...nPath, 'hostRef', 'name'] },
        { field: ['metadata', 'namespace'], source: [...nPath, 'hostRef', 'namespace'] },
      ],
    }
  return {
    name: s(node.hostName),
    namespace: s(spec.clusterName),
    origins: [
      { field: ['metadata', 'name'], source: [...nPath, 'hostName'] },
      { field: ['metadata', 'namespace'], source: ['spec', 'clusterName'] },
    ],
  }
}

/** the CPU architecture a node's InfraEnv and BMH get: the node's, else the cluster's unless `multi` */
function arch(spec: Obj, node: Obj, nPath: Path): [string, Path] | undefined {
  if (s(node.cpuArchitecture)) return [s(node.cpuArchitecture), [...nPath, 'cpuArchitecture']]
  const c = s(spec.cpuArchitecture)
  return c && c !== 'multi' ? [c, ['spec', 'cpuArchitecture']] : undefined
}

export function infraEnv(
  spec: Obj,
  node: Obj | undefined,
  n: number | undefined,
  acm: AcmVersion,
  notes: RenderNote[],
): Built | undefined {
  const name = s(spec.clusterName)
  const nPath: Path = ['spec', 'nodes', n ?? 0]
  const at = node
    ? place(spec, node, acm, nPath)
    : {
        name,
        namespace: name,
        origins: [
          { field: ['metadata', 'name'], source: ['spec', 'clusterName'] },
          { field: ['metadata', 'namespace'], source: ['spec', 'clusterName'] },
        ],
      }
  const override = quoted(s(spec.ignitionConfigOverride), ['spec', 'ignitionConfigOverride'], notes)
  if (override === undefined) return undefined
  const body: Obj = {
    metadata: { annotations: { [WAVE]: '1' }, name: at.name, namespace: at.namespace },
    spec: {} as Obj,
  }
  const sp = body.spec as Obj
  const origins: Origin[] = [...at.origins]
  const o = (field: Path, source: Path) => origins.push({ field, source })
  sp.clusterRef = { name, namespace: name }
  o(['spec', 'clusterRef'], ['spec', 'clusterName'])
  sp.sshAuthorizedKey = s(spec.sshPublicKey)
  o(['spec', 'sshAuthorizedKey'], ['spec', 'sshPublicKey'])
  if (spec.proxy && Object.keys(obj(spec.proxy)).length) {
    sp.proxy = spec.proxy
    o(['spec', 'proxy'], ['spec', 'proxy'])
  }
  const a = node ? arch(spec, node, nPath) : undefined
  if (a && acm === '2.14') {
    sp.cpuArchitecture = a[0]
    o(['spec', 'cpuArchitecture'], a[1])
  }
  sp.pullSecretRef = { name: s(obj(spec.pullSecretRef).name) }
  o(['spec', 'pullSecretRef', 'name'], ['spec', 'pullSecretRef', 'name'])
  sp.ignitionConfigOverride = override
  o(['spec', 'ignitionConfigOverride'], ['spec', 'ignitionConfigOverride'])
  sp.nmStateConfigLabelSelector = { matchLabels: { 'nmstate-label': node ? at.name : name } }
  o(['spec', 'nmStateConfigLabelSelector'], node ? at.origins[0]!.source : ['spec', 'clusterName'])
  const ntp = spec.additionalNTPSources
  if (Array.isArray(ntp) && ntp.length) {
    sp.additionalNTPSources = ntp
    o(['spec', 'additionalNTPSources'], ['spec', 'additionalNTPSources'])
  } else if (acm === '2.13') sp.additionalNTPSources = null
  return { kind: 'InfraEnv', apiVersion: 'agent-install.openshift.io/v1beta1', body, origins }
}

export function nmStateConfig(spec: Obj, node: Obj, n: number, acm: AcmVersion): Built | undefined {
  if (node.nodeNetwork === undefined || node.nodeNetwork === null) return undefined
  const nPath: Path = ['spec', 'nodes', n]
  const at = place(spec, node, acm, nPath)
  const nn = obj(node.nodeNetwork)
  const label = acm === '2.14' ? at.name : s(spec.clusterName)
  return {
    kind: 'NMStateConfig',
    apiVersion: 'agent-install.openshift.io/v1beta1',
    body: {
      metadata: {
        annotations: { [WAVE]: '1' },
        name: at.name,
        namespace: at.namespace,
        labels: { 'nmstate-label': label },
      },
      spec: { config: nn.config ?? null, interfaces: nn.interfaces ?? null },
    },
    origins: [
      ...at.origins,
      {
        field: ['metadata', 'labels', 'nmstate-label'],
        source: acm === '2.14' ? at.origins[0]!.source : ['spec', 'clusterName'],
      },
      { field: ['spec', 'config'], source: [...nPath, 'nodeNetwork', 'config'] },
      { field: ['spec', 'interfaces'], source: [...nPath, 'nodeNetwork', 'interfaces'] },
    ],
  }
}

export function bareMetalHost(
  spec: Obj,
  node: Obj,
  n: number,
  acm: AcmVersion,
  notes: RenderNote[],
): Built | undefined {
  const nPath: Path = ['spec', 'nodes', n]
  const at = place(spec, node, acm, nPath)
  const origins: Origin[] = [...at.origins]
  const o = (field: Path, source: Path) => origins.push({ field, source })
  const ann: Obj = { [WAVE]: '3', 'inspect.metal3.io': s(node.ironicInspect) }
  o(['metadata', 'annotations', 'inspect.metal3.io'], [...nPath, 'ironicInspect'])
  for (const [k, v] of Object.entries(obj(node.nodeLabels))) {
    ann[`${BMAC}.node-label.${k}`] = s(v)
    o(['metadata', 'annotations', `${BMAC}.node-label.${k}`], [...nPath, 'nodeLabels', k])
  }
  ann[`${BMAC}/hostname`] = s(node.hostName)
  o(['metadata', 'annotations', `${BMAC}/hostname`], [...nPath, 'hostName'])
  let broken = false
  for (const [key, field] of [
    ['installer-args', 'installerArgs'],
    ['ignition-config-overrides', 'ignitionConfigOverride'],
  ] as const) {
    const v = s(node[field])
    if (!v) continue
    const r = quoted(v, [...nPath, field], notes, n)
    if (r === undefined) broken = true
    else {
      ann[`${BMAC}/${key}`] = r
      o(['metadata', 'annotations', `${BMAC}/${key}`], [...nPath, field])
    }
  }
  if (broken) return undefined
  ann[`${BMAC}/role`] = s(node.role) || 'master'
  o(['metadata', 'annotations', `${BMAC}/role`], [...nPath, 'role'])
  const infraLabel = acm === '2.14' ? at.name : s(spec.clusterName)
  const labels: Obj = { 'infraenvs.agent-install.openshift.io': infraLabel }
  o(
    ['metadata', 'labels', 'infraenvs.agent-install.openshift.io'],
    acm === '2.14' ? at.origins[0]!.source : ['spec', 'clusterName'],
  )
  if (acm === '2.14') labels['cluster.open-cluster-management.io/backup'] = 'cluster-activation'
  const sp: Obj = {
    bootMode: s(node.bootMode) || 'UEFI',
    bmc: {
      address: s(node.bmcAddress),
      disableCertificateVerification: true,
      credentialsName: s(obj(node.bmcCredentialsName).name),
    },
    bootMACAddress: s(node.bootMACAddress),
    automatedCleaningMode: s(node.automatedCleaningMode) || 'disabled',
    online: true,
  }
  o(['spec', 'bootMode'], [...nPath, 'bootMode'])
  o(['spec', 'bmc', 'address'], [...nPath, 'bmcAddress'])
  o(['spec', 'bmc', 'credentialsName'], [...nPath, 'bmcCredentialsName', 'name'])
  o(['spec', 'bootMACAddress'], [...nPath, 'bootMACAddress'])
  o(['spec', 'automatedCleaningMode'], [...nPath, 'automatedCleaningMode'])
  const a = arch(spec, node, nPath)
  if (a && acm === '2.14') {
    sp.architecture = a[0]
    o(['spec', 'architecture'], a[1])
  }
  if (node.rootDeviceHints && Object.keys(obj(node.rootDeviceHints)).length) {
    sp.rootDeviceHints = node.rootDeviceHints
    o(['spec', 'rootDeviceHints'], [...nPath, 'rootDeviceHints'])
  }
  return {
    kind: 'BareMetalHost',
    apiVersion: 'metal3.io/v1alpha1',
    body: {
      metadata: { name: at.name, namespace: at.namespace, annotations: ann, labels },
      spec: sp,
    },
    origins,
  }
}
