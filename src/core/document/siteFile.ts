/**
 * A SiteConfig file as the app holds it: the text is the truth; each YAML document's plain-object
 * view comes from js-yaml (the fast reader). Files may hold several documents (a leading
 * Namespace, say); the first SiteConfig one is what forms and commands work on.
 */
import jsyaml from 'js-yaml'
import { checkInput, expandedBytes, MAX_EXPANDED_BYTES } from './guard.ts'
import { lineCol } from '../yaml/lines.ts'
import type { ScalarStyle } from '../yaml/scalar.ts'
import type { DocKind, SiteModel } from '../site/siteModel.ts'
import { docKind, modelOf, readAs } from '../site/siteModel.ts'

export interface YamlProblem {
  message: string
  offset: number
  line: number
  column: number
}

export interface YamlDoc {
  /** offsets of the document's text, including its `---` marker line */
  start: number
  end: number
  data: unknown
  error?: YamlProblem
}

export interface SiteFile {
  readonly text: string
  readonly docs: readonly YamlDoc[]
  /** index of the SiteConfig document in `docs` (NO_SITE_DOC when there is none) */
  readonly site: number
  /** a problem that stopped reading altogether (size, binary, nesting) */
  readonly fatal?: YamlProblem
  /**
   * The one text replacement that made this file from `base`, when an edit made it: lets an
   * editor view apply the same small change instead of comparing two large texts.
   */
  readonly edit?: TextChange
  /**
   * `text` as head + middle + tail, head and tail slices of an older text (`base`): an edit inside
   * the middle reuses them instead of slicing `text` (which copies all of it when it was spliced),
   * and a worker that holds `base` can be sent just the middle.
   */
  readonly pieces?: TextPieces
  /** where that edit wrote one scalar: writing the same path again starts from there */
  readonly scalarWrite?: ScalarWrite
}

export interface TextPieces {
  readonly base: string
  readonly head: string
  readonly middle: string
  readonly tail: string
}

/**
 * The place and style of the scalar an edit wrote (typing in one field writes the same path at
 * every keystroke): the next write there skips the lookup. Only good for the text it names.
 */
export interface ScalarWrite {
  readonly text: string
  /** the path's segments joined by PATH_KEY_SEPARATOR */
  readonly path: string
  readonly from: number
  readonly to: number
  readonly style: ScalarStyle
  /** column of the key or dash that owns the scalar */
  readonly col: number
}

export interface TextChange {
  base: string
  from: number
  to: number
  insert: string
}

/** SiteFile.site of a file without any document to edit. */
export const NO_SITE_DOC = -1

/** Offsets where documents start (each `---` marker at column 0 opens one). */
export function splitDocuments(text: string): Array<[number, number]> {
  const starts = [0]
  const re = /^---(?=[ \t\r\n]|$)/gm
  for (let m = re.exec(text); m; m = re.exec(text)) if (m.index > 0) starts.push(m.index)
  return starts.map((s, i) => [s, starts[i + 1] ?? text.length])
}

function problemAt(text: string, offset: number, message: string): YamlProblem {
  return { message, offset, ...lineCol(text, offset) }
}

function loadDoc(text: string, start: number, end: number): YamlDoc {
  const src = text.slice(start, end)
  try {
    const data = jsyaml.load(src, { schema: jsyaml.CORE_SCHEMA })
    // without a `*` there is no alias, and alias-free data never measures more than its text
    const size = src.includes('*') ? expandedBytes(data, MAX_EXPANDED_BYTES) : 0
    if (size > MAX_EXPANDED_BYTES) {
      // the first anchor: an `&` that starts a token, not one inside a word or URL
      const m = /(^|[\s[{,])&[^\s[\]{},]/.exec(src)
      const anchor = m ? m.index + (m[1] ?? '').length : 0
      const mb = MAX_EXPANDED_BYTES / 1024 / 1024
      const msg =
        size === Infinity
          ? 'an alias refers to its own anchor (a cycle): the generator refuses it, and no view could show it'
          : `aliases expand to more than ${mb} MB of data (an alias bomb?); SiteConfig Studio reads documents up to that size`
      return { start, end, data: undefined, error: problemAt(text, start + anchor, msg) }
    }
    return { start, end, data }
  } catch (e) {
    if (e instanceof jsyaml.YAMLException) {
      const pos = start + Math.min(e.mark?.position ?? 0, src.length)
      return { start, end, data: undefined, error: problemAt(text, pos, e.reason || e.message) }
    }
    const msg = e instanceof RangeError ? 'nesting too deep for the parser' : String(e)
    return { start, end, data: undefined, error: problemAt(text, start, msg) }
  }
}

const isContentLine = (l: string) => {
  const t = l.trim()
  return t !== '' && !t.startsWith('#') && !/^(---|\.\.\.)(\s|$)/.test(t) && !t.startsWith('%')
}

/** Line by line up to the first content line: splitting a 4 MB document made 66,000 strings. */
function hasContent(src: string): boolean {
  for (let at = 0; at <= src.length;) {
    const nl = src.indexOf('\n', at)
    const end = nl < 0 ? src.length : nl
    if (isContentLine(src.slice(at, end))) return true
    at = end + 1
  }
  return /^---[ \t]+[^#\s]/m.test(src)
}

/** A document the editor edits: a SiteConfig or a ClusterInstance. */
export const isSiteDocument = (data: unknown): boolean => docKind(data) !== undefined

/** The kind the file's edited document is read as (see readAs). */
export const fileKind = (file: SiteFile): DocKind => readAs(file.docs[file.site]?.data)

/** The site model of the file's edited YAML document (see readAs). */
export const fileModel = (file: SiteFile): SiteModel => modelOf(file.docs[file.site]?.data)

export function readSiteFile(text: string): SiteFile {
  const bad = checkInput(text)
  if (bad) {
    const fatal = problemAt(text, bad.offset ?? 0, bad.message)
    if (bad.offset === undefined) fatal.line = fatal.column = 0
    return { text, docs: [], site: NO_SITE_DOC, fatal }
  }
  const docs = splitDocuments(text)
    .map(([s, e]) => loadDoc(text, s, e))
    // comment-only text before the first '---' (or between markers) is not a document
    .filter((d) => d.error || hasContent(text.slice(d.start, d.end)))
  // findIndex's -1 is NO_SITE_DOC
  let site = docs.findIndex((d) => isSiteDocument(d.data))
  if (site === NO_SITE_DOC) site = docs.findIndex((d) => d.data !== undefined || d.error)
  return { text, docs, site }
}

/** The plain-object view of the SiteConfig (its first SiteConfig document) */
export function siteData(file: SiteFile): Record<string, unknown> | undefined {
  const d = file.docs[file.site]?.data
  return d !== null && typeof d === 'object' && !Array.isArray(d)
    ? (d as Record<string, unknown>)
    : undefined
}

/** The first YAML syntax problem of the file, if any. */
export function syntaxProblem(file: SiteFile): YamlProblem | undefined {
  return file.fatal ?? file.docs.find((d) => d.error)?.error
}
