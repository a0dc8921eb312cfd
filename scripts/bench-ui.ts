/**
 * Browser half of `npm run bench`: a keystroke in a form field → the YAML pane's rendered line shows
 * it (bench-typing.ts), in headless Chromium against the build (`vite build --mode e2e`: production
 * plus the test hooks), on the seed example and on a 1,000-node file, three runs each; and the size
 * of the JavaScript loaded before Monaco. BENCH_PROFILE=1 adds a CPU profile of one run each.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { chromium } from '@playwright/test'
import type { Browser, Page } from '@playwright/test'
import { loadavg } from 'node:os'
import { profiled, rendererCpuMs, traced } from './bench-profile.ts'
import { resetStopwatch, revealField, typeTimes } from './bench-typing.ts'
import { generate } from './generate.ts'
import { openWhenServed, startPreview } from './previewServer.ts'

// PW_PORT lets checkouts run side by side (as for the e2e suite)
const PORT = Number(process.env.PW_PORT ?? 4179)
const RUNS = 3
const KEYS = 100
const PROFILE = !!process.env.BENCH_PROFILE
const TRACE = !!process.env.BENCH_TRACE
// BENCH_DIST compares another build (say, of the commit before a change) on the same machine
const distDir = process.env.BENCH_DIST || fileURLToPath(new URL('../dist/', import.meta.url))
const dist = pathToFileURL(distDir.replace(/\/?$/, '/'))

/** The entry's JavaScript and every chunk it imports statically (Vite's manifest): what loads
 * before Monaco. */
type Size = { raw: number; gz: number }
function entryChunkKb(): Size & { files: string[]; css: Size } {
  type Chunk = { file: string; isEntry?: boolean; imports?: string[]; css?: string[] }
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
  const css = [...new Set([...seen].flatMap((k) => manifest[k]!.css ?? []))]
  return { ...sizes(files), files, css: sizes(css) }
}

/** Raw and gzip -9 KB of built files. */
function sizes(files: string[]): Size {
  const bufs = files.map((f) => readFileSync(new URL(f, dist)))
  return {
    raw: bufs.reduce((a, b) => a + b.length, 0) / 1024,
    gz: bufs.reduce((a, b) => a + gzipSync(b, { level: 9 }).length, 0) / 1024,
  }
}

/**
 * Navigation → the form usable (its first input visible and enabled), in fresh browser contexts
 * (nothing cached or saved), as `performance.now()` in the page: median and max of `n`.
 */
async function formUsableMs(browser: Browser, n = 5): Promise<{ median: number; max: number }> {
  const t: number[] = []
  for (let i = 0; i < n; i++) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
    const page = await context.newPage()
    await page.goto(`http://127.0.0.1:${PORT}/`)
    const handle = await page.waitForFunction(
      () => {
        const input = document.querySelector<HTMLInputElement>('form input:not([type=hidden])')
        return input && !input.disabled && input.getClientRects().length > 0 ? performance.now() : 0
      },
      null,
      { polling: 'raf', timeout: 30_000 },
    )
    t.push(Number(await handle.jsonValue()))
    await context.close()
  }
  return { median: pct(t, 0.5), max: Math.max(...t) }
}

const pct = (t: number[], p: number) =>
  [...t].sort((a, b) => a - b)[Math.min(t.length - 1, Math.floor(t.length * p))]!

/** A pause between runs: the findings of the text have arrived and autosave has written it. */
async function settled(page: Page) {
  await page.waitForFunction(
    () => {
      const s = window.__studio!.store.getState()
      return s.validatedText === s.file.text && s.autosave.state === 'saved'
    },
    null,
    { timeout: 60_000, polling: 100 },
  )
  await new Promise((r) => setTimeout(r, 300))
}

async function main() {
  const server = startPreview(PORT, distDir)
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  })
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
    // tsx keeps function names with a __name helper that the page does not have
    await page.addInitScript('window.__name = (f) => f')
    await openWhenServed(page, PORT)
    await page.waitForFunction(() => !!window.__studioMonaco?.editor.getModel())
    const rows: string[] = [
      '| document | run | keystrokes | median | p95 | max | main-thread CPU per key | load (1 min) |',
      '|---|---:|---:|---:|---:|---:|---:|---:|',
    ]
    const measure = async (label: string, field: string) => {
      await typeTimes(page, field, 10) // warm-up
      await settled(page)
      if (PROFILE) {
        await profiled(page, label, () => typeTimes(page, field, KEYS))
        await settled(page)
      }
      if (TRACE) {
        await traced(page, label, KEYS, () => typeTimes(page, field, KEYS))
        await settled(page)
      }
      for (let run = 1; run <= RUNS; run++) {
        const cpu0 = rendererCpuMs(process.pid)
        const t = await typeTimes(page, field, KEYS)
        const cpu = (rendererCpuMs(process.pid) - cpu0) / KEYS
        rows.push(
          `| ${label} | ${run} | ${t.length} | ${pct(t, 0.5).toFixed(1)} ms | ${pct(t, 0.95).toFixed(1)} ms | ${Math.max(...t).toFixed(1)} ms | ${cpu.toFixed(1)} ms | ${loadavg()[0]!.toFixed(2)} |`,
        )
        await settled(page)
      }
    }

    await page.getByRole('treeitem', { name: /^sno-worker-0( |$)/ }).click()
    await revealField(page, 'clusterName:')
    await measure('seed example (9 KB), cluster name', 'spec.clusters.0.clusterName')
    await resetStopwatch(page)
    // BENCH_SEED_ONLY=1: the seed's rows only, for quick comparisons while changing the keystroke path
    if (process.env.BENCH_SEED_ONLY) return void console.log(rows.join('\n'))

    const big = generate(1000)
    await page.evaluate((t) => window.__studio!.store.getState().load(t, 'big.yaml'), big)
    await page.waitForFunction(
      (n) => window.__studioMonaco!.editor.getModel()!.getValueLength() === n,
      big.length,
    )
    // typing is measured once the worker's findings of the big file have arrived (~1 s)
    await page.waitForFunction(
      () => {
        const s = window.__studio!.store.getState()
        return s.validatedText === s.file.text
      },
      null,
      { timeout: 60_000 },
    )
    await page.getByRole('treeitem', { name: /^cluster-99( |$)/ }).click()
    await page.getByRole('treeitem', { name: /^node999\./ }).click()
    await revealField(page, 'hostName: "node999.')
    await measure(
      `1,000 nodes (${(big.length / 1048576).toFixed(1)} MB), last node's host name`,
      'spec.clusters.99.nodes.9.hostName',
    )

    const e = entryChunkKb()
    const usable = await formUsableMs(browser)
    console.log(rows.join('\n'))
    console.log(
      `\nJavaScript before Monaco: ${e.raw.toFixed(0)} KB raw, ${e.gz.toFixed(1)} KB gzip -9 (budget 230 KB; ${e.files.join(', ')})`,
    )
    console.log(
      `CSS before Monaco: ${e.css.raw.toFixed(0)} KB raw, ${e.css.gz.toFixed(1)} KB gzip -9 (budget 90 KB)`,
    )
    console.log(
      `Navigation → form usable (fresh context, 5 runs): median ${usable.median.toFixed(0)} ms, max ${usable.max.toFixed(0)} ms (budget 1,500 ms)`,
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
