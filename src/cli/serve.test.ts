import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CSP, safePath, startServer } from './serve.ts'

let tmp: string
let server: Awaited<ReturnType<typeof startServer>>

interface Reply {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

/** A raw request: the path goes out exactly as written (no client-side normalising of ..). */
function get(path: string, opts: { method?: string; host?: string } = {}): Promise<Reply> {
  return new Promise((ok, fail) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: server.port,
        path,
        method: opts.method ?? 'GET',
        headers: { host: opts.host ?? `127.0.0.1:${server.port}` },
      },
      (res) => {
        let body = ''
        res.setEncoding('utf8')
        res.on('data', (c: string) => (body += c))
        res.on('end', () => ok({ status: res.statusCode ?? 0, headers: res.headers, body }))
      },
    )
    req.on('error', fail)
    req.end()
  })
}

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'scs-serve-'))
  const app = join(tmp, 'app')
  mkdirSync(join(app, 'assets'), { recursive: true })
  writeFileSync(join(app, 'index.html'), '<!doctype html><script src="./assets/a.js"></script>')
  writeFileSync(join(app, 'assets/a.js'), 'console.log(1)')
  writeFileSync(join(app, 'assets/a.css'), 'body{}')
  writeFileSync(join(app, 'assets/f.woff2'), 'wOF2')
  writeFileSync(join(app, 'assets/i.svg'), '<svg/>')
  writeFileSync(join(app, 'assets/s.json'), '{}')
  writeFileSync(join(tmp, 'secret.txt'), 'outside')
  const repo = join(tmp, 'my-repo')
  mkdirSync(join(repo, 'sites/a'), { recursive: true })
  mkdirSync(join(repo, '.git'))
  mkdirSync(join(repo, 'node_modules/x'), { recursive: true })
  writeFileSync(join(repo, 'sites/a/site.yaml'), 'kind: SiteConfig\n')
  writeFileSync(join(repo, '.git/HEAD'), 'ref: refs/heads/main\n')
  writeFileSync(join(repo, 'node_modules/x/index.js'), '')
  symlinkSync(join(tmp, 'secret.txt'), join(repo, 'leak.txt'))
  symlinkSync(tmp, join(repo, 'up'))
  symlinkSync('sites/a/site.yaml', join(repo, 'alias.yaml'))
  server = await startServer({ appDir: app, repoDir: repo, port: 0, host: '127.0.0.1' })
})
afterAll(async () => {
  await server?.close()
  rmSync(tmp, { recursive: true, force: true })
})

describe('serve: the app', () => {
  it('serves index.html for / with no-cache and the security headers', async () => {
    const r = await get('/')
    expect(r.status).toBe(200)
    expect(r.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(r.headers['cache-control']).toBe('no-cache')
    expect(r.headers['x-content-type-options']).toBe('nosniff')
    expect(r.headers['content-security-policy']).toBe(CSP)
    expect(r.body).toContain('<script')
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`)
  })

  it.each([
    ['/assets/a.js', 'text/javascript; charset=utf-8'],
    ['/assets/a.css', 'text/css; charset=utf-8'],
    ['/assets/f.woff2', 'font/woff2'],
    ['/assets/i.svg', 'image/svg+xml'],
    ['/assets/s.json', 'application/json; charset=utf-8'],
  ])('%s is %s', async (path, type) => {
    const r = await get(path)
    expect(r.status).toBe(200)
    expect(r.headers['content-type']).toBe(type)
    expect(r.headers['cache-control']).toBeUndefined()
  })

  it('answers HEAD without a body', async () => {
    const r = await get('/assets/a.js', { method: 'HEAD' })
    expect(r.status).toBe(200)
    expect(r.headers['content-length']).toBe('14')
    expect(r.body).toBe('')
  })

  it.each([
    '/../secret.txt',
    '/../package.json',
    '/%2e%2e/secret.txt',
    '/assets/%2E%2E/%2e%2e/secret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/index.html%00.js',
    '/assets%5c..%5c..%5csecret.txt',
    '/%E0%A4%A',
    'http://evil/secret.txt',
  ])('refuses %s', async (path) => {
    const r = await get(path)
    expect(r.status).toBe(400)
    expect(r.body).not.toContain('outside')
  })

  it('lists no directory and 404s what is not there', async () => {
    expect((await get('/assets/')).status).toBe(404)
    expect((await get('/assets')).status).toBe(404)
    expect((await get('/nope.js')).status).toBe(404)
  })

  it.each([
    'evil.example',
    'evil.example:0',
    '127.0.0.1',
    'localhost',
    'localhost:1',
    '127.0.0.1.evil.example:0',
  ])('refuses Host "%s" (DNS rebinding)', async (host) => {
    const r = await get('/', { host: host.replace(':0', `:${server.port}`) })
    expect(r.status).toBe(403)
  })

  it('accepts localhost:<port> as Host', async () => {
    expect((await get('/', { host: `localhost:${server.port}` })).status).toBe(200)
  })

  it.each(['POST', 'PUT', 'DELETE', 'OPTIONS'])('refuses %s', async (method) => {
    const r = await get('/', { method })
    expect(r.status).toBe(405)
    expect(r.headers.allow).toBe('GET, HEAD')
  })
})

describe('serve: the repository under /__repo/', () => {
  it('lists regular files, .git included, node_modules and escaping symlinks not', async () => {
    const r = await get('/__repo/index.json')
    expect(r.status).toBe(200)
    expect(r.headers['content-type']).toBe('application/json; charset=utf-8')
    expect(JSON.parse(r.body)).toEqual({
      name: 'my-repo',
      files: [
        { path: '.git/HEAD', size: 21 },
        { path: 'alias.yaml', size: 17 },
        { path: 'sites/a/site.yaml', size: 17 },
      ],
    })
  })

  it('reads a listed file, and nothing else', async () => {
    const r = await get('/__repo/sites/a/site.yaml')
    expect(r.status).toBe(200)
    expect(r.body).toBe('kind: SiteConfig\n')
    expect((await get('/__repo/.git/HEAD')).body).toBe('ref: refs/heads/main\n')
    for (const p of [
      '/__repo/leak.txt',
      '/__repo/up/secret.txt',
      '/__repo/node_modules/x/index.js',
    ])
      expect((await get(p)).status).toBe(404)
    expect((await get('/__repo/sites')).status).toBe(404)
    expect((await get('/__repo/../secret.txt')).status).toBe(400)
  })
})

describe('safePath', () => {
  it('normalises a clean path and refuses the rest', () => {
    expect(safePath('/')).toBe('')
    expect(safePath('/assets//a.js?x=1#y')).toBe('assets/a.js')
    expect(safePath('//evil/x')).toBeNull()
    expect(safePath('/a/./b')).toBeNull()
    expect(safePath('/a%00')).toBeNull()
  })
})
