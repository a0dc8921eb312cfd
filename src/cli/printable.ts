/**
 * Text from a file, made safe to print on a terminal or in a CI log: control characters (C0
 * but tab, DEL, C1), bidi controls and Unicode line separators become visible escapes, so a
 * value cannot erase a line, reorder what is shown or start a `::workflow-command` line.
 */
const UNSAFE =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g

const hex = (c: string, width: number) => c.charCodeAt(0).toString(16).padStart(width, '0')

function escape(c: string): string {
  if (c === '\n') return '\\n'
  if (c === '\r') return '\\r'
  return c.charCodeAt(0) < 0x100 ? `\\x${hex(c, 2)}` : `\\u${hex(c, 4)}`
}

/** One line of output: newlines in the value are escaped too. */
export const printable = (s: string): string => s.replace(UNSAFE, escape)

/** Several lines of output: the value's own newlines stay line breaks, everything else escaped. */
export const printableLines = (s: string): string[] => s.split('\n').map(printable)

// JSON.stringify escapes C0 already; the rest is escaped the JSON way (\u2028), same value
const JSON_UNSAFE = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g
export const printableJson = (json: string): string =>
  json.replace(JSON_UNSAFE, (c) => `\\u${hex(c, 4)}`)
