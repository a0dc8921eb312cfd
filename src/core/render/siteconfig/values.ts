/**
 * What the generator's SiteConfig structs hold for a cluster and a node: the document's values
 * under Go's field names, with the defaults its UnmarshalYAML sets and the fields it computes.
 */
import { siteConfigModel as model } from '../../site/siteModel.ts'
import type { Path } from '../../document/path.ts'
import type { Obj, RenderNote, RenderOptions } from '../types.ts'
import type { Resolve, Value } from './fill.ts'
import { obj } from '../../convert/values.ts'
import { isPlainObject as isObj } from '../../site/siteModel.ts'

// read as the generator's Go structs read them, like the converter
export { obj, str } from '../../convert/values.ts'
export { isPlainObject as isObj } from '../../site/siteModel.ts'

const NODE_DEFAULTS: Obj = {
  bootMode: 'UEFI',
  role: 'master',
  ironicInspect: 'enabled',
  automatedCleaningMode: 'disabled',
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1)

/** a document value by Go field names (`PullSecretRef.Name` → pullSecretRef.name) */
function walk(root: unknown, base: Path, fields: string[]): Value {
  let v: unknown = root
  const path = [...base]
  for (const f of fields) {
    const k = lowerFirst(f)
    v = isObj(v) ? v[k] : undefined
    path.push(k)
  }
  return { value: v, source: path }
}

export interface ClusterFacts {
  /** the install-config-overrides annotation (agentClusterInstallAnnotation) */
  networkAnnotation: string
  numMasters: number
  numWorkers: number
  imageSet: Value
  manifestsRefs: Array<{ name: string }>
}

export function resolver(site: Obj, cl: Obj, c: number, n: number, facts: ClusterFacts): Resolve {
  const cPath: Path = model.cluster(c)
  const nPath: Path = [...cPath, 'nodes', n]
  const node = n >= 0 ? obj((cl.nodes as unknown[])[n]) : {}
  return (scope, fields) => {
    if (scope === 'Site') return walk(site, ['spec'], fields)
    if (scope === 'Node') {
      const v = walk(node, nPath, fields)
      const d = fields.length === 1 ? NODE_DEFAULTS[lowerFirst(fields[0]!)] : undefined
      return (v.value === undefined || v.value === '') && d !== undefined ? { value: d } : v
    }
    switch (fields.join('.')) {
      case 'NetworkType':
        return { value: facts.networkAnnotation, source: [...cPath, 'networkType'] }
      // counted from the nodes' roles: crs.ts ties them to each role
      case 'NumMasters':
        return { value: facts.numMasters }
      case 'NumWorkers':
        return { value: facts.numWorkers }
      case 'ClusterImageSetNameRef':
        return facts.imageSet
      case 'ManifestsConfigMapRefs':
        return { value: facts.manifestsRefs }
      case 'SiteConfigMap.Namespace': {
        const v = walk(cl, cPath, fields)
        return v.value ? v : { value: 'ztp-site' }
      }
    }
    return walk(cl, cPath, fields)
  }
}

/** what rendering one cluster's CRs needs */
export interface Ctx {
  data: Obj
  site: Obj
  cl: Obj
  c: number
  facts: ClusterFacts
  api: string
  options: RenderOptions
  notes: RenderNote[]
}
