/** Shared machinery of the lossless writer: locating, splicing and style detection. */
import { Composer, Parser } from 'yaml'
import type { Node as YamlNode, Scalar } from 'yaml'
import { lineAt, lineStartOf } from '../yaml/lines.ts'
import { locate, rootNode } from '../yaml/outline.ts'
import type { Located, OutlineNode } from '../yaml/outline.ts'
import type { Style } from '../yaml/emit.ts'
import { renderScalar } from '../yaml/scalar.ts'
import type { ScalarStyle } from '../yaml/scalar.ts'
import type { Path } from './path.ts'
import type { SiteFile, TextPieces, YamlDoc } from './siteFile.ts'

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

/** The line break at or after `at` (else the last one before it): CRLF or LF. */
function breakNear(text: string, at: number): string {
  let nl = text.indexOf('\n', at)
  if (nl < 0) nl = text.lastIndexOf('\n', at - 1)
  return nl > 0 && text.charCodeAt(nl - 1) === 13 ? '\r\n' : '\n'
}

/**
 * Replaces text[from, to) with `insert` and gives the site document its new data. New lines are
 * built with LF; in CRLF text they get the CRLF of the line break they join (YAML reads both
 * alike), so a CRLF file stays CRLF and removing the lines again restores the bytes.
 */
export function splice(
  ctx: EditCtx,
  from: number,
  to: number,
  lfInsert: string,
  data: unknown,
): SiteFile {
  const { file } = ctx
  const insert =
    lfInsert.includes('\n') && breakNear(file.text, to) === '\r\n'
      ? lfInsert.replace(/(?<!\r)\n/g, '\r\n')
      : lfInsert
  const p = file.pieces
  const h = p ? p.head.length : -1
  // inside the piece the last edits wrote: the text is rebuilt from the untouched head and tail,
  // so V8 never flattens (copies) a large text per keystroke
  const pieces: TextPieces =
    p && from >= h && to <= h + p.middle.length
      ? { ...p, middle: p.middle.slice(0, from - h) + insert + p.middle.slice(to - h) }
      : {
          base: file.text,
          head: file.text.slice(0, from),
          middle: insert,
          tail: file.text.slice(to),
        }
  const text = pieces.head + pieces.middle + pieces.tail
  const delta = insert.length - (to - from)
  const docs = file.docs.map((d, i) => {
    if (i === file.site) return { ...d, end: d.end + delta, data }
    if (d.start >= to) return { ...d, start: d.start + delta, end: d.end + delta }
    return d
  })
  return { text, docs, site: file.site, edit: { base: file.text, from, to, insert }, pieces }
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

export function detectStyle(ctx: EditCtx, near?: OutlineNode): Style {
  const text = ctx.file.text.slice(ctx.doc.start, Math.min(ctx.doc.end, ctx.doc.start + 20000))
  const unitM = /^( *)[^\s#-][^\n]*:[ \t]*\r?\n(?:[ \t]*(?:#.*)?\r?\n)*( +)[^\s-]/m.exec(text)
  const unit = unitM ? Math.max(1, (unitM[2]?.length ?? 2) - (unitM[1]?.length ?? 0)) : 2
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

export interface ScalarSpot {
  from: number
  to: number
  style: ScalarStyle
  blockIndent?: number
}

function styleOfToken(type: string | undefined, source: string): ScalarStyle {
  if (type === 'single-quoted-scalar') return 'single'
  if (type === 'double-quoted-scalar') return 'double'
  if (type === 'block-scalar') return source.trimStart().startsWith('>') ? 'double' : 'literal'
  return 'plain'
}

/**
 * The exact source range and style of the scalar held by `loc` (an entry or item), found by
 * parsing just that entry's lines with the `yaml` package.
 */
export function scalarSpot(text: string, loc: Located): ScalarSpot | null {
  const h = loc.holder
  if (!h) return null
  const from = h.kind === 'entry' ? h.entry.keyStart : h.item.dash
  const end = h.kind === 'entry' ? h.entry.end : h.item.end
  const col = from - lineStartOf(text, from)
  const region = ' '.repeat(col) + text.slice(from, end)
  const docs = [...new Composer({ keepSourceTokens: true }).compose(new Parser().parse(region))]
  const d = docs[0]
  if (!d || d.errors.length) return null
  const key = h.kind === 'entry' ? h.entry.key : 0
  const node = d.getIn([key], true) as YamlNode | undefined
  if (!node || !node.range) return null
  const shift = from - col
  const a = node.range[0] + shift
  let b = node.range[1] + shift
  while (b > a && (text[b - 1] === '\n' || text[b - 1] === '\r')) b--
  // an empty value (`key:`, `key: # note`): no token to replace in place; a splice there would
  // glue the new scalar to the colon or to the comment, so the caller rewrites the slot instead
  if (a === b) return null
  const tok = (node as Scalar).srcToken as { type?: string } | undefined
  const raw = text.slice(a, b)
  const style = styleOfToken(tok?.type, raw)
  let blockIndent: number | undefined
  if (tok?.type === 'block-scalar') {
    const body = nextLineStart(text, a)
    let pos = body
    while (pos < b && lineAt(text, pos).empty) pos = lineAt(text, pos).next
    blockIndent = pos < b ? lineAt(text, pos).indent : undefined
  }
  return { from: a, to: b, style, blockIndent }
}

export function renderScalarAt(spot: ScalarSpot, value: unknown, parentIndent: number): string {
  return renderScalar(value, { style: spot.style, parentIndent, blockIndent: spot.blockIndent })
}
