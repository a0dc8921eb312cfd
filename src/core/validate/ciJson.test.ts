import { describe, expect, it } from 'vitest'
import { ciSite } from '../../test/ciSite.ts'
import { readSiteFile } from '../document/siteFile.ts'
import { validate } from './validate.ts'

const messages = (text: string, rule: string) =>
  validate(readSiteFile(text))
    .filter((d) => d.rule === rule)
    .map((d) => d.message)

describe('the four JSON strings of a ClusterInstance', () => {
  it('may be empty', () => {
    const t = ciSite({
      cluster: 'installConfigOverrides: ""\nignitionConfigOverride: ""\n',
      node: 'installerArgs: ""\nignitionConfigOverride: ""\n',
    })
    const rules = validate(readSiteFile(t)).map((d) => d.rule)
    for (const r of ['ign-json', 'args-json', 'cluster-install-config-json'])
      expect(rules).not.toContain(r)
  })

  it("quote the webhook's texts when they do not parse", () => {
    const t = ciSite({
      cluster: 'installConfigOverrides: "{"\nignitionConfigOverride: igen\n',
      node: 'installerArgs: "[--x"\nignitionConfigOverride: "{x"\n',
    })
    expect(messages(t, 'cluster-install-config-json')[0]).toMatch(
      /^installConfigOverrides is not a valid JSON-formatted string: Invalid json parameter/,
    )
    expect(messages(t, 'ign-json')).toEqual([
      expect.stringMatching(
        /^cluster-level ignitionConfigOverride is not a valid JSON-formatted string: /,
      ),
      expect.stringMatching(
        /^node-level ignitionConfigOverride is not a valid JSON-formatted string \[Node: Hostname=sno1.example.com\]: /,
      ),
    ])
    expect(messages(t, 'args-json')[0]).toMatch(
      /^installerArgs is not a valid JSON-formatted string \[Node: Hostname=sno1.example.com\]: installerArgs/,
    )
  })
})
