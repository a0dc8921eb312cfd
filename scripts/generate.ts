/** Generated SiteConfigs of any size for the benchmarks, built from the seed example. */
import { readFileSync } from 'node:fs'

const seed = readFileSync(
  new URL('../../shared/fixtures/seed-example.yaml', import.meta.url),
  'utf8',
).replace(/"mode": 755/g, '"mode": 493')
const nodeStart = seed.indexOf('      - hostName:')
const head = seed.slice(0, nodeStart)
const nodeText = seed.slice(nodeStart)

/** one cluster per 10 nodes (multi-node clusters), each node with the seed's pre-cache override */
export function generate(nodes: number): string {
  const clusterHead = head.slice(head.indexOf('  - clusterName:'))
  const siteHead = head.slice(0, head.indexOf('  - clusterName:'))
  let out = siteHead
  let made = 0
  for (let c = 0; made < nodes; c++) {
    out += clusterHead.replace('"sno-worker-0"', `"cluster-${c}"`)
    for (let n = 0; n < 10 && made < nodes; n++, made++) {
      const mac = made.toString(16).padStart(4, '0')
      out += nodeText
        .replace('snonode.sno-worker-0', `node${made}.cluster-${c}`)
        .replace(/AA:BB:CC:11:22:33/g, `AA:BB:CC:11:${mac.slice(0, 2)}:${mac.slice(2)}`)
        .replace('e4:43:4b:bd:90:46', `e4:43:4b:bd:${mac.slice(0, 2)}:${mac.slice(2)}`)
    }
  }
  return out
}

const ci = readFileSync(
  new URL(
    '../../shared/fixtures/clusterinstance/ocp-4.21-docs-precache-example.yaml',
    import.meta.url,
  ),
  'utf8',
)
const ciNodesAt = ci.indexOf('    - hostName:')

/** one ClusterInstance with `nodes` nodes, each the OCP 4.21 docs' pre-cached node */
export function generateCi(nodes: number): string {
  const node = ci.slice(ciNodesAt)
  let out = ci.slice(0, ciNodesAt)
  for (let n = 0; n < nodes; n++) {
    const mac = n.toString(16).padStart(4, '0')
    out += node
      .replace('snonode.sno-worker-0', `node${n}.sno-worker-0`)
      .replace('AA:BB:CC:DD:EE:11', `AA:BB:CC:DD:${mac.slice(0, 2)}:${mac.slice(2)}`)
      .replace(/AA:BB:CC:11:22:33/g, `AA:BB:CC:11:${mac.slice(0, 2)}:${mac.slice(2)}`)
  }
  return out
}
