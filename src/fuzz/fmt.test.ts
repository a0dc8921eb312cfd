/**
 * The CLI's write-back path: `siteconfig-studio fmt FILE` on an unedited file must print exactly
 * its bytes (item 18: an unedited file writes back byte-identical), mutated fixtures included.
 */
import fc from 'fast-check'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, expect, it } from 'vitest'
import { main } from '../cli/main.ts'
import { corpus } from './corpus.ts'
import { mutateText, mutations, toBytes } from './mutate.ts'

const texts = corpus().map((s) => s.text)
const dir = mkdtempSync(join(tmpdir(), 'fuzz-fmt-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

async function fmt(bytes: Uint8Array): Promise<{ code: number; out: string }> {
  const path = join(dir, 'site.yaml')
  writeFileSync(path, bytes)
  let out = ''
  const code = await main(['fmt', path], { stdout: (s) => (out += s), stderr: () => {} })
  return { code, out }
}

it('fmt prints an unedited file byte for byte (seeded)', async () => {
  await fc.assert(
    fc.asyncProperty(fc.nat({ max: texts.length - 1 }), mutations, async (i, ms) => {
      const bytes = toBytes(mutateText(texts[i] as string, ms), ms)
      const { code, out } = await fmt(bytes)
      if (code === 0) expect(Buffer.from(out)).toEqual(Buffer.from(bytes))
      else expect(code).toBe(2)
    }),
    { seed: 20261202, numRuns: 80 },
  )
}, 120_000)
