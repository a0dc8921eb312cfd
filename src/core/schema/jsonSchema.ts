/**
 * A JSON Schema (draft-07) for SiteConfig v1 and v2, generated from the same field table as the
 * forms, so editors that speak JSON Schema (VS Code's YAML extension, monaco-yaml) get the same
 * fields, enums and help. Unknown keys are flagged (additionalProperties: false), as the editor
 * does: the generator would silently ignore them.
 */
import type { FieldDef } from './fieldTypes.ts'
import { CLUSTER_FIELDS, NODE_FIELDS, SITE_FIELDS } from './fields.ts'
import { CI_CLUSTER_FIELDS, CI_NODE_FIELDS, CI_SITE_FIELDS } from './ciFields.ts'
import { clusterInstanceModel, siteConfigModel } from '../site/siteModel.ts'

type Schema = Record<string, unknown>

/** The key of `spec` that holds the clusters, as the site model says. */
const CLUSTERS_KEY = String(siteConfigModel.clusters.at(-1))

function describe(d: FieldDef): string {
  return [
    d.label + '.',
    d.help,
    d.defaultValue ? `Default: ${d.defaultValue}.` : '',
    d.deprecated ? `Deprecated: ${d.deprecated}` : '',
    d.v2Only ? 'Only rendered with apiVersion ran.openshift.io/v2.' : '',
  ]
    .filter(Boolean)
    .join(' ')
}

function object(fields: readonly FieldDef[], extra: Schema = {}): Schema {
  return {
    type: 'object',
    properties: { ...Object.fromEntries(fields.map((f) => [f.key, field(f)])), ...extra },
    required: fields.filter((f) => f.required).map((f) => f.key),
    additionalProperties: false,
  }
}

const limits = (d: FieldDef): Schema => (d.maxItems ? { maxItems: d.maxItems } : {})

function field(d: FieldDef): Schema {
  const base: Schema = { description: describe(d), ...(d.deprecated ? { deprecated: true } : {}) }
  switch (d.kind) {
    case 'text':
    case 'multiline':
      return { ...base, type: 'string', ...(d.pattern ? { pattern: d.pattern } : {}) }
    case 'enum':
      return { ...base, type: 'string', enum: d.options }
    case 'bool':
      return { ...base, type: 'boolean' }
    case 'int':
      return { ...base, type: 'integer' }
    case 'strings':
      return { ...base, type: 'array', items: { type: 'string' }, ...limits(d) }
    case 'objects':
      return { ...base, type: 'array', items: object(d.fields ?? []), ...limits(d) }
    case 'map':
      return { ...base, type: 'object', additionalProperties: { type: 'string' } }
    case 'group':
      return { ...base, ...object(d.fields ?? []) }
    case 'json':
    case 'args':
      return { ...base, type: 'string', contentMediaType: 'application/json' }
    case 'yaml':
      return base
  }
}

export function siteConfigSchema(): Schema {
  const node = object(NODE_FIELDS)
  const cluster = object(CLUSTER_FIELDS, {
    nodes: { description: 'The hosts of this cluster.', type: 'array', items: node },
  })
  const spec = SITE_FIELDS.find((f) => f.key === 'spec')!
  const site = object(SITE_FIELDS)
  const props = site.properties as Schema
  props.kind = { ...(props.kind as Schema), const: 'SiteConfig' }
  props.spec = {
    ...field(spec),
    ...object(spec.fields ?? [], {
      [CLUSTERS_KEY]: {
        description: 'The clusters of this site.',
        type: 'array',
        minItems: 1,
        items: cluster,
      },
    }),
  }
  ;(props.spec as { required: string[] }).required.push(CLUSTERS_KEY)
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'siteconfig.schema.json',
    title: 'GitOps ZTP SiteConfig (ran.openshift.io/v1, v2)',
    ...site,
  }
}

/** The key of `spec` that holds a ClusterInstance's nodes, as the site model says. */
const CI_NODES_KEY = String(clusterInstanceModel.nodes(0).at(-1))

/** ClusterInstance (siteconfig.open-cluster-management.io/v1alpha1), from its field table. */
export function clusterInstanceSchema(): Schema {
  const node = object(CI_NODE_FIELDS)
  const spec = object(CI_CLUSTER_FIELDS, {
    [CI_NODES_KEY]: { description: 'The hosts of this cluster.', type: 'array', items: node },
  })
  ;(spec.required as string[]).push(CI_NODES_KEY)
  const top = object(CI_SITE_FIELDS, {
    spec: { description: 'The cluster: one ClusterInstance describes one cluster.', ...spec },
  })
  const props = top.properties as Schema
  props.kind = { ...(props.kind as Schema), const: 'ClusterInstance' }
  ;(top.required as string[]).push('spec')
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'clusterinstance.schema.json',
    title: 'ClusterInstance (siteconfig.open-cluster-management.io/v1alpha1)',
    ...top,
  }
}

/**
 * One schema for the YAML pane that follows the document's kind: ClusterInstance's when `kind`
 * says so, else SiteConfig's (draft-07 if/then/else, which the YAML language server reads).
 */
export function editorSchema(): Schema {
  const { $schema: _a, $id: _b, title: _c, ...sc } = siteConfigSchema()
  const { $schema: _d, $id: _e, title: _f, ...ci } = clusterInstanceSchema()
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    if: { properties: { kind: { const: 'ClusterInstance' } }, required: ['kind'] },
    then: ci,
    else: sc,
  }
}
