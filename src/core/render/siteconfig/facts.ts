/**
 * What the generator computes for a cluster before rendering (siteConfig.go Clusters.UnmarshalYAML,
 * siteConfigBuilder.go validateSiteConfig, siteConfigHelper.go): role counts (one master: SNO, no
 * workers), the install-config-overrides annotation, the image set's fallback to the site, the
 * manifests ConfigMap references. A returned string is the generator's error.
 */
import { siteConfigModel as model } from '../../site/siteModel.ts'
import type { Path } from '../../document/path.ts'
import type { Obj } from '../types.ts'
import type { ClusterFacts } from './values.ts'
import { isObj, obj, str } from './values.ts'

const AZTP = 'accelerated-ztp'
export const aztpEnabled = (cl: Obj) =>
  ['full', 'partial'].includes(str(obj(cl.clusterLabels)[AZTP]))

const validJson = (s: string) => {
  try {
    JSON.parse(s)
    return true
  } catch {
    return false
  }
}

function overrides(cl: Obj): string | { error: string } {
  let ico = str(cl.installConfigOverrides)
  if (str(cl.cpuPartitioningMode) === 'AllNodes') {
    let values: Obj = {}
    if (ico) {
      try {
        values = obj(JSON.parse(ico))
      } catch {
        return { error: 'Invalid json parameter set at installConfigOverride' }
      }
    }
    values.cpuPartitioningMode = 'AllNodes'
    ico = JSON.stringify(sortKeys(values))
  }
  const networkType = str(cl.networkType) || 'OVNKubernetes'
  const network = `{"networking":{"networkType":"${networkType}"}}`
  if (!validJson(network)) return { error: 'Invalid json conversion of network type' }
  if (!ico) return network
  if (!validJson(ico)) return { error: 'Invalid json parameter set at installConfigOverride' }
  const parsed: unknown = JSON.parse(ico)
  if (isObj(parsed) && 'networking' in parsed) {
    // mergeJsonCommonKey: the user's networking keys, then networkType over them (Go marshals sorted)
    const merged = { ...obj(parsed.networking), networkType }
    return JSON.stringify(sortKeys({ ...parsed, networking: merged }))
  }
  const joined = `${network.slice(0, -1)},${ico.replace(/^\{/, '')}`
  return validJson(joined)
    ? joined
    : { error: "Couldn't marshal annotation for AgentClusterInstall" }
}

// encoding/json writes map keys sorted, at every level
function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys)
  if (!isObj(v)) return v
  return Object.fromEntries(
    Object.keys(v)
      .sort()
      .map((k) => [k, sortKeys(v[k])]),
  )
}

export function clusterFacts(
  site: Obj,
  cl: Obj,
  c: number,
): ClusterFacts | { error: string; path: Path } {
  const cPath: Path = model.cluster(c)
  const nodes = Array.isArray(cl.nodes) ? cl.nodes : []
  let numMasters = 0
  let numWorkers = 0
  for (const n of nodes) {
    const role = str(obj(n).role)
    if (!role || role === 'master') numMasters++
    else numWorkers++
  }
  if (numMasters < 1)
    return {
      error: `Number of masters (counted ${numMasters}) must be 1 or more`,
      path: [...cPath, 'nodes'],
    }
  if (numMasters === 1) numWorkers = 0
  else if (nodes.some((n) => obj(n).diskPartition !== undefined))
    return {
      error: 'ClusterType must be SNO to do disk partitioning using SiteConfig',
      path: [...cPath, 'nodes'],
    }
  const ann = overrides(cl)
  if (typeof ann !== 'string')
    return { error: `Error: ${ann.error}`, path: [...cPath, 'installConfigOverrides'] }
  const own = str(cl.clusterImageSetNameRef)
  const siteSet = str(site.clusterImageSetNameRef)
  if (!own && !siteSet)
    return {
      error: `Error: Site and cluster clusterImageSetNameRef cannot be empty`,
      path: [...cPath, 'clusterImageSetNameRef'],
    }
  const name = str(cl.clusterName)
  const refs = (Array.isArray(cl.manifestsConfigMapRefs) ? cl.manifestsConfigMapRefs : []).map(
    (r) => ({
      name: str(obj(r).name),
    }),
  )
  refs.push({ name })
  if (aztpEnabled(cl)) refs.push({ name: `${name}-aztp` })
  return {
    networkAnnotation: ann,
    numMasters,
    numWorkers,
    imageSet: own
      ? { value: own, source: [...cPath, 'clusterImageSetNameRef'] }
      : { value: siteSet, source: ['spec', 'clusterImageSetNameRef'] },
    manifestsRefs: refs,
  }
}
