/** Diagnostics: what is wrong, where (document path and line:column), and how bad. */
import type { Path } from '../document/path.ts'
import type { Message, Params } from '../messages/message.ts'

export type Severity = 'error' | 'warning' | 'info'

/** An obvious repair, as data (diagnostics may cross a worker boundary); see applyFix.ts. */
export type Fix =
  | { title: string; op: 'set'; path: Path; value: unknown }
  | { title: string; op: 'rename-key'; path: Path; to: string }
  | { title: string; op: 'set-json'; path: Path; value: unknown }
  | { title: string; op: 'file-mode'; path: Path; index: number; mode: number }

export interface Diagnostic {
  rule: string
  severity: Severity
  /** the English text (CLI output and golden files read it) */
  message: string
  /** the English template with {{placeholders}}: the key of its translations (src/core/messages) */
  messageId?: string
  params?: Params
  path: Path
  /** 1-based; 0 when the problem has no place in the text */
  line: number
  column: number
  endLine?: number
  endColumn?: number
  /** a source offset more precise than the path gives (inside an embedded JSON value) */
  offset?: number
  fix?: Fix
}

/** A diagnostic before positions are attached. */
export type Finding = Omit<Diagnostic, 'line' | 'column'>

export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 }

/** a message's id and parameters, as a Diagnostic carries them */
export const idOf = (m: Message): { messageId: string; params: Params } => ({
  messageId: m.id,
  params: m.params,
})
