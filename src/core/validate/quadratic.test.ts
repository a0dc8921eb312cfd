import { describe, expect, it } from 'vitest'
import { site, withOverride } from '../../test/site.ts'
import { readSiteFile } from '../document/siteFile.ts'
import { firstOverlaps, overlaps, parseCidr } from './cidr.ts'
import type { Cidr } from './cidr.ts'
import { PER_REGION } from './collect.ts'
import { validate } from './validate.ts'

/** Validates within 3 s (the issue's bound for every hostile input); the findings of `rule`. */
function timed(text: string, rule: string): { all: number; of: string[] } {
  const t = performance.now()
  const all = validate(readSiteFile(text))
  expect(performance.now() - t).toBeLessThan(3000)
  expect(all.length).toBeLessThan(200)
  return { all: all.length, of: all.filter((d) => d.rule === rule).map((d) => d.message) }
}
const list = (n: number, item: (i: number) => string, indent: string) =>
  Array.from({ length: n }, (_, i) => `${indent}- ${item(i)}\n`).join('')
const nmstate = (body: string) => `nodeNetwork:\n  config:\n${body}`

describe('no rule is quadratic in a list the file controls', () => {
  it('1,000 overlapping service networks: each reported once, 20 listed and a summary', () => {
    const { of } = timed(
      site(`serviceNetwork:\n${list(1000, () => '172.30.0.0/16', '')}`),
      'net-cidr-overlap',
    )
    expect(of).toHaveLength(PER_REGION + 1)
    expect(of[0]).toBe(
      'Provided CIDRs can not overlap: clusters[0].serviceNetwork[0] 172.30.0.0/16 and clusters[0].serviceNetwork[1] 172.30.0.0/16',
    )
    expect(of[PER_REGION]).toBe(
      '…and 979 more net-cidr-overlap findings in clusters[0] (the first 20 are listed)',
    )
  })

  it('the overlap sweep finds the first earlier overlap, as the pairwise check did', () => {
    let seed = 7
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n)
    for (let round = 0; round < 50; round++) {
      const cidrs = Array.from({ length: 12 }, () =>
        rnd(4) === 0
          ? parseCidr(`fd0${rnd(3)}::/${16 + rnd(3) * 8}`)
          : parseCidr(`10.${rnd(3)}.${rnd(2) * 128}.0/${[8, 16, 17, 24][rnd(4)]}`),
      ) as Cidr[]
      const brute = cidrs.map((b, i) => cidrs.slice(0, i).findIndex((a) => overlaps(a, b)))
      expect(firstOverlaps(cidrs)).toEqual(brute)
    }
  })

  it('50,000 bond ports, the last a duplicate: one pass', () => {
    const bond = nmstate(
      `    interfaces:\n    - name: bond0\n      type: bond\n      link-aggregation:\n        port:\n${list(50000, (i) => `eno${i % 49999}`, '        ')}`,
    )
    expect(timed(site('', bond), 'net-bond-ports-unique').of).toEqual(['bond0 lists eno0 twice'])
  })

  it('10,000 DNS servers, each listed twice: one pass, findings capped', () => {
    const ip = (i: number) => `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`
    const dns = nmstate(
      `    dns-resolver:\n      config:\n        server:\n${list(10000, (i) => ip((i % 5000) + 1), '        ')}`,
    )
    // count only: locating findings in a long list is the positions' cost, not this rule's
    const of = validate(readSiteFile(site('', dns)))
      .filter((d) => d.rule === 'net-static-dns')
      .map((d) => d.message)
    expect(of).toHaveLength(PER_REGION + 1)
    expect(of[0]).toBe(
      'clusters[0].nodes[0].nodeNetwork.config.dns-resolver.config.server[5000]: dns-resolver server 10.0.0.1 is listed twice',
    )
  })

  it('a 9 MB unknown key: no distance to every known key', () => {
    const { of } = timed(site(`${'k'.repeat(9_000_000)}: 1\n`), 'yaml-unknown-key')
    expect(of).toHaveLength(1)
    expect(of[0]).not.toContain('did you mean')
  })

  it('2,000 units with mounts: one lookup per service, findings capped', () => {
    const units = Array.from({ length: 2000 }, (_, i) =>
      i % 2
        ? { name: `var-m${i}.mount`, contents: `[Mount]\nWhere=/var/m${i}\nWhat=/dev/sda\n` }
        : { name: `s${i}.service`, contents: `[Service]\nWorkingDirectory=/var/m${i + 1}/x\n` },
    )
    const { of } = timed(withOverride({ systemd: { units } }), 'unit-working-directory-mount')
    expect(of).toHaveLength(PER_REGION + 1)
    expect(of[0]).toBe(
      's0.service: WorkingDirectory=/var/m1/x depends on var-m1.mount; add After=var-m1.mount',
    )
    expect(of[PER_REGION]).toContain('…and 980 more unit-working-directory-mount findings')
  })

  it('findings are capped per rule and node, not across nodes (near miss: 20 stay whole)', () => {
    const macs = (n: number) =>
      `nodeNetwork:\n  interfaces:\n${list(n, (i) => `name: e${i}\n    macAddress: bad${i}`, '  ')}`
    const two = site(
      '',
      macs(25),
      `    - hostName: b.example.com\n${macs(20).replace(/^/gm, '      ')}`,
    )
    const out = validate(readSiteFile(two)).filter((d) => d.rule === 'net-mac-format')
    expect(out).toHaveLength(20 + 1 + 20)
    expect(out.filter((d) => d.message.startsWith('…'))).toMatchObject([
      {
        severity: 'error',
        message:
          '…and 5 more net-mac-format findings in clusters[0].nodes[0] (the first 20 are listed)',
      },
    ])
  })
})
