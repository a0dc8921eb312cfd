/**
 * What a kustomization.yaml lists: the files and directories its generators, resources,
 * components, patches and configMap/secret generators name, each with its line. Read with the
 * `yaml` package (its ranges give the lines; these files are small).
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml'
import type { Node } from 'yaml'
import type { KustomizationFacts, KustomizeEntry, KustomizeField, Place } from './types.ts'

const LIST_FIELDS: readonly KustomizeField[] = [
  'generators',
  'resources',
  'components',
  'patchesStrategicMerge',
]

/** a remote base (git URL, https, a `?ref=`) is not in this repository: nothing to check */
export const isRemote = (v: string): boolean =>
  /^[a-z][a-z0-9+.-]*:\/\//i.test(v) ||
  /^(git@|github\.com\/|gitlab\.com\/)/.test(v) ||
  v.includes('?ref=')

export function readKustomization(file: string, text: string): KustomizationFacts {
  const lines = new LineCounter()
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: false })
  const at = (node: Node | null | undefined, path: string): Place => {
    const p = lines.linePos(node?.range?.[0] ?? 0)
    return { file, line: p.line, column: p.col, path }
  }
  if (doc.errors.length) {
    const e = doc.errors[0]!
    const p = e.linePos?.[0] ?? { line: 1, col: 1 }
    return {
      file,
      entries: [],
      error: { message: e.message.split('\n')[0]!, line: p.line, column: p.col },
    }
  }
  const root = doc.contents
  if (root === null) return { file, entries: [] }
  if (!isMap(root))
    return { file, entries: [], error: { message: 'not a mapping', line: 1, column: 1 } }
  const entries: KustomizeEntry[] = []
  const push = (
    field: KustomizeField,
    node: Node | null | undefined,
    path: string,
    strip = false,
  ) => {
    if (!isScalar(node) || typeof node.value !== 'string' || node.value === '') return
    // configMapGenerator files may be `key=path`
    const value =
      strip && node.value.includes('=') ? node.value.slice(node.value.indexOf('=') + 1) : node.value
    entries.push({ field, value, place: at(node, path) })
  }
  for (const pair of root.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : ''
    const value = pair.value as Node | null
    if ((LIST_FIELDS as readonly string[]).includes(key) && isSeq(value))
      value.items.forEach((n, i) => push(key as KustomizeField, n as Node, `${key}.${i}`))
    else if (key === 'patches' && isSeq(value))
      value.items.forEach((n, i) => {
        if (isMap(n)) push('patches', n.get('path', true) as Node, `patches.${i}.path`)
      })
    else if ((key === 'configMapGenerator' || key === 'secretGenerator') && isSeq(value))
      value.items.forEach((g, i) => {
        if (!isMap(g)) return
        const files = g.get('files', true)
        if (isSeq(files))
          files.items.forEach((n, j) => push('files', n as Node, `${key}.${i}.files.${j}`, true))
      })
  }
  return { file, entries }
}
