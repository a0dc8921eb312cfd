/**
 * Shared machinery of the lossless writer: the edit context, the shape of a planned edit, and the
 * one step that applies a plan (splice the text, patch the data). Planning lives in editPlan.ts,
 * editScalar.ts and edit.ts; nothing here looks at what an edit means.
 */
import { lineStartOf } from '../yaml/lines.ts'
import { locate, rootNode } from '../yaml/outline.ts'
import type { Located, OutlineNode } from '../yaml/outline.ts'
import type { Style } from '../yaml/emit.ts'
import { deleteInData, setInData } from './path.ts'
import type { Path } from './path.ts'
import type { ScalarWrite, SiteFile, TextPieces, YamlDoc } from './siteFile.ts'

export class EditError extends Error {}

export interface EditCtx {
  file: SiteFile
  doc: YamlDoc
  root: OutlineNode
}

export function editCtx(file: SiteFile): EditCtx {
  const doc = file.docs[file.site]
  if (!doc) throw new EditError('the file holds no SiteConfig document to edit')
  if (doc.error)
    throw new EditError(`cannot edit while the YAML does not parse: ${doc.error.message}`)
  let root: OutlineNode | undefined
  // outlined on first use: typing on in the same scalar needs no outline, and reading the new
  // text would make V8 flatten (copy) all of it on every keystroke
  return {
    file,
    doc,
    get root() {
      return (root ??= rootNode(file.text, doc.start, doc.end))
    },
  }
}

export function find(ctx: EditCtx, path: Path): Located {
  return locate(ctx.file.text, ctx.root, path)
}

/** Where the text changes: text[from, to) becomes `insert`, written with LF line breaks. */
export interface TextRange {
  from: number
  to: number
  insert: string
}

/** What an edit does to the site document's data. */
export type DataPatch = { set: Path; value: unknown } | { remove: Path }

/** A planned edit: the text change, the data change, and the scalar it writes (if one). */
export interface Plan extends TextRange {
  data: DataPatch
  wrote?: Omit<ScalarWrite, 'text'>
}

/** The line break at or after `at` (else the last one before it): CRLF or LF. */
function breakNear(text: string, at: number): string {
  let nl = text.indexOf('\n', at)
  if (nl < 0) nl = text.lastIndexOf('\n', at - 1)
  return nl > 0 && text[nl - 1] === '\r' ? '\r\n' : '\n'
}

function patchData(data: unknown, patch: DataPatch): unknown {
  return 'set' in patch ? setInData(data, patch.set, patch.value) : deleteInData(data, patch.remove)
}

/**
 * Carries out a plan: a new SiteFile (the old one is untouched). New lines are built with LF; in
 * CRLF text they get the CRLF of the line break they join (YAML reads both alike), so a CRLF file
 * stays CRLF and removing the lines again restores the bytes.
 */
export function apply(ctx: EditCtx, plan: Plan): SiteFile {
  const { file } = ctx
  const { from, to } = plan
  const insert =
    plan.insert.includes('\n') && breakNear(file.text, to) === '\r\n'
      ? plan.insert.replace(/(?<!\r)\n/g, '\r\n')
      : plan.insert
  const text = rebuild(file, from, to, insert)
  const delta = insert.length - (to - from)
  const data = patchData(ctx.doc.data, plan.data)
  const docs = file.docs.map((d, i) => {
    if (i === file.site) return { ...d, end: d.end + delta, data }
    if (d.start >= to) return { ...d, start: d.start + delta, end: d.end + delta }
    return d
  })
  const out = {
    text: text.text,
    docs,
    site: file.site,
    edit: { base: file.text, from, to, insert },
    pieces: text.pieces,
  }
  return plan.wrote ? { ...out, scalarWrite: { ...plan.wrote, text: text.text } } : out
}

/**
 * text[from, to) replaced by `insert`, kept as head + middle + tail: inside the piece the last edits
 * wrote, the text is rebuilt from the untouched head and tail, so V8 never flattens (copies) a large
 * text per keystroke.
 */
function rebuild(file: SiteFile, from: number, to: number, insert: string) {
  const p = file.pieces
  const pieces: TextPieces =
    p && from >= p.head.length && to <= p.head.length + p.middle.length
      ? {
          ...p,
          middle:
            p.middle.slice(0, from - p.head.length) + insert + p.middle.slice(to - p.head.length),
        }
      : {
          base: file.text,
          head: file.text.slice(0, from),
          middle: insert,
          tail: file.text.slice(to),
        }
  return { text: pieces.head + pieces.middle + pieces.tail, pieces }
}

/** Offset of the start of the line after the one holding `offset` (or the text's end). */
export function nextLineStart(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset)
  return nl < 0 ? text.length : nl + 1
}

/** The range of whole lines from the line of `from` through the line of `to`, with its newline. */
export function wholeLines(text: string, from: number, to: number): [number, number] {
  const a = lineStartOf(text, from)
  const b = nextLineStart(text, to)
  // the last line of a file without a final newline: take the newline before it instead
  if (b === text.length && !text.endsWith('\n') && a > 0)
    return [a > 1 && text[a - 2] === '\r' ? a - 2 : a - 1, b]
  return [a, b]
}

export function isAtLineStart(text: string, offset: number): boolean {
  const ls = lineStartOf(text, offset)
  return text.slice(ls, offset).trim() === ''
}

/** How much of the document the indentation style is read from (its top is enough). */
const STYLE_SAMPLE_CHARS = 20000
const DEFAULT_UNIT = 2

export function detectStyle(ctx: EditCtx, near?: OutlineNode): Style {
  const { start, end } = ctx.doc
  const text = ctx.file.text.slice(start, Math.min(end, start + STYLE_SAMPLE_CHARS))
  const unitM = /^( *)[^\s#-][^\n]*:[ \t]*\r?\n(?:[ \t]*(?:#.*)?\r?\n)*( +)[^\s-]/m.exec(text)
  const unit = unitM
    ? Math.max(1, (unitM[2]?.length ?? DEFAULT_UNIT) - (unitM[1]?.length ?? 0))
    : DEFAULT_UNIT
  let seq: Style['seq'] = 'flush'
  const seqM = /^( *)[^\s#-][^\n]*:[ \t]*\r?\n(?:[ \t]*(?:#.*)?\r?\n)*( *)- /m.exec(text)
  if (seqM) seq = seqM[1]?.length === seqM[2]?.length ? 'flush' : 'indented'
  if (near) {
    // prefer what the surrounding mapping does with its own sequences
    const m = new RegExp(`^${' '.repeat(near.col)}[^\\s#-][^\\n]*:[ \\t]*\\r?\\n( *)- `, 'm').exec(
      ctx.file.text.slice(near.start - near.col, near.end),
    )
    if (m) seq = m[1]?.length === near.col ? 'flush' : 'indented'
  }
  return { unit, seq }
}
