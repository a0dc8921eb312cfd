import type * as Monaco from 'monaco-editor/editor'
import { syntaxProblem } from '../../core/document/siteFile.ts'
import type { SiteFile } from '../../core/document/siteFile.ts'
import type { Diagnostic } from '../../core/validate/diagnostic.ts'

// numeric values of monaco.MarkerSeverity, so this module needs no runtime Monaco import
// info is "worth knowing": a hint (faint dots), not a squiggle on every node
const SEVERITY = { error: 8, warning: 4, info: 1 } as const

/** Markers for the YAML pane: the parse error at its line:column, then the rule findings. */
export function markersFor(
  file: SiteFile,
  diagnostics: readonly Diagnostic[],
): Monaco.editor.IMarkerData[] {
  const out: Monaco.editor.IMarkerData[] = []
  const p = syntaxProblem(file)
  if (p && p.line > 0)
    out.push({
      severity: SEVERITY.error,
      message: `YAML: ${p.message}`,
      startLineNumber: p.line,
      startColumn: p.column,
      endLineNumber: p.line,
      endColumn: p.column + 1,
      source: 'yaml-parse',
    })
  for (const d of diagnostics) {
    if (d.line <= 0 || d.rule === 'yaml-parse') continue
    out.push({
      severity: SEVERITY[d.severity],
      message: d.message,
      code: d.rule,
      startLineNumber: d.line,
      startColumn: d.column,
      endLineNumber: d.endLine ?? d.line,
      endColumn: d.endColumn ?? d.column + 1,
      source: 'siteconfig-studio',
    })
  }
  return out
}
