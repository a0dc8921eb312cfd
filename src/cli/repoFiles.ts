/**
 * The files a SiteConfig names, as the CLI may read them: only regular files inside the
 * repository (the git top level of the SiteConfig, --repo-root, else the SiteConfig's own
 * directory). Absolute paths, `..` that leaves it and symlinks that resolve outside are refused
 * before anything is opened, so a hostile file cannot make CI read /dev/zero, wait on a FIFO or
 * print the names in ~/.ssh.
 */
import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs'
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path'
import { decodeBytes } from '../core/document/decode.ts'
import type { Refusal, RepoFiles } from '../core/validate/repo.ts'
import { CliError, describeError, ReadRefused, readRegular } from './io.ts'

const exists = (p: string) => {
  try {
    lstatSync(p)
    return true
  } catch {
    return false
  }
}

// validate of a repository asks for each of its thousands of files: one walk up per directory
const tops = new Map<string, string | undefined>()

/** The nearest directory at or above `dir` holding a `.git` entry (a directory or a worktree's file). */
export function gitTopLevel(dir: string): string | undefined {
  if (tops.has(dir)) return tops.get(dir)
  let top: string | undefined
  for (let d = dir; ; d = dirname(d)) {
    if (exists(resolve(d, '.git'))) {
      top = d
      break
    }
    if (dirname(d) === d) break
  }
  if (tops.size > 10_000) tops.clear()
  tops.set(dir, top)
  return top
}

const inside = (root: string, p: string) => {
  const r = relative(root, p)
  return r === '' || (!isAbsolute(r) && r !== '..' && !r.startsWith('..' + sep))
}
const outside = (reason: string): Refusal => ({ refused: 'outside', reason })
const missing: Refusal = { refused: 'missing', reason: 'no such file' }

/** The real path of `rel` (from `base`) if it lies inside `root`, else why not. */
function locate(root: string, base: string, rel: string): string | Refusal {
  if (isAbsolute(rel)) return outside('is an absolute path')
  const p = resolve(base, rel)
  if (!inside(root, p)) return outside('leads out of the repository')
  try {
    const real = realpathSync(p)
    return inside(root, real) ? real : outside('is a symlink that leads out of the repository')
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    if (code !== 'ENOENT' && code !== 'ENOTDIR')
      return { refused: 'unreadable', reason: describeError(e) }
  }
  // not there: judge the nearest part that is, so that the answer does not tell what exists outside
  for (let d = p; inside(root, d) && d !== root; d = dirname(d)) {
    if (!exists(d)) continue
    try {
      if (!inside(root, realpathSync(d)))
        return outside('is a symlink that leads out of the repository')
    } catch {
      return outside('is a symlink that does not resolve')
    }
    break
  }
  return missing
}

export interface RepoPlace {
  /** the directory relative paths start from (the SiteConfig's) */
  base: string
  /** what nothing may be read outside of */
  root: string
}

/** The real directory --repo-root names, checked once before any file is read. */
export function repoRootOption(dir: string): string {
  let root: string
  try {
    root = realpathSync(dir)
  } catch (e) {
    throw new CliError(`--repo-root ${dir}: ${describeError(e)}`)
  }
  if (!statSync(root).isDirectory()) throw new CliError(`--repo-root ${dir}: not a directory`)
  return root
}

/** Where a SiteConfig's named files are looked up; `root` is --repo-root's, if given. */
// one realpath per directory, not per file of a repository run
const realDirs = new Map<string, string>()

export function placeOf(file: string, root?: string): RepoPlace {
  const dir = dirname(resolve(file))
  let base = realDirs.get(dir)
  if (base === undefined) {
    base = realpathSync(dir)
    if (realDirs.size > 10_000) realDirs.clear()
    realDirs.set(dir, base)
  }
  return { base, root: root ?? gitTopLevel(base) ?? base }
}

export function repoFiles({ base, root }: RepoPlace): RepoFiles {
  return {
    read: (rel) => {
      const real = locate(root, base, rel)
      if (typeof real !== 'string') return real
      try {
        const d = decodeBytes(readRegular(real, true))
        return 'error' in d ? { refused: 'unreadable', reason: d.error } : d.text
      } catch (e) {
        if (e instanceof ReadRefused) return { refused: 'unreadable', reason: e.message }
        throw e
      }
    },
    list: (rel) => {
      const real = locate(root, base, rel)
      if (typeof real !== 'string') return real
      try {
        if (!statSync(real).isDirectory())
          return { refused: 'unreadable', reason: 'is not a directory' }
        return readdirSync(real)
      } catch (e) {
        return { refused: 'unreadable', reason: describeError(e) }
      }
    },
  }
}
