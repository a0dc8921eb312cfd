/**
 * The files below the directories given to `validate` and `set`: regular files only, `.git` and
 * `node_modules` skipped, symlinks not followed (a link may lead out of the repository or loop),
 * in a stable order so output does not depend on the file system's.
 */
import { lstatSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { SKIPPED_DIRS } from '../core/fleet/paths.ts'
import { CliError, describeError } from './io.ts'

/** a hostile or mistaken tree (a home directory) stops with a message, not an exhausted machine */
export const MAX_WALKED_FILES = 200_000

export function walk(dir: string): string[] {
  const out: string[] = []
  const visit = (d: string) => {
    let entries
    try {
      entries = readdirSync(d, { withFileTypes: true })
    } catch (e) {
      throw new CliError(`${d}: ${describeError(e)}`)
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    for (const e of entries) {
      const p = join(d, e.name)
      if (e.isDirectory()) {
        if (!SKIPPED_DIRS.has(e.name)) visit(p)
      } else if (e.isFile()) {
        out.push(p)
        if (out.length > MAX_WALKED_FILES)
          throw new CliError(
            `${dir}: more than ${MAX_WALKED_FILES.toLocaleString('en')} files; name the site folders`,
          )
      }
    }
  }
  visit(dir)
  return out
}

export const isDirectory = (p: string): boolean => {
  try {
    return lstatSync(p).isDirectory()
  } catch {
    return false
  }
}
