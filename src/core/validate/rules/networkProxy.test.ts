import { describe, expect, it } from 'vitest'
import { findings, site } from '../../../test/site.ts'

const count = (t: string, r: string) => findings(t, r).length

describe('net-proxy: trigger and near miss', () => {
  it('net-proxy', () => {
    expect(count(site('proxy:\n  httpProxy: https://proxy.example.com:3128\n'), 'net-proxy')).toBe(
      1,
    )
    expect(count(site('proxy:\n  noProxy: example.com\n'), 'net-proxy')).toBe(1)
    expect(
      count(
        site(
          'proxy:\n  httpProxy: http://proxy.example.com:3128\n  httpsProxy: https://p:3129\n  noProxy: .example.com,10.0.0.0/8\n',
        ),
        'net-proxy',
      ),
    ).toBe(0)
  })
})
