import { describe, expect, it } from 'vitest'
import { scanRepo } from '../../core/fleet/scanRepo.ts'
import { listedFiles } from '../../core/fleet/crossRules.ts'
import { generateRepo } from '../../test/fleetRepo.ts'
import { NO_FILTER, shownLines } from './sitesModel.ts'
import type { Line } from './sitesModel.ts'

const scan = scanRepo(generateRepo(80, 10).files)
const listed = listedFiles(scan)
const lines: Line[] = scan.sites.map((s) => ({
  path: s.file,
  row: { ...s, fixes: {} },
  listed: listed.has(s.file),
  changed: s.file.endsWith('-003.yaml'),
}))

describe('the Sites table model', () => {
  it('sorts by file, then by a count with ties in file order', () => {
    const byFile = shownLines(lines, NO_FILTER, { by: 'file', up: true })
    expect(byFile[0]!.path).toBe('clusterinstances/ci-000.yaml')
    const byErrors = shownLines(lines, NO_FILTER, { by: 'errors', up: false })
    expect(byErrors[0]!.row!.errors).toBeGreaterThanOrEqual(byErrors.at(-1)!.row!.errors)
  })

  it('searches file names and cluster names; filters kind, unlisted and changed', () => {
    const s = (f: Partial<typeof NO_FILTER>) =>
      shownLines(lines, { ...NO_FILTER, ...f }, { by: 'file', up: true }).map((l) => l.path)
    expect(s({ search: 'ci-sno-007' })).toEqual(['clusterinstances/ci-007.yaml'])
    expect(s({ kind: 'ClusterInstance' })).toHaveLength(10)
    expect(s({ unlisted: true })).toEqual(['siteconfig/sites/site-050.yaml'])
    expect(s({ changed: true })).toEqual([
      'clusterinstances/ci-003.yaml',
      'siteconfig/sites/site-003.yaml',
    ])
  })
})
