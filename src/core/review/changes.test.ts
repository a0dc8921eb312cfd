import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { addNode, removeCluster, removeNode, setField, unsetField } from '../document/commands.ts'
import { setIn } from '../document/edit.ts'
import { setJsonField } from '../document/jsonField.ts'
import { getIn } from '../document/path.ts'
import { readSiteFile, siteData } from '../document/siteFile.ts'
import type { SiteFile } from '../document/siteFile.ts'
import { overrideView } from '../precache/overrideView.ts'
import { setOverrideFileText, setOverrideUnitContents } from '../precache/overrideCommands.ts'
import { enablePrecache } from '../precache/precacheCommands.ts'
import { allFixtures, seedText } from '../../test/fixtures.ts'
import { summarizeChanges } from './changes.ts'
import { revertChange } from './revert.ts'
import { siteConfigModel } from '../site/siteModel.ts'

const seed = readSiteFile(seedText())
const C = [...siteConfigModel.cluster(0)]
const N = [...C, 'nodes', 0]
const fixture = (part: string) =>
  readSiteFile(allFixtures().find((f) => f.name.includes(part))!.text)
/** The summary as "group: item" lines. */
const lines = (a: SiteFile, b: SiteFile) =>
  summarizeChanges(a, b).flatMap((g) => g.items.map((i) => `${g.title}: ${i.text}`))

describe('change summary', () => {
  it('names field changes per cluster and node', () => {
    let f = setField(seed, { path: [...C, 'clusterImageSetNameRef'], value: 'img4.16' })
    f = setField(f, { path: [...N, 'bootMode'], value: 'UEFISecureBoot' })
    expect(lines(seed, f)).toEqual([
      'cluster sno-worker-0: clusterImageSetNameRef eko4-img4.11.5-x86-64-appsub → img4.16',
      'node snonode.sno-worker-0.example.domain.redhat.com: bootMode UEFI → UEFISecureBoot',
    ])
    expect(summarizeChanges(seed, seed)).toEqual([])
  })

  it('names map entries, list items and added or removed keys', () => {
    let f = setIn(seed, [...C, 'clusterLabels', 'du-profile'], '4.16')
    f = unsetField(f, { path: [...C, 'clusterLabels', 'sites'] })
    f = setIn(f, [...C, 'machineNetwork', 0, 'cidr'], '10.16.231.0/24')
    f = setIn(f, [...C, 'serviceNetwork'], ['172.30.0.0/16', 'fd02::/112'])
    f = setIn(f, [...C, 'holdInstallation'], true)
    const got = lines(seed, f)
    expect(got).toContain('cluster sno-worker-0: clusterLabels.du-profile set to 4.16')
    expect(got).toContain('cluster sno-worker-0: clusterLabels.sites removed (was example-5g-lab)')
    expect(got).toContain(
      'cluster sno-worker-0: machineNetwork[0].cidr 10.19.32.192/26 → 10.16.231.0/24',
    )
    expect(got).toContain('cluster sno-worker-0: serviceNetwork: added fd02::/112')
    expect(got).toContain('cluster sno-worker-0: holdInstallation set to true')
  })

  it('names clusters and nodes added and removed, and keeps a renamed cluster one cluster', () => {
    const std = fixture('example-standard')
    const fewer = removeNode(std, { cluster: 0, index: 4 })
    expect(lines(std, fewer)).toEqual([
      expect.stringMatching(/^cluster example-standard: node .+ removed$/),
    ])
    const more = addNode(std, { cluster: 0 })
    expect(lines(std, more)).toEqual([
      expect.stringMatching(/^cluster example-standard: node .+ added$/),
    ])
    const two = fixture('siteConfigStandardClusterTestZap')
    expect(lines(seed, removeCluster(seed, { index: 0 }))).toEqual([
      'site: cluster sno-worker-0 removed',
    ])
    expect(lines(removeCluster(seed, { index: 0 }), seed)).toEqual([
      'site: cluster sno-worker-0 added (1 node)',
    ])
    const renamed = setField(two, { path: [...C, 'clusterName'], value: 'cluster9' })
    expect(lines(two, renamed)).toEqual(['cluster cluster9: clusterName cluster1 → cluster9'])
  })

  it('compares overrides decoded: a script edit is "extract-ocp.sh changed (3 lines)" with its texts', () => {
    const path = [...N, 'ignitionConfigOverride']
    const view = overrideView(seed, 'install', path)
    const ocp = view.files.find((x) => x.path.endsWith('extract-ocp.sh'))!
    const text = ocp.text!.replace(/^(#!.*\n)/, '$1# one\n# two\n# three\n')
    const f = setOverrideFileText(seed, { path, index: ocp.index, text })
    const groups = summarizeChanges(seed, f)
    expect(lines(seed, f)).toEqual([
      'node snonode.sno-worker-0.example.domain.redhat.com: extract-ocp.sh changed (3 lines)',
    ])
    const item = groups[0]!.items[0]!
    expect(item.decoded).toEqual([
      { name: '/usr/local/bin/extract-ocp.sh', before: ocp.text, after: text },
    ])
  })

  it('says "pre-caching enabled (installerArgs, 2 units, 1 file)" for the preset on a bare SNO', () => {
    const bare = readSiteFile(
      readFileSync(new URL('../../templates/bare-sno.yaml', import.meta.url), 'utf8'),
    )
    const f = enablePrecache(bare, { cluster: 0 })
    expect(lines(bare, f)).toEqual([
      expect.stringMatching(/^cluster .+: pre-caching enabled \(\d units?, \d files?\)$/),
      expect.stringMatching(/^node .+: pre-caching enabled \(installerArgs, 2 units, 1 file\)$/),
    ])
  })
})

describe('revert one change', () => {
  it('puts back only that item, byte for byte, and nothing when nothing matches', () => {
    const a = setField(seed, { path: [...C, 'clusterImageSetNameRef'], value: 'img4.16' })
    const both = setField(a, { path: [...N, 'bootMode'], value: 'UEFISecureBoot' })
    const [cluster, node] = summarizeChanges(seed, both)
    const back = revertChange(both, seed, node!.items[0]!)
    expect(back.text).toBe(a.text)
    expect(revertChange(back, seed, cluster!.items[0]!).text).toBe(seed.text)
  })

  it('reverts neighbouring lines separately, and a removed key', () => {
    const one = setIn(seed, [...C, 'clusterLabels', 'group-du-sno'], 'yes-please')
    const f = setIn(one, [...C, 'clusterLabels', 'common-411'], 'false')
    const items = summarizeChanges(seed, f)[0]!.items
    expect(items.map((i) => i.text)).toEqual([
      'clusterLabels.group-du-sno "" → yes-please',
      'clusterLabels.common-411 true → false',
    ])
    expect(revertChange(f, seed, items[1]!).text).toBe(one.text)
    const gone = unsetField(seed, { path: [...N, 'bmcAddress'] })
    expect(revertChange(gone, seed, summarizeChanges(seed, gone)[0]!.items[0]!).text).toBe(
      seed.text,
    )
  })

  it('reverts one script of an override and leaves the other change in it', () => {
    const path = [...C, 'ignitionConfigOverride']
    const view = overrideView(seed, 'discovery', path)
    const ai = view.files.find((x) => x.path.endsWith('extract-ai.sh'))!
    const unit = view.units.find((u) => u.name === 'precache-images.service')!
    const script = setOverrideFileText(seed, { path, index: ai.index, text: ai.text + '# end\n' })
    const both = setOverrideUnitContents(script, {
      path,
      index: unit.index,
      contents: unit.contents.replace('[Unit]', '[Unit]\n# note'),
    })
    const items = summarizeChanges(seed, both)[0]!.items
    expect(items.map((i) => i.text)).toEqual([
      'precache-images.service changed (1 line)',
      'extract-ai.sh changed (1 line)',
    ])
    expect(revertChange(both, seed, items[0]!).text).toBe(script.text)
  })

  it('reverts a removed node and an added one', () => {
    const std = fixture('example-standard')
    const fewer = removeNode(std, { cluster: 0, index: 1 })
    const item = summarizeChanges(std, fewer)[0]!.items[0]!
    expect(revertChange(fewer, std, item).text).toBe(std.text)
    const more = addNode(std, { cluster: 0 })
    expect(revertChange(more, std, summarizeChanges(std, more)[0]!.items[0]!).text).toBe(std.text)
  })
})

describe('JSON inside a string field', () => {
  it('names the member that changed in installConfigOverrides, and reverts just it', () => {
    const sno = fixture('argocd__example__siteconfig__example-sno')
    const path = [...C, 'installConfigOverrides']
    const before = JSON.parse(getIn(siteData(sno), path) as string)
    const caps = { ...before.capabilities, baselineCapabilitySet: 'v4.16' }
    const f = setJsonField(sno, path, { ...before, capabilities: caps })
    const g = setField(f, { path: [...C, 'clusterImageSetNameRef'], value: 'openshift-4.18' })
    expect(lines(sno, g)).toContain(
      'cluster example-sno: installConfigOverrides.capabilities.baselineCapabilitySet None → v4.16',
    )
    const item = summarizeChanges(sno, g)
      .flatMap((x) => x.items)
      .find((x) => x.text.startsWith('installConfigOverrides'))!
    expect(item.now).toEqual([{ path, json: ['capabilities', 'baselineCapabilitySet'] }])
    expect(revertChange(g, sno, item).text).toBe(
      setField(sno, { path: [...C, 'clusterImageSetNameRef'], value: 'openshift-4.18' }).text,
    )
  })
})
