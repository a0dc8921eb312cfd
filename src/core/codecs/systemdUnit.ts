/**
 * systemd unit files as lines: sections, entries (repeated keys kept in order), comments and blank
 * lines. Only what the caller changes is re-rendered, so untouched units write back unchanged.
 */

export interface UnitLine {
  kind: 'section' | 'entry' | 'comment' | 'blank' | 'garbage'
  raw: string
  section?: string
  key?: string
  value?: string
}

export interface UnitFile {
  lines: UnitLine[]
}

export interface UnitProblem {
  line: number
  message: string
}

export function parseUnit(contents: string): UnitFile {
  let section: string | undefined
  const lines = contents.split('\n').map((raw): UnitLine => {
    const t = raw.trim()
    if (t === '') return { kind: 'blank', raw, section }
    if (t.startsWith('#') || t.startsWith(';')) return { kind: 'comment', raw, section }
    const sec = /^\[([^\]]+)\]\s*$/.exec(t)
    if (sec) {
      section = sec[1]
      return { kind: 'section', raw, section }
    }
    const eq = raw.indexOf('=')
    if (eq > 0)
      return {
        kind: 'entry',
        raw,
        section,
        key: raw.slice(0, eq).trim(),
        value: raw.slice(eq + 1).trim(),
      }
    return { kind: 'garbage', raw, section }
  })
  return { lines }
}

export function formatUnit(unit: UnitFile): string {
  return unit.lines.map((l) => l.raw).join('\n')
}

/** All values of `key` in `section`, in order (systemd allows repeats, e.g. WantedBy=). */
export function unitValues(unit: UnitFile, section: string, key: string): string[] {
  return unit.lines
    .filter((l) => l.kind === 'entry' && l.section === section && l.key === key)
    .map((l) => l.value ?? '')
}

export function unitValue(unit: UnitFile, section: string, key: string): string | undefined {
  const all = unitValues(unit, section, key)
  return all[all.length - 1]
}

export function sectionNames(unit: UnitFile): string[] {
  return unit.lines.filter((l) => l.kind === 'section').map((l) => l.section as string)
}

/** Unit names listed in dependency keys (space-separated, repeatable). */
export function unitDependencies(unit: UnitFile, key: string): string[] {
  const section = ['WantedBy', 'RequiredBy'].includes(key) ? 'Install' : 'Unit'
  return unitValues(unit, section, key).flatMap((v) => v.split(/\s+/).filter(Boolean))
}

/** Sets the first `key` in `section` (adds it at the section's end if missing); other lines stay. */
export function setUnitValue(
  unit: UnitFile,
  section: string,
  key: string,
  value: string,
): UnitFile {
  const lines = unit.lines.slice()
  const i = lines.findIndex((l) => l.kind === 'entry' && l.section === section && l.key === key)
  const line: UnitLine = { kind: 'entry', raw: `${key}=${value}`, section, key, value }
  if (i >= 0) lines[i] = line
  else {
    let last = lines.findIndex((l) => l.kind === 'section' && l.section === section)
    if (last < 0) {
      lines.push({ kind: 'blank', raw: '' }, { kind: 'section', raw: `[${section}]`, section })
      last = lines.length - 1
    }
    while (
      lines[last + 1] &&
      lines[last + 1]?.section === section &&
      lines[last + 1]?.kind === 'entry'
    )
      last++
    lines.splice(last + 1, 0, line)
  }
  return { lines }
}

/** The checks Ignition's go-systemd deserializer applies to unit contents. */
export function unitProblems(contents: string): UnitProblem[] {
  const out: UnitProblem[] = []
  let seenSection = false
  contents.split('\n').forEach((raw, i) => {
    const t = raw.trim()
    if (new TextEncoder().encode(raw).length > 2048)
      out.push({ line: i + 1, message: 'line too long (max 2048 bytes)' })
    if (t === '' || t.startsWith('#') || t.startsWith(';')) return
    if (t.startsWith('[')) {
      if (!/^\[[^\]]+\]$/.test(t))
        out.push({
          line: i + 1,
          message: t.includes(']')
            ? 'found garbage after section name'
            : 'unable to find end of section',
        })
      seenSection = true
      return
    }
    if (!seenSection)
      out.push({ line: i + 1, message: 'unit file misparse: option before section' })
    else if (!t.includes('='))
      out.push({ line: i + 1, message: `unexpected line without "=": ${JSON.stringify(t)}` })
  })
  return out
}

/** systemd path escaping (`systemd-escape --path`), as for mount unit names. */
export function escapePath(path: string): string {
  const trimmed = path.replace(/\/+/g, '/').replace(/^\/|\/$/g, '')
  if (trimmed === '') return '-'
  const bytes = new TextEncoder().encode(trimmed)
  let out = ''
  bytes.forEach((b, i) => {
    const ch = String.fromCharCode(b)
    if (ch === '/') out += '-'
    else if (b < 0x80 && /[A-Za-z0-9_]/.test(ch)) out += ch
    else if (ch === '.' && i > 0) out += ch
    else out += '\\x' + b.toString(16).padStart(2, '0')
  })
  return out
}

export function unescapePath(escaped: string): string {
  if (escaped === '-') return '/'
  const bytes: number[] = []
  for (let i = 0; i < escaped.length; i++) {
    const hex = /^\\x([0-9a-fA-F]{2})/.exec(escaped.slice(i))
    if (hex) {
      bytes.push(parseInt(hex[1] as string, 16))
      i += 3
    } else bytes.push(escaped[i] === '-' ? 0x2f : escaped.charCodeAt(i))
  }
  return '/' + new TextDecoder().decode(Uint8Array.from(bytes))
}

export function mountUnitName(where: string): string {
  return `${escapePath(where)}.mount`
}

export function mountPathOf(unitName: string): string {
  return unescapePath(unitName.replace(/\.mount$/, ''))
}
