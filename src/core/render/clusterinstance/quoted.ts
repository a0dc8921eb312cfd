/**
 * The default templates put four JSON strings inside single quotes ('{{ .Spec.IgnitionConfigOverride }}')
 * with no escaping: a `'` in the value ends the YAML scalar early and the rendered text no longer
 * parses, so the controller fails; a multi-line value is folded by YAML (line breaks become spaces).
 */
import type { Path } from '../../document/path.ts'
import { msg } from '../../messages/message.ts'
import type { RenderNote } from '../types.ts'

/** YAML's folding of a single-quoted flow scalar: a line break between lines is a space, an empty line is one newline */
export function folded(v: string): string {
  if (!v.includes('\n')) return v
  const lines = v.split('\n')
  let out = lines[0]!.replace(/[ \t]+$/, '')
  let breaks = 0
  for (let i = 1; i < lines.length; i++) {
    const last = i === lines.length - 1
    const line = last ? lines[i]!.replace(/^[ \t]+/, '') : lines[i]!.trim()
    if (line === '' && !last) {
      breaks++
      continue
    }
    out += breaks ? '\n'.repeat(breaks) : line === '' ? '' : ' '
    out += line
    breaks = 0
  }
  return out
}

/** the value as rendered, or an error note when its `'` breaks the template */
export function quoted(
  v: string,
  source: Path,
  notes: RenderNote[],
  node?: number,
): string | undefined {
  if (!v.includes("'")) return folded(v)
  notes.push({
    severity: 'error',
    cluster: 0,
    ...(node !== undefined ? { node } : {}),
    path: source,
    message: msg(
      "{{field}} holds a ' and the template puts it inside single quotes: rendering fails on the hub. Write it as %27 inside a data URL, as \\u0027 elsewhere",
      { field: source.join('.') },
    ),
  })
  return undefined
}
