/**
 * `siteconfig-studio serve`: the built app (the package's dist/) on 127.0.0.1, and optionally one
 * directory read-only under /__repo/. Only GET/HEAD, only the Host names of this server (a DNS
 * rebinding page cannot reach it), never a path outside the served folders, no directory listing.
 */
import {
  createReadStream,
  existsSync,
  lstatSync,
  readdirSync,
  realpathSync,
  statSync,
} from 'node:fs'
import type { Stats } from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { basename, dirname, isAbsolute, join, posix, relative, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { CliError } from './io.ts'

/** Not 5173/4173 (vite dev and preview) nor 8080 (taken by half the tools on a laptop). */
export const DEFAULT_PORT = 8417
const MAX_FILES = 20_000
const MAX_BYTES = 200 * 1024 * 1024

// the meta CSP of index.html, plus what only a header can say (frame-ancestors): Monaco's workers
// are files of dist/assets ('self'), its styles are inline, the fonts are bundled woff2
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ')

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
}

export interface RepoEntry {
  path: string
  size: number
}
export interface RepoIndex {
  name: string
  files: RepoEntry[]
  truncated?: true
}

const inside = (root: string, p: string) => {
  const r = relative(root, p)
  return r !== '..' && !r.startsWith(`..${sep}`) && !isAbsolute(r)
}

/**
 * Regular files below `root`, sorted, as POSIX paths: node_modules skipped, .git kept (the app
 * reads HEAD), a symlink listed only if it resolves to a regular file inside root (symlinked
 * directories are not entered: no loops, nothing outside).
 */
export function listRepo(root: string): RepoIndex {
  const realRoot = realpathSync(root)
  const files: RepoEntry[] = []
  let total = 0
  let truncated = false
  const walk = (dir: string, rel: string) => {
    let names: string[]
    try {
      names = readdirSync(dir).sort()
    } catch {
      return
    }
    for (const name of names) {
      if (truncated) return
      const abs = join(dir, name)
      const path = rel ? `${rel}/${name}` : name
      let st: Stats
      try {
        st = lstatSync(abs)
        if (st.isDirectory()) {
          if (name !== 'node_modules') walk(abs, path)
          continue
        }
        if (st.isSymbolicLink()) {
          if (!inside(realRoot, realpathSync(abs))) continue
          st = statSync(abs)
        }
      } catch {
        continue
      }
      if (!st.isFile()) continue
      if (files.length >= MAX_FILES || total + st.size > MAX_BYTES) {
        truncated = true
        return
      }
      total += st.size
      files.push({ path, size: st.size })
    }
  }
  walk(realRoot, '')
  return { name: basename(realRoot), files, ...(truncated ? { truncated: true as const } : {}) }
}

/** The request's path below the served folder, or null when it is malformed or escapes it. */
export function safePath(rawUrl: string): string | null {
  if (!rawUrl.startsWith('/')) return null
  const raw = rawUrl.replace(/[?#].*$/s, '')
  let decoded: string
  try {
    decoded = decodeURIComponent(raw)
  } catch {
    return null
  }
  // a NUL or backslash has no business in a URL of this server; ".." is refused, not resolved
  if (/[\0\\]/.test(decoded) || decoded.startsWith('//')) return null
  const segments = decoded.split('/').slice(1)
  if (segments.some((s) => s === '..' || s === '.')) return null
  const norm = posix.normalize(decoded)
  return norm.startsWith('/') ? norm.slice(1) : null
}

/** The package root: the nearest directory above this module holding a package.json. */
function packageRoot(): string {
  let d = dirname(fileURLToPath(import.meta.url))
  for (let i = 0; i < 4; i++, d = dirname(d)) if (existsSync(join(d, 'package.json'))) return d
  return resolve(dirname(fileURLToPath(import.meta.url)), '..')
}

export interface ServeOptions {
  appDir: string
  repoDir?: string
  port: number
  host?: string
}

export async function startServer(
  opts: ServeOptions,
): Promise<{ url: string; port: number; close(): Promise<void> }> {
  const host = opts.host ?? '127.0.0.1'
  const appDir = realpathSync(opts.appDir)
  if (!existsSync(join(appDir, 'index.html')))
    throw new CliError(`${opts.appDir} has no index.html: run "npm run build"`)
  const repoDir = opts.repoDir === undefined ? undefined : realpathSync(opts.repoDir)
  let index: RepoIndex | undefined
  let listed = new Map<string, number>()
  const relist = () => {
    index = listRepo(repoDir as string)
    listed = new Map(index.files.map((f) => [f.path, f.size]))
    return index
  }
  // node:http only when serving: importing it costs `validate` ~15 ms of start-up
  const { createServer } = await import('node:http')
  let port = opts.port
  const hosts = () => new Set([`127.0.0.1:${port}`, `localhost:${port}`])

  const send = (
    res: ServerResponse,
    status: number,
    body: string,
    type = 'text/plain; charset=utf-8',
  ) => {
    res.writeHead(status, { 'Content-Type': type, 'Content-Length': Buffer.byteLength(body) })
    res.end(res.req.method === 'HEAD' ? undefined : body)
  }
  const sendFile = (res: ServerResponse, file: string, type: string, extra = {}) => {
    let st: Stats
    try {
      st = statSync(file)
    } catch {
      return send(res, 404, 'not found\n')
    }
    if (!st.isFile()) return send(res, 404, 'not found\n')
    res.writeHead(200, { 'Content-Type': type, 'Content-Length': st.size, ...extra })
    if (res.req.method === 'HEAD') return void res.end()
    const s = createReadStream(file)
    s.on('error', () => res.destroy())
    s.pipe(res)
  }

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    res.setHeader('X-Content-Type-Options', 'nosniff')
    res.setHeader('Content-Security-Policy', CSP)
    res.setHeader('Referrer-Policy', 'no-referrer')
    // another site's page cannot embed these bytes (a <script src> of a repo file)
    res.setHeader('Cross-Origin-Resource-Policy', 'same-origin')
    res.setHeader('Cross-Origin-Opener-Policy', 'same-origin')
    if (!hosts().has((req.headers.host ?? '').toLowerCase()))
      return send(res, 403, 'forbidden host\n')
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD')
      return send(res, 405, 'method not allowed\n')
    }
    const path = safePath(req.url ?? '')
    if (path === null) return send(res, 400, 'bad path\n')

    if (path === '__repo' || path.startsWith('__repo/')) {
      const site = req.headers['sec-fetch-site']
      if (site !== undefined && site !== 'same-origin' && site !== 'none')
        return send(res, 403, 'cross-site\n')
      if (!repoDir) return send(res, 404, 'no repository served\n')
      const rel = path.slice('__repo/'.length)
      res.setHeader('Cache-Control', 'no-store')
      if (rel === 'index.json')
        return send(res, 200, JSON.stringify(relist()), 'application/json; charset=utf-8')
      if (!index) relist()
      if (!listed.has(rel)) return send(res, 404, 'not found\n')
      // checked again at read time: the tree may have changed since it was listed
      let real: string
      try {
        real = realpathSync(join(repoDir, ...rel.split('/')))
      } catch {
        return send(res, 404, 'not found\n')
      }
      if (!inside(repoDir, real)) return send(res, 404, 'not found\n')
      return sendFile(res, real, 'application/octet-stream')
    }

    const file = path === '' ? 'index.html' : path
    let real: string
    try {
      real = realpathSync(join(appDir, ...file.split('/')))
    } catch {
      return send(res, 404, 'not found\n')
    }
    if (!inside(appDir, real)) return send(res, 404, 'not found\n')
    const ext = posix.extname(file).toLowerCase()
    const type = TYPES[ext] ?? 'application/octet-stream'
    // index.html names the hashed assets: always revalidated, so an upgrade shows at once
    return sendFile(res, real, type, ext === '.html' ? { 'Cache-Control': 'no-cache' } : {})
  }

  const server = createServer((req, res) => {
    try {
      handle(req, res)
    } catch {
      if (!res.headersSent) send(res, 500, 'internal error\n')
      else res.destroy()
    }
  })
  await new Promise<void>((ok, fail) => {
    server.once('error', (e: NodeJS.ErrnoException) =>
      fail(
        e.code === 'EADDRINUSE'
          ? new CliError(`port ${opts.port} is in use: pass --port N, or --port 0 for any free one`)
          : e,
      ),
    )
    server.listen(opts.port, host, () => ok())
  })
  const addr = server.address()
  port = typeof addr === 'object' && addr ? addr.port : opts.port
  return {
    url: `http://${host}:${port}/`,
    port,
    close: () =>
      new Promise<void>((ok) => {
        server.close(() => ok())
        server.closeAllConnections()
      }),
  }
}

type Out = { stdout: (s: string) => void; stderr: (s: string) => void }

/** `serve [DIR] [--port N]`: runs until SIGINT or SIGTERM. */
export async function cmdServe(
  a: { positional: string[]; options: Record<string, string | undefined> },
  out: Out,
): Promise<number> {
  const [dir, ...extra] = a.positional
  if (extra.length > 0) throw new CliError('serve takes at most one DIR (see --help)')
  const p = a.options.port ?? String(DEFAULT_PORT)
  if (!/^\d{1,5}$/.test(p) || Number(p) > 65535)
    throw new CliError(`--port must be 0 to 65535 (got "${p}")`)
  if (dir !== undefined) {
    let st: Stats | undefined
    try {
      st = statSync(dir)
    } catch {
      st = undefined
    }
    if (!st?.isDirectory()) throw new CliError(`${dir}: not a directory`)
  }
  const appDir = join(packageRoot(), 'dist')
  if (!existsSync(join(appDir, 'index.html')))
    throw new CliError(
      `the app is not built (${appDir} has no index.html): run "npm run build", or reinstall the package`,
    )
  const s = await startServer({ appDir, port: Number(p), ...(dir ? { repoDir: dir } : {}) })
  // ?folder: the app opens the served folder as if it were chosen with Open folder
  out.stdout(`SiteConfig Studio: ${s.url}${dir ? '?folder' : ''}\n`)
  if (dir) out.stdout(`serving ${resolve(dir)} read-only at ${s.url}__repo/\n`)
  out.stdout('press Ctrl+C to stop\n')
  await new Promise<void>((ok) => {
    process.once('SIGINT', ok)
    process.once('SIGTERM', ok)
  })
  await s.close()
  return 0
}
