import { describe, expect, it } from 'vitest'
import { readSiteFile } from '../document/siteFile.ts'
import { allFixtures, changedLines, seedText } from '../../test/fixtures.ts'
import {
  setOverrideFileMode,
  setOverrideFileText,
  setOverrideUnitContents,
} from './overrideCommands.ts'
import { overridePath, overrideView } from './overrideView.ts'

const seed = () => readSiteFile(seedText())
const cluster = overridePath('discovery', 0)
const node = overridePath('install', 0, 0)

describe('override view', () => {
  it('shows the seed discovery stage: units, decoded scripts, modes', () => {
    const v = overrideView(seed(), 'discovery', cluster)
    expect(v.version).toBe('3.1.0')
    expect(v.units.map((u) => [u.name, u.enabled, u.precache])).toEqual([
      ['var-mnt.mount', true, true],
      ['precache-images.service', true, true],
    ])
    expect(v.files.map((f) => [f.path, f.mode, f.owner, f.encoding])).toEqual([
      ['/usr/local/bin/extract-ai.sh', 755, 'root', 'percent'],
      ['/usr/local/bin/agent-fix-bz1964591', 755, 'root', 'percent'],
    ])
    expect(v.files[0]!.text).toMatch(/^#!\/bin\/bash\n/)
  })

  it('shows the install stage of the node', () => {
    const v = overrideView(seed(), 'install', node)
    expect(v.units.map((u) => u.name)).toEqual(['var-mnt.mount', 'precache-ocp-images.service'])
    expect(v.files.map((f) => f.path)).toEqual(['/usr/local/bin/extract-ocp.sh'])
  })

  it('shows what units and files do not cover (the official SNO example partitions a disk)', () => {
    const sno = allFixtures().find(
      (x) => x.name.endsWith('example-sno.yaml') && x.name.includes('argocd'),
    )!
    const v = overrideView(readSiteFile(sno.text), 'install', node)
    expect(v.units.map((u) => u.name)).toEqual(['var-lib-containers.mount'])
    expect(JSON.parse(v.other!)).toHaveProperty('storage.disks')
    expect(overrideView(seed(), 'install', node).other).toBeUndefined()
  })

  it('reads every fixture override without throwing, and says why when it cannot', () => {
    for (const f of allFixtures()) {
      const file = readSiteFile(f.text)
      for (let c = 0; c < 4; c++) {
        const v = overrideView(file, 'discovery', overridePath('discovery', c))
        for (const x of v.files) expect(x.text !== undefined || x.error !== undefined).toBe(true)
      }
    }
    const bad = readSiteFile(seedText().replace('"version": "3.1.0"', '"version": 3.1.0,,'))
    expect(overrideView(bad, 'discovery', cluster).error).toMatch(/not valid JSON/)
  })
})

describe('editing inside an override changes one YAML line', () => {
  it('a line of extract-ocp.sh in the node-level | block', () => {
    const f = seed()
    const text = overrideView(f, 'install', node).files[0]!.text!
    const edited = text.replace('#!/bin/bash\n', '#!/bin/bash\n# checked by ops\n')
    const out = setOverrideFileText(f, { path: node, index: 0, text: edited })
    expect(changedLines(seedText(), out.text)).toEqual([116])
    expect(overrideView(readSiteFile(out.text), 'install', node).files[0]!.text).toBe(edited)
  })

  it('a line of extract-ai.sh in the cluster-level folded single-quoted scalar', () => {
    const f = seed()
    const text = overrideView(f, 'discovery', cluster).files[0]!.text!
    const edited = text.replace('FOLDER=', 'FOLDER_DEFAULT=/var/mnt\nFOLDER=')
    const out = setOverrideFileText(f, { path: cluster, index: 0, text: edited })
    expect(changedLines(seedText(), out.text)).toEqual([59])
    expect(overrideView(readSiteFile(out.text), 'discovery', cluster).files[0]!.text).toBe(edited)
  })

  it('a unit, a mode; an unchanged text changes nothing', () => {
    const f = seed()
    const u = overrideView(f, 'install', node).units[1]!
    const out = setOverrideUnitContents(f, {
      path: node,
      index: 1,
      contents: u.contents.replace('TimeoutStopSec=60', 'TimeoutStopSec=90'),
    })
    expect(changedLines(seedText(), out.text).length).toBe(1)
    const m = setOverrideFileMode(f, { path: cluster, index: 0, mode: 493 })
    expect(changedLines(seedText(), m.text)).toEqual([54])
    const same = setOverrideFileText(f, {
      path: node,
      index: 0,
      text: overrideView(f, 'install', node).files[0]!.text!,
    })
    expect(same.text).toBe(seedText())
  })

  it('keeps base64 sources base64', () => {
    const file = readSiteFile(allFixtures().find((x) => x.name.includes('ztp-precaching'))!.text)
    const v = overrideView(file, 'discovery', cluster)
    const i = v.files.findIndex((x) => x.encoding === 'base64')
    expect(i).toBeGreaterThanOrEqual(0)
    const out = setOverrideFileText(file, {
      path: cluster,
      index: i,
      text: v.files[i]!.text + '# more\n',
    })
    const again = overrideView(readSiteFile(out.text), 'discovery', cluster).files[i]!
    expect(again.encoding).toBe('base64')
    expect(again.text).toBe(v.files[i]!.text + '# more\n')
  })
})
