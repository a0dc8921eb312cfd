/** `npm run schema`: writes public/{siteconfig,clusterinstance}.schema.json from the field tables. */
import { writeFileSync } from 'node:fs'
import { clusterInstanceSchema, siteConfigSchema } from '../src/core/schema/jsonSchema.ts'

for (const [name, schema] of [
  ['siteconfig', siteConfigSchema()],
  ['clusterinstance', clusterInstanceSchema()],
] as const) {
  writeFileSync(
    new URL(`../public/${name}.schema.json`, import.meta.url),
    JSON.stringify(schema, null, 2) + '\n',
  )
  console.log(`wrote public/${name}.schema.json`)
}
