/**
 * The identities the fleet rules compare (cluster names, VIPs, machine networks, host names,
 * MACs, BMC addresses), read from one site file through its site model with their lines. Both
 * kinds keep these under the same names within a cluster and a node.
 */
import { formatPath } from '../document/path.ts'
import type { Path } from '../document/path.ts'
import { fileKind, fileModel, siteData } from '../document/siteFile.ts'
import type { SiteFile } from '../document/siteFile.ts'
import { asArray, isPlainObject } from '../site/siteModel.ts'
import { PathIndex } from '../validate/pathIndex.ts'
import type { ClusterFacts, NodeFacts, Place, SiteFacts, Valued } from './types.ts'

const text = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim() !== ''
    ? v.trim()
    : typeof v === 'number'
      ? String(v)
      : undefined

export function siteFacts(
  file: string,
  site: SiteFile,
  positions?: PathIndex,
): SiteFacts | undefined {
  const data = siteData(site)
  if (!data) return undefined
  const model = fileModel(site)
  const pos = positions?.file === site ? positions : new PathIndex(site)
  const place = (path: Path): Place => {
    const r = pos.range(path)
    const lc = r ? pos.lineCol(r.start) : { line: 1, column: 1 }
    return { file, line: lc.line, column: lc.column, path: formatPath(path) }
  }
  const valued = (v: unknown, path: Path): Valued | undefined => {
    const s = text(v)
    return s === undefined ? undefined : { value: s, place: place(path) }
  }
  const clusters: ClusterFacts[] = model.clusterList(data).map((c, ci) => {
    const cp = model.cluster(ci)
    const cl = isPlainObject(c) ? c : {}
    const vips: Valued[] = []
    for (const key of ['apiVIPs', 'ingressVIPs'])
      asArray(cl[key]).forEach((v, i) => {
        const x = valued(v, [...cp, key, i])
        if (x) vips.push(x)
      })
    for (const key of ['apiVIP', 'ingressVIP']) {
      const x = valued(cl[key], [...cp, key])
      if (x) vips.push(x)
    }
    const networks: Valued[] = []
    asArray(cl.machineNetwork).forEach((m, i) => {
      const x = isPlainObject(m) ? valued(m.cidr, [...cp, 'machineNetwork', i, 'cidr']) : undefined
      if (x) networks.push(x)
    })
    const nodes: NodeFacts[] = model.nodeList(data, ci).map((n, ni) => {
      const np = model.node(ci, ni)
      const nd = isPlainObject(n) ? n : {}
      const macs: Valued[] = []
      const boot = valued(nd.bootMACAddress, [...np, 'bootMACAddress'])
      if (boot) macs.push(boot)
      const net = isPlainObject(nd.nodeNetwork) ? nd.nodeNetwork : {}
      asArray(net.interfaces).forEach((f, i) => {
        const x = isPlainObject(f)
          ? valued(f.macAddress, [...np, 'nodeNetwork', 'interfaces', i, 'macAddress'])
          : undefined
        if (x) macs.push(x)
      })
      return {
        hostName: valued(nd.hostName, [...np, 'hostName']),
        macs,
        bmc: valued(nd.bmcAddress, [...np, 'bmcAddress']),
      }
    })
    return {
      index: ci,
      name: valued(cl.clusterName, [...cp, 'clusterName']),
      vips,
      networks,
      nodes,
    }
  })
  return { file, kind: fileKind(site), clusters }
}
