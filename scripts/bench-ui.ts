/**
 * Browser half of `npm run bench`: typing in a form field → YAML pane updated, in headless
 * Chromium against the build (`vite build --mode e2e`: production plus the test hooks), on the
 * seed example and on a 1,000-node file; and the size of the JavaScript loaded before Monaco.
 */
import { spawn } from 'node:child_process'
import { readFileSync, readdirSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { chromium } from '@playwright/test'
import type { Page } from '@playwright/test'
import { generate } from './generate.ts'

const PORT = 4179
const dist = new URL('../dist/', import.meta.url)

/** The entry's JavaScript and every chunk it imports statically (Vite's manifest): what loads
 * before Monaco. */
function entryChunkKb(): { raw: number; gz: number; files: string[] } {
  type Chunk = { file: string; isEntry?: boolean; imports?: string[] }
  const manifest = JSON.parse(readFileSync(new URL('.vite/manifest.json', dist), 'utf8')) as Record<
    string,
    Chunk
  >
  const todo = Object.keys(manifest).filter((k) => manifest[k]!.isEntry)
  const seen = new Set<string>()
  while (todo.length) {
    const k = todo.pop()!
    if (seen.has(k)) continue
    seen.add(k)
    todo.push(...(manifest[k]!.imports ?? []))
  }
  const files = [...seen].map((k) => manifest[k]!.file).filter((f) => f.endsWith('.js'))
  const bufs = files.map((f) => readFileSync(new URL(f, dist)))
  return {
    raw: bufs.reduce((a, b) => a + b.length, 0) / 1024,
    gz: bufs.reduce((a, b) => a + gzipSync(b, { level: 9 }).length, 0) / 1024,
    files,
  }
}

/** Types `count` characters into the input named `name`; returns per-keystroke times in ms. */
async function typeTimes(page: Page, name: string, count: number): Promise<number[]> {
  return page.evaluate(
    async ([field, n]) => {
      const input = document.querySelector<HTMLInputElement>(`[name="${field}"]`)!
      const model = window.__studioMonaco!.editor.getModel()!
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!
      const yieldNow = () =>
        new Promise<void>((r) => {
          const c = new MessageChannel()
          c.port1.onmessage = () => r()
          c.port2.postMessage(0)
        })
      const times: number[] = []
      for (let i = 0; i < n; i++) {
        const v = model.getVersionId()
        const t0 = performance.now()
        setter.call(input, input.value + String.fromCharCode(97 + (i % 26)))
        input.dispatchEvent(new Event('input', { bubbles: true }))
        await yieldNow() // let React finish rendering the form
        const t1 = performance.now()
        if (model.getVersionId() === v) throw new Error('the YAML pane did not change')
        times.push(t1 - t0)
        await new Promise((r) => setTimeout(r, 20)) // a typist's pace, so validation can run
      }
      return times
    },
    [name, count] as const,
  )
}

const pct = (t: number[], p: number) =>
  [...t].sort((a, b) => a - b)[Math.min(t.length - 1, Math.floor(t.length * p))]!

async function main() {
  const server = spawn(
    process.execPath,
    [
      'node_modules/vite/bin/vite.js',
      'preview',
      '--host',
      '127.0.0.1',
      '--port',
      String(PORT),
      '--strictPort',
    ],
    { stdio: 'ignore' },
  )
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  })
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
    // tsx keeps function names with a __name helper that the page does not have
    await page.addInitScript('window.__name = (f) => f')
    for (let i = 0; i < 50; i++) {
      try {
        await page.goto(`http://127.0.0.1:${PORT}/`)
        break
      } catch {
        await new Promise((r) => setTimeout(r, 200))
      }
    }
    await page.waitForFunction(() => !!window.__studioMonaco?.editor.getModel())
    const rows: string[] = [
      '| document | keystrokes | median | p95 | max |',
      '|---|---:|---:|---:|---:|',
    ]
    const report = (label: string, t: number[]) =>
      rows.push(
        `| ${label} | ${t.length} | ${pct(t, 0.5).toFixed(1)} ms | ${pct(t, 0.95).toFixed(1)} ms | ${Math.max(...t).toFixed(1)} ms |`,
      )

    await page.getByRole('treeitem', { name: 'sno-worker-0', exact: true }).click()
    await typeTimes(page, 'spec.clusters.0.clusterName', 10) // warm-up
    report(
      'seed example (9 KB), cluster name',
      await typeTimes(page, 'spec.clusters.0.clusterName', 100),
    )

    const big = generate(1000)
    await page.evaluate((t) => window.__studio!.store.getState().load(t, 'big.yaml'), big)
    await page.waitForFunction(
      (n) => window.__studioMonaco!.editor.getModel()!.getValueLength() === n,
      big.length,
    )
    // findings of the big file come from the worker ~1 s after loading; typing is measured once
    // they have arrived (their arrival is one re-render per pause, not per keystroke)
    await page.waitForFunction(
      () => {
        const s = window.__studio!.store.getState()
        return s.validatedText === s.file.text
      },
      null,
      { timeout: 60_000 },
    )
    await page.getByRole('treeitem', { name: 'cluster-99', exact: true }).click()
    await page.getByRole('treeitem', { name: /^node999\./ }).click()
    const field = 'spec.clusters.99.nodes.9.hostName'
    await typeTimes(page, field, 5)
    report(
      `1,000 nodes (${(big.length / 1048576).toFixed(1)} MB), last node's host name`,
      await typeTimes(page, field, 60),
    )

    const e = entryChunkKb()
    console.log(rows.join('\n'))
    console.log(
      `\nJavaScript before Monaco: ${e.raw.toFixed(0)} KB raw, ${e.gz.toFixed(1)} KB gzip -9 (${e.files.join(', ')})`,
    )
    const later = readdirSync(new URL('assets/', dist)).filter(
      (f) => f.endsWith('.js') && !e.files.includes(`assets/${f}`),
    )
    console.log(`Loaded later (lazy chunks, workers): ${later.join(', ')}`)
  } finally {
    await browser.close()
    server.kill()
  }
}

await main()
