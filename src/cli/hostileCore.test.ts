/**
 * The hostile inputs of the reader and the rules, through the real CLI: alias and gzip bombs,
 * escaped nesting, quadratic lists, hidden YAML 1.1 keys, credentials (item 17's big mapping: bigMap.test.ts).
 * Same invariants as hostile.test.ts (hostileHarness.ts): 3 s, exit 0/1/2, < 1 MB, no stack.
 */
import { site, withOverride } from '../test/site.ts'
import { gzipBomb } from '../test/bomb.ts'
import { describeRows, file } from './hostileHarness.ts'
import type { Row } from './hostileHarness.ts'

const b64 = (u: Uint8Array) => Buffer.from(u).toString('base64')
const list = (n: number, item: (i: number) => string, pad = '    ') =>
  Array.from({ length: n }, (_, i) => `${pad}- ${item(i)}\n`).join('')
const aliasBomb = (levels: number, fan: number) => {
  const rows = [`x0: &a0 "${'lol '.repeat(25_000)}"`]
  for (let k = 1; k <= levels; k++)
    rows.push(
      `x${k}: &a${k} [${Array(fan)
        .fill(`*a${k - 1}`)
        .join(', ')}]`,
    )
  return `${rows.join('\n')}\n${site(`extraLabels: *a${levels}\n`)}`
}
const esc = (n: number) => '\\x5b'.repeat(n) + '\\x5d'.repeat(n)
const gzipFile = (mib: number, isize?: number) =>
  withOverride({
    storage: {
      files: [
        {
          path: '/var/tmp/x',
          contents: { compression: 'gzip', source: `data:;base64,${b64(gzipBomb(mib, isize))}` },
        },
      ],
    },
  })
const explainRow = (name: string, text: string, says: RegExp): Row => ({
  ...file(name, text, 0, says),
  argv: (d) => ['explain', d.put('site.yaml', text)],
})

const ROWS: Row[] = [
  // 3: gzip is inflated in a stream, capped, whatever the ISIZE trailer says
  { ...file('a 1 GiB gzip bomb', gzipFile(1024), 1, /more than 4 MiB/), bin: true },
  file('a gzip bomb with a forged ISIZE', gzipFile(1024, 100), 1, /more than 4 MiB/),
  explainRow('explain on a gzip bomb', gzipFile(1024), /cannot decode: .*more than 4 MiB/),
  // 4: no quadratic rule, findings capped per rule and place
  file(
    '1,000 overlapping service networks',
    site(`serviceNetwork:\n${list(1000, () => '172.30.0.0/16')}`),
    1,
    /and \d+ more/,
  ),
  file(
    'a 9 MB unknown key',
    site(`${'k'.repeat(9_000_000)}: 1\n`),
    1,
    /\(9000000 characters\)" at clusters\[0\]/,
  ),
  file(
    '50,000 bond ports',
    site(
      '',
      `nodeNetwork:\n  config:\n    interfaces:\n    - name: bond0\n      type: bond\n      link-aggregation:\n        port:\n${list(50_000, (i) => `eth${i % 7}`, '        ')}`,
    ),
    1,
  ),
  // 5: aliases are measured in bytes
  {
    ...file('an alias bomb of 100 KB', aliasBomb(4, 10), 2, /aliases expand to more than 20 MB/),
    bin: true,
  },
  // 6: YAML escapes cannot build JSON deep enough to overflow a parser
  file(
    'escapes that decode to 100,000 brackets',
    site(`ignitionConfigOverride: "${esc(100_000)}"\n`),
    1,
    /nesting too deep/,
  ),
  // 9: what YAML 1.1 reads that a YAML 1.2 view does not
  file(
    'a key hidden behind U+2028 in a comment',
    site(`# note\u2028extraManifestPath: "../../x"\n`),
    1,
    /\[yaml-11-line-break\]/,
  ),
  file(
    'a merge key carrying an override',
    `extra: &extra\n  ignitionConfigOverride: '{}'\n${site('', '<<: *extra\n')}`,
    1,
    /merges ignitionConfigOverride[^]*\[yaml-merge-key\]/,
  ),
  // 11: credentials in a BMC address are an error, the password never printed
  {
    ...file(
      'a BMC address with a password',
      site(
        '',
        'bmcAddress: redfish-virtualmedia://admin:hunter2@10.0.0.1/redfish/v1/Systems/1\nbmcCredentialsName:\n  name: bmc\nbootMACAddress: 0c:42:a1:00:00:01\n',
      ),
      1,
      /admin:\*\*\*@[^]*\[bmc-address-credentials\]/,
    ),
    never: /hunter2/,
  },
]

describeRows(ROWS)
