/** `nodes[].installerArgs`: a JSON array of strings inside a YAML string. */
import { parseJson } from './json.ts'

export const ALLOWED_INSTALLER_FLAGS = [
  '--append-karg',
  '--delete-karg',
  '-n',
  '--copy-network',
  '--network-dir',
  '--save-partlabel',
  '--save-partindex',
  '--image-url',
  '--image-file',
] as const

/** Flags that take no value. */
export const FLAGS_WITHOUT_VALUE = new Set(['-n', '--copy-network'])

export type ParsedArgs =
  { ok: true; args: string[] } | { ok: false; message: string; offset?: number }

export function parseInstallerArgs(text: string): ParsedArgs {
  let v: unknown
  try {
    v = parseJson(text)
  } catch (e) {
    const m = /position (\d+)/.exec(String(e))
    return {
      ok: false,
      message: `not JSON: ${(e as Error).message}`,
      offset: m ? Number(m[1]) : undefined,
    }
  }
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string'))
    return {
      ok: false,
      message: 'must be a JSON array of strings, e.g. ["--save-partlabel", "data"]',
    }
  return { ok: true, args: v as string[] }
}

/** Formats like the docs (`["--save-partlabel", "data"]`), or compact when `like` is compact. */
export function formatInstallerArgs(args: readonly string[], like?: string): string {
  const compact = like !== undefined && /"\s*,"/.test(like) && !/",\s+"/.test(like)
  return `[${args.map((a) => JSON.stringify(a)).join(compact ? ',' : ', ')}]`
}

/** The labels saved with `--save-partlabel` (a value may list several, comma-separated). */
export function savedPartLabels(args: readonly string[]): string[] {
  const out: string[] = []
  args.forEach((a, i) => {
    if (a === '--save-partlabel' && args[i + 1] !== undefined)
      out.push(...(args[i + 1] as string).split(','))
  })
  return out
}

/** One flag and its value, as the installerArgs editor shows it; `at` is the flag's array index. */
export interface ArgRow {
  flag: string
  value?: string
  at: number
}

/**
 * Groups the array into rows: a flag takes the next element as its value unless it takes none.
 * An element with no flag before it becomes a row with an empty flag.
 */
export function argRows(args: readonly string[]): ArgRow[] {
  const rows: ArgRow[] = []
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string
    if (!a.startsWith('-')) rows.push({ flag: '', value: a, at: i })
    else if (FLAGS_WITHOUT_VALUE.has(a)) rows.push({ flag: a, at: i })
    else {
      rows.push({ flag: a, value: args[i + 1] ?? '', at: i })
      i++
    }
  }
  return rows
}

/** Back to the array: a flag and its value are always separate elements (never `--flag=value`). */
export function argsFromRows(rows: readonly Omit<ArgRow, 'at'>[]): string[] {
  return rows.flatMap((r) => {
    const out = r.flag ? [r.flag] : []
    if (!FLAGS_WITHOUT_VALUE.has(r.flag) && r.value !== undefined) out.push(r.value)
    return out
  })
}
