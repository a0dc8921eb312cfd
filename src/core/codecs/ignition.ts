/** The Ignition config inside `ignitionConfigOverride`: a structured view over the JSON text. */
import { parse, printParseErrorCode } from 'jsonc-parser'
import type { ParseError } from 'jsonc-parser'
import { touchesSecret } from './jsonSecrets.ts'
import { checkJsonDepth, MAX_JSON_DEPTH } from './json.ts'

export interface IgnUnit {
  name?: string
  enabled?: boolean
  mask?: boolean
  contents?: string
  [key: string]: unknown
}

export interface IgnFile {
  path?: string
  mode?: number
  overwrite?: boolean
  user?: { name?: string; id?: number }
  group?: { name?: string; id?: number }
  contents?: { source?: string; compression?: string | null; [key: string]: unknown }
  [key: string]: unknown
}

export interface IgnitionConfig {
  ignition?: { version?: string; [key: string]: unknown }
  systemd?: { units?: IgnUnit[]; [key: string]: unknown }
  storage?: { files?: IgnFile[]; [key: string]: unknown }
  [key: string]: unknown
}

export type ParsedIgnition =
  | { ok: true; config: IgnitionConfig; empty: boolean }
  | { ok: false; message: string; offset: number }

export function parseIgnition(text: string): ParsedIgnition {
  if (text.trim() === '') return { ok: true, config: {}, empty: true }
  // jsonc-parser and every walker over the result recurse: refuse what would overflow them
  const deep = checkJsonDepth(text)
  if (deep >= 0)
    return {
      ok: false,
      message: `not valid JSON: nesting too deep (more than ${MAX_JSON_DEPTH} levels of [ or {)`,
      offset: deep,
    }
  // JSON.parse is many times faster; jsonc-parser only runs to say where an error is
  try {
    const v: unknown = JSON.parse(text)
    if (typeof v === 'object' && v !== null && !Array.isArray(v))
      return { ok: true, config: v as IgnitionConfig, empty: false }
  } catch {
    // fall through to locate the error
  }
  const errors: ParseError[] = []
  const v: unknown = parse(text, errors, { disallowComments: true, allowTrailingComma: false })
  const first = errors[0]
  if (first) {
    const what = printParseErrorCode(first.error)
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .toLowerCase()
    const near = text.slice(first.offset, first.offset + 24).split('\n')[0]
    // every reader of this message (findings, Preview, explain) must not quote a secret
    const secret = touchesSecret(text, first.offset - 1, first.offset + 32)
    return {
      ok: false,
      message: secret
        ? `not valid JSON: ${what} inside a secret member (passwordHash, keys, pullSecret); the text there is not shown`
        : `not valid JSON: ${what} at ${JSON.stringify(near)}`,
      offset: first.offset,
    }
  }
  if (typeof v !== 'object' || v === null || Array.isArray(v))
    return { ok: false, message: 'not a JSON object', offset: 0 }
  return { ok: true, config: v as IgnitionConfig, empty: false }
}

export function unitsOf(cfg: IgnitionConfig): IgnUnit[] {
  const u = cfg.systemd?.units
  return Array.isArray(u) ? u : []
}

export function filesOf(cfg: IgnitionConfig): IgnFile[] {
  const f = cfg.storage?.files
  return Array.isArray(f) ? f : []
}

/** `493` → `0755` */
export function octalMode(mode: number): string {
  return '0' + (mode & 0o7777).toString(8).padStart(3, '0')
}

// modes people write as octal digits into a decimal field (the docs' 755 among them)
const DECIMAL_TYPOS = new Set([755, 777, 775, 750, 700, 644, 640, 600])

/** The mode meant when an octal-looking number was written in decimal: 755 → 493; else undefined. */
export function meantMode(mode: number): number | undefined {
  return DECIMAL_TYPOS.has(mode) ? parseInt(String(mode), 8) : undefined
}
