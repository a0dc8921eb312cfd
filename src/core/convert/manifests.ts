/**
 * The extra-manifest plan of one cluster: the files its extraManifests.searchPaths (else its
 * extraManifestPath) hold, read through the repository's guards, each with the ZTP annotation
 * added as upstream adds it, filtered like the generator. Go templates cannot be rendered here.
 */
import { Document, isMap, parse, parseAllDocuments, Scalar, visit } from 'yaml'
import type { Path } from '../document/path.ts'
import type { RepoFiles } from '../validate/repo.ts'
import { applyFilter } from './filter.ts'
import { manifestNotes } from './manifestNotes.ts'
import type { ManifestFile, Note } from './types.ts'
import type { Obj } from './values.ts'
import { list, obj, str } from './values.ts'

const ZTP_ANNOTATION = 'ran.openshift.io/ztp-gitops-generated'

/** the manifest with the annotation, re-written as upstream's yaml.v3 writes it (sorted, 4 spaces) */
export function annotate(text: string): string | undefined {
  try {
    return annotated(text)
  } catch {
    // an alias bomb or a value the writer refuses: left out, with a note
    return undefined
  }
}

function annotated(text: string): string | undefined {
  const docs = parseAllDocuments(text)
  if (!Array.isArray(docs) || docs.some((d) => d.errors.length || !isMap(d.contents)))
    return undefined
  return docs
    .map((d) => {
      const data = d.toJS({ maxAliasCount: 100 }) as Obj
      const metadata = obj(data.metadata)
      data.metadata = {
        ...metadata,
        annotations: { ...obj(metadata.annotations), [ZTP_ANNOTATION]: '{}' },
      }
      const out = new Document(data, { version: '1.1', sortMapEntries: true })
      // yaml.v3 double-quotes a string that reads as another type ("1", "y"), else single-quotes
      visit(out, {
        Scalar: (_, n) => {
          if (typeof n.value === 'string' && looksTyped(n.value)) n.type = Scalar.QUOTE_DOUBLE
        },
      })
      return out.toString({ indent: 4, indentSeq: true, lineWidth: 0, singleQuote: true })
    })
    .map((t, i) => (i ? '---\n' + t : t))
    .join('')
}

const scalarTyped = (r: unknown) => r === null || typeof r === 'number' || typeof r === 'boolean'
const parsed = (v: string, version: '1.1' | '1.2') => {
  try {
    return parse(v, { version })
  } catch {
    return undefined
  }
}
const looksTyped = (v: string) => scalarTyped(parsed(v, '1.1')) || scalarTyped(parsed(v, '1.2'))

const join = (dir: string, name: string) => (dir.endsWith('/') ? dir + name : `${dir}/${name}`)

interface Collected {
  files: ManifestFile[]
  notes: Note[]
}

function collectDir(repo: RepoFiles, dir: string, p: Path, into: Collected, noOverwrite: boolean) {
  const names = repo.list(dir)
  // a path that names a file is that file (upstream's GetFiles)
  const entries = Array.isArray(names) ? names.sort() : null
  const paths = entries ? entries.map((n) => join(dir, n)) : [dir]
  for (const path of paths) {
    const name = path.split('/').pop() as string
    if (!name || name.startsWith('.') || name === 'workload') continue
    if (name.endsWith('.tmpl')) {
      into.notes.push(manifestNotes.template(path, p))
      continue
    }
    const text = repo.read(path)
    if (typeof text !== 'string') {
      // a sub-directory is skipped, as upstream skips it
      if (entries && /directory/.test(text.reason)) continue
      into.notes.push(manifestNotes.unreadable(path, text.reason, p))
      continue
    }
    if (text.length === 0) continue
    const i = into.files.findIndex((f) => f.name === name)
    if (noOverwrite && i >= 0) {
      into.notes.push(manifestNotes.overwrite(name, p))
      continue
    }
    const annotated = annotate(text)
    if (annotated === undefined) {
      into.notes.push(manifestNotes.notYaml(path, p))
      continue
    }
    const file = { name, source: path, text: annotated }
    if (i >= 0) into.files[i] = file
    else into.files.push(file)
  }
}

export function collectManifests(cl: Obj, p: Path, repo: RepoFiles | undefined): Collected {
  const into: Collected = { files: [], notes: [] }
  const em = obj(cl.extraManifests)
  const searchPaths = Array.isArray(em.searchPaths) ? list(em.searchPaths).map(str) : undefined
  const extraPath = str(cl.extraManifestPath)
  const wanted: Array<[string, Path, boolean]> = searchPaths
    ? searchPaths.map((s, i) => [s, [...p, 'extraManifests', 'searchPaths', i], false])
    : extraPath
      ? [[extraPath, [...p, 'extraManifestPath'], true]]
      : []
  if (!searchPaths) into.notes.push(manifestNotes.builtin([...p, 'extraManifests']))
  for (const [dir, at, noOverwrite] of wanted) {
    if (!repo) into.notes.push(manifestNotes.noRepo(dir, at))
    else collectDir(repo, dir, at, into, noOverwrite)
  }
  // without the files, a filter has nothing to name: its errors would be false
  if (!repo) return into
  const filtered = applyFilter(into.files, em.filter === undefined ? undefined : obj(em.filter), [
    ...p,
    'extraManifests',
    'filter',
  ])
  if (Array.isArray(filtered)) into.files = filtered
  else into.notes.push(filtered)
  return into
}
