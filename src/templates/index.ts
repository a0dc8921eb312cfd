// templates for New; the seed documentation's example, verbatim, is also what a first visit opens on.
// The others load when chosen: their texts need not come before the first screen.
import seedExample from './seed-example.yaml?raw'
import type { DocKind } from '../core/site/siteModel.ts'

export const SEED_EXAMPLE: string = seedExample

export interface Template {
  id: string
  kind: DocKind
  name: string
  description: string
  /** the template's text, loaded on demand */
  text: () => Promise<string>
}

const raw = (m: { default: string }) => m.default

export const TEMPLATES: readonly Template[] = [
  {
    id: 'seed',
    kind: 'SiteConfig',
    name: 'Documentation example (pre-cached SNO)',
    description: 'The factory pre-caching example from the documentation.',
    text: () => Promise.resolve(seedExample),
  },
  {
    id: 'bare-sno',
    kind: 'SiteConfig',
    name: 'Bare single-node cluster',
    description: 'One SNO cluster, DHCP, no overrides.',
    text: () => import('./bare-sno.yaml?raw').then(raw),
  },
  {
    id: 'compact',
    kind: 'SiteConfig',
    name: '3-node compact cluster',
    description: 'Three masters, static IPs, API and ingress VIPs.',
    text: () => import('./compact-3node.yaml?raw').then(raw),
  },
  {
    id: 'standard',
    kind: 'SiteConfig',
    name: 'Standard cluster (3 masters + 2 workers)',
    description: 'Three masters and two workers, static IPs, VIPs.',
    text: () => import('./standard.yaml?raw').then(raw),
  },
  {
    id: 'ci-docs',
    kind: 'ClusterInstance',
    name: 'Pre-cached SNO from the OCP 4.21 documentation',
    description: 'The 4.21 factory pre-caching example, as a ClusterInstance.',
    text: () => import('./ci-docs-precache.yaml?raw').then(raw),
  },
  {
    id: 'ci-sno',
    kind: 'ClusterInstance',
    name: 'Single-node cluster (clusterType SNO)',
    description: 'clusterType SNO, one master, DHCP, no overrides.',
    text: () => import('./ci-sno.yaml?raw').then(raw),
  },
  {
    id: 'ci-compact',
    kind: 'ClusterInstance',
    name: 'Compact cluster: three masters',
    description: 'Three masters, static IPs, API and ingress VIPs.',
    text: () => import('./ci-compact.yaml?raw').then(raw),
  },
  {
    id: 'ci-standard',
    kind: 'ClusterInstance',
    name: 'Three masters and two workers',
    description: 'clusterType HighlyAvailable, static IPs, VIPs.',
    text: () => import('./ci-standard.yaml?raw').then(raw),
  },
  {
    id: 'ci-arbiter',
    kind: 'ClusterInstance',
    name: 'Two masters and an arbiter',
    description: 'clusterType HighlyAvailableArbiter (OCP 4.19+, ACM 2.16+).',
    text: () => import('./ci-arbiter.yaml?raw').then(raw),
  },
]
