import { unzipSync, strFromU8 } from 'fflate'
import { describe, expect, it } from 'vitest'
import { readSiteFile } from '../document/siteFile.ts'
import { allFixtures } from '../../test/fixtures.ts'
import { convertSiteConfig } from './convert.ts'
import { conversionFiles, conversionZip } from './layout.ts'

const multi = allFixtures().find((f) => f.name.endsWith('siteConfigV2_1-multicluster.yaml'))!
const result = () => convertSiteConfig(readSiteFile(multi.text), { fileName: multi.name })

describe('conversion files and zip', () => {
  it('lays the files out as convert -d writes them', () =>
    expect(conversionFiles(result()).map(([p]) => p)).toEqual([
      'cluster-1.yaml',
      'cluster-2.yaml',
      'cluster-3.yaml',
      'cluster-4.yaml',
      'kustomization-configMapGenerator-snippet.yaml',
    ]))

  it('zips them with their texts, the same bytes every time', () => {
    const zip = conversionZip(result())
    // the first entry's DOS date is the fixed 2000-01-01, not today
    expect(zip[12]! | (zip[13]! << 8)).toBe(((2000 - 1980) << 9) | (1 << 5) | 1)
    expect(conversionZip(result())).toEqual(zip)
    const back = unzipSync(zip)
    for (const [path, text] of conversionFiles(result())) expect(strFromU8(back[path]!)).toBe(text)
  })
})
