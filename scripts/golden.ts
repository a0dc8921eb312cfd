/** `npm run golden`: records the findings of every fixture; review the diff before committing. */
import { writeFileSync } from 'node:fs'
import { CI_GOLDEN, goldenName, goldenText } from '../src/core/validate/golden.ts'
import { allFixtures, ciFixtures } from '../src/test/fixtures.ts'

const dir = new URL('../src/core/validate/golden/', import.meta.url)
for (const f of allFixtures()) writeFileSync(new URL(goldenName(f.name), dir), goldenText(f.text))
for (const f of ciFixtures())
  writeFileSync(new URL(CI_GOLDEN + goldenName(f.name), dir), goldenText(f.text))
console.log(
  `recorded ${allFixtures().length + ciFixtures().length} golden files in src/core/validate/golden/`,
)
