/** ci- rules: ClusterInstance checks the catalogue has no row for (editor additions, see registry.ts). */
import { CI, rule } from '../registry.ts'

export const ciRequired = rule({
  id: 'ci-required',
  severity: 'error',
  title:
    'Members the ClusterInstance CRD requires: `spec.nodes`, `templateRefs[]` name and namespace, …',
  row: undefined,
  kinds: CI,
})
export const ciEnum = rule({
  id: 'ci-enum',
  severity: 'error',
  title:
    '`clusterType`, `platformType`, `cpuArchitecture`, `reinstall.preservationMode` take the CRD values',
  row: undefined,
  kinds: CI,
})
export const ciLabelLength = rule({
  id: 'ci-label-length',
  severity: 'error',
  title: '`clusterName` ≤ 31 characters (owned-by label `<ns>_<name>` ≤ 63), `hostName` ≤ 63',
  row: undefined,
  kinds: CI,
})
export const ciClusterType = rule({
  id: 'ci-cluster-type',
  severity: 'warning',
  title: '`clusterType` is set and agrees with the master count (SNO zeroes workerAgents)',
  row: undefined,
  kinds: CI,
})
export const ciTemplateIgnored = rule({
  id: 'ci-template-ignored',
  severity: 'warning',
  title:
    'Fields the templates ignore: `diskEncryption` (default templates), pre-cache fields (IBI)',
  row: undefined,
  kinds: CI,
})
export const ciReinstall = rule({
  id: 'ci-reinstall',
  severity: 'error',
  severities: ['error', 'info'],
  title:
    '`reinstall.generation` pattern and length; reinstall and holdInstallation only when allowed',
  row: undefined,
  kinds: CI,
})
export const ciImmutableFields = rule({
  id: 'ci-immutable-fields',
  severity: 'info',
  title: 'Which fields may change after installation',
  row: undefined,
  kinds: CI,
})
export const ciTemplateName = rule({
  id: 'ci-template-name',
  severity: 'warning',
  title:
    'A `templateRefs` name a letter or two from a default template (`ai-node-templates-v1`, …)',
  row: undefined,
  kinds: CI,
})
