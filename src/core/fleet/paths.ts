/**
 * Repository paths: POSIX, relative to the opened folder, never starting with `/` or `./`. The
 * core has no node:path (it runs in the browser too); these few functions are all it needs.
 */

/** `a/b/../c/./d` → `a/c/d`; undefined when it leaves the top (`..` past the root) or is absolute */
export function normalize(p: string): string | undefined {
  if (p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p) || p.includes('\0')) return undefined
  const out: string[] = []
  for (const part of p.replace(/\\/g, '/').split('/')) {
    if (part === '' || part === '.') continue
    if (part === '..') {
      if (out.length === 0) return undefined
      out.pop()
    } else out.push(part)
  }
  return out.join('/')
}

export const dirOf = (p: string): string => {
  const i = p.lastIndexOf('/')
  return i < 0 ? '' : p.slice(0, i)
}

export const baseName = (p: string): string => p.slice(p.lastIndexOf('/') + 1)

/** `rel` read from directory `dir`, normalized; undefined when it leads outside */
export const join = (dir: string, rel: string): string | undefined =>
  rel.startsWith('/') ? undefined : normalize(dir ? `${dir}/${rel}` : rel)

/** `.git` and `node_modules` are never site folders (the CLI and the app skip them alike) */
export const SKIPPED_DIRS: ReadonlySet<string> = new Set(['.git', 'node_modules'])

export const isSkipped = (p: string): boolean => p.split('/').some((s) => SKIPPED_DIRS.has(s))

export const isYamlName = (p: string): boolean => /\.ya?ml$/i.test(p)

export const isKustomization = (p: string): boolean =>
  /^(kustomization\.ya?ml|Kustomization)$/.test(baseName(p))
