import { describe, expect, it } from 'vitest'
import { readSiteFile } from '../document/siteFile.ts'
import { findings, site } from '../../test/site.ts'
import { validate } from './validate.ts'

const LS = '\u2028'

describe('yaml-11-line-break: what yaml.v2 reads as a new line', () => {
  it('a line separator ending a comment is an error at its line, naming what the generator reads', () => {
    const text = site(`# comment${LS}    extraManifestPath: "../../x"\n`)
    // for our reader (js-yaml, YAML 1.2) it is only a comment: the new error is the one difference
    const errors = (t: string) => validate(readSiteFile(t)).filter((d) => d.severity === 'error')
    expect(errors(text)).toHaveLength(errors(site()).length + 1)
    expect(findings(text, 'yaml-11-line-break')).toEqual([
      'error@12: a U+2028 line separator ends this comment for the generator (YAML 1.1): it reads "        extraManifestPath: \\"../../x\\"" as a new line of YAML; remove the character',
    ])
    const d = validate(readSiteFile(text)).find((x) => x.rule === 'yaml-11-line-break')
    expect(d?.column).toBe(14)
  })

  it('U+0085 in a comment and U+2029 in a block scalar are errors too', () => {
    const text = site(`# x\u0085extra: y\n`, `note: |\n  a\u2029b: c\n`)
    expect(findings(text, 'yaml-11-line-break')).toEqual([
      'error@12: a U+0085 next line ends this comment for the generator (YAML 1.1): it reads "extra: y" as a new line of YAML; remove the character',
      'error@17: a U+2029 paragraph separator is a line break for the generator (YAML 1.1): in a quoted value it reads a space there, anywhere else it reads "      b: c" as a new line of YAML; remove the character (or write the escape \\u2029 in double quotes)',
    ])
  })

  it('inside quotes too (folded into a space there), and a "#" in quotes is no comment', () => {
    const quoted = findings(site(`x: "a # b${LS}c"\n`), 'yaml-11-line-break')
    expect(quoted).toHaveLength(1)
    expect(quoted[0]).toMatch(
      /^error@12: a U\+2028 line separator is a line break .* in a quoted value it reads a space/,
    )
    expect(findings(site(`x: 'a${LS}b'\n`), 'yaml-11-line-break')).toHaveLength(1)
  })

  it('near miss: the escape, or a comment without the character', () => {
    expect(findings(site('x: "a\\u2028b"\n# \\u2028\n'), 'yaml-11-line-break')).toEqual([])
    expect(findings(site('# a comment\n'), 'yaml-11-line-break')).toEqual([])
  })

  it('reports at most 20 of them', () => {
    const many = Array.from({ length: 500 }, (_, i) => `# c${i}${LS}`).join('\n') + '\n'
    expect(findings(site(many), 'yaml-11-line-break')).toHaveLength(20)
  })
})

const extra = `extra: &extra
  ignitionConfigOverride: '{"ignition":{"version":"3.2.0"}}'
  role: worker
`

describe('yaml-merge-key: what yaml.v2 merges in', () => {
  it('a merge key is an error naming the keys it adds (not those set on the node)', () => {
    const text = extra + site('', '<<: *extra\n')
    expect(findings(text, 'yaml-merge-key')).toEqual([
      'error@18: "<<" is a merge key for the generator (YAML 1.1): it merges ignitionConfigOverride into this node, which no view of the editor shows; write that key out instead',
    ])
    // and not also an unknown key "ignored by the generator"
    expect(findings(text, 'yaml-unknown-key').join()).not.toContain('"<<"')
  })

  it('a list of mappings; one that adds nothing; one the generator cannot merge', () => {
    const two = `a: &a {x: 1, y: 2}\nb: &b {y: 3, z: 4}\n` + site('<<: [*a, *b]\n')
    expect(findings(two, 'yaml-merge-key')[0]).toContain('it merges x, y, z into this node')
    const none = extra + site('', '<<: *extra\nignitionConfigOverride: "{}"\n')
    expect(findings(none, 'yaml-merge-key')[0]).toMatch(/^warning@18: .*adds no key/)
    expect(findings(site('<<: 3\n'), 'yaml-merge-key')[0]).toMatch(
      /^error@12: .*it fails on this one/,
    )
  })

  it('near miss: a key that only looks like one, or an anchor reused without merging', () => {
    expect(findings(site('"<<x": 1\n'), 'yaml-merge-key')).toEqual([])
    expect(findings(extra + site('', 'more: *extra\n'), 'yaml-merge-key')).toEqual([])
  })

  it('a "<<" key written with escapes is one too (the text holds no `<<`)', () => {
    for (const key of ['"\\u003c\\u003c"', '"<\\x3c"', '"\\U0000003c<"'])
      expect(findings(site(`${key}: 3\n`), 'yaml-merge-key')[0], key).toMatch(/fails on this one/)
  })

  it('a shared mapping with a merge key is reported once, not once per use', () => {
    const text = `base: &base {a: 1}\nshared: &s\n  <<: *base\n` + site(`x1: *s\nx2: *s\nx3: *s\n`)
    expect(findings(text, 'yaml-merge-key')).toHaveLength(1)
  })
})

describe('yaml-11-boolean: trigger and near miss', () => {
  it('yaml-11-boolean only when unquoted', () => {
    expect(findings(site('clusterLabels:\n  sites: yes\n'), 'yaml-11-boolean')).toHaveLength(1)
    expect(findings(site('clusterLabels:\n  sites: "yes"\n'), 'yaml-11-boolean')).toEqual([])
    expect(findings(site('clusterLabels:\n  sites: yesterday\n'), 'yaml-11-boolean')).toEqual([])
  })
})
