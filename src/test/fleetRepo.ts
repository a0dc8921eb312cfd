/**
 * A generated GitOps repository for the fleet tests, the bench and the e2e journey: SiteConfigs
 * made from the seed example and ClusterInstances from the upstream example-sno, each with its
 * own names, MACs, BMC address and machine network, listed by two kustomizations; `plant` adds
 * one of each cross-file mistake (see PLANTED).
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { FIXTURES_DIR, SEED_PATH } from './fixtures.ts'

const seed = readFileSync(SEED_PATH, 'utf8')
const ciExample = readFileSync(
  FIXTURES_DIR +
    'clusterinstance/openshift-kni__cnf-features-deploy__ztp__gitops-subscriptions__argocd__example__clusterinstances__example-sno.yaml',
  'utf8',
)

const hex2 = (n: number) => (n & 255).toString(16).padStart(2, '0')
const pad = (i: number) => String(i).padStart(3, '0')
export const sitePath = (i: number) => `siteconfig/sites/site-${pad(i)}.yaml`
export const ciPath = (i: number) => `clusterinstances/ci-${pad(i)}.yaml`

const nodeAt = seed.indexOf('      - hostName:')

/** site i from the seed; `nodes` > 1 repeats its node (a compact cluster), each with its own MACs */
export function siteText(
  i: number,
  o: Partial<Record<'name' | 'host' | 'boot' | 'bmc' | 'net', string>> = {},
  nodes = 1,
) {
  let t = seed
  for (let k = 1; k < nodes; k++)
    t += seed
      .slice(nodeAt)
      .replace(
        'snonode.sno-worker-0.example.domain.redhat.com',
        `node${k}.site-${pad(i)}.example.com`,
      )
      .replace('10.19.28.53', `10.${100 + (i >> 8)}.${i & 255}.${53 + k}`)
      .replace('e4:43:4b:bd:90:46', `e4:43:4b:${hex2(i >> 8)}:${hex2(i)}:${hex2(0x46 + k)}`)
      .replace(/AA:BB:CC:11:22:33/g, `AA:BB:CC:${hex2(i >> 8)}:${hex2(i)}:${hex2(0x33 + k)}`)
  return t
    .replace(
      'snonode.sno-worker-0.example.domain.redhat.com',
      o.host ?? `node.site-${pad(i)}.example.com`,
    )
    .replace('"sno-worker-0"', `"${o.name ?? `site-${pad(i)}`}"`)
    .replace('10.19.32.192/26', o.net ?? `10.${20 + (i >> 8)}.${i & 255}.0/26`)
    .replace('10.19.28.53', o.bmc ?? `10.${100 + (i >> 8)}.${i & 255}.53`)
    .replace('e4:43:4b:bd:90:46', o.boot ?? `e4:43:4b:${hex2(i >> 8)}:${hex2(i)}:46`)
    .replace(/AA:BB:CC:11:22:33/g, `AA:BB:CC:${hex2(i >> 8)}:${hex2(i)}:33`)
}

export function ciText(i: number, o: Partial<Record<'name' | 'ifMac' | 'vips', string>> = {}) {
  const name = o.name ?? `ci-sno-${pad(i)}`
  const mac = `AA:BB:CC:DE:${hex2(i >> 8)}:${hex2(i)}`
  let t = ciExample
    .replace(/example-sno/g, name)
    .replace('example-node1.example.com', `node.ci-${pad(i)}.example.com`)
    .replace('1111:2222:3333:4444::/64', `1111:2222:${(i + 1).toString(16)}:4444::/64`)
    .replace('4444::bbbb:1]', `4444::bbbb:${(i + 1).toString(16)}]`)
    .replace('bootMACAddress: AA:BB:CC:DD:EE:11', `bootMACAddress: ${mac}`)
    .replace('- macAddress: AA:BB:CC:DD:EE:11', `- macAddress: ${o.ifMac ?? mac}`)
  if (o.vips)
    t = t.replace(`  clusterName: ${name}\n`, `  clusterName: ${name}\n  apiVIPs:\n  - ${o.vips}\n`)
  return t
}

const kustomization = (field: string, entries: string[]) =>
  `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n${field}:\n${entries.map((e) => `  - ${e}\n`).join('')}`

/** the planted mistakes, by rule: the files involved (the test finds their lines itself) */
export const PLANTED = {
  'fleet-duplicate-cluster-name': [sitePath(3), sitePath(7)],
  'fleet-duplicate-mac': [sitePath(10), sitePath(11), ciPath(4), ciPath(5)],
  'fleet-duplicate-bmc': [sitePath(20), sitePath(21)],
  'fleet-duplicate-host-name': [sitePath(30), sitePath(31)],
  'fleet-duplicate-vip': [ciPath(10), ciPath(11)],
  'fleet-network-overlap': [sitePath(40), sitePath(41)],
  'fleet-unlisted': [sitePath(50)],
  'fleet-kustomization-missing': ['siteconfig/kustomization.yaml'],
  'fleet-both-kinds': [sitePath(60), ciPath(20)],
  'fleet-kustomization-field': ['siteconfig/kustomization.yaml'],
} as const

export interface Repo {
  files: Map<string, string>
}

export function generateRepo(sites: number, cis: number, plant = true, nodes = 1): Repo {
  const files = new Map<string, string>()
  const p = plant
  for (let i = 0; i < sites; i++) {
    const o =
      p && i === 7
        ? { name: 'site-003' }
        : p && i === 11
          ? { boot: `e4:43:4b:${hex2(0)}:${hex2(10)}:46` }
          : p && i === 20
            ? { bmc: '10.100.21.53' }
            : p && i === 30
              ? { host: 'node.site-031.example.com' }
              : p && i === 41
                ? { net: '10.20.40.0/24' }
                : p && i === 60
                  ? { name: 'ci-sno-020' }
                  : {}
    files.set(sitePath(i), siteText(i, o, nodes))
  }
  for (let i = 0; i < cis; i++) {
    const o =
      p && i === 5
        ? { ifMac: `AA:BB:CC:DE:${hex2(0)}:${hex2(4)}` }
        : p && (i === 10 || i === 11)
          ? { vips: '1111:2222:b:4444::100' }
          : {}
    files.set(ciPath(i), ciText(i, o))
  }
  const listed = [...Array(sites).keys()]
    .filter((i) => !(p && (i === 50 || i === 70)))
    .map((i) => `sites/site-${pad(i)}.yaml`)
  const sc = kustomization('generators', p ? [...listed, 'sites/site-999.yaml'] : listed)
  files.set(
    'siteconfig/kustomization.yaml',
    p && sites > 70 ? sc + `resources:\n  - sites/site-070.yaml\n  - ../../outside.yaml\n` : sc,
  )
  files.set(
    'clusterinstances/kustomization.yaml',
    kustomization(
      'resources',
      [...Array(cis).keys()].map((i) => `ci-${pad(i)}.yaml`),
    ),
  )
  files.set('README.md', '# sites\n')
  return { files }
}

/** runs git with a fixed author (tests commit in fresh repositories) */
export const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], {
    cwd,
    encoding: 'utf8',
  })

/** writes the files into a new temporary folder, as one commit of a new git repository */
export function writeRepo(files: ReadonlyMap<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'scs-fleet-'))
  for (const [p, t] of files) {
    mkdirSync(dirname(join(dir, p)), { recursive: true })
    writeFileSync(join(dir, p), t)
  }
  git(dir, 'init', '-q')
  git(dir, 'add', '.')
  git(dir, 'commit', '-q', '-m', 'sites')
  return dir
}
