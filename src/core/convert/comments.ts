/**
 * -c: the SiteConfig's comments with the paths they sit at (read with the `yaml` Document), each
 * put back on the matching field of the matching node or cluster, in source order. Upstream
 * matched bare key names, so every node's comments piled up above node 0.
 */
import { isMap, isScalar, isSeq, Scalar } from 'yaml'
import type { Document, Node as YNode } from 'yaml'
import type { Path, PathSegment } from '../document/path.ts'

export interface SourceComment {
  path: Path
  /** before the field (or list item); line: after its scalar value; foot: after a list's end */
  at: 'before' | 'line' | 'foot'
  text: string
}

const lineOf = (src: string, offset: number) =>
  src.slice(
    src.lastIndexOf('\n', offset - 1) + 1,
    (src.indexOf('\n', offset) + 1 || src.length + 1) - 1,
  )

/** every comment in `doc` (parsed from `src`) with its place, in source order */
export function readComments(doc: Document, src: string): SourceComment[] {
  const out: SourceComment[] = []
  const add = (path: Path, at: SourceComment['at'], text: string | null | undefined) => {
    if (text) out.push({ path, at, text })
  }
  const walk = (node: unknown, p: Path, keyOffset?: number, skipBefore = false) => {
    if (!isMap(node) && !isSeq(node)) return
    const first: PathSegment | undefined = isMap(node)
      ? ((node.items[0]?.key as Scalar | undefined)?.value as string)
      : 0
    // `key: # c` and a comment above the first child both land here: the key's line tells them apart
    const c = skipBefore ? undefined : node.commentBefore
    if (c && keyOffset !== undefined && lineOf(src, keyOffset).includes('#' + c.split('\n')[0]))
      add(p, 'before', c)
    else if (c && first !== undefined) add([...p, first], 'before', c)
    if (isMap(node))
      for (const pair of node.items) {
        const key = pair.key as Scalar
        const kp = [...p, String(key.value)]
        add(kp, 'before', key.commentBefore)
        const v = pair.value as YNode | null
        if (isScalar(v)) {
          add(kp, 'before', v.commentBefore)
          add(kp, 'line', v.comment)
        } else walk(v, kp, key.range?.[0])
      }
    else
      node.items.forEach((item, i) => {
        if (isScalar(item)) {
          if (i > 0) add([...p, i], 'before', item.commentBefore)
          add([...p, i], 'line', item.comment)
        } else {
          add([...p, i], 'before', (item as YNode).commentBefore)
          walk(item, [...p, i], undefined, true)
        }
      })
    add(p, 'foot', node.comment)
  }
  add([], 'before', doc.commentBefore)
  walk(doc.contents, [])
  add([], 'foot', doc.comment)
  return out
}

const appendTo = (old: string | null | undefined, text: string) => (old ? old + '\n' + text : text)

/** puts a comment on `path` of the output document; false when the path is not there */
export function placeComment(
  doc: Document,
  path: Path,
  at: SourceComment['at'],
  text: string,
): boolean {
  if (path.length === 0) return false
  const parent = doc.getIn(path.slice(0, -1), true)
  const last = path[path.length - 1]
  if (isSeq(parent) && typeof last === 'number') {
    const item = parent.items[last] as YNode | undefined
    if (!item) return false
    if (at === 'line' && isScalar(item)) item.comment = appendTo(item.comment, text)
    else if (at === 'foot' && (isMap(item) || isSeq(item)))
      item.comment = appendTo(item.comment, text)
    else item.commentBefore = appendTo(item.commentBefore, text)
    return true
  }
  if (!isMap(parent)) return false
  const pair = parent.items.find((x) => (isScalar(x.key) ? x.key.value : x.key) === last)
  if (!pair) return false
  const v = pair.value as YNode
  if (at === 'line' && isScalar(v)) v.comment = appendTo(v.comment, text)
  else if (at === 'foot' && (isMap(v) || isSeq(v))) v.comment = appendTo(v.comment, text)
  else {
    const key = isScalar(pair.key) ? pair.key : new Scalar(pair.key)
    key.commentBefore = appendTo(key.commentBefore, text)
    pair.key = key
  }
  return true
}
