/** The field table of a document kind: the top, a cluster and a node (forms, schema, key rules). */
import type { DocKind } from '../site/siteModel.ts'
import type { FieldDef } from './fieldTypes.ts'
import { CLUSTER_FIELDS, NODE_FIELDS, SITE_FIELDS } from './fields.ts'
import { CI_CLUSTER_FIELDS, CI_NODE_FIELDS, CI_SITE_FIELDS } from './ciFields.ts'

export interface FieldTable {
  readonly site: readonly FieldDef[]
  readonly cluster: readonly FieldDef[]
  readonly node: readonly FieldDef[]
}

const TABLES: Record<DocKind, FieldTable> = {
  SiteConfig: { site: SITE_FIELDS, cluster: CLUSTER_FIELDS, node: NODE_FIELDS },
  ClusterInstance: { site: CI_SITE_FIELDS, cluster: CI_CLUSTER_FIELDS, node: CI_NODE_FIELDS },
}

export const fieldTable = (kind: DocKind): FieldTable => TABLES[kind]
