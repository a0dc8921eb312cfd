/** Text helpers for the code fields: JSON checks with line:column, YAML drafts. */
import jsyaml from 'js-yaml'
import type { TextKey } from '../../i18n/catalog.ts'

/** A problem with a draft, as a catalogue text and its values (the field shows it translated). */
export interface DraftProblem {
  key: TextKey
  values?: Record<string, string | number>
}

export function checkJson(text: string, shape?: 'object' | 'array'): DraftProblem | undefined {
  if (text.trim() === '') return undefined
  try {
    const v: unknown = JSON.parse(text)
    if (shape === 'array' && !Array.isArray(v))
      return { key: 'Must be a JSON array, e.g. ["--save-partlabel", "data"].' }
    if (shape === 'object' && (v === null || typeof v !== 'object' || Array.isArray(v)))
      return { key: 'Must be a JSON object { … }.' }
    return undefined
  } catch (e) {
    const msg = (e as Error).message
    const m = /position (\d+)/.exec(msg)
    if (!m) return { key: 'Not valid JSON: {{reason}}', values: { reason: msg } }
    const before = text.slice(0, Number(m[1]))
    const line = before.split('\n').length
    const col = before.length - before.lastIndexOf('\n')
    const reason = msg.replace(/ in JSON at position \d+.*$/, '')
    return {
      key: 'Not valid JSON at line {{line}}, column {{column}}: {{reason}}',
      values: { line, column: col, reason },
    }
  }
}

/** Past this, a YAML-valued field is not dumped into a text box (aliases can expand a lot). */
export const MAX_DRAFT_BYTES = 1024 * 1024

/**
 * Roughly how many characters `v` dumps to, shared objects counted per use (as the dump repeats
 * them); stops counting past `limit`, so an alias bomb costs its distinct nodes, not its size.
 */
export function expandedChars(v: unknown, limit: number, memo = new Map<object, number>()): number {
  if (v === null || typeof v !== 'object') return String(v).length + 2
  const known = memo.get(v)
  if (known !== undefined) return known
  memo.set(v, limit + 1) // a cycle counts as too large
  let n = 2
  for (const [k, child] of Object.entries(v)) {
    n += k.length + 2 + expandedChars(child, limit, memo)
    if (n > limit) break
  }
  memo.set(v, n)
  return n
}

export const yamlDraft = (v: unknown): string =>
  v === undefined
    ? ''
    : jsyaml.dump(v, { indent: 2, lineWidth: -1, noRefs: true }).replace(/\n$/, '')

export function parseYamlDraft(text: string): { value?: unknown; error?: DraftProblem } {
  try {
    return { value: jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA }) ?? null }
  } catch (e) {
    if (e instanceof jsyaml.YAMLException)
      return {
        error: {
          key: 'Not valid YAML at line {{line}}, column {{column}}: {{reason}}',
          values: {
            line: (e.mark?.line ?? 0) + 1,
            column: (e.mark?.column ?? 0) + 1,
            reason: e.reason,
          },
        },
      }
    return {
      error: {
        key: 'Not valid YAML at line {{line}}, column {{column}}: {{reason}}',
        values: { line: 1, column: 1, reason: String(e) },
      },
    }
  }
}
