/** site- rules on the files a SiteConfig names; they run only where the repository can be read (CLI). */
import { CORE_SCHEMA, loadAll } from 'js-yaml'
import type { Path } from '../../document/path.ts'
import { CLUSTER_FIELDS, NODE_FIELDS, SITE_FIELDS } from '../../schema/fields.ts'
import { NODE_KINDS } from '../../schema/kinds.ts'
import { asRecord, clustersOf, name, nodesIn, show, where } from '../context.ts'
import type { Check, RuleContext } from '../context.ts'
import { SYNC_WAVE } from '../repo.ts'
import type { Refusal, RepoFiles } from '../repo.ts'
import {
  siteBiosConfigFile,
  siteCrTemplateFile,
  siteCrTemplatePlaceholder,
  siteCrTemplateRename,
  siteFileOutsideRepo,
  siteFileUnreadable,
} from './site.ts'
import { msg } from '../../messages/message.ts'
import type { Message } from '../../messages/message.ts'

// a path from the file, cut so that a hostile one cannot flood the output
// the path as the file wrote it, cut like every value a finding quotes
export const quoted = (rel: string) => JSON.stringify(show(rel))

/**
 * A refusal as a message for the field's own rule (missing), or reported here on its own rule
 * (outside the repository, unreadable) and then undefined: the caller has nothing to judge.
 */
export function refusal(ctx: RuleContext, r: Refusal, rel: string, at: Path): Message | undefined {
  if (r.refused === 'missing')
    return msg('{{file}}: {{reason}}', { file: quoted(rel), reason: r.reason })
  const p = { where: where(at), file: quoted(rel), reason: r.reason }
  ctx.report(
    r.refused === 'outside' ? siteFileOutsideRepo : siteFileUnreadable,
    at,
    r.refused === 'outside'
      ? msg('{{where}}: {{file}} {{reason}}; only files inside the repository are read', p)
      : msg('{{where}}: {{file}} {{reason}}', p),
  )
  return undefined
}

/** The YAML documents of a named file, a message for the field's rule, or undefined (reported). */
function readYaml(
  ctx: RuleContext,
  repo: RepoFiles,
  rel: string,
  at: Path,
): unknown[] | Message | undefined {
  const text = repo.read(rel)
  if (typeof text !== 'string') return refusal(ctx, text, rel, at)
  try {
    return loadAll(text, undefined, { schema: CORE_SCHEMA }).filter((d) => d != null)
  } catch (e) {
    return msg('could not parse {{file}} as YAML: {{error}}', {
      file: quoted(rel),
      error: String((e as Error).message.split('\n')[0]),
    })
  }
}

const FIELDS = { Site: SITE_FIELDS, Cluster: CLUSTER_FIELDS, Node: NODE_FIELDS }
const PLACEHOLDER = /\{\{\s*([^}]*?)\s*\}\}/

/** String values with a `{{ … }}` that the generator cannot translate. */
function badPlaceholders(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') {
    const m = PLACEHOLDER.exec(v)
    if (!m) return out
    const key = m[1] as string
    const pm = /^\.(Site|Cluster|Node)\.([A-Za-z]\w*)/.exec(key)
    const fields = pm ? FIELDS[pm[1] as keyof typeof FIELDS] : undefined
    const known = fields?.some((f) => f.key.toLowerCase() === (pm?.[2] ?? '').toLowerCase())
    if (m[0] !== v.trim() || !known) out.push(m[0])
  } else if (Array.isArray(v)) v.forEach((x) => badPlaceholders(x, out))
  else if (v && typeof v === 'object') Object.values(v).forEach((x) => badPlaceholders(x, out))
  return out
}

function templateFile(
  ctx: RuleContext,
  repo: RepoFiles,
  kind: string,
  rel: unknown,
  at: Path,
  names: { name: string; namespace: string },
): void {
  if (typeof rel !== 'string') return
  const err = (problem: Message) =>
    ctx.report(siteCrTemplateFile, at, msg('{{where}}: {{problem}}', { where: where(at), problem }))
  const docs = readYaml(ctx, repo, rel, at)
  if (docs === undefined) return
  if (!Array.isArray(docs)) return err(docs)
  if (docs.length !== 1)
    return err(
      msg('"{{rel}}" must hold exactly one object (found {{length}})', {
        rel,
        length: docs.length,
      }),
    )
  const obj = asRecord(docs[0]) ?? {}
  if (obj.kind !== kind)
    return err(
      msg('Override template kind "{{p}}" in "{{rel}}" does not match expected kind "{{kind}}"', {
        p: String(obj.kind),
        rel,
        kind,
      }),
    )
  const meta = asRecord(obj.metadata)
  if (!meta) return err(msg('Overriden template metadata in "{{rel}}" is not specified!', { rel }))
  const ann = asRecord(meta.annotations)
  if (!ann)
    return err(
      msg('Overriden template metadata annotations in "{{rel}}" is not specified!', { rel }),
    )
  const wave = ann['argocd.argoproj.io/sync-wave']
  if (String(wave) !== SYNC_WAVE[kind])
    err(
      msg(
        'metadata.annotations["argocd.argoproj.io/sync-wave"] in "{{rel}}" is {{p}}; the built-in {{kind}} uses "{{p2}}"',
        { rel, p: JSON.stringify(wave ?? null), kind, p2: String(SYNC_WAVE[kind]) },
      ),
    )
  const bad = badPlaceholders(obj)
  if (bad.length)
    ctx.report(
      siteCrTemplatePlaceholder,
      at,
      msg(
        '{{where}}: Key "{{p}}" in "{{rel}}" could not be translated (placeholders are whole-string values naming a .Site., .Cluster. or .Node. field)',
        { where: where(at), p: String(bad[0]), rel },
      ),
    )
  const expected = (v: unknown, want: string, placeholder: RegExp) =>
    v === undefined || v === want || (typeof v === 'string' && placeholder.test(v))
  const own = NODE_KINDS.includes(kind)
    ? /^\{\{\s*\.Node\.HostName\s*\}\}$/
    : /^\{\{\s*\.Cluster\.ClusterName\s*\}\}$/
  const ns = /^\{\{\s*\.Cluster\.ClusterName\s*\}\}$/
  if (!expected(meta.name, names.name, own) || !expected(meta.namespace, names.namespace, ns))
    ctx.report(
      siteCrTemplateRename,
      at,
      msg(
        '"{{rel}}" renames the {{kind}} ({{p}}/{{p2}}, built-in {{namespace}}/{{name}}); the generator will ignore this override',
        {
          rel,
          kind,
          p: String(meta.namespace ?? ''),
          p2: String(meta.name ?? ''),
          namespace: names.namespace,
          name: names.name,
        },
      ),
    )
}

function templates(
  ctx: RuleContext,
  repo: RepoFiles,
  owner: unknown,
  path: Path,
  names: { name: string; namespace: string },
): void {
  for (const [kind, rel] of Object.entries(asRecord(asRecord(owner)?.crTemplates) ?? {}))
    templateFile(ctx, repo, kind, rel, [...path, 'crTemplates', kind], names)
}

function biosFile(
  ctx: RuleContext,
  repo: RepoFiles,
  owner: Record<string, unknown>,
  path: Path,
): void {
  const rel = asRecord(owner.biosConfigRef)?.filePath
  if (typeof rel !== 'string') return
  const at = [...path, 'biosConfigRef', 'filePath']
  const docs = readYaml(ctx, repo, rel, at)
  if (docs === undefined) return
  const map = Array.isArray(docs) ? asRecord(docs[0]) : undefined
  const flat =
    map &&
    Array.isArray(docs) &&
    docs.length === 1 &&
    Object.values(map).every((v) => v === null || typeof v !== 'object')
  if (!flat)
    ctx.report(
      siteBiosConfigFile,
      at,
      msg('{{where}}: {{problem}}', {
        where: where(at),
        problem: Array.isArray(docs)
          ? msg('"{{rel}}" is not a flat attribute → value map', { rel })
          : docs,
      }),
    )
}

export const siteFileRules: Check = (ctx) => {
  const repo = ctx.repo
  if (!repo) return
  const spec = asRecord(ctx.data.spec) ?? {}
  for (const { cluster, path, c } of clustersOf(ctx.data, ctx.model)) {
    const cn = name(cluster.clusterName, '')
    const names = { name: cn, namespace: cn }
    // site-level files once, judged against the first cluster's names
    if (c === 0) templates(ctx, repo, spec, ['spec'], names)
    templates(ctx, repo, cluster, path, names)
  }
  if (spec.biosConfigRef) biosFile(ctx, repo, spec, ['spec'])
  for (const { cluster, node, path } of nodesIn(ctx)) {
    templates(ctx, repo, node, path, {
      name: name(node.hostName, ''),
      namespace: name(cluster.clusterName, ''),
    })
    biosFile(ctx, repo, node, path)
  }
  for (const { cluster, path } of clustersOf(ctx.data, ctx.model))
    biosFile(ctx, repo, cluster, path)
}
