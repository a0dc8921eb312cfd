/** yaml- rules on keys the generator ignores (unknown, computed, CRD-only) and string-map values. */
import type { Path } from '../../document/path.ts'
import type { FieldDef } from '../../schema/fieldTypes.ts'
import { CLUSTER_FIELDS, NODE_FIELDS, SITE_FIELDS } from '../../schema/fields.ts'
import { CI_CLUSTER_FIELDS, CI_NODE_FIELDS, CI_SITE_FIELDS } from '../../schema/ciFields.ts'
import { asArray, asRecord, clustersOf, nodesIn, where, show } from '../context.ts'
import type { Check, RuleContext } from '../context.ts'
import { siteConfigModel as site } from '../../site/siteModel.ts'
import { nearestKey } from '../nearestKey.ts'
import { yamlComputedKey, yamlCrdOnlyKey, yamlStringMapValue, yamlUnknownKey } from './yaml.ts'
import { msg } from '../../messages/message.ts'
import type { Message } from '../../messages/message.ts'

const COMPUTED = [
  'clusterType',
  'numMasters',
  'numWorkers',
  'extraManifestOnly',
  'manifestsConfigMapRefs',
]
const CRD_ONLY: Record<string, Message> = {
  baseDomain: msg('every cluster uses spec.baseDomain'),
  manifestsConfigMap: msg('the generator does not read it'),
  hardwareProfile: msg('the generator does not read it'),
}
/** Each field list's defs by key (the first def of a key, as `find` gives it): walked per object. */
const defsByKey = new WeakMap<readonly FieldDef[], Map<string, FieldDef>>()
function defOf(defs: readonly FieldDef[], key: string): FieldDef | undefined {
  let byKey = defsByKey.get(defs)
  if (!byKey) {
    byKey = new Map()
    for (const d of defs) if (!byKey.has(d.key)) byKey.set(d.key, d)
    defsByKey.set(defs, byKey)
  }
  return byKey.get(key)
}

// walks every key of 1,000 nodes: paths and the known keys are built only where they are used
function walk(
  ctx: RuleContext,
  value: unknown,
  defs: readonly FieldDef[],
  path: Path,
  also: readonly string[],
  level: string,
) {
  const obj = asRecord(value)
  if (!obj) return
  for (const key of Object.keys(obj)) {
    const def = defOf(defs, key)
    if (def) {
      // kinds under extraLabels/extraAnnotations are ci-enum's to judge, their keys free
      if (!def.fields || BY_KIND.has(key)) continue
      const p = [...path, key]
      // the site's clusters are walked one by one below
      const inner = level === 'site' && key === 'spec' ? site.structureKeys : []
      if (def.kind === 'group') walk(ctx, obj[key], def.fields, p, inner, level)
      if (def.kind === 'objects')
        asArray(obj[key]).forEach((item, i) => walk(ctx, item, def.fields!, [...p, i], [], level))
      continue
    }
    if (also.includes(key) || key === '<<') continue // a merge key: yaml-merge-key reports it
    const p = [...path, key]
    const sc = ctx.kind === 'SiteConfig'
    if (sc && level !== 'site' && COMPUTED.includes(key)) {
      ctx.report(
        yamlComputedKey,
        p,
        msg(
          '{{where}} is computed by the generator (from the node roles); the value here is ignored',
          { where: where(p) },
        ),
      )
      continue
    }
    if (sc && CRD_ONLY[key] && level !== 'site' && path.length > 2) {
      ctx.report(
        yamlCrdOnlyKey,
        p,
        msg('{{where}} is ignored: {{why}}', { where: where(p), why: CRD_ONLY[key] }),
      )
      continue
    }
    const near = nearestKey(key, [...defs.map((d) => d.key), ...also])
    const free = near !== undefined && !(near in obj)
    ctx.report(
      yamlUnknownKey,
      p,
      ctx.kind === 'ClusterInstance'
        ? crdUnknown(key, path, near)
        : near
          ? msg(
              'Unknown key "{{key}}" at {{where}} is ignored by the generator; did you mean "{{near}}"?',
              { key: show(key), where: where(path) || msg('the top level'), near: show(near) },
            )
          : msg('Unknown key "{{key}}" at {{where}} is ignored by the generator', {
              key: show(key),
              where: where(path) || msg('the top level'),
            }),
      undefined,
      near && free
        ? { title: `Rename to ${near}`, op: 'rename-key', path: p, to: near }
        : undefined,
    )
  }
}

const BY_KIND = new Set(['extraLabels', 'extraAnnotations'])

/** A ClusterInstance's unknown key: the CRD's structural schema prunes it on the API server. */
function crdUnknown(key: string, path: Path, near: string | undefined): Message {
  const at = { key: show(key), where: where(path) || msg('the top level') }
  return near
    ? msg(
        'Unknown key "{{key}}" at {{where}} is not in the ClusterInstance CRD: the API server drops it; did you mean "{{near}}"?',
        { ...at, near: show(near) },
      )
    : msg(
        'Unknown key "{{key}}" at {{where}} is not in the ClusterInstance CRD: the API server drops it',
        at,
      )
}

/** ClusterInstance keys the CRD does not know, from its field table (schema/ciFields.ts). */
export const ciKeyRules: Check = (ctx) => {
  walk(ctx, ctx.data, CI_SITE_FIELDS, [], ['spec'], 'site')
  for (const { cluster, path } of clustersOf(ctx.data, ctx.model))
    walk(ctx, cluster, CI_CLUSTER_FIELDS, path, ['nodes'], 'cluster')
  for (const { node, path } of nodesIn(ctx)) walk(ctx, node, CI_NODE_FIELDS, path, [], 'node')
}

function stringMaps(ctx: RuleContext, map: unknown, path: Path) {
  for (const [k, v] of Object.entries(asRecord(map) ?? {})) {
    if (typeof v === 'string' || (v !== null && typeof v === 'object')) continue
    const p = [...path, k]
    const s = v === null ? '' : String(v)
    ctx.report(
      yamlStringMapValue,
      p,
      v === null
        ? msg('{{where}}: empty (null); the value will be the string "{{s}}" — quote it', {
            where: where(p),
            s: show(s),
          })
        : msg(
            '{{where}}: {{value}} is a {{type}}; the value will be the string "{{s}}" — quote it',
            { where: where(p), value: show(v), type: typeof v, s: show(s) },
          ),
      undefined,
      { title: `Quote it ("${show(s)}")`, op: 'set', path: p, value: s },
    )
  }
}

export const keyRules: Check = (ctx) => {
  walk(ctx, ctx.data, SITE_FIELDS, [], [], 'site')
  const spec = asRecord(ctx.data.spec)
  if (spec) stringMaps(ctx, asRecord(ctx.data.metadata)?.labels, ['metadata', 'labels'])
  for (const { cluster, path } of clustersOf(ctx.data, ctx.model)) {
    walk(ctx, cluster, CLUSTER_FIELDS, path, ['nodes'], 'cluster')
    stringMaps(ctx, cluster.clusterLabels, [...path, 'clusterLabels'])
    stringMaps(ctx, asRecord(cluster.siteConfigMap)?.data, [...path, 'siteConfigMap', 'data'])
  }
  for (const { node, path } of nodesIn(ctx)) {
    walk(ctx, node, NODE_FIELDS, path, [], 'node')
    stringMaps(ctx, node.nodeLabels, [...path, 'nodeLabels'])
  }
}

/** ClusterInstance's string maps: labels, and extraLabels / extraAnnotations by kind at both levels */
export const ciStringMapRules: Check = (ctx) => {
  stringMaps(ctx, asRecord(ctx.data.metadata)?.labels, ['metadata', 'labels'])
  const byKind = (owner: Record<string, unknown>, path: Path) => {
    for (const key of ['extraLabels', 'extraAnnotations'])
      for (const [kind, map] of Object.entries(asRecord(owner[key]) ?? {}))
        stringMaps(ctx, map, [...path, key, kind])
  }
  for (const { cluster, path } of clustersOf(ctx.data, ctx.model)) byKind(cluster, path)
  for (const { node, path } of nodesIn(ctx)) {
    stringMaps(ctx, node.nodeLabels, [...path, 'nodeLabels'])
    byKind(node, path)
  }
}
