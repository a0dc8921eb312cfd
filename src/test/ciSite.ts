/** A minimal valid ClusterInstance (an SNO on the default templates), with lines added where asked. */
export interface CiParts {
  /** lines at spec level (2 spaces), before nodes */
  cluster?: string
  /** lines of the first node (6 spaces) */
  node?: string
  /** more nodes, each the lines of one node */
  nodes?: string[]
  /** replaces the default templateRefs lines (cluster level) */
  refs?: string
}

const indent = (s: string, n: number) => s.replace(/^(?=.)/gm, ' '.repeat(n))

export const NODE =
  'hostName: sno1.example.com\nrole: master\nbmcAddress: redfish-virtualmedia+https://10.0.0.1/redfish/v1/Systems/1\nbmcCredentialsName:\n  name: bmc\nbootMACAddress: "e4:43:4b:bd:90:46"\ntemplateRefs:\n  - name: ai-node-templates-v1\n    namespace: open-cluster-management\n'

const REFS =
  'templateRefs:\n  - name: ai-cluster-templates-v1\n    namespace: open-cluster-management\n'

const item = (lines: string) => indent(lines, 6).replace(/^ {6}/, '    - ')

export function ciSite(p: CiParts = {}): string {
  const first = NODE + (p.node ?? '')
  return (
    'apiVersion: siteconfig.open-cluster-management.io/v1alpha1\nkind: ClusterInstance\n' +
    'metadata:\n  name: sno1\n  namespace: sno1\nspec:\n  clusterName: sno1\n  baseDomain: example.com\n' +
    '  clusterImageSetNameRef: openshift-4.21\n  pullSecretRef:\n    name: pull-secret\n' +
    '  clusterType: SNO\n' +
    indent(p.refs ?? REFS, 2) +
    indent(p.cluster ?? '', 2) +
    '  nodes:\n' +
    [first, ...(p.nodes ?? [])].map(item).join('')
  )
}
