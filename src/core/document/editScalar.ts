/**
 * Scalars in place: where a scalar's source sits (found by parsing just its entry with the `yaml`
 * package's CST parser) and the plan that rewrites it in its own style. The place a write leaves is
 * kept on the file it makes (SiteFile.scalarWrite), so typing in one field looks it up once.
 * Only the CST tier: the composer and the document model are 23 KB gzip the first screen would
 * load for this alone (issue 13's budget); the ranges are the composer's (a test holds them equal).
 */
import { Parser } from 'yaml'
import type { CST } from 'yaml'
import { lineAt, lineStartOf } from '../yaml/lines.ts'
import type { Located } from '../yaml/outline.ts'
import { renderScalar } from '../yaml/scalar.ts'
import type { ScalarStyle } from '../yaml/scalar.ts'
import { nextLineStart } from './editContext.ts'
import type { Plan } from './editContext.ts'
import type { Path } from './path.ts'
import type { SiteFile } from './siteFile.ts'

export interface ScalarSpot {
  from: number
  to: number
  style: ScalarStyle
  /** content column of a block scalar (absent when it has no content line) */
  blockIndent?: number
}

/** A scalar's place and the column of the key or dash that owns it. */
export interface OwnedSpot extends ScalarSpot {
  col: number
}

/** Joins a path into ScalarWrite.path: no key of a YAML file holds this character. */
export const PATH_KEY_SEPARATOR = '\u0000'

function styleOfToken(type: string | undefined, source: string): ScalarStyle {
  if (type === 'single-quoted-scalar') return 'single'
  if (type === 'double-quoted-scalar') return 'double'
  if (type === 'block-scalar') return source.trimStart().startsWith('>') ? 'double' : 'literal'
  return 'plain'
}

/**
 * The lines of the entry or item holding `loc`, its first line indented as in the file so the
 * parser reads the same structure; `shift` turns an offset in the region into one in `text`.
 */
export function holderRegion(text: string, loc: Located) {
  const h = loc.holder
  if (!h) return null
  const from = h.kind === 'entry' ? h.entry.keyStart : h.item.dash
  const end = h.kind === 'entry' ? h.entry.end : h.item.end
  const col = from - lineStartOf(text, from)
  const region = ' '.repeat(col) + text.slice(from, end)
  return { region, shift: from - col, entry: h.kind === 'entry' }
}

/**
 * The exact source range and style of the scalar held by `loc` (an entry or item), found by
 * parsing just that entry's lines with the `yaml` package's CST parser.
 */
export function scalarSpot(text: string, loc: Located): ScalarSpot | null {
  const r = holderRegion(text, loc)
  const tok = r && valueToken(r.region, r.entry)
  if (!r || !tok) return null
  const a = tok.offset + r.shift
  let b = a + tokenLength(tok)
  while (b > a && (text[b - 1] === '\n' || text[b - 1] === '\r')) b--
  // an empty value (`key:`, `key: # note`): no token to replace in place; a splice there would
  // glue the new scalar to the colon or to the comment, so the caller rewrites the slot instead
  if (a === b) return null
  return {
    from: a,
    to: b,
    style: styleOfToken(tok.type, text.slice(a, b)),
    blockIndent: tok.type === 'block-scalar' ? contentIndent(text, a, b) : undefined,
  }
}

type ValueToken = CST.FlowScalar | CST.BlockScalar
/** the token types of a scalar (or alias) value: the ones the composer gives a scalar range */
const VALUE_TOKENS = new Set<string>([
  'scalar',
  'single-quoted-scalar',
  'double-quoted-scalar',
  'block-scalar',
  'alias',
])

/** The scalar (or alias) token of the region's one entry or item; none when the region has an error. */
function valueToken(region: string, entry: boolean): ValueToken | null {
  const tokens = [...new Parser().parse(region)]
  if (tokens.some(hasError)) return null
  const top = tokens.find((t): t is CST.Document => t.type === 'document')?.value
  if (top?.type !== (entry ? 'block-map' : 'block-seq')) return null
  const v = (top as CST.BlockMap | CST.BlockSequence).items[0]?.value
  if (!v) return null
  return VALUE_TOKENS.has(v.type) ? (v as ValueToken) : null
}

/** Whether the parser marked anything under `tok` as an error (the composer would not compose it). */
function hasError(tok: unknown): boolean {
  if (Array.isArray(tok)) return tok.some(hasError)
  if (!tok || typeof tok !== 'object') return false
  if ((tok as { type?: unknown }).type === 'error') return true
  return Object.values(tok).some((v) => typeof v === 'object' && hasError(v))
}

/** The composer's value range length: a block scalar's header and body, a flow scalar's source. */
function tokenLength(tok: ValueToken): number {
  if (tok.type !== 'block-scalar') return tok.source.length
  return (
    tok.props.reduce((n, t) => n + ('source' in t ? t.source.length : 0), 0) + tok.source.length
  )
}

/** The indentation of a block scalar's first content line (its header sits at `a`). */
function contentIndent(text: string, a: number, b: number): number | undefined {
  let pos = nextLineStart(text, a)
  while (pos < b && lineAt(text, pos).empty) pos = lineAt(text, pos).next
  return pos < b ? lineAt(text, pos).indent : undefined
}

export function renderScalarAt(spot: ScalarSpot, value: unknown, parentIndent: number): string {
  return renderScalar(value, { style: spot.style, parentIndent, blockIndent: spot.blockIndent })
}

/** The place the edit that made `file` wrote at `path`, when it wrote a scalar there. */
export function scalarWrittenAt(file: SiteFile, path: Path): OwnedSpot | null {
  const w = file.scalarWrite
  if (!w || w.text !== file.text || w.path !== path.join(PATH_KEY_SEPARATOR)) return null
  return { from: w.from, to: w.to, style: w.style, col: w.col }
}

/** Rewrites the scalar at `spot` as `value`, in the spot's style where the value allows it. */
export function planScalar(spot: OwnedSpot, path: Path, value: unknown): Plan {
  const text = renderScalarAt(spot, value, spot.col)
  const first = text[0]
  // the style the next lookup would find: a quote opens a quoted scalar; blocks are not kept
  const isBlock = text === '' || text.includes('\n') || first === '|' || first === '>'
  const style = first === "'" ? 'single' : first === '"' ? 'double' : 'plain'
  return {
    from: spot.from,
    to: spot.to,
    insert: text,
    data: { set: path, value },
    wrote: isBlock
      ? undefined
      : {
          path: path.join(PATH_KEY_SEPARATOR),
          from: spot.from,
          to: spot.from + text.length,
          style,
          col: spot.col,
        },
  }
}
