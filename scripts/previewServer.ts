/**
 * The built app served on 127.0.0.1 for the scripts that drive it in Chromium (bench, screenshots):
 * `vite preview` of a dist folder, and a first navigation that waits until the server answers.
 */
import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import type { Page } from '@playwright/test'

export function startPreview(port: number, outDir?: string): ChildProcess {
  const args = ['node_modules/vite/bin/vite.js', 'preview', '--host', '127.0.0.1']
  args.push('--port', String(port), '--strictPort', ...(outDir ? ['--outDir', outDir] : []))
  return spawn(process.execPath, args, { stdio: 'ignore' })
}

/** Opens the app, retrying for up to 10 s while the server starts. */
export async function openWhenServed(page: Page, port: number): Promise<void> {
  for (let i = 0; ; i++) {
    try {
      return void (await page.goto(`http://127.0.0.1:${port}/`))
    } catch (e) {
      if (i >= 50) throw e
      await new Promise((r) => setTimeout(r, 200))
    }
  }
}
