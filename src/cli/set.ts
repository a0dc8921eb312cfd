/**
 * `set FILE…|DIR… PATH=VALUE…`: the editor's own field command on each file, with paths that may
 * select list items by name (core/document/selectPath.ts). One file prints its new text, as
 * before; several print one patch of every change (for `git apply` from the repository's top),
 * or with --in-place are written back.
 */
import { existsSync, writeFileSync } from 'node:fs'
import { relative, resolve, sep } from 'node:path'
import '../core/commands/documentCommands.ts'
import { findCommand } from '../core/commands/registry.ts'
import { parseSelectPath, resolveSelectPath } from '../core/document/selectPath.ts'
import { readSiteFile, siteData } from '../core/document/siteFile.ts'
import type { SiteFile } from '../core/document/siteFile.ts'
import { roleOf } from '../core/fleet/role.ts'
import { unifiedPatch } from '../core/review/patch.ts'
import type { parseArgs } from './args.ts'
import { CliError, readInput } from './io.ts'
import type { Stdin } from './io.ts'
import { loadSite } from './load.ts'
import { gitTopLevel } from './repoFiles.ts'
import { isDirectory, walk } from './walk.ts'

type Out = { stdout: (s: string) => void; stderr: (s: string) => void }

function parseValue(raw: string): unknown {
  try {
    return JSON.parse(raw)
  } catch {
    return raw
  }
}

/** `set` runs the editor's own field command: the same pure perform the form's typing runs. */
export function setField(
  file: SiteFile,
  path: readonly (string | number)[],
  value: unknown,
): SiteFile {
  const r = findCommand('field.set')!.perform(file, { path, value })
  if ('error' in r) throw new Error(r.error)
  return 'selection' in r ? r.file : r
}

const isAssignment = (arg: string) => arg !== '-' && /^[^=]+=/.test(arg) && !existsSync(arg)

export async function cmdSet(
  a: ReturnType<typeof parseArgs>,
  out: Out,
  stdin?: Stdin,
): Promise<number> {
  const split = a.positional.findIndex(isAssignment)
  const targets = split < 0 ? a.positional : a.positional.slice(0, split)
  const assigns = split < 0 ? [] : a.positional.slice(split)
  if (targets.length === 0 || assigns.length === 0)
    throw new CliError('set needs FILE or DIR and at least one PATH=VALUE (see --help)')
  const edits = assigns.map((as) => {
    // `[name=x]` selectors hold "=" too: the value starts after the first "=" outside brackets
    const at = firstEqualsOutsideBrackets(as)
    if (at <= 0) throw new CliError(`"${as}" is not PATH=VALUE`)
    const raw = as.slice(0, at)
    return { raw, steps: parseSelectPath(raw), value: parseValue(as.slice(at + 1)) }
  })
  // a directory stands for its site files (by kind); a named file is edited whatever it holds
  const names = targets.flatMap((t) =>
    t !== '-' && isDirectory(t) ? walk(t).filter((p) => /\.ya?ml$/i.test(p)) : [t],
  )
  const many = names.length > 1 || targets.some((t) => t !== '-' && isDirectory(t))
  if (many && names.includes('-'))
    throw new CliError('standard input cannot be edited with other files')
  const hits = edits.map(() => 0)
  const changed: Array<{ name: string; before: string; after: string }> = []
  let last = ''
  let sites = 0
  for (const name of names) {
    let file: SiteFile
    if (many && !targets.includes(name)) {
      const text = await readInput(name, stdin)
      if (roleOf(name, text) !== 'site') continue
      file = readSiteFile(text)
      if (!siteData(file)) continue
    } else file = await loadSite(name, stdin)
    sites++
    const before = file.text
    edits.forEach((e, i) => {
      const r = resolveSelectPath(e.steps, siteData(file))
      if ('error' in r) throw new CliError(`${name}: ${e.raw}: ${r.error}`)
      if ('none' in r) return
      hits[i]!++
      try {
        file = setField(file, r.path, e.value)
      } catch (err) {
        throw new CliError(`${name}: ${e.raw}: ${err instanceof Error ? err.message : String(err)}`)
      }
    })
    last = file.text
    if (file.text !== before) changed.push({ name, before, after: file.text })
    if (!many && hits.some((h) => h === 0)) {
      const e = edits[hits.indexOf(0)]!
      throw new CliError(
        `${name}: ${e.raw} selects nothing (${(resolveSelectPath(e.steps, siteData(file)) as { none: string }).none})`,
      )
    }
  }
  hits.forEach((h, i) => {
    if (h === 0)
      throw new CliError(`${edits[i]!.raw} selects nothing in any of the ${sites} site files`)
  })
  if (a.flags.has('in-place')) {
    if (names.includes('-')) throw new CliError('--in-place needs a file, not stdin')
    for (const c of changed) writeFileSync(c.name, c.after)
    if (many) out.stderr(`set: ${changed.length} of ${sites} site files changed\n`)
  } else if (!many) out.stdout(last)
  else {
    const top = gitTopLevel(resolve(targets[0]!)) ?? process.cwd()
    for (const c of changed)
      out.stdout(
        unifiedPatch(relative(top, resolve(c.name)).split(sep).join('/'), c.before, c.after),
      )
  }
  return 0
}

function firstEqualsOutsideBrackets(s: string): number {
  let depth = 0
  for (let i = 0; i < s.length; i++) {
    const c = s[i]
    if (c === '[') depth++
    else if (c === ']') depth = Math.max(0, depth - 1)
    else if (c === '=' && depth === 0) return i
  }
  return -1
}
