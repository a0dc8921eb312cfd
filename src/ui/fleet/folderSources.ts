/**
 * A folder as the browser gives it: a directory input's FileList (read only), or a File System
 * Access directory handle (read and write). Paths are relative to the chosen folder; node_modules
 * is not listed (it is never a site folder and can hold a hundred thousand files), .git is (its
 * HEAD is each file's baseline).
 */
import type { FolderSource } from '../../state/fleet/workspace.ts'

const skipped = (path: string) => path.split('/').includes('node_modules')

/** a directory input's files: each webkitRelativePath starts with the chosen folder's name */
export function fromFileList(list: readonly File[]): FolderSource {
  const byPath = new Map<string, File>()
  let name = ''
  for (const f of list) {
    const rel = f.webkitRelativePath || f.name
    const slash = rel.indexOf('/')
    name ||= slash < 0 ? '' : rel.slice(0, slash)
    const path = slash < 0 ? rel : rel.slice(slash + 1)
    if (!skipped(path)) byPath.set(path, f)
  }
  return {
    name: name || 'folder',
    kind: 'input',
    paths: [...byPath.keys()].sort(),
    read: async (p) => {
      const f = byPath.get(p)
      return f ? new Uint8Array(await f.arrayBuffer()) : undefined
    },
  }
}

interface DirHandle {
  name: string
  values(): AsyncIterable<DirHandle | FileHandle>
  kind: 'directory'
  getFileHandle?(name: string): Promise<FileHandle>
}
interface FileHandle {
  name: string
  kind: 'file'
  getFile(): Promise<File>
  createWritable(): Promise<{ write(data: string): Promise<void>; close(): Promise<void> }>
}

/** the File System Access picker, where the browser has it */
export const canPickFolder = () =>
  typeof (window as { showDirectoryPicker?: unknown }).showDirectoryPicker === 'function'

export async function pickFolder(): Promise<FolderSource | null> {
  const pick = (window as unknown as { showDirectoryPicker(o: object): Promise<DirHandle> })
    .showDirectoryPicker
  let dir: DirHandle
  try {
    dir = await pick.call(window, { mode: 'readwrite' })
  } catch (e) {
    // the user closed the picker: nothing to say
    if (e instanceof DOMException && e.name === 'AbortError') return null
    throw e
  }
  const files = new Map<string, FileHandle>()
  const walk = async (d: DirHandle, prefix: string) => {
    for await (const h of d.values()) {
      const p = prefix + h.name
      if (h.kind === 'file') files.set(p, h)
      else if (h.name !== 'node_modules') await walk(h, p + '/')
    }
  }
  await walk(dir, '')
  return {
    name: dir.name,
    kind: 'fsa',
    paths: [...files.keys()].sort(),
    read: async (p) => {
      const h = files.get(p)
      return h ? new Uint8Array(await (await h.getFile()).arrayBuffer()) : undefined
    },
    write: async (p, text) => {
      const h = files.get(p)
      if (!h) throw new Error('not in the opened folder')
      const w = await h.createWritable()
      await w.write(text)
      await w.close()
    },
  }
}

/**
 * The folder `siteconfig-studio serve DIR` offers at /__repo/ (read only), when the app is served
 * that way; null otherwise (Vite, or serve without DIR: no such listing).
 */
export async function fromServer(): Promise<FolderSource | null> {
  let index: { name?: unknown; files?: unknown }
  try {
    const r = await fetch('/__repo/index.json', { headers: { accept: 'application/json' } })
    if (!r.ok || !r.headers.get('content-type')?.includes('json')) return null
    index = (await r.json()) as typeof index
  } catch {
    return null
  }
  if (!Array.isArray(index.files)) return null
  const paths = index.files
    .map((f: { path?: unknown }) => (typeof f.path === 'string' ? f.path : ''))
    .filter((p) => p && !skipped(p))
    .sort()
  const known = new Set(paths)
  return {
    name: typeof index.name === 'string' ? index.name : 'folder',
    kind: 'served',
    paths,
    read: async (p) => {
      if (!known.has(p)) return undefined
      const r = await fetch(`/__repo/${p.split('/').map(encodeURIComponent).join('/')}`)
      return r.ok ? new Uint8Array(await r.arrayBuffer()) : undefined
    },
  }
}
