// Reads the text files had at git HEAD from a folder the browser opened (directory input or File
// System Access API): there is no real fs, only a list of paths and a way to read their bytes, so
// isomorphic-git gets a small read-only in-memory fs built from those two.
import { sha1 } from '@noble/hashes/legacy.js'
import { bytesToHex } from '@noble/hashes/utils.js'

/** reads bytes of a file by its path relative to the opened folder ('.git/HEAD', 'site/a.yaml'); undefined when absent */
export type ReadBytes = (path: string) => Promise<Uint8Array | undefined>

export interface GitHead {
  /** the commit HEAD resolves to (40 hex) */
  commit: string
  /**
   * text of `path` (relative to the opened folder, which is the work tree's top) at HEAD, or
   * undefined when HEAD has no such file (also for a directory or a submodule entry). The blob's
   * bytes are decoded as UTF-8 as stored (CRLF and a BOM kept, no filters); bytes that are not
   * UTF-8 decode to U+FFFD, so only UTF-8 content round-trips byte-exact.
   */
  text(path: string): Promise<string | undefined>
  /** the blob id `path` has at HEAD (undefined: none), from one walk of HEAD's trees */
  oid(path: string): Promise<string | undefined>
}

/** git's id of a file's content ("blob <size>\0" + bytes, SHA-1): equal ids, equal bytes */
export function blobId(bytes: Uint8Array): string {
  const head = new TextEncoder().encode(`blob ${bytes.length}\0`)
  const all = new Uint8Array(head.length + bytes.length)
  all.set(head)
  all.set(bytes, head.length)
  return bytesToHex(sha1(all))
}

const GITDIR = '.git'

/**
 * undefined when the folder has no readable .git directory: not a checkout, or a linked worktree
 * or submodule whose .git is a file pointing outside the opened folder, which the browser cannot
 * reach. Also undefined for a repository without commits (HEAD names an unborn branch), since
 * there is no commit to report.
 */
export async function openGitHead(
  paths: readonly string[],
  read: ReadBytes,
): Promise<GitHead | undefined> {
  const tree = indexPaths(paths)
  if (tree.dirs.get(GITDIR) === undefined) return undefined
  const git = await loadGit()
  const fs = memoryFs(tree, read)
  // one cache for every read: isomorphic-git keeps parsed pack indexes in it
  const cache = {}
  let commit: string
  try {
    commit = await git.resolveRef({ fs, gitdir: GITDIR, ref: 'HEAD' })
  } catch (err) {
    if (isMissing(err)) return undefined
    throw err
  }
  // path → blob id, read once: a repository of 3,000 sites asks for every one
  let ids: Promise<Map<string, string>> | undefined
  const walkTrees = async () => {
    const out = new Map<string, string>()
    const visit = async (oid: string, prefix: string) => {
      const { tree } = await git.readTree({ fs, gitdir: GITDIR, oid, cache })
      for (const e of tree) {
        if (e.type === 'tree') await visit(e.oid, `${prefix}${e.path}/`)
        else if (e.type === 'blob') out.set(prefix + e.path, e.oid)
      }
    }
    await visit(commit, '')
    return out
  }
  return {
    commit,
    async oid(path) {
      const filepath = treePath(path)
      return filepath === undefined ? undefined : (await (ids ??= walkTrees())).get(filepath)
    },
    async text(path) {
      const filepath = treePath(path)
      if (filepath === undefined) return undefined
      try {
        const { blob } = await git.readBlob({ fs, gitdir: GITDIR, oid: commit, filepath, cache })
        // ignoreBOM keeps a leading U+FEFF, as `git show` prints it
        return new TextDecoder('utf-8', { ignoreBOM: true }).decode(blob)
      } catch (err) {
        if (isMissing(err)) return undefined
        throw err
      }
    },
  }
}

async function loadGit() {
  // isomorphic-git uses a global Buffer (node has one, browsers do not): install the polyfill
  // only when absent, and only once a git folder is opened. Both load lazily, so the library
  // (~50 KB gzip with the polyfill) stays out of the chunk that imports this module.
  if (typeof globalThis.Buffer === 'undefined') {
    // the trailing slash makes bundlers take the npm package, not node's built-in
    const { Buffer } = await import('buffer/')
    ;(globalThis as { Buffer?: unknown }).Buffer = Buffer
  }
  // destructured at the import so the bundler can drop the commands this module does not use
  const { resolveRef, readBlob, readTree } = await import('isomorphic-git')
  return { resolveRef, readBlob, readTree }
}

/** NotFoundError: no such ref, object or path; ObjectTypeError: the path is a tree, not a blob */
function isMissing(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code
  return code === 'NotFoundError' || code === 'ObjectTypeError'
}

/** a repository path as git trees spell it, or undefined when none can name a file */
function treePath(path: string): string | undefined {
  const parts = path
    .replace(/^\.?\//, '')
    .split('/')
    .filter((p) => p !== '')
  if (parts.length === 0 || parts.some((p) => p === '.' || p === '..')) return undefined
  return parts.join('/')
}

interface PathIndex {
  files: Set<string>
  /** directory → names of its entries; '' is the opened folder */
  dirs: Map<string, Set<string>>
}

function indexPaths(paths: readonly string[]): PathIndex {
  const files = new Set<string>()
  const dirs = new Map<string, Set<string>>([['', new Set()]])
  for (const raw of paths) {
    const path = norm(raw)
    if (path === '') continue
    files.add(path)
    // every ancestor of a file is a directory: the listing is all the structure there is
    const parts = path.split('/')
    for (let i = 0; i < parts.length; i++) {
      const parent = parts.slice(0, i).join('/')
      let names = dirs.get(parent)
      if (names === undefined) dirs.set(parent, (names = new Set()))
      names.add(parts[i] as string)
    }
  }
  return { files, dirs }
}

function norm(path: string): string {
  return path
    .split('/')
    .filter((p) => p !== '' && p !== '.')
    .join('/')
}

function fsError(code: string, syscall: string, path: string): Error {
  // isomorphic-git tells "absent" from real failures by these node-style codes
  return Object.assign(new Error(`${code}: ${syscall} '${path}'`), { code })
}

interface Stats {
  type: 'file' | 'dir'
  mode: number
  size: number
  ino: number
  mtimeMs: number
  ctimeMs: number
  uid: number
  gid: number
  dev: number
  isFile(): boolean
  isDirectory(): boolean
  isSymbolicLink(): boolean
}

function stats(type: 'file' | 'dir', size: number): Stats {
  return {
    type,
    mode: type === 'dir' ? 0o40000 : 0o100644,
    size,
    ino: 0,
    mtimeMs: 0,
    ctimeMs: 0,
    uid: 0,
    gid: 0,
    dev: 0,
    isFile: () => type === 'file',
    isDirectory: () => type === 'dir',
    // a directory input and the File System Access API show no symlinks
    isSymbolicLink: () => false,
  }
}

/** the promise-fs shape isomorphic-git wants; every write fails with EROFS */
function memoryFs({ files, dirs }: PathIndex, read: ReadBytes) {
  /** ENOTDIR when an ancestor is a file, ENOENT otherwise */
  const absent = (path: string, syscall: string): Error => {
    const parts = path.split('/')
    for (let i = 1; i < parts.length; i++) {
      if (files.has(parts.slice(0, i).join('/'))) return fsError('ENOTDIR', syscall, path)
    }
    return fsError('ENOENT', syscall, path)
  }
  const bytes = async (path: string, syscall: string): Promise<Uint8Array> => {
    if (dirs.has(path)) throw fsError('EISDIR', syscall, path)
    const data = files.has(path) ? await read(path) : undefined
    if (data === undefined) throw absent(path, syscall)
    return data
  }
  const stat = async (raw: string): Promise<Stats> => {
    const path = norm(raw)
    if (dirs.has(path)) return stats('dir', 0)
    return stats('file', (await bytes(path, 'stat')).byteLength)
  }
  const readOnly = async (raw: string): Promise<never> => {
    throw fsError('EROFS', 'write', norm(raw))
  }
  return {
    async readFile(raw: string, options?: string | { encoding?: string }) {
      const data = await bytes(norm(raw), 'open')
      const encoding = typeof options === 'string' ? options : options?.encoding
      return encoding === 'utf8' || encoding === 'utf-8' ? new TextDecoder().decode(data) : data
    },
    async readdir(raw: string) {
      const path = norm(raw)
      const names = dirs.get(path)
      if (names === undefined)
        throw files.has(path) ? fsError('ENOTDIR', 'scandir', path) : absent(path, 'scandir')
      return [...names]
    },
    stat,
    lstat: stat,
    async readlink(raw: string): Promise<never> {
      const path = norm(raw)
      if (dirs.has(path) || files.has(path)) throw fsError('EINVAL', 'readlink', path)
      throw absent(path, 'readlink')
    },
    writeFile: readOnly,
    mkdir: readOnly,
    rmdir: readOnly,
    rm: readOnly,
    unlink: readOnly,
    symlink: readOnly,
  }
}
