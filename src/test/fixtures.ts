/** The shared test data: the seed example and real SiteConfigs from public repositories. */
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

export const FIXTURES_DIR = fileURLToPath(new URL('../../../shared/fixtures/', import.meta.url))
export const SEED_PATH = FIXTURES_DIR + 'seed-example.yaml'

export interface Fixture {
  name: string
  path: string
  text: string
}

export function allFixtures(): Fixture[] {
  const up = FIXTURES_DIR + 'upstream/'
  const files = [
    SEED_PATH,
    ...readdirSync(up)
      .filter((f) => f.endsWith('.yaml'))
      .sort()
      .map((f) => up + f),
  ]
  return files.map((path) => ({
    name: path.split('/').pop() as string,
    path,
    text: readFileSync(path, 'utf8'),
  }))
}

/** The ClusterInstance fixtures (some invalid on purpose; see their SOURCES.md). */
export function ciFixtures(): Fixture[] {
  const dir = FIXTURES_DIR + 'clusterinstance/'
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => ({ name: f, path: dir + f, text: readFileSync(dir + f, 'utf8') }))
}

export const seedText = () => readFileSync(SEED_PATH, 'utf8')

/** Line numbers (1-based) that differ, assuming no lines were added or removed. */
export function changedLines(a: string, b: string): number[] {
  const x = a.split('\n')
  const y = b.split('\n')
  const out: number[] = []
  for (let i = 0; i < Math.max(x.length, y.length); i++) if (x[i] !== y[i]) out.push(i + 1)
  return out
}
