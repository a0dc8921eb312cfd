/**
 * Rendered resources as one YAML stream, remembering which resource and field each line shows:
 * the Resources tab highlights lines by field and links a line back to its source field; written by
 * hand around the `yaml` package's scalar writer because the line ↔ field map is the point.
 */
import { isPlainObject as isObj } from '../site/siteModel.ts'
import { stringify } from 'yaml'
import type { Path } from '../document/path.ts'
import type { Resource } from './types.ts'

export interface Line {
  resource: number
  field: Path
}

export interface Display {
  text: string
  /** per line of `text` (0-based) */
  lines: Line[]
  /** the first line of each resource */
  starts: number[]
}

const PLAIN_KEY = /^[A-Za-z0-9_./-]+$/
const key = (k: string) => (PLAIN_KEY.test(k) && k !== '-' ? k : JSON.stringify(k))

/** a scalar after `key:` — one line, or a block scalar indented under it */
function scalar(v: unknown, indent: string): string[] {
  const text = stringify(v, { lineWidth: 0, minContentWidth: 0 }).replace(/\n$/, '')
  const [first, ...rest] = text.split('\n')
  return [first ?? '', ...rest.map((l) => (l ? indent + l : l))]
}

export function displayText(resources: readonly Resource[]): Display {
  const out: string[] = []
  const lines: Line[] = []
  const starts: number[] = []
  const push = (s: string, resource: number, field: Path) => {
    out.push(s)
    lines.push({ resource, field })
  }
  const value = (v: unknown, indent: string, head: string, r: number, field: Path) => {
    const empty = isObj(v) ? Object.keys(v).length === 0 : Array.isArray(v) && v.length === 0
    if (empty || !(isObj(v) || Array.isArray(v))) {
      const [first, ...rest] = empty ? [isObj(v) ? '{}' : '[]'] : scalar(v, indent + '  ')
      push(`${head} ${first}`.trimEnd(), r, field)
      for (const l of rest) push(l, r, field)
      return
    }
    push(head, r, field)
    body(v, indent + '  ', r, field)
  }
  const body = (v: unknown, indent: string, r: number, field: Path) => {
    if (isObj(v))
      for (const [k, x] of Object.entries(v))
        value(x, indent, `${indent}${key(k)}:`, r, [...field, k])
    else if (Array.isArray(v))
      v.forEach((x, i) => {
        const f = [...field, i]
        if (isObj(x) && Object.keys(x).length) {
          // the first entry shares the dash's line
          const at = out.length
          body(x, indent + '  ', r, f)
          out[at] = `${indent}- ${(out[at] as string).slice(indent.length + 2)}`
        } else value(x, indent, `${indent}-`, r, f)
      })
  }
  resources.forEach((res, i) => {
    push('---', i, [])
    starts.push(out.length - 1)
    body(res.body, '', i, [])
  })
  return { text: out.join('\n') + '\n', lines, starts }
}
