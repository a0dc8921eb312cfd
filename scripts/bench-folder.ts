/**
 * The browser half of the repository bench (issue 16): Open folder of the 3,000-file tree that
 * bench-fleet.ts wrote, in headless Chromium against the e2e build, timed until the screen shows
 * it — the first row, every row checked (the progress bar gone), the baselines read from .git —
 * and a search typed into the Sites tab until the table shows one row. Three runs.
 */
import { existsSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from '@playwright/test'
import { openWhenServed, startPreview } from './previewServer.ts'

const PORT = Number(process.env.PW_PORT ?? 4181)
const dir = process.env.BENCH_FLEET_DIR ?? join(tmpdir(), 'scs-bench-fleet')
if (!existsSync(dir)) throw new Error(`${dir} is missing: run scripts/bench-fleet.ts first`)

async function main() {
  const server = startPreview(PORT)
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  })
  const rows = [
    '| run | files handed to the page | first row | every row checked | baselines from git HEAD | search → one row | load (1 min) |',
    '|---:|---:|---:|---:|---:|---:|---:|',
  ]
  try {
    for (let run = 1; run <= 3; run++) {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
      await page.addInitScript('window.__name = (f) => f')
      await openWhenServed(page, PORT)
      await page.waitForFunction(() => !!window.__studioMonaco?.editor.getModel())
      const t0 = performance.now()
      await page.getByLabel('Open folder', { exact: true }).setInputFiles(dir)
      const handed = performance.now() - t0
      await page
        .getByRole('table', { name: 'Sites' })
        .getByRole('row')
        .nth(1)
        .waitFor({ timeout: 120_000 })
      const first = performance.now() - t0
      await page.getByRole('progressbar').waitFor({ state: 'detached', timeout: 300_000 })
      const all = performance.now() - t0
      await page.getByText(/Baseline: git HEAD/).waitFor({ timeout: 300_000 })
      const git = performance.now() - t0
      const marks = await page.evaluate(() => {
        const at = (n: string) => performance.getEntriesByName(n)[0]?.startTime ?? NaN
        return {
          read: at('folder:read') - at('folder:start'),
          opened: at('folder:opened') - at('folder:start'),
        }
      })
      console.log(
        `run ${run}: files read in ${marks.read.toFixed(0)} ms, workspace open at ${marks.opened.toFixed(0)} ms`,
      )
      const t1 = performance.now()
      await page.getByRole('searchbox', { name: 'Search the sites' }).fill('site-1234')
      await page.getByText('1 of 3000 sites shown', { exact: false }).waitFor()
      const search = performance.now() - t1
      const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`
      rows.push(
        `| ${run} | ${s(handed)} | ${s(first)} | ${s(all)} | ${s(git)} | ${search.toFixed(0)} ms | ${loadavg()[0]!.toFixed(2)} |`,
      )
      await page.close()
    }
  } finally {
    await browser.close()
    server.kill()
  }
  console.log(rows.join('\n'))
}

await main()
