/**
 * JSON output written in pieces: a repository's 60,000 findings as one JSON.stringify made a
 * 100 MB string (and its escaped copy) at once. The text is the same as JSON.stringify(value,
 * null, 2) with `items` in place of the array at `marker`.
 */
import { printableJson } from './printable.ts'

export const ITEMS_MARKER = '\u0000items\u0000'

export function writeJson<T>(
  value: unknown,
  items: readonly T[],
  write: (s: string) => void,
  map: (x: T) => unknown = (x) => x,
): void {
  const text = JSON.stringify(value, null, 2)
  const quoted = JSON.stringify(ITEMS_MARKER)
  const mark = text.indexOf(quoted)
  if (mark < 0) return write(printableJson(text) + '\n')
  // the marker sits as the array's only element: its line's indentation is the items'
  const lineStart = text.lastIndexOf('\n', mark) + 1
  const indent = text.slice(lineStart, mark)
  const open = text.lastIndexOf('[', mark)
  const close = text.indexOf(']', mark)
  const head = text.slice(0, open)
  const tail = text.slice(close + 1)
  if (items.length === 0) return write(printableJson(`${head}[]${tail}`) + '\n')
  write(printableJson(`${head}[\n`))
  const pad = (s: string) => indent + s.replace(/\n/g, `\n${indent}`)
  const CHUNK = 500
  for (let i = 0; i < items.length; i += CHUNK) {
    const part = items
      .slice(i, i + CHUNK)
      .map((x) => pad(JSON.stringify(map(x), null, 2)))
      .join(',\n')
    write(printableJson(part + (i + CHUNK < items.length ? ',\n' : '\n')))
  }
  write(printableJson(`${indent.slice(2)}]${tail}`) + '\n')
}
