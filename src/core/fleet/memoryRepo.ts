/**
 * The repository as the browser holds it after Open folder: paths and the texts read so far. A
 * site file's named files (crTemplates, biosConfigRef, manifest directories) are looked up here
 * with the CLI's rules: nothing outside the opened folder, a directory is not a file.
 */
import type { Refusal, RepoFiles } from '../validate/repo.ts'
import { baseName, dirOf, join } from './paths.ts'

export interface RepoTree {
  /** a file is at this path */
  has(path: string): boolean
  /** the text of a file, when it was read (YAML and small files are; others are not) */
  text(path: string): string | undefined
}

/** directory → its entries' names, built once per tree */
export function directories(paths: Iterable<string>): Map<string, Set<string>> {
  const dirs = new Map<string, Set<string>>([['', new Set()]])
  for (const p of paths)
    for (let child = p; ;) {
      const d = dirOf(child)
      const set = dirs.get(d)
      const name = baseName(child)
      // a known directory's parents are known already
      if (set) {
        set.add(name)
        break
      }
      dirs.set(d, new Set([name]))
      child = d
    }
  return dirs
}

/** what is at a path of the tree: a file, a directory, or nothing */
export function existsIn(files: { has(p: string): boolean }, dirs: Map<string, Set<string>>) {
  return (p: string) => (files.has(p) ? 'file' : dirs.has(p) ? 'dir' : undefined)
}

const outside: Refusal = { refused: 'outside', reason: 'leads out of the repository' }
const missing: Refusal = { refused: 'missing', reason: 'no such file' }

export function memoryRepo(
  tree: RepoTree,
  dirs: Map<string, Set<string>>,
  base: string,
): RepoFiles {
  return {
    read(rel) {
      const p = join(base, rel)
      if (p === undefined) return outside
      if (dirs.has(p)) return { refused: 'unreadable', reason: 'is a directory' }
      const t = tree.text(p)
      if (t !== undefined) return t
      return tree.has(p) ? { refused: 'unreadable', reason: 'was not read' } : missing
    },
    list(rel) {
      const p = join(base, rel)
      if (p === undefined) return outside
      const d = dirs.get(p)
      if (d) return [...d].sort()
      return tree.text(p) !== undefined
        ? { refused: 'unreadable', reason: 'is not a directory' }
        : missing
    },
  }
}
