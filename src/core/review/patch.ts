/** The change as a unified diff that `git apply` (and `patch -p1`) apply to the baseline file. */
import { createTwoFilesPatch, FILE_HEADERS_ONLY } from 'diff'

const ESCAPES: Record<number, string> = {
  7: '\\a',
  8: '\\b',
  9: '\\t',
  10: '\\n',
  11: '\\v',
  12: '\\f',
  13: '\\r',
  34: '\\"',
  92: '\\\\',
}

/**
 * A path as git writes it in a patch header: as is, or C-quoted when it holds a quote, a
 * backslash, a control character or non-ASCII (each UTF-8 byte in octal), as `diff` quotes the
 * ---/+++ lines. Spaces need no quoting.
 */
export function gitQuote(path: string): string {
  if (!/[\u0000-\u001f"\\\u007f-\uffff]/.test(path)) return path // eslint-disable-line no-control-regex
  let out = '"'
  for (const b of new TextEncoder().encode(path))
    out +=
      ESCAPES[b] ??
      (b >= 32 && b <= 126 ? String.fromCharCode(b) : `\\${b.toString(8).padStart(3, '0')}`)
  return `${out}"`
}

/** `diff --git a/<name> b/<name>` …; '' when nothing changed. */
export function unifiedPatch(fileName: string, before: string, after: string): string {
  if (before === after) return ''
  const name = fileName.replace(/^\/+/, '') || 'siteconfig.yaml'
  const body = createTwoFilesPatch(`a/${name}`, `b/${name}`, before, after, undefined, undefined, {
    context: 3,
    headerOptions: FILE_HEADERS_ONLY,
  })
  return `diff --git ${gitQuote(`a/${name}`)} ${gitQuote(`b/${name}`)}\n${body}`
}

/** `sno1.patch` for `sno1.yaml`. */
export function patchFileName(fileName: string): string {
  return `${fileName.replace(/\.(ya?ml)$/i, '') || 'siteconfig'}.patch`
}
