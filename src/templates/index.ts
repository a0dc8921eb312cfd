// templates for New; the seed documentation's example, verbatim, is also what a first visit opens on
import bareSno from './bare-sno.yaml?raw'
import compact from './compact-3node.yaml?raw'
import seedExample from './seed-example.yaml?raw'
import standard from './standard.yaml?raw'

export const SEED_EXAMPLE: string = seedExample

export interface Template {
  id: string
  name: string
  description: string
  text: string
}

export const TEMPLATES: readonly Template[] = [
  {
    id: 'seed',
    name: 'Documentation example (pre-cached SNO)',
    description: 'The factory pre-caching example from the documentation.',
    text: seedExample,
  },
  {
    id: 'bare-sno',
    name: 'Bare single-node cluster',
    description: 'One SNO cluster, DHCP, no overrides.',
    text: bareSno,
  },
  {
    id: 'compact',
    name: '3-node compact cluster',
    description: 'Three masters, static IPs, API and ingress VIPs.',
    text: compact,
  },
  {
    id: 'standard',
    name: 'Standard cluster (3 masters + 2 workers)',
    description: 'Three masters and two workers, static IPs, VIPs.',
    text: standard,
  },
]
