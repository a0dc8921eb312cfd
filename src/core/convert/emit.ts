/**
 * A ClusterInstance's text: 2-space block YAML, strings quoted only where needed (YAML 1.1 rules,
 * so "yes"/"on" stay strings for Kubernetes' reader), the JSON strings in the source's own scalar
 * style (a block `|` when multi-line): their value is copied, never re-serialised.
 */
import { siteConfigModel } from '../site/siteModel.ts'
import { Document, isScalar, Scalar } from 'yaml'
import type { Document as YDocument } from 'yaml'
import type { Path } from '../document/path.ts'
import { placeComment } from './comments.ts'
import type { SourceComment } from './comments.ts'
import { targetPath } from './commentPaths.ts'
import type { Note } from './types.ts'
import type { Obj } from './values.ts'
import { list } from './values.ts'

const CLUSTER_JSON = ['installConfigOverrides', 'ignitionConfigOverride']
const NODE_JSON = ['installerArgs', 'ignitionConfigOverride']

/** [target path, source path] of each JSON string of cluster c */
function jsonPlaces(ci: Obj, c: number): Array<[Path, Path]> {
  const src = siteConfigModel.cluster(c)
  const out: Array<[Path, Path]> = CLUSTER_JSON.map((f) => [
    ['spec', f],
    [...src, f],
  ])
  list((ci.spec as Obj).nodes).forEach((_, n) => {
    for (const f of NODE_JSON)
      out.push([
        ['spec', 'nodes', n, f],
        [...src, 'nodes', n, f],
      ])
  })
  return out
}

function keepJsonStyles(doc: YDocument, source: YDocument | undefined, ci: Obj, c: number) {
  for (const [to, from] of jsonPlaces(ci, c)) {
    const node = doc.getIn(to, true)
    if (!isScalar(node) || typeof node.value !== 'string') continue
    const was = source?.getIn(from, true)
    node.type = node.value.includes('\n')
      ? Scalar.BLOCK_LITERAL
      : isScalar(was) && was.type !== Scalar.BLOCK_FOLDED && was.type !== Scalar.BLOCK_LITERAL
        ? was.type
        : Scalar.QUOTE_SINGLE
  }
}

export interface EmitInput {
  ci: Obj
  cluster: number
  notes: Note[]
  notesAsComments: boolean
  /** the SiteConfig document read with `yaml` (for styles) and, with -c, its comments */
  source?: { doc: YDocument; comments: readonly SourceComment[] }
  copyComments: boolean
}

const commentBlock = (title: string, lines: string[]) =>
  lines.length ? [`# ${title}`, ...lines.map((l) => `# ${l}`), '#'].join('\n') + '\n' : ''

/** -c: each comment on its field; those with no field here go to a header, in source order */
function carryComments(doc: YDocument, comments: readonly SourceComment[], c: number): string[] {
  const header: string[] = []
  for (const k of comments) {
    const to = targetPath(k.path, c)
    if (to === 'other') continue
    if (to && placeComment(doc, to, k.at, k.text)) continue
    for (const line of k.text.split('\n')) if (line.trim()) header.push(line.trim())
  }
  return header
}

export function emitClusterInstance(o: EmitInput): string {
  const doc = new Document(o.ci, { version: '1.1' })
  if (o.source) keepJsonStyles(doc, o.source.doc, o.ci, o.cluster)
  const header = o.copyComments && o.source ? carryComments(doc, o.source.comments, o.cluster) : []
  const body = doc.toString({ indent: 2, indentSeq: true, lineWidth: 0, minContentWidth: 0 })
  const warnings = o.notesAsComments ? o.notes.map((n) => '- ' + n.message.text) : []
  // upstream's layout: comments header, then the warnings header, then the document
  return (
    '---\n' +
    commentBlock('Comments from original SiteConfig:', header) +
    commentBlock('Conversion Warnings:', warnings) +
    body
  )
}
