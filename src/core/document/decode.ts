/**
 * Bytes → text for every way a file comes in (CLI argument, Import button, drop): too large,
 * binary and non-UTF-8 input are refused with a message that says what and where.
 */
import { docKind } from '../site/siteModel.ts'
import { MAX_FILE_CHARS } from './guard.ts'
import { readSiteFile, siteData, syntaxProblem } from './siteFile.ts'
import type { SiteFile } from './siteFile.ts'

export type Decoded = { text: string } | { error: string }

export function decodeBytes(buf: Uint8Array): Decoded {
  if (buf.length > MAX_FILE_CHARS * 2)
    return {
      error: `file is ${(buf.length / 1048576).toFixed(1)} MB; SiteConfig Studio reads files up to 10 MB`,
    }
  const nul = buf.indexOf(0)
  if (nul >= 0) return { error: `binary file (NUL byte at offset ${nul}); not a YAML text file` }
  try {
    // a leading BOM is kept in the text so that an unedited file is written back byte for byte
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(buf) }
  } catch {
    return { error: 'not UTF-8 text; save the file as UTF-8' }
  }
}

/** Reads text meant to replace the current document; refuses what the editor cannot work on. */
export function readForImport(text: string): { file: SiteFile } | { error: string } {
  const file = readSiteFile(text)
  const p = syntaxProblem(file)
  if (p) return { error: p.line ? `line ${p.line}, column ${p.column}: ${p.message}` : p.message }
  if (file.docs.length === 0) return { error: 'the file is empty: there is no YAML document in it' }
  const data = siteData(file)
  const doc = file.docs[file.site]
  if (!data || !doc) return { error: 'not a SiteConfig: the YAML is not a mapping' }
  if (!docKind(data)) {
    const what = typeof data.kind === 'string' ? `a ${data.kind}` : 'a mapping without a kind'
    return {
      error: `not a SiteConfig: the file holds ${what} (expected kind: SiteConfig or ClusterInstance)`,
    }
  }
  return { file }
}
