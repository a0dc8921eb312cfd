/**
 * What stops the operator from rendering, and what cannot be rendered here: fields the templates
 * dereference, the ClusterImageSet it reads on the hub, template references other than the defaults.
 */
import { obj, str as s } from '../../convert/values.ts'
import { msg } from '../../messages/message.ts'
import type { Obj, RenderNote } from '../types.ts'

export const CLUSTER_TEMPLATES = 'ai-cluster-templates-v1'
export const NODE_TEMPLATES = 'ai-node-templates-v1'
const CLUSTER_KINDS = [
  'AgentClusterInstall',
  'ClusterDeployment',
  'ManagedCluster',
  'KlusterletAddonConfig',
]
const NODE_KINDS = ['InfraEnv', 'NMStateConfig', 'BareMetalHost']

export function required(spec: Obj, notes: RenderNote[]): void {
  const missing = (path: (string | number)[]) =>
    notes.push({
      severity: 'error',
      cluster: 0,
      path,
      message: msg(
        '{{field}} is missing: the CRD requires it, so the hub refuses the ClusterInstance before anything is rendered',
        {
          field: path.join('.'),
        },
      ),
    })
  for (const k of ['clusterName', 'baseDomain', 'clusterImageSetNameRef'])
    if (!s(spec[k])) missing(['spec', k])
  if (!s(obj(spec.pullSecretRef).name)) missing(['spec', 'pullSecretRef', 'name'])
  ;(Array.isArray(spec.nodes) ? spec.nodes : []).forEach((n, i) => {
    const node = obj(n)
    if (!s(node.hostName)) missing(['spec', 'nodes', i, 'hostName'])
    if (!s(obj(node.bmcCredentialsName).name))
      missing(['spec', 'nodes', i, 'bmcCredentialsName', 'name'])
  })
  if (s(spec.clusterImageSetNameRef))
    notes.push({
      severity: 'info',
      cluster: 0,
      path: ['spec', 'clusterImageSetNameRef'],
      message: msg(
        'the hub reads the ClusterImageSet {{name}} for the release image: rendering fails if it does not exist there',
        {
          name: s(spec.clusterImageSetNameRef),
        },
      ),
    })
}

/** kinds a custom templateRef replaces → the template's name, with a note each */
export function customTemplates(spec: Obj, notes: RenderNote[]): Map<string, string> {
  const out = new Map<string, string>()
  const scan = (refs: unknown, dflt: string, kinds: string[], path: (string | number)[]) => {
    for (const [i, r] of (Array.isArray(refs) ? refs : []).entries()) {
      const name = s(obj(r).name)
      if (!name || name === dflt) continue
      const ref = `${s(obj(r).namespace)}/${name}`
      for (const k of kinds) out.set(k, ref)
      notes.push({
        severity: 'info',
        cluster: 0,
        path: [...path, i],
        message: msg(
          'the templates in {{ref}} are read on the hub, not here: {{kinds}} are shown as the default templates render them',
          {
            ref,
            kinds,
          },
        ),
      })
    }
  }
  scan(spec.templateRefs, CLUSTER_TEMPLATES, CLUSTER_KINDS, ['spec', 'templateRefs'])
  ;(Array.isArray(spec.nodes) ? spec.nodes : []).forEach((n, i) =>
    scan(obj(n).templateRefs, NODE_TEMPLATES, NODE_KINDS, ['spec', 'nodes', i, 'templateRefs']),
  )
  return out
}
