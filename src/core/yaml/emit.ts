/**
 * Block-style YAML for new pieces of a document (Kubernetes style: block collections, no line
 * folding, ambiguous words quoted). Existing text is never re-rendered with this; it only
 * produces what an edit inserts.
 */
import { renderKey, renderScalar } from './scalar.ts'

export interface Style {
  /** spaces per nesting level */
  unit: number
  /** sequences under a key start at the key's column ('flush', kubectl) or one unit deeper */
  seq: 'flush' | 'indented'
}

export const KUBERNETES_STYLE: Style = { unit: 2, seq: 'flush' }

type Plain = Record<string, unknown>

export const isMap = (v: unknown): v is Plain =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

/** A value that fits on its key's line: scalars and empty collections. */
export function inlineValue(v: unknown, parentIndent: number): string | null {
  if (Array.isArray(v)) return v.length === 0 ? '[]' : null
  if (isMap(v)) return Object.keys(v).length === 0 ? '{}' : null
  return renderScalar(v, { parentIndent })
}

/** Lines of a block collection whose entries start at column `indent` (no trailing newline). */
export function renderBlock(v: unknown, indent: number, style: Style): string {
  const pad = ' '.repeat(indent)
  if (Array.isArray(v)) {
    return v
      .map((item) => {
        const inline = inlineValue(item, indent)
        if (inline !== null) return `${pad}- ${inline}`
        const inner = renderBlock(item, indent + 2, style)
        return `${pad}- ${inner.slice(indent + 2)}`
      })
      .join('\n')
  }
  if (isMap(v)) {
    return Object.entries(v)
      .map(([k, val]) => `${pad}${renderKey(k)}:${renderValue(val, indent, style)}`)
      .join('\n')
  }
  return pad + renderScalar(v, { parentIndent: indent })
}

/** What follows `key:` for a value owned by a key at column `keyIndent`. */
export function renderValue(v: unknown, keyIndent: number, style: Style): string {
  const inline = inlineValue(v, keyIndent)
  if (inline !== null) return ` ${inline}`
  const child = Array.isArray(v) && style.seq === 'flush' ? keyIndent : keyIndent + style.unit
  return `\n${renderBlock(v, child, style)}`
}

/** A whole new YAML document in Kubernetes style. */
export function renderDocument(v: unknown, style: Style = KUBERNETES_STYLE): string {
  const inline = inlineValue(v, 0)
  return (inline ?? renderBlock(v, 0, style)) + '\n'
}
