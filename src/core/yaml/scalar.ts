/** Renders scalars the way Kubernetes tooling reads them back unchanged (YAML 1.1 and 1.2 alike). */
/* eslint-disable no-control-regex -- control characters are exactly what these patterns look for */

export type ScalarStyle = 'plain' | 'single' | 'double' | 'literal'

// words and numbers a YAML 1.1 or 1.2 reader would not take as a string
const AMBIGUOUS =
  /^(?:[-+]?(?:[0-9][0-9_]*(?:\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?|\.[0-9]+(?:[eE][-+]?[0-9]+)?)|[-+]?0[xX][0-9a-fA-F_]+|[-+]?0[oO][0-7_]+|[-+]?0[bB][01_]+|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?|[yYnN]|yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|null|Null|NULL|~|<<|=|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt ].*)?)$/

// what a YAML reader refuses (js-yaml's list) or YAML 1.1 takes as a line break (U+0085, U+2028,
// U+2029): only a double-quoted scalar can hold these, as escapes
const NON_PRINTABLE =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/

/** True when `s` may be written without quotes and still reads back as the same string. */
export function isPlainSafe(s: string, asKey = false): boolean {
  if (s === '' || s !== s.trim() || AMBIGUOUS.test(s)) return false
  if (/^[-?:,[\]{}#&*!|>'"%@`]/.test(s)) return false
  if (/: |:$| #|[\n\r\t]|[\u0000-\u001f\u007f-\u009f\ufeff]/.test(s) || NON_PRINTABLE.test(s))
    return false
  if (asKey && /[,[\]{}]/.test(s)) return false
  return true
}

export function doubleQuote(s: string): string {
  // JSON string syntax is valid YAML double-quoted syntax; C1 controls, YAML 1.1 line breaks and
  // U+FFFE/F must be escapes there too (JSON.stringify already escapes lone surrogates)
  return JSON.stringify(s).replace(
    /[\u007f-\u009f\u2028\u2029\ufffe\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )
}

export function singleQuote(s: string): string | null {
  if (/[\n\r\u0000-\u0008\u000b-\u001f\u007f]/.test(s) || NON_PRINTABLE.test(s)) return null
  return `'${s.replace(/'/g, "''")}'`
}

/** A literal block scalar (`|`) whose content lines sit at column `contentIndent`. */
export function literalBlock(s: string, contentIndent: number, parentIndent: number): string {
  const trailing = /\n*$/.exec(s)?.[0].length ?? 0
  const chomp = trailing === 0 ? '-' : trailing === 1 ? '' : '+'
  const body = trailing > 0 ? s.slice(0, s.length - trailing) : s
  const lines = body.split('\n')
  // a reader takes the indentation from the first non-empty line: it needs an indicator when that
  // line starts with a space (leading empty lines included)
  const first = lines.find((l) => l !== '') ?? ''
  const indicator = /^[ \t]/.test(first) ? String(contentIndent - parentIndent) : ''
  const pad = ' '.repeat(contentIndent)
  const content = lines.map((l) => (l === '' ? '' : pad + l)).join('\n')
  const extra = trailing > 1 ? '\n'.repeat(trailing - 1) : ''
  return `|${indicator}${chomp}\n${content}${extra}`
}

export interface ScalarOptions {
  /** the style of the scalar being replaced; new scalars use double quotes when needed */
  style?: ScalarStyle
  /** column of the key or dash that owns the scalar (for block scalars) */
  parentIndent?: number
  /** content column of a literal block being replaced */
  blockIndent?: number
}

/** Source text for a scalar value (string, number, boolean or null). */
export function renderScalar(value: unknown, opts: ScalarOptions = {}): string {
  if (value === null || value === undefined) return 'null'
  if (typeof value === 'boolean') return value ? 'true' : 'false'
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return '.nan'
    if (!Number.isFinite(value)) return value > 0 ? '.inf' : '-.inf'
    return String(value)
  }
  const s = String(value)
  const parent = opts.parentIndent ?? 0
  // (a literal block needs a content line: an empty one would leave a stray line break behind)
  if (
    s.replace(/\n/g, '') !== '' &&
    s.includes('\n') &&
    !/[\r\u0000-\u0008\u000b-\u001f\u007f]/.test(s) &&
    !NON_PRINTABLE.test(s)
  ) {
    if (opts.style === 'double' || opts.style === 'single') return doubleQuote(s)
    return literalBlock(s, opts.blockIndent ?? parent + 2, parent)
  }
  if (opts.style === 'single') return singleQuote(s) ?? doubleQuote(s)
  if (opts.style === 'double') return doubleQuote(s)
  if (opts.style === 'literal' && s !== '' && !s.includes('\n') && !NON_PRINTABLE.test(s))
    return literalBlock(s, opts.blockIndent ?? parent + 2, parent)
  if (isPlainSafe(s)) return s
  // JSON inside YAML reads best single-quoted, as the OpenShift docs write installerArgs
  if (/^[[{]/.test(s) && s.includes('"') && !s.includes("'"))
    return singleQuote(s) ?? doubleQuote(s)
  return doubleQuote(s)
}

export function renderKey(key: string): string {
  return isPlainSafe(key, true) ? key : doubleQuote(key)
}
