/**
 * Planning with the outline: which text range an edit replaces and with what. Each planner returns
 * a TextRange only; the caller adds the data change and applies the plan (editContext.ts).
 */
import { inlineValue, KUBERNETES_STYLE, renderBlock, renderValue } from '../yaml/emit.ts'
import type { Style } from '../yaml/emit.ts'
import { renderFlow } from '../yaml/flow.ts'
import { lineAt, lineStartOf } from '../yaml/lines.ts'
import { mapEntries } from '../yaml/outline.ts'
import type { Located, MapEntry, OutlineNode } from '../yaml/outline.ts'
import { siteConfigModel } from '../site/siteModel.ts'
import { detectStyle, EditError, nextLineStart } from './editContext.ts'
import type { EditCtx, TextRange } from './editContext.ts'
import type { PathSegment } from './path.ts'

export const isScalar = (v: unknown) => v === null || typeof v !== 'object'

/** `value` wrapped in the mappings and one-item lists that `rest` names (as a new key holds it). */
export function nest(rest: readonly PathSegment[], value: unknown): unknown {
  let v = value
  for (let i = rest.length - 1; i >= 0; i--) {
    const seg = rest[i] as PathSegment
    if (typeof seg === 'number') {
      if (seg !== 0) throw new EditError(`cannot create list item ${seg} of an empty list`)
      v = [v]
    } else v = { [seg]: v }
  }
  return v
}

/** The column of the key or dash that holds `loc` (0 for the root). */
export function holderCol(ctx: EditCtx, loc: Located): number {
  const h = loc.holder
  const at = h?.kind === 'entry' ? h.entry.keyStart : h?.kind === 'item' ? h.item.dash : 0
  return at - ctx.file.text.lastIndexOf('\n', at - 1) - 1
}

const isQuote = (ch: string | undefined) => ch === '"' || ch === "'"

/** Rewrites everything after the holder's `key:` or `-` with `value` (comments there go too). */
export function planSlot(ctx: EditCtx, loc: Located, value: unknown): TextRange {
  const text = ctx.file.text
  const h = loc.holder
  const node = loc.node
  const flowText = text.slice(node.start, node.end).replace(/\s/g, '')
  if (node.kind === 'flow' && !isScalar(value) && flowText !== '[]' && flowText !== '{}')
    return { from: node.start, to: flowEnd(text, node.start, node.end), insert: renderFlow(value) }
  if (!h) {
    const style = detectStyle(ctx)
    // an empty mapping or list must be written as `{}` / `[]`: no lines at all read as null
    const body = inlineValue(value, 0) ?? renderBlock(value, 0, style)
    return { from: node.start, to: ctx.doc.end, insert: body + '\n' }
  }
  const col = holderCol(ctx, loc)
  const style = detectStyle(ctx, loc.parent)
  if (h.kind === 'entry') {
    const { keyStart, key } = h.entry
    const from = isQuote(text[keyStart])
      ? afterQuotedKey(text, keyStart)
      : text.indexOf(':', keyStart + key.length) + 1
    return { from, to: h.entry.end, insert: renderValue(value, col, style) }
  }
  return { from: h.item.dash + 1, to: h.item.end, insert: ' ' + itemText(value, col, style) }
}

/** End of the flow collection opening at `start` (its trailing comment is not part of it). */
function flowEnd(text: string, start: number, limit: number): number {
  let depth = 0
  let quote = ''
  for (let i = start; i < limit; i++) {
    const ch = text[i] as string
    if (quote) {
      if (ch === quote && !(quote === '"' && text[i - 1] === '\\')) quote = ''
    } else if (isQuote(ch)) quote = ch
    else if (ch === '[' || ch === '{') depth++
    else if ((ch === ']' || ch === '}') && --depth === 0) return i + 1
  }
  return limit
}

function afterQuotedKey(text: string, keyStart: number): number {
  const q = text[keyStart]
  let i = keyStart + 1
  while (i < text.length && !(text[i] === q && text[i - 1] !== '\\')) i++
  return text.indexOf(':', i) + 1
}

/** An item's content starts this far right of its dash (`- `). */
const ITEM_INDENT = '- '.length

/** The text after `- ` for a new sequence item whose dash sits at column `col`. */
export function itemText(value: unknown, col: number, style: Style): string {
  const v = renderValue(value, col, { ...style, seq: 'indented' })
  if (!v.startsWith('\n')) return v.slice(1)
  return renderBlock(value, col + ITEM_INDENT, style).slice(col + ITEM_INDENT)
}

/** Keys holding the long lists: new keys of a site spec or a cluster go before them, not after. */
const LIST_KEYS = new Set(siteConfigModel.listKeys)

/** Where a new key goes before a list key's entry, comments above that entry included. */
function beforeListKey(ctx: EditCtx, map: OutlineNode, key: string): number | null {
  const text = ctx.file.text
  // only the list keys are looked for: a mapping of 200,000 labels is passed over, not outlined
  let e: MapEntry | undefined
  for (const k of LIST_KEYS) {
    if (k === key) continue
    for (const c of mapEntries(text, map, k))
      if (!c.inline) {
        if (!e || c.keyStart < e.keyStart) e = c
        break
      }
  }
  if (!e) return null
  let at = lineStartOf(text, e.keyStart)
  while (at > map.start) {
    const prev = lineStartOf(text, at - 1)
    // a comment deeper than the keys may be the `#` content of a block scalar above: it stays
    const m = /^( *)#/.exec(text.slice(prev, at))
    if (!m || (m[1] as string).length > map.col) break
    at = prev
  }
  return at > map.start ? at : null
}

/** A block scalar header ending a line of `lines`: its content would swallow deeper comments. */
const OPENS_BLOCK_SCALAR = /(?:^|[ :-])[|>][1-9]?[-+]?\n/

/**
 * Where `lines` go after the collection `node`: at its end, or, when they hold a block scalar,
 * after the comment lines indented deeper than the collection that follow it (the scalar would
 * take those as its content).
 */
export function appendAt(text: string, node: OutlineNode, lines: string): number {
  if (!OPENS_BLOCK_SCALAR.test(lines)) return node.end
  let at = node.end
  let pos = nextLineStart(text, at)
  while (pos < node.limit) {
    const line = lineAt(text, pos)
    if (!line.empty) break
    if (text[pos + line.indent] === '#') {
      if (line.indent <= node.col) break
      at = Math.min(line.end, node.limit)
    }
    pos = line.next
  }
  return at
}

/** A new `key: value` entry of the mapping `map`: before its list keys, else at its end. */
export function planEntry(ctx: EditCtx, map: OutlineNode, key: string, value: unknown): TextRange {
  const style = detectStyle(ctx, map)
  const entry = `${' '.repeat(map.col)}${renderKeyText(key)}:${renderValue(value, map.col, style)}`
  const at = beforeListKey(ctx, map, key)
  if (at !== null) return { from: at, to: at, insert: `${entry}\n` }
  const end = appendAt(ctx.file.text, map, entry)
  return { from: end, to: end, insert: `\n${entry}` }
}

export function renderKeyText(key: string): string {
  return renderBlock({ [key]: null }, 0, KUBERNETES_STYLE).replace(/: null$/, '')
}
