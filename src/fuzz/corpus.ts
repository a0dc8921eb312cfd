/** The fuzz corpus: every shared fixture (seed, upstream SiteConfigs, ClusterInstances). */
import { readdirSync, readFileSync } from 'node:fs'
import { FIXTURES_DIR } from '../test/fixtures.ts'

export interface Seed {
  name: string
  text: string
}

export function corpus(): Seed[] {
  const dirs = ['', 'upstream/', 'clusterinstance/']
  return dirs.flatMap((d) =>
    readdirSync(FIXTURES_DIR + d)
      .filter((f) => f.endsWith('.yaml'))
      .sort()
      .map((f) => ({ name: d + f, text: readFileSync(FIXTURES_DIR + d + f, 'utf8') })),
  )
}
