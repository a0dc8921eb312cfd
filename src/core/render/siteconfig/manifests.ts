/**
 * The extra-manifest ConfigMap's data: the files the cluster names (read through the repository,
 * as the converter collects them) and the ztp container's built-in manifests (read from
 * `--extra-manifests DIR`, else listed by name as they were at the generator's last version).
 */
import { annotate, collectManifests } from '../../convert/manifests.ts'
import { obj, str } from '../../convert/values.ts'
import type { Path } from '../../document/path.ts'
import { msg } from '../../messages/message.ts'
import type { Obj, RenderNote, RenderOptions } from '../types.ts'

// ztp/source-crs/extra-manifest @5410d02fa (the .tmpl files render per role, when they render anything)
const BUILTIN = [
  '01-container-mount-ns-and-kubelet-conf-master.yaml',
  '01-container-mount-ns-and-kubelet-conf-worker.yaml',
  '01-disk-encryption-pcr-rebind-master.yaml',
  '01-disk-encryption-pcr-rebind-worker.yaml',
  '03-sctp-machine-config-master.yaml',
  '03-sctp-machine-config-worker.yaml',
  '06-kdump-master.yaml',
  '06-kdump-worker.yaml',
  '07-sriov-related-kernel-args-master.yaml',
  '07-sriov-related-kernel-args-worker.yaml',
  '08-set-rcu-normal-master.yaml',
  '08-set-rcu-normal-worker.yaml',
  '09-openshift-marketplace-ns.yaml',
  '99-crio-disable-wipe-master.yaml',
  '99-crio-disable-wipe-worker.yaml',
  '99-sync-time-once-master.yaml',
  '99-sync-time-once-worker.yaml',
]
export const FROM_CONTAINER = '(from the ztp container)'

const MARKETPLACE = '09-openshift-marketplace-ns.yaml'

/** the names the container's manifests get for this cluster: templates per role, workload pinning, the merge */
function containerNames(cl: Obj): string[] {
  const nodes = (Array.isArray(cl.nodes) ? cl.nodes : []).map(obj)
  const roles = [...new Set(nodes.map((n) => str(n.role) || 'master'))]
  const names =
    cl.mergeDefaultMachineConfigs === true
      ? [
          MARKETPLACE,
          'predefined-extra-manifests-master.yaml',
          'predefined-extra-manifests-worker.yaml',
        ]
      : [...BUILTIN]
  if (['tpm2', 'nbde'].includes(str(obj(cl.diskEncryption).type)))
    names.push(...roles.map((r) => `${r}-disk-encryption.yaml`))
  if (nodes.some((n) => n.diskPartition !== undefined && n.diskPartition !== null))
    names.push(...roles.map((r) => `${r}-image-registry-partition-mc.yaml`))
  const masters = nodes.filter((n) => !str(n.role) || str(n.role) === 'master').length
  if (masters === 1)
    for (const n of nodes)
      if (str(n.cpuset)) names.push(`03-${str(n.role) || 'master'}-workload-partitioning.yaml`)
  return names
}

function builtin(cl: Obj, options: RenderOptions, at: Path, notes: RenderNote[], c: number): Obj {
  const data: Obj = {}
  const dir = options.builtin
  const names = dir ? dir.list('.') : undefined
  if (!dir || !Array.isArray(names)) {
    for (const n of containerNames(cl)) data[n] = FROM_CONTAINER
    notes.push({
      severity: 'info',
      cluster: c,
      path: at,
      message: msg(
        "the ConfigMap's built-in extra manifests come from the ztp container: their names are listed, their contents are added on the hub",
      ),
    })
    return data
  }
  for (const name of [...names].sort()) {
    if (name.startsWith('.') || name === 'workload') continue
    if (name.endsWith('.tmpl')) {
      notes.push({
        severity: 'info',
        cluster: c,
        message: msg('{{file}} is a Go template rendered per role on the hub: it is not shown', {
          file: name,
        }),
      })
      continue
    }
    const text = dir.read(name)
    if (typeof text !== 'string' || !text) continue
    data[name] = annotate(text) ?? text
  }
  return data
}

export function extraManifestData(
  cl: Obj,
  at: Path,
  c: number,
  options: RenderOptions,
  notes: RenderNote[],
): Obj {
  const em = (cl.extraManifests ?? {}) as Obj
  const data: Obj = Array.isArray(em.searchPaths) ? {} : builtin(cl, options, at, notes, c)
  if (!options.repo) {
    if (Array.isArray(em.searchPaths) || cl.extraManifestPath)
      notes.push({
        severity: 'info',
        cluster: c,
        path: at,
        message: msg(
          "the files the cluster's extra manifests name are not readable here: the ConfigMap's data lacks them (the CLI's render reads them)",
        ),
      })
    return data
  }
  const got = collectManifests(cl, at, options.repo)
  for (const n of got.notes)
    if (n.severity !== 'info')
      notes.push({
        severity: n.severity,
        cluster: c,
        message: n.message,
        ...(n.path ? { path: n.path } : {}),
      })
  for (const f of got.files) data[f.name] = f.text
  return data
}
