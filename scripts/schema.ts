/** `npm run schema`: writes public/siteconfig.schema.json from the field table. */
import { writeFileSync } from 'node:fs'
import { siteConfigSchema } from '../src/core/schema/jsonSchema.ts'

const out = new URL('../public/siteconfig.schema.json', import.meta.url)
writeFileSync(out, JSON.stringify(siteConfigSchema(), null, 2) + '\n')
console.log('wrote public/siteconfig.schema.json')
