/** kustomization-configMapGenerator-snippet.yaml: one ConfigMap per cluster namespace. */
import type { ManifestPlan } from './types.ts'

const quote = (s: string) =>
  /^[A-Za-z0-9_./-]+$/.test(s) && !/^[-.]/.test(s) ? s : JSON.stringify(s)

/** upstream's snippet, byte for byte for one cluster (yaml.v3's 4-space layout, sorted files) */
export function kustomizationSnippet(plans: ManifestPlan[]): string {
  const entries = plans.map((m) => {
    const files = m.files
      .map((f) => `${m.dir}/${f.name}`)
      .filter((f) => /\.ya?ml$/i.test(f))
      .sort()
    const list = files.length ? '\n' + files.map((f) => `        - ${quote(f)}`).join('\n') : ' []'
    return `    - files:${list}\n      name: ${quote(m.configMap)}\n      namespace: ${quote(m.namespace)}\n`
  })
  return (
    'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nconfigMapGenerator:\n' +
    entries.join('') +
    'generatorOptions:\n    disableNameSuffixHash: true\n'
  )
}
