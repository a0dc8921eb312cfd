/**
 * Keystroke → rendered YAML line, for `scripts/bench-ui.ts`: real key presses (CDP, trusted events)
 * into a form field at a fast typist's pace; each is timed from its `keydown` (the event's own
 * timestamp, so waiting behind a busy main thread counts) until the YAML pane's rendered lines
 * (Monaco's `.view-lines` DOM, not its model) contain the field's new value.
 */
import type { Page } from '@playwright/test'

declare global {
  interface Window {
    __keyBench?: { times: (number | null)[]; done: () => Promise<(number | null)[]> }
  }
}

/** Installs the in-page stopwatch on the field `name` (once per field). */
async function install(page: Page, name: string) {
  await page.evaluate((field) => {
    const input = document.querySelector<HTMLInputElement>(`[name="${field}"]`)!
    const lines = window.__studioMonaco!.editor.getDomNode()!.querySelector('.view-lines')!
    type Key = { t0: number; value: string; i: number }
    const keys: Key[] = []
    const times: (number | null)[] = []
    let open: Key[] = []
    let waiters: (() => void)[] = []
    const check = () => {
      if (open.length) {
        const now = performance.now()
        const text = lines.textContent ?? ''
        for (const k of open) if (text.includes(k.value)) times[k.i] = now - k.t0
        open = open.filter((k) => times[k.i] === undefined)
      }
      if (!open.length) for (const w of waiters.splice(0)) w()
    }
    // a key that types: timed from its keydown; capture on the input itself runs before React's
    // listener at the root has handled the event
    let down = 0
    input.addEventListener('keydown', (e) => (down = e.timeStamp))
    // a render that did not mutate the observed subtree still gets seen at the key's next frames;
    // a permanent animation-frame loop would keep the page animating, which no user's page does,
    // and it measured about 1 ms later per key than this
    const watch = (k: Key, frames: number) =>
      requestAnimationFrame(() => {
        check()
        if (times[k.i] === undefined && frames > 1) watch(k, frames - 1)
      })
    input.addEventListener('input', () => {
      const k = { t0: down, value: input.value, i: keys.length }
      keys.push(k)
      open.push(k)
      watch(k, 3)
    })
    new MutationObserver(check).observe(lines, {
      childList: true,
      subtree: true,
      characterData: true,
    })
    const me: NonNullable<Window['__keyBench']> = {
      times,
      done: () =>
        new Promise((resolve) => {
          const finish = () => resolve(times.slice())
          const t = setTimeout(() => {
            waiters = waiters.filter((w) => w !== go)
            finish()
          }, 5000)
          const go = () => {
            clearTimeout(t)
            finish()
          }
          waiters.push(go)
          check()
        }),
    }
    window.__keyBench = me
  }, name)
}

/** Types `count` letters at the end of the field `name`, 30–50 ms apart; ms per keystroke. */
export async function typeTimes(page: Page, name: string, count: number): Promise<number[]> {
  const input = page.locator(`[name="${name}"]`)
  await input.focus()
  await input.press('End')
  if (!(await page.evaluate(() => !!window.__keyBench))) await install(page, name)
  const before = await page.evaluate(() => window.__keyBench!.times.length)
  for (let i = 0; i < count; i++) {
    const started = Date.now()
    await page.keyboard.press(String.fromCharCode(97 + (i % 26)))
    const pace = 30 + ((i * 7) % 21)
    const left = pace - (Date.now() - started)
    if (left > 0) await new Promise((r) => setTimeout(r, left))
  }
  const all = await page.evaluate(() => window.__keyBench!.done())
  const mine = all.slice(before)
  if (mine.length !== count || mine.some((t) => t === null || t === undefined))
    throw new Error(`the YAML pane did not show ${name}'s text (${mine.length} of ${count} keys)`)
  return mine as number[]
}

/** Forgets the stopwatch (before typing into another field). */
export const resetStopwatch = (page: Page) => page.evaluate(() => delete window.__keyBench)

/** Scrolls the YAML pane so the line holding `path`'s value is in view, as a user watching it. */
export async function revealField(page: Page, needle: string) {
  await page.evaluate((n) => {
    const { editor } = window.__studioMonaco!
    const model = editor.getModel()!
    const m = model.findMatches(n, false, false, true, null, false)
    const at = m[m.length - 1]!.range.startLineNumber
    editor.revealLineInCenter(at)
  }, needle)
}
