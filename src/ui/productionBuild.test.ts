/**
 * The production bundle carries no test hook (`window.__studio…` exists only in `vite build
 * --mode e2e`) and ships the strict CSP. Builds into a temporary folder: about 5 s.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const root = new URL('../../', import.meta.url).pathname
let out = ''

function build(mode: string): void {
  execFileSync(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'build', '--mode', mode, '--outDir', out, '--emptyOutDir'],
    { cwd: root, stdio: 'pipe' },
  )
}

const bundle = () =>
  readdirSync(join(out, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => readFileSync(join(out, 'assets', f), 'utf8'))
    .join('\n')

describe('production build', () => {
  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), 'studio-dist-'))
  })
  afterAll(() => rmSync(out, { recursive: true, force: true }))

  it('has no __studio test hook, and the e2e build has it', { timeout: 180_000 }, () => {
    build('production')
    expect(bundle().includes('__studio'), 'a __studio global in the bundle').toBe(false)
    const html = readFileSync(join(out, 'index.html'), 'utf8')
    const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(html)?.[1] ?? ''
    const directives = [
      "worker-src 'self';",
      "object-src 'none'",
      "base-uri 'none'",
      "form-action 'none'",
    ]
    for (const d of directives) expect(csp).toContain(d)
    expect(csp).not.toContain('blob:')
    // the dev server's loosening stays out of the build
    expect(csp).toContain("script-src 'self';")
    build('e2e')
    expect(bundle().includes('__studioMonaco'), 'the e2e hook').toBe(true)
  })
})
