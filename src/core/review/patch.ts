/** The change as a unified diff that `git apply` (and `patch -p1`) apply to the baseline file. */
import { createTwoFilesPatch, FILE_HEADERS_ONLY } from 'diff'

/** `diff --git a/<name> b/<name>` …; '' when nothing changed. */
export function unifiedPatch(fileName: string, before: string, after: string): string {
  if (before === after) return ''
  const name = fileName.replace(/^\/+/, '') || 'siteconfig.yaml'
  const body = createTwoFilesPatch(`a/${name}`, `b/${name}`, before, after, undefined, undefined, {
    context: 3,
    headerOptions: FILE_HEADERS_ONLY,
  })
  return `diff --git a/${name} b/${name}\n${body}`
}

/** `sno1.patch` for `sno1.yaml`. */
export function patchFileName(fileName: string): string {
  return `${fileName.replace(/\.(ya?ml)$/i, '') || 'siteconfig'}.patch`
}
