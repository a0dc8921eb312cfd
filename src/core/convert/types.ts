/** The converter's API: options as upstream siteconfig-converter names them, results per cluster. */
import type { Message } from '../messages/message.ts'
import type { Path } from '../document/path.ts'

export interface ConvertOptions {
  /** -t: cluster templateRefs, "ns/name,…" */
  clusterTemplates?: string
  /** -n: node templateRefs, "ns/name,…" */
  nodeTemplates?: string
  /** -m: extra-manifest ConfigMap names, "cm,…" */
  extraManifestsRefs?: string
  /** -s: suppressed manifest kinds, "Kind,…" */
  suppressedManifests?: string
  /** -w: notes as comments at the head of each output */
  notesAsComments?: boolean
  /** -c: comments carried over from the SiteConfig */
  copyComments?: boolean
  /** the SiteConfig's file name (its base name goes into the provenance annotation) */
  fileName?: string
}

export const DEFAULT_CLUSTER_TEMPLATES = 'open-cluster-management/ai-cluster-templates-v1'
export const DEFAULT_NODE_TEMPLATES = 'open-cluster-management/ai-node-templates-v1'
/** the ConfigMap upstream generates and always references (its name is hard-coded there too) */
export const EXTRA_MANIFESTS_CM = 'extra-manifests-cm'
export const EXTRA_MANIFESTS_DIR = 'extra-manifests'
export const SNIPPET_FILE = 'kustomization-configMapGenerator-snippet.yaml'

/** A conversion note: what was dropped or changed and what to do instead. */
export interface Note {
  severity: 'error' | 'warning' | 'info'
  message: Message
  /** where in the SiteConfig it comes from, when one field is the cause */
  path?: Path
}

export interface ClusterResult {
  /** index in the SiteConfig's spec.clusters */
  index: number
  clusterName: string
  /** `<clusterName>.yaml`; undefined when the cluster cannot be written (see its error notes) */
  fileName?: string
  /** the ClusterInstance YAML document ('' when not written) */
  text: string
  notes: Note[]
}

/** One extra-manifest file as it goes into a cluster's ConfigMap. */
export interface ManifestFile {
  /** the name in the ConfigMap (and under the cluster's directory) */
  name: string
  /** where it came from, relative to the SiteConfig */
  source: string
  text: string
}

export interface ManifestPlan {
  clusterName: string
  namespace: string
  configMap: string
  /** the directory, relative to the output directory, the files are written to */
  dir: string
  files: ManifestFile[]
}

export interface ConversionResult {
  /** why nothing was converted (not a SiteConfig, a bad template reference) */
  error?: Message
  clusters: ClusterResult[]
  /** notes about the file itself (no clusters) */
  notes: Note[]
  manifests: ManifestPlan[]
  /** kustomization-configMapGenerator-snippet.yaml; '' when there are no clusters */
  kustomization: string
}
