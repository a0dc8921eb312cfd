// Real repositories made with the git binary, read back through the browser-shaped API
import { execFileSync } from 'node:child_process'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { blobId, openGitHead } from './gitHead.ts'
import type { GitHead } from './gitHead.ts'

const FIXTURE = readFileSync(
  '/work/shared/fixtures/upstream/openshift-kni__cnf-features-deploy__ztp__gitops-subscriptions__argocd__example__siteconfig__example-standard.yaml',
  'utf8',
)

const made: string[] = []
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })))

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'githead-'))
  made.push(dir)
  return dir
}

function git(dir: string, ...args: string[]): string {
  // fixed identity and no line-ending or gc surprises from the machine's config
  const config = ['user.name=t', 'user.email=t@t', 'core.autocrlf=false', 'gc.auto=0']
  return execFileSync('git', [...config.flatMap((c) => ['-c', c]), ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' },
  })
}

function newRepo(): string {
  const dir = tempDir()
  git(dir, 'init', '-q', '-b', 'main')
  return dir
}

function put(dir: string, path: string, content: string | Uint8Array): void {
  mkdirSync(dirname(join(dir, path)), { recursive: true })
  writeFileSync(join(dir, path), content)
}

function commit(dir: string, message: string): void {
  git(dir, 'add', '-A')
  git(dir, 'commit', '-q', '-m', message)
}

/** what `git show HEAD:path` prints, as bytes */
function show(dir: string, path: string): Buffer {
  return execFileSync('git', ['show', `HEAD:${path}`], { cwd: dir })
}

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((e) => {
    const path = prefix === '' ? e.name : `${prefix}/${e.name}`
    return e.isDirectory() ? listFiles(dir, path) : [path]
  })
}

/** the folder as the browser would hand it over: its paths and a reader */
function open(dir: string): Promise<GitHead | undefined> {
  return openGitHead(listFiles(dir), async (path) => {
    try {
      return new Uint8Array(await readFile(join(dir, path)))
    } catch {
      return undefined
    }
  })
}

async function expectShown(head: GitHead, dir: string, path: string): Promise<void> {
  const text = await head.text(path)
  expect(text).toBeDefined()
  expect(Buffer.from(new TextEncoder().encode(text))).toEqual(show(dir, path))
}

describe('openGitHead', () => {
  it('reads loose objects in nested directories', async () => {
    const dir = newRepo()
    put(dir, 'site/a.yaml', FIXTURE)
    put(dir, 'site/deep/er/b.yaml', 'kind: B\n')
    put(dir, 'README.md', '# r\n')
    commit(dir, 'one')
    const packDir = join(dir, '.git/objects/pack')
    expect(existsSync(packDir) ? readdirSync(packDir) : []).toEqual([])

    const head = await open(dir)
    expect(head?.commit).toBe(git(dir, 'rev-parse', 'HEAD').trim())
    for (const path of ['site/a.yaml', 'site/deep/er/b.yaml', 'README.md']) {
      await expectShown(head!, dir, path)
    }
    expect(await head!.text('site/a.yaml')).toBe(FIXTURE)
  })

  it("names each file's blob id at HEAD as git does, and hashes content the way git does", async () => {
    const dir = newRepo()
    put(dir, 'site/a.yaml', FIXTURE)
    put(dir, 'site/deep/b.yaml', 'kind: B\r\n')
    commit(dir, 'one')
    git(dir, 'gc', '-q')
    const head = await open(dir)
    for (const path of ['site/a.yaml', 'site/deep/b.yaml'])
      expect(await head!.oid(path)).toBe(git(dir, 'rev-parse', `HEAD:${path}`).trim())
    expect(await head!.oid('site/none.yaml')).toBeUndefined()
    expect(await head!.oid('site')).toBeUndefined()
    const bytes = readFileSync(join(dir, 'site/a.yaml'))
    expect(blobId(bytes)).toBe(git(dir, 'hash-object', 'site/a.yaml').trim())
  })

  it('reads packed, deltified objects after git gc --aggressive', async () => {
    const dir = newRepo()
    const lines = FIXTURE.split('\n')
    // each commit edits the same file; the last one shrinks it, so git packs HEAD's blob as a
    // delta against a larger version rather than as the base
    for (let i = 0; i < 6; i++) {
      put(dir, 'site/a.yaml', [`# rev ${i}`, ...lines, ...lines.slice(0, 20 * i)].join('\n'))
      commit(dir, `rev ${i}`)
    }
    put(dir, 'site/a.yaml', [`# last`, ...lines.slice(0, -10)].join('\n'))
    commit(dir, 'last')
    git(dir, 'gc', '-q', '--aggressive', '--prune=now')

    const blob = git(dir, 'rev-parse', 'HEAD:site/a.yaml').trim()
    const packs = listFiles(dir, '.git/objects/pack')
    const idx = packs.find((p) => p.endsWith('.idx'))
    expect(packs.some((p) => p.endsWith('.pack'))).toBe(true)
    expect(existsSync(join(dir, '.git/objects', blob.slice(0, 2), blob.slice(2)))).toBe(false)
    // verify-pack shows a delta as "oid type size size-in-pack offset depth base"
    const entry = git(dir, 'verify-pack', '-v', join(dir, idx!))
      .split('\n')
      .find((l) => l.startsWith(blob))
    expect(entry?.trim().split(/\s+/)).toHaveLength(7)

    const head = await open(dir)
    await expectShown(head!, dir, 'site/a.yaml')
  })

  it('resolves a branch that lives only in packed-refs', async () => {
    const dir = newRepo()
    put(dir, 'a.yaml', FIXTURE)
    commit(dir, 'one')
    git(dir, 'pack-refs', '--all')
    expect(existsSync(join(dir, '.git/refs/heads/main'))).toBe(false)
    expect(readFileSync(join(dir, '.git/packed-refs'), 'utf8')).toContain('refs/heads/main')

    const head = await open(dir)
    expect(head?.commit).toBe(git(dir, 'rev-parse', 'HEAD').trim())
    await expectShown(head!, dir, 'a.yaml')
  })

  it('follows a detached HEAD', async () => {
    const dir = newRepo()
    put(dir, 'a.yaml', 'v: 1\n')
    commit(dir, 'one')
    const first = git(dir, 'rev-parse', 'HEAD').trim()
    put(dir, 'a.yaml', 'v: 2\n')
    commit(dir, 'two')
    git(dir, 'checkout', '-q', '--detach', first)

    const head = await open(dir)
    expect(head?.commit).toBe(first)
    expect(await head!.text('a.yaml')).toBe('v: 1\n')
  })

  it('returns the HEAD text, not the edited working file', async () => {
    const dir = newRepo()
    put(dir, 'site/a.yaml', FIXTURE)
    commit(dir, 'one')
    put(dir, 'site/a.yaml', 'edited: true\n')
    put(dir, 'site/new.yaml', 'untracked: true\n')

    const head = await open(dir)
    expect(await head!.text('site/a.yaml')).toBe(FIXTURE)
    expect(await head!.text('site/new.yaml')).toBeUndefined()
  })

  it('answers undefined for paths HEAD lacks: deleted, never added, directories', async () => {
    const dir = newRepo()
    put(dir, 'site/a.yaml', 'a: 1\n')
    put(dir, 'site/gone.yaml', 'g: 1\n')
    commit(dir, 'one')
    git(dir, 'rm', '-q', 'site/gone.yaml')
    commit(dir, 'two')

    const head = await open(dir)
    expect(await head!.text('site/gone.yaml')).toBeUndefined()
    expect(await head!.text('nope.yaml')).toBeUndefined()
    expect(await head!.text('site/a.yaml/x')).toBeUndefined()
    expect(await head!.text('site')).toBeUndefined()
    expect(await head!.text('')).toBeUndefined()
    expect(await head!.text('./site/a.yaml')).toBe('a: 1\n')
  })

  it('keeps CRLF and a BOM as stored, and decodes non-UTF-8 bytes with replacement', async () => {
    const dir = newRepo()
    put(dir, 'crlf.yaml', 'a: 1\r\nb: 2\r\n')
    put(dir, 'bom.yaml', '\uFEFFa: 1\n')
    const binary = new Uint8Array([0x61, 0xff, 0x00, 0xc3, 0x0a])
    put(dir, 'bin.dat', binary)
    commit(dir, 'one')

    const head = await open(dir)
    await expectShown(head!, dir, 'crlf.yaml')
    await expectShown(head!, dir, 'bom.yaml')
    expect(await head!.text('crlf.yaml')).toBe('a: 1\r\nb: 2\r\n')
    expect(await head!.text('bom.yaml')).toBe('\uFEFFa: 1\n')
    expect(await head!.text('bin.dat')).toBe('a\uFFFD\u0000\uFFFD\n')
  })

  it('is undefined for a folder that is not a checkout', async () => {
    const dir = tempDir()
    put(dir, 'site/a.yaml', FIXTURE)
    expect(await open(dir)).toBeUndefined()
  })

  it('is undefined for a repository without commits', async () => {
    const dir = newRepo()
    put(dir, 'a.yaml', 'a: 1\n')
    expect(await open(dir)).toBeUndefined()
  })

  it('is undefined for a linked worktree, whose .git is a file', async () => {
    const dir = newRepo()
    put(dir, 'a.yaml', 'a: 1\n')
    commit(dir, 'one')
    const tree = join(tempDir(), 'wt')
    git(dir, 'worktree', 'add', '-q', tree)
    expect(readFileSync(join(tree, '.git'), 'utf8')).toMatch(/^gitdir: /)
    expect(await open(tree)).toBeUndefined()
  })
})
