/**
 * Shared by every spec: the fixtures' texts, and a `test` whose `studio` fixture drives the app
 * (page objects in ./studio/) and which fails the test if a request leaves 127.0.0.1/localhost,
 * so the whole suite proves the app is offline.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { expect, test as base } from '@playwright/test'
import { Studio } from './studio/Studio.ts'

export { Studio }
export { changedLines, lineOf } from './studio/text.ts'

export const FIXTURES = new URL('../../shared/fixtures/', import.meta.url)
export const seedPath = new URL('seed-example.yaml', FIXTURES).pathname
export const seed = readFileSync(seedPath, 'utf8')
/** The YAML fixtures of one folder of ../shared/fixtures. */
const folder = (dir: string) =>
  readdirSync(new URL(`${dir}/`, FIXTURES))
    .filter((f) => f.endsWith('.yaml'))
    .map((name) => ({ name, path: new URL(`${dir}/${name}`, FIXTURES).pathname }))

/** A fixture of `list` by the end of its file name, with its text. */
const byEnd = (list: ReturnType<typeof folder>, what: string) => (suffix: string) => {
  const f = list.find((u) => u.name.endsWith(suffix))
  if (!f) throw new Error(`no ${what} fixture ends with ${suffix}`)
  return { ...f, text: readFileSync(f.path, 'utf8') }
}

export const upstream = folder('upstream')
/** An upstream fixture by the end of its file name. */
export const upstreamFile = byEnd(upstream, 'upstream')

export const clusterInstances = folder('clusterinstance')
/** A ClusterInstance fixture by the end of its file name. */
export const ciFile = byEnd(clusterInstances, 'ClusterInstance')

/** A template shipped with the app (src/templates/). */
export const template = (file: string) =>
  readFileSync(new URL(`../src/templates/${file}`, import.meta.url), 'utf8')

/** The bare SNO template: the base most hostile test documents are built from. */
export const bareSno = template('bare-sno.yaml')

const local = (u: string) =>
  /^(https?:\/\/(127\.0\.0\.1|localhost)(:\d+)?\/|data:|blob:http:\/\/127\.0\.0\.1)/.test(u)

interface Fixtures {
  onlyLocalRequests: void
  /** the app in the test's page (not opened yet: call `studio.open()`) */
  studio: Studio
  /** opens another tab of the same browser context, as a second Studio */
  newTab: () => Promise<Studio>
}

export const test = base.extend<Fixtures>({
  onlyLocalRequests: [
    async ({ context }, use) => {
      const outside: string[] = []
      context.on('request', (r) => {
        if (!local(r.url())) outside.push(r.url())
      })
      await use()
      expect(outside, 'requests that left 127.0.0.1').toEqual([])
    },
    { auto: true },
  ],
  studio: async ({ page }, use) => {
    await use(new Studio(page))
  },
  newTab: async ({ context }, use) => {
    await use(async () => new Studio(await context.newPage()))
  },
})
export { expect }
