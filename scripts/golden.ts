/** `npm run golden`: records the findings of every fixture; review the diff before committing. */
import { writeFileSync } from 'node:fs'
import { goldenName, goldenText } from '../src/core/validate/golden.ts'
import { allFixtures } from '../src/test/fixtures.ts'

for (const f of allFixtures()) {
  const out = new URL(`../src/core/validate/golden/${goldenName(f.name)}`, import.meta.url)
  writeFileSync(out, goldenText(f.text))
}
console.log(`recorded ${allFixtures().length} golden files in src/core/validate/golden/`)
