/** The notes of one cluster: upstream's (site level, cluster level, nodes) in its order, then ours. */
import type { Path } from '../document/path.ts'
import { notes } from './notes.ts'
import { nodeChecks, nodeNotes } from './mapNode.ts'
import { splitList } from './options.ts'
import type { ConvertOptions, Note } from './types.ts'
import type { Obj } from './values.ts'
import { list, obj, str } from './values.ts'

const MAX_CLUSTER_NAME = 31

/** site-level notes: each cluster's file carries them, as each cluster is converted from them */
export function siteNotes(spec: Obj, o: ConvertOptions): Note[] {
  const out = splitList(o.extraManifestsRefs).map(notes.givenConfigMap)
  const ssh = str(obj(spec.sshPrivateKeySecretRef).name)
  if (ssh) out.push(notes.sshPrivateKey(ssh, ['spec', 'sshPrivateKeySecretRef']))
  const bios = str(obj(spec.biosConfigRef).filePath)
  if (bios) out.push(notes.biosSite(bios, ['spec', 'biosConfigRef']))
  if (Object.keys(obj(spec.crTemplates)).length)
    out.push(notes.crTemplatesSite(['spec', 'crTemplates']))
  return out
}

/** upstream's per-cluster field warnings (before mapping) */
export function clusterNotes(cl: Obj, p: Path): Note[] {
  const out: Note[] = []
  if (str(cl.apiVIP)) out.push(notes.apiVip([...p, 'apiVIP']))
  if (str(cl.ingressVIP)) out.push(notes.ingressVip([...p, 'ingressVIP']))
  const bios = str(obj(cl.biosConfigRef).filePath)
  if (bios) out.push(notes.biosCluster(bios, [...p, 'biosConfigRef']))
  if (Object.keys(obj(cl.crTemplates)).length)
    out.push(notes.crTemplatesCluster([...p, 'crTemplates']))
  if (cl.mergeDefaultMachineConfigs === true)
    out.push(notes.mergeDefault([...p, 'mergeDefaultMachineConfigs']))
  if (cl.extraManifestOnly === true) out.push(notes.extraManifestOnly([...p, 'extraManifestOnly']))
  const emp = str(cl.extraManifestPath)
  if (emp) out.push(notes.extraManifestPath(emp, [...p, 'extraManifestPath']))
  const scm = str(obj(cl.siteConfigMap).name)
  if (scm) out.push(notes.siteConfigMap(scm, [...p, 'siteConfigMap']))
  if (str(obj(obj(cl.diskEncryption).tpm2).pcrList))
    out.push(notes.tpm2([...p, 'diskEncryption', 'tpm2']))
  list(cl.nodes).forEach((n, i) => out.push(...nodeNotes(obj(n), [...p, 'nodes', i])))
  return out
}

/** upstream's VIP consistency warnings (it gives them while mapping) */
export function vipNotes(cl: Obj, p: Path): Note[] {
  const out: Note[] = []
  const api = str(cl.apiVIP)
  const apis = list(cl.apiVIPs)
  if (apis.length && api && api !== str(apis[0])) out.push(notes.apiVipMismatch([...p, 'apiVIPs']))
  const ing = str(cl.ingressVIP)
  const ings = list(cl.ingressVIPs)
  if (ings.length && ing && ing !== str(ings[0]))
    out.push(notes.ingressVipMismatch([...p, 'ingressVIPs']))
  return out
}

/** ours: what upstream passes on without a word */
export function clusterChecks(spec: Obj, cl: Obj, p: Path): Note[] {
  const out: Note[] = []
  if (Object.keys(obj(spec.crAnnotations)).length)
    out.push(notes.siteCrAnnotations(['spec', 'crAnnotations']))
  const name = str(cl.clusterName)
  if (name.length > MAX_CLUSTER_NAME)
    out.push(notes.longClusterName(name, name.length, [...p, 'clusterName']))
  for (const f of ['installConfigOverrides', 'ignitionConfigOverride'])
    if (str(cl[f]).includes("'")) out.push(notes.singleQuote(f, [...p, f]))
  list(cl.nodes).forEach((n, i) => out.push(...nodeChecks(obj(n), [...p, 'nodes', i])))
  return out
}
