// templates for New; the seed documentation's example, verbatim, is also what a first visit opens on
import bareSno from './bare-sno.yaml?raw'
import compact from './compact-3node.yaml?raw'
import seedExample from './seed-example.yaml?raw'
import standard from './standard.yaml?raw'
import ciArbiter from './ci-arbiter.yaml?raw'
import ciCompact from './ci-compact.yaml?raw'
import ciDocs from './ci-docs-precache.yaml?raw'
import ciSno from './ci-sno.yaml?raw'
import ciStandard from './ci-standard.yaml?raw'
import type { DocKind } from '../core/site/siteModel.ts'

export const SEED_EXAMPLE: string = seedExample

export interface Template {
  id: string
  kind: DocKind
  name: string
  description: string
  text: string
}

export const TEMPLATES: readonly Template[] = [
  {
    id: 'seed',
    kind: 'SiteConfig',
    name: 'Documentation example (pre-cached SNO)',
    description: 'The factory pre-caching example from the documentation.',
    text: seedExample,
  },
  {
    id: 'bare-sno',
    kind: 'SiteConfig',
    name: 'Bare single-node cluster',
    description: 'One SNO cluster, DHCP, no overrides.',
    text: bareSno,
  },
  {
    id: 'compact',
    kind: 'SiteConfig',
    name: '3-node compact cluster',
    description: 'Three masters, static IPs, API and ingress VIPs.',
    text: compact,
  },
  {
    id: 'standard',
    kind: 'SiteConfig',
    name: 'Standard cluster (3 masters + 2 workers)',
    description: 'Three masters and two workers, static IPs, VIPs.',
    text: standard,
  },
  {
    id: 'ci-docs',
    kind: 'ClusterInstance',
    name: 'Pre-cached SNO from the OCP 4.21 documentation',
    description: 'The 4.21 factory pre-caching example, as a ClusterInstance.',
    text: ciDocs,
  },
  {
    id: 'ci-sno',
    kind: 'ClusterInstance',
    name: 'Single-node cluster (clusterType SNO)',
    description: 'clusterType SNO, one master, DHCP, no overrides.',
    text: ciSno,
  },
  {
    id: 'ci-compact',
    kind: 'ClusterInstance',
    name: 'Compact cluster: three masters',
    description: 'Three masters, static IPs, API and ingress VIPs.',
    text: ciCompact,
  },
  {
    id: 'ci-standard',
    kind: 'ClusterInstance',
    name: 'Three masters and two workers',
    description: 'clusterType HighlyAvailable, static IPs, VIPs.',
    text: ciStandard,
  },
  {
    id: 'ci-arbiter',
    kind: 'ClusterInstance',
    name: 'Two masters and an arbiter',
    description: 'clusterType HighlyAvailableArbiter (OCP 4.19+, ACM 2.16+).',
    text: ciArbiter,
  },
]
