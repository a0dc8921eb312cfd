import { describe, expect, it } from 'vitest'
import { readSiteFile } from '../document/siteFile.ts'
import { seedText } from '../../test/fixtures.ts'
import { disablePrecache, enablePrecache } from './precacheCommands.ts'
import { stageChanges } from './stageChanges.ts'

describe('stage changes of enabling and removing pre-caching', () => {
  it('lists what the preset adds to a cluster and its node, and what removing takes away', () => {
    const seed = readSiteFile(seedText())
    const bare = disablePrecache(seed, { cluster: 0 })
    expect(stageChanges(seed, bare, 0)).toEqual([
      {
        target: 'cluster sno-worker-0',
        stage: 'discovery',
        added: [],
        removed: [
          'var-mnt.mount',
          'precache-images.service',
          '/usr/local/bin/extract-ai.sh',
          '/usr/local/bin/agent-fix-bz1964591',
        ],
        changed: [],
      },
      {
        target: 'node snonode.sno-worker-0.example.domain.redhat.com',
        stage: 'install',
        added: [],
        removed: ['var-mnt.mount', 'precache-ocp-images.service', '/usr/local/bin/extract-ocp.sh'],
        changed: [],
        args: { before: '["--save-partlabel", "data"]', after: undefined },
      },
    ])
    const again = enablePrecache(bare, { cluster: 0 })
    const back = stageChanges(bare, again, 0)
    expect(back.map((c) => c.added.length)).toEqual([4, 3])
    expect(stageChanges(again, again, 0)).toEqual([])
    // on the seed itself the preset only fixes the decimal modes
    const fixed = enablePrecache(seed, { cluster: 0 })
    expect(stageChanges(seed, fixed, 0).map((c) => c.changed)).toEqual([
      [
        '/usr/local/bin/extract-ai.sh (mode 755 → 493)',
        '/usr/local/bin/agent-fix-bz1964591 (mode 755 → 493)',
      ],
      ['/usr/local/bin/extract-ocp.sh (mode 755 → 493)'],
    ])
  })
})
