/**
 * SiteConfig → ClusterInstance, per cluster: the ClusterInstance text, that cluster's notes, its
 * extra-manifest plan and the kustomization snippet. Pure: the same file and options give the
 * same bytes every run (no timestamp). The app shows the results beside the source; the CLI
 * writes them.
 */
import { parseDocument } from 'yaml'
import type { SiteFile } from '../document/siteFile.ts'
import { msg } from '../messages/message.ts'
import { docKind, siteConfigModel } from '../site/siteModel.ts'
import type { RepoFiles } from '../validate/repo.ts'
import { clusterChecks, clusterNotes, siteNotes, vipNotes } from './clusterNotes.ts'
import { readComments } from './comments.ts'
import { emitClusterInstance } from './emit.ts'
import { kustomizationSnippet } from './kustomization.ts'
import { clusterTypeNote, mapCluster } from './mapCluster.ts'
import { collectManifests } from './manifests.ts'
import { notes as N } from './notes.ts'
import { templateRefs } from './options.ts'
import {
  DEFAULT_CLUSTER_TEMPLATES,
  DEFAULT_NODE_TEMPLATES,
  EXTRA_MANIFESTS_CM,
  EXTRA_MANIFESTS_DIR,
} from './types.ts'
import type {
  ClusterResult,
  ConversionResult,
  ConvertOptions,
  ManifestPlan,
  Note,
} from './types.ts'
import { obj, str } from './values.ts'

const empty = (error?: ConversionResult['error'], notes: Note[] = []): ConversionResult => ({
  ...(error ? { error } : {}),
  clusters: [],
  notes,
  manifests: [],
  kustomization: '',
})

/** a name that is one file name: no separator, no control character, not . or .. */
const fileSafe = (name: string) =>
  name !== '.' &&
  name !== '..' &&
  ![...name].some(
    (ch) => ch === '/' || ch === '\\' || ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f,
  )

const baseName = (f: string | undefined) => (f ? (f.split(/[/\\]/).pop() ?? '') : '')

/** what upstream, which reads the first document only, would do differently with this file */
function fileNotes(file: SiteFile): Note[] {
  const sites = file.docs.flatMap((d, i) => (docKind(d.data) === 'SiteConfig' ? [i] : []))
  const out: Note[] = []
  if (sites[0]! > 0) out.push(N.notFirst(sites[0]! + 1))
  if (sites.length > 1) out.push(N.moreSiteConfigs(sites.length))
  return out
}

export function convertSiteConfig(
  file: SiteFile,
  options: ConvertOptions = {},
  repo?: RepoFiles,
): ConversionResult {
  const doc = file.docs.find((d) => docKind(d.data) === 'SiteConfig')
  if (!doc) {
    const kind = str(obj(file.docs[0]?.data).kind)
    return empty(msg('File does not contain a SiteConfig (found Kind: {{kind}})', { kind }))
  }
  const refs = templateRefs(
    options.clusterTemplates ?? DEFAULT_CLUSTER_TEMPLATES,
    options.nodeTemplates ?? DEFAULT_NODE_TEMPLATES,
  )
  if ('error' in refs) return empty(refs.error)
  const spec = obj(obj(doc.data).spec)
  const clusters = siteConfigModel.clusterList(doc.data)
  if (clusters.length === 0)
    return empty(undefined, [
      {
        severity: 'warning',
        message: msg('No clusters found in SiteConfig, skipping kustomization generation'),
      },
    ])
  // the comments above the first document's `---` belong to it
  const text = file.text.slice(doc === file.docs[0] ? 0 : doc.start, doc.end)
  const parsed = parseDocument(text)
  // read once for all clusters: each cluster's file takes its own and the site's
  const source = { doc: parsed, comments: options.copyComments ? readComments(parsed, text) : [] }
  const single = clusters.length === 1
  const seen = new Set<string>()
  const results: ClusterResult[] = []
  const manifests: ManifestPlan[] = []
  clusters.forEach((raw, c) => {
    const cl = obj(raw)
    const p = siteConfigModel.cluster(c)
    const name = str(cl.clusterName)
    const refused = !name
      ? N.noClusterName([...p])
      : !fileSafe(name)
        ? N.badClusterName(name, [...p, 'clusterName'])
        : seen.has(name)
          ? N.duplicateCluster(name, [...p, 'clusterName'])
          : undefined
    if (refused)
      return void results.push({ index: c, clusterName: name, text: '', notes: [refused] })
    seen.add(name)
    const collected = collectManifests(cl, p, repo)
    const typeNote = clusterTypeNote(cl, [...p])
    const notes: Note[] = [
      ...siteNotes(spec, options),
      ...clusterNotes(cl, p),
      ...vipNotes(cl, p),
      N.defaultConfigMap(EXTRA_MANIFESTS_CM),
      ...(typeNote ? [typeNote] : []),
      ...clusterChecks(spec, cl, p),
      ...collected.notes,
    ]
    const ci = mapCluster(spec, cl, refs, options, baseName(options.fileName))
    const out = emitClusterInstance({
      ci,
      cluster: c,
      notes,
      notesAsComments: options.notesAsComments === true,
      source,
      copyComments: options.copyComments === true,
    })
    results.push({ index: c, clusterName: name, fileName: `${name}.yaml`, text: out, notes })
    manifests.push({
      clusterName: name,
      namespace: name,
      configMap: EXTRA_MANIFESTS_CM,
      // one cluster: upstream's flat directory; several: one directory per cluster, so none overwrites another
      dir: single ? EXTRA_MANIFESTS_DIR : `${EXTRA_MANIFESTS_DIR}/${name}`,
      files: collected.files,
    })
  })
  return {
    clusters: results,
    notes: fileNotes(file),
    manifests,
    kustomization: kustomizationSnippet(manifests),
  }
}
