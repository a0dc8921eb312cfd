import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createStore } from 'zustand/vanilla'
import { seedText } from '../test/fixtures.ts'
import { createAutosave } from './autosave.ts'
import { createDocumentSlice } from './createDocumentSlice.ts'
import type { DocumentSlice } from './createDocumentSlice.ts'
import { createSessionSlice } from './createSessionSlice.ts'
import type { SessionSlice } from './createSessionSlice.ts'
import { LEGACY_KEY } from './legacySave.ts'
import { idbWorkStore } from './workStore.ts'
import type { WorkStore } from './workStore.ts'

type Host = DocumentSlice & SessionSlice & { selection?: unknown }
let db = 0
const channels: BroadcastChannel[] = []
afterEach(() => channels.splice(0).forEach((c) => c.close()))

function memoryStorage(init: Record<string, string> = {}): Storage {
  const m = new Map(Object.entries(init))
  return {
    getItem: (k) => m.get(k) ?? null,
    setItem: (k, v) => void m.set(k, v),
    removeItem: (k) => void m.delete(k),
    clear: () => m.clear(),
    key: () => null,
    get length() {
      return m.size
    },
  }
}

/** One tab: a store, its autosave, a channel to the other tabs of the same database. */
function tab(
  dbName: string,
  o: { work?: WorkStore; channel?: boolean; legacy?: Storage; readTimeoutMs?: number } = {},
) {
  const store = createStore<Host>()((...a) => ({
    ...createDocumentSlice(seedText(), 'seed.yaml')(...a),
    ...createSessionSlice(...a),
  }))
  const channel = o.channel === false ? null : new BroadcastChannel(dbName)
  if (channel) channels.push(channel)
  const work = o.work ?? idbWorkStore(dbName)
  const saver = createAutosave({
    store,
    work,
    channel,
    legacy: o.legacy ?? null,
    delayMs: 5,
    retryMs: 20,
    ...(o.readTimeoutMs ? { readTimeoutMs: o.readTimeoutMs } : {}),
  })
  const set = (domain: string) =>
    store.getState().dispatch('field.set', { path: ['spec', 'baseDomain'], value: domain })
  return { store, saver, work, set, text: () => store.getState().file.text }
}

/** generous: the machine running the suite may be busy */
const until = (check: () => void | Promise<void>) =>
  vi.waitFor(check, { timeout: 15_000, interval: 10 })
const saved = async (dbName: string) => (await idbWorkStore(dbName).read())?.text

describe('autosave in IndexedDB', () => {
  it('a first visit writes nothing; an edit is written and restored, with when it was saved', async () => {
    const name = `db${++db}`
    const a = tab(name)
    await a.saver.start()
    expect(await saved(name)).toBeUndefined()
    a.set('saved.example.com')
    await until(() => expect(a.store.getState().autosave.state).toBe('saved'))
    expect(await saved(name)).toBe(a.text())

    const b = tab(name)
    await b.saver.start()
    expect(b.text()).toBe(a.text())
    expect(b.store.getState().baseline).toBe(seedText())
    expect(b.store.getState().notice?.text).toMatch(/^Restored your work from \d\d:\d\d\.$/)
  })

  it('typing is one store update per keystroke: autosave says "pending" once per pause', async () => {
    const name = `db${++db}`
    const a = tab(name)
    await a.saver.start()
    const states: unknown[] = []
    let seen = a.store.getState().autosave
    a.store.subscribe((s) => {
      if (s.autosave !== seen) states.push((seen = s.autosave).state)
    })
    for (const d of ['a', 'ab', 'abc', 'abcd']) a.set(`${d}.example.com`)
    expect(states).toEqual(['pending'])
    await until(() => expect(a.store.getState().autosave.state).toBe('saved'))
  })

  it('a 9 MB document with its baseline survives', async () => {
    const name = `db${++db}`
    const a = tab(name)
    await a.saver.start()
    const big = `${seedText()}${'# padding line for size\n'.repeat(400_000)}`
    expect(a.store.getState().load(big, 'big.yaml')).toBeNull()
    a.set('big.example.com')
    await until(async () => expect(await saved(name)).toContain('big.example.com'))
    const b = tab(name)
    await b.saver.start()
    expect(b.text().length).toBeGreaterThan(9_000_000)
    expect(b.text()).toContain('big.example.com')
    expect(b.store.getState().baseline).toBe(big)
    expect(b.store.getState().fileName).toBe('big.yaml')
  })

  it('a selection or layout change writes nothing', async () => {
    const name = `db${++db}`
    const work = idbWorkStore(name)
    const write = vi.spyOn(work, 'write')
    const a = tab(name, { work })
    await a.saver.start()
    a.store.setState({ selection: { kind: 'cluster', cluster: 0 } })
    a.store.getState().notify('info', 'Restored your work.')
    await new Promise((r) => setTimeout(r, 30))
    expect(write).not.toHaveBeenCalled()
  })

  it('a refused write is retried with a growing delay and says so until it succeeds', async () => {
    const name = `db${++db}`
    const real = idbWorkStore(name)
    const attempts: number[] = []
    const work: WorkStore = {
      ...real,
      write: (w, e) => {
        attempts.push(Date.now())
        if (attempts.length <= 3)
          return Promise.reject(new DOMException('full', 'QuotaExceededError'))
        return real.write(w, e)
      },
    }
    const a = tab(name, { work })
    await a.saver.start()
    a.set('retry.example.com')
    await until(() => expect(a.store.getState().autosave.state).toBe('failing'))
    expect(a.store.getState().autosave.error).toMatch(/Autosave failed.*download your work/)
    a.set('retry2.example.com') // typing on does not shorten the wait
    await until(() => expect(a.store.getState().autosave.state).toBe('saved'))
    expect(a.store.getState().autosave.error).toBeNull()
    const gaps = attempts.slice(1).map((t, i) => t - attempts[i]!)
    // retries wait 20, 40, 80 ms (lower bounds: a busy machine only makes them later)
    expect(gaps.length).toBe(3)
    gaps.forEach((g, i) => expect(g).toBeGreaterThanOrEqual(20 * 2 ** i - 2))
    expect(await saved(name)).toContain('retry2.example.com')
  })

  it('storage that could not be read at start is written once it works, and says so meanwhile', async () => {
    const name = `db${++db}`
    const real = idbWorkStore(name)
    const work: WorkStore = { ...real, read: () => Promise.reject(new Error('blocked')) }
    const a = tab(name, { work })
    await a.saver.start()
    expect(a.store.getState().autosave).toMatchObject({ state: 'failing', error: /blocked/ })
    a.set('later.example.com')
    await until(() => expect(a.store.getState().autosave.state).toBe('saved'))
    expect(await saved(name)).toContain('later.example.com')
  })

  it('storage that never answers at start does not keep the app from starting', async () => {
    const name = `db${++db}`
    const work: WorkStore = { ...idbWorkStore(name), read: () => new Promise(() => {}) }
    const a = tab(name, { work, readTimeoutMs: 50 })
    await a.saver.start()
    expect(a.store.getState().autosave).toMatchObject({ state: 'failing', error: /no answer/ })
  })

  it('moves an earlier localStorage save to IndexedDB once, then drops it', async () => {
    const name = `db${++db}`
    const text = seedText().replace('example-5g-lab', 'legacy-lab')
    const legacy = memoryStorage({
      [LEGACY_KEY]: JSON.stringify({
        state: { text, baseline: null, fileName: 'old.yaml' },
        version: 1,
      }),
    })
    const a = tab(name, { legacy })
    await a.saver.start()
    expect(a.text()).toBe(text)
    await until(async () => expect(await saved(name)).toBe(text))
    expect(legacy.getItem(LEGACY_KEY)).toBeNull()
  })
})

describe('Start over', () => {
  it('forgets the saved work, even while a write is still landing', async () => {
    const name = `db${++db}`
    const a = tab(name)
    await a.saver.start()
    a.set('gone.example.com')
    void a.saver.flush()
    a.store.getState().load(seedText(), 'seed.yaml')
    await a.saver.forget()
    expect(await idbWorkStore(name).read()).toBeUndefined()
    expect(a.store.getState().autosave.state).toBe('idle')
  })
})

describe('two tabs', () => {
  it('a tab is told of the other tab`s save, holds its own edits, and chooses', async () => {
    const name = `db${++db}`
    const a = tab(name)
    const b = tab(name)
    await a.saver.start()
    await b.saver.start()
    a.set('from-a.example.com')
    await until(() => expect(b.store.getState().otherTab).not.toBeNull())
    b.set('from-b.example.com')
    await until(() => expect(b.store.getState().autosave.state).toBe('held'))
    await new Promise((r) => setTimeout(r, 30))
    expect(await saved(name)).toContain('from-a.example.com') // nothing was overwritten

    await b.saver.keepMine() // an explicit choice
    expect(await saved(name)).toContain('from-b.example.com')
    await until(() => expect(a.store.getState().otherTab).not.toBeNull())
    await a.saver.loadTheirs()
    expect(a.text()).toContain('from-b.example.com')
    expect(a.store.getState().otherTab).toBeNull()
  })

  it('without a channel the conditional write still refuses to overwrite a newer save', async () => {
    const name = `db${++db}`
    const a = tab(name, { channel: false })
    const b = tab(name, { channel: false })
    await a.saver.start()
    await b.saver.start()
    a.set('from-a.example.com')
    await until(() => expect(a.store.getState().autosave.state).toBe('saved'))
    b.set('from-b.example.com')
    await until(() => expect(b.store.getState().autosave.state).toBe('held'))
    expect(await saved(name)).toContain('from-a.example.com')
  })
})
