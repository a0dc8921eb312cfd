/**
 * Hostile input to `convert -d`: the files a SiteConfig names stay inside the repository, a
 * clusterName cannot steer where a file is written, and a manifest cannot blow up the writer.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { allFixtures, seedText } from '../test/fixtures.ts'
import { describeRows, freshDir, run } from './hostileHarness.ts'
import type { Row } from './hostileHarness.ts'

const demo = allFixtures().find((f) => f.name.includes('demo'))!.text
const withPath = (dir: string) =>
  demo.replace('extraManifestPath: blueprint', `extraManifestPath: ${dir}`)
const withSearch = (dir: string) =>
  seedText().replace(
    '    clusterLabels:',
    `    extraManifests:\n      searchPaths: [${JSON.stringify(dir)}]\n    clusterLabels:`,
  )
const named = (name: string) =>
  seedText().replace('clusterName: "sno-worker-0"', `clusterName: ${JSON.stringify(name)}`)
const convert = (d: { repo: string; put: (r: string, c: string) => string }, text: string) => [
  'convert',
  d.put('site.yaml', text),
  '-d',
  join(d.repo, 'out'),
]
const bomb =
  'a: &a [x,x,x,x,x,x,x,x,x,x]\n' +
  'bcdefghij'
    .split('')
    .map(
      (k, i) =>
        `${k}: &${k} [${Array(10)
          .fill('*' + 'abcdefghij'[i])
          .join(',')}]\n`,
    )
    .join('')

const ROWS: Row[] = [
  {
    name: 'convert: extraManifestPath is a symlink to a directory of secrets',
    argv: (d) => (d.link('blueprint', d.outside), convert(d, withPath('blueprint'))),
    code: 1,
    says: /extra manifests blueprint were not collected: is a symlink that leads out of the repository/,
    never: /SECRET/,
  },
  {
    name: 'convert: searchPaths names /etc',
    argv: (d) => convert(d, withSearch('/etc')),
    code: 1,
    says: /extra manifests \/etc were not collected: is an absolute path/,
    never: /root:/,
  },
  {
    name: 'convert: a FIFO among the extra manifests',
    argv: (d) => (d.fifo('em/01.yaml'), convert(d, withSearch('em'))),
    code: 1,
    says: /em\/01\.yaml were not collected: is a FIFO, not a regular file/,
    bin: true,
  },
  {
    name: 'convert: an alias bomb among the extra manifests',
    argv: (d) => (d.put('em/bomb.yaml', bomb), convert(d, withSearch('em'))),
    code: 1,
    says: /em\/bomb\.yaml is not a YAML mapping/,
  },
  {
    name: 'convert: a clusterName forging a terminal and CI line',
    argv: (d) => convert(d, named('\r\x1b[2K\n::notice file=x::forged')),
    code: 1,
    says: /cannot be a file name/,
  },
]

describeRows(ROWS)

it('convert: a clusterName with a path writes nothing outside the directory', async () => {
  const d = freshDir()
  const r = await run(convert(d, named('../../outside/x')))
  expect(r.code).toBe(1)
  expect(r.out).toMatch(/clusterName '\.\.\/\.\.\/outside\/x' cannot be a file name/)
  expect(existsSync(join(d.outside, 'x.yaml'))).toBe(false)
})
