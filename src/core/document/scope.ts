/** The part of a SiteConfig a thing belongs to: the site, a cluster, or a node of a cluster. */
export type Scope =
  | { kind: 'site' }
  | { kind: 'cluster'; cluster: number }
  | { kind: 'node'; cluster: number; node: number }
