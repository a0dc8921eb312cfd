/**
 * Hostile input through the real CLI entry: each row builds its files in a fresh directory and
 * must get its answer within 3 s, with exit 0/1/2, no stack trace, under 1 MB of output, and
 * nothing on a line that a terminal or a CI log would obey (hostileHarness.ts). One row per
 * hostile input; `file(name, text, exitCode, /says/)` is the one-line form for a `validate` row.
 */
import { mkdirSync, truncateSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { allFixtures, seedText } from '../test/fixtures.ts'
import { site, withOverride } from '../test/site.ts'
import { validate as validateReal } from '../core/validate/validate.ts'
import { describeRows, file } from './hostileHarness.ts'
import type { Row } from './hostileHarness.ts'
import { describeError } from './io.ts'

const kac = (path: string) =>
  seedText().replace(
    '    clusterLabels:',
    `    crTemplates:\n      KlusterletAddonConfig: ${JSON.stringify(path)}\n    clusterLabels:`,
  )
const demo = allFixtures().find((f) => f.name.includes('demo'))!.text
const manifests = (dir: string) =>
  demo.replace('extraManifestPath: blueprint', `extraManifestPath: ${dir}`)
const forged = '\r\x1b[2K\n::notice file=x::forged'
// the same as YAML escapes, so that no line break reaches the YAML text itself
const forgedKey = '"\\r\\e[2K\\n::notice file=x::forged\\u2028\\u202e\\N\\x9b": 1\n'
const pem = (label: string) =>
  `-----BEGIN ${label}-----\n${'MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun\n'.repeat(20)}-----END ${label}-----\n`
const dataUrl = (text: string) => `data:,${encodeURIComponent(text)}`
const ROWS: Row[] = [
  // 1: files a SiteConfig names stay inside the repository
  {
    name: 'crTemplates names /dev/zero',
    argv: (d) => ['validate', d.put('site.yaml', kac('/dev/zero'))],
    code: 1,
    says: /KlusterletAddonConfig: "\/dev\/zero" is an absolute path.*\[site-file-outside-repo\]/,
    bin: true,
  },
  {
    name: 'crTemplates names a symlink to /dev/zero',
    argv: (d) => (
      d.link('kac.yaml', '/dev/zero'),
      ['validate', d.put('site.yaml', kac('kac.yaml'))]
    ),
    code: 1,
    says: /"kac\.yaml" is a symlink that leads out of the repository.*\[site-file-outside-repo\]/,
  },
  {
    name: 'crTemplates names a FIFO in the repository',
    argv: (d) => (d.fifo('kac.yaml'), ['validate', d.put('site.yaml', kac('kac.yaml'))]),
    code: 1,
    says: /"kac\.yaml" is a FIFO, not a regular file \[site-file-unreadable\]/,
    bin: true,
  },
  {
    name: 'crTemplates names a directory, then a sparse 11 MB file',
    argv: (d) => {
      mkdirSync(join(d.repo, 'dir'))
      truncateSync(d.put('big.yaml', ''), 11 * 1024 * 1024)
      const two = kac('dir').replace(
        'KlusterletAddonConfig: "dir"',
        'KlusterletAddonConfig: "dir"\n      ManagedCluster: "big.yaml"',
      )
      return ['validate', d.put('site.yaml', two)]
    },
    code: 1,
    says: /"dir" is a directory \[site-file-unreadable\][^]*"big\.yaml" file is 11\.0 MB/,
  },
  {
    name: 'biosConfigRef leaves the repository with ..',
    argv: (d) => [
      'validate',
      d.put('site.yaml', site('', 'biosConfigRef:\n  filePath: ../outside/id_rsa\n')),
    ],
    code: 1,
    says: /biosConfigRef\.filePath: "\.\.\/outside\/id_rsa" leads out of the repository/,
    never: /SECRET/,
  },
  {
    name: 'extraManifestPath lists a directory outside (the filter names are not judged)',
    argv: (d) => ['validate', d.put('site.yaml', manifests('../outside'))],
    code: 1,
    says: /extraManifestPath: "\.\.\/outside" leads out of the repository/,
    never: /id_rsa|known_hosts|SECRET|cluster-manifest-filter-name/,
  },
  {
    name: 'extraManifestPath is an absolute directory',
    argv: (d) => ['validate', d.put('site.yaml', manifests(d.outside))],
    code: 1,
    says: /is an absolute path.*\[site-file-outside-repo\]/,
    never: /id_rsa|known_hosts/,
  },
  {
    name: '--repo-root narrows the repository to a subdirectory',
    argv: (d) => (
      d.put('kac.yaml', 'kind: ConfigMap\n'),
      ['validate', '--repo-root', join(d.repo, 'sub'), d.put('sub/site.yaml', kac('../kac.yaml'))]
    ),
    code: 1,
    says: /"\.\.\/kac\.yaml" leads out of the repository/,
  },
  {
    name: 'extraManifestPath is a symlink in the repository to a directory outside',
    argv: (d) => (d.link('blueprint', d.outside), ['validate', d.put('site.yaml', demo)]),
    code: 1,
    says: /"blueprint" is a symlink that leads out of the repository/,
    never: /id_rsa|known_hosts/,
  },
  {
    name: 'crTemplates names a dangling symlink (no answer about what exists outside)',
    argv: (d) => (
      d.link('kac.yaml', '/nonexistent/kac.yaml'),
      ['validate', d.put('site.yaml', kac('kac.yaml'))]
    ),
    code: 1,
    says: /"kac\.yaml" is a symlink that does not resolve.*\[site-file-outside-repo\]/,
  },
  {
    name: '--repo-root that does not exist',
    argv: (d) => ['validate', '--repo-root', join(d.repo, 'nope'), d.put('site.yaml', site())],
    code: 2,
    says: /^siteconfig-studio: --repo-root \S+nope: no such file\n$/,
  },
  // 2: the input itself: a regular file under 10 MB, checked before reading
  {
    name: 'input is a symlink to /dev/zero',
    argv: (d) => ['validate', d.link('site.yaml', '/dev/zero')],
    code: 2,
    says: /site\.yaml: is a device, not a regular file/,
    bin: true,
  },
  {
    name: 'input is a FIFO',
    argv: (d) => ['explain', d.fifo('site.yaml')],
    code: 2,
    says: /site\.yaml: is a FIFO, not a regular file/,
  },
  {
    // validate walks a directory (issue 16); a command that reads one file refuses it
    name: 'input is a directory',
    argv: (d) => ['fmt', d.repo],
    code: 2,
    says: /repo: is a directory/,
  },
  {
    name: 'input is a sparse 50 GB file',
    argv: (d) => (
      truncateSync(d.put('site.yaml', ''), 50 * 2 ** 30),
      ['fmt', join(d.repo, 'site.yaml')]
    ),
    code: 2,
    says: /file is 51200\.0 MB; SiteConfig Studio reads files up to 10 MB/,
  },
  {
    name: 'endless standard input is cut off at 10 MB',
    argv: () => ['validate', '-'],
    code: 2,
    says: /standard input: more than 10 MB/,
    seams: {
      stdin: (async function* () {
        for (;;) yield new Uint8Array(1 << 20).fill(0x61)
      })(),
    },
  },
  // 7: a validator that throws is that file's answer; the next file is still checked
  {
    name: 'validate throws for one file',
    argv: (d) => [
      'validate',
      d.put('a.yaml', site()),
      allFixtures().find((f) => f.name.endsWith('site1-err.yaml'))!.path,
    ],
    code: 2,
    says: /a\.yaml: validation failed: boom[^]*site1-err\.yaml:\d+:\d+: error: /,
    never: /at thrower|\n\s+at /,
    seams: {
      validate: (f, o) => {
        if (f.text.includes('name: site\n')) throw new Error('boom\n    at thrower (x.ts:1:1)')
        return validateReal(f, o)
      },
    },
  },
  // 10: what came from the file cannot drive the terminal or the CI log
  file(
    'a key forging a workflow command',
    site(forgedKey),
    1,
    /Unknown key "\\r\\x1b\[2K\\n::notice file=x::forged\\u2028\\u202e\\x85\\x9b"/,
  ),
  {
    ...file('the same key in --format json', site(forgedKey), 1),
    argv: (d) => ['validate', '--format', 'json', d.put('site.yaml', site(forgedKey))],
    says: /"message": "Unknown key \\"\\r\\u001b\[2K\\n::notice file=x::forged\\u2028\\u202e\\u0085\\u009b\\"/,
  },
  {
    ...file('the same in a file name', site(), 1),
    argv: (d) => ['validate', d.put(`x${forged.replace(/\//g, '')}.yaml`, site('bogusKey: 1\n'))],
    says: /x\\r\\x1b\[2K\\n::notice/,
  },
  {
    name: 'explain: unit name, file path and contents',
    argv: (d) => [
      'explain',
      d.put(
        'site.yaml',
        withOverride({
          systemd: { units: [{ name: forged, contents: `a${forged}\u2028\u202e` }] },
          storage: { files: [{ path: `/p${forged}`, contents: { source: dataUrl(forged) } }] },
        }),
      ),
    ],
    code: 0,
    says: /unit \\r\\x1b\[2K\\n::notice[^]*\| a\\r\\x1b\[2K\n {4}\| ::notice file=x::forged\\u2028 *\\u202e[^]*file \/p\\r\\x1b/,
  },
  {
    name: 'explain: a 2 MB decoded file is cut, saying so',
    argv: (d) => [
      'explain',
      d.put(
        'site.yaml',
        withOverride({
          storage: { files: [{ path: '/big', contents: { source: dataUrl('x'.repeat(2e6)) } }] },
        }),
      ),
    ],
    code: 0,
    says: /\| x{262144}\n {4}\(… 1,737,856 more characters not shown\)/,
  },
  // 11: explain --redact
  {
    name: 'explain --redact masks private keys and password hashes',
    argv: (d) => [
      'explain',
      '--redact',
      d.put(
        'site.yaml',
        withOverride({
          passwd: { users: [{ name: 'core', passwordHash: '$6$salt$hash' }] },
          storage: {
            files: [
              { path: '/root/.ssh/id_rsa', contents: { source: dataUrl(pem('RSA PRIVATE KEY')) } },
              {
                path: '/k',
                contents: {
                  source: dataUrl(`x\n${pem('OPENSSH PRIVATE KEY')}"passwordHash": "$y$j9T$x"`),
                },
              },
            ],
          },
        }),
      ),
    ],
    code: 0,
    says: /\| \(redacted: private key, 1,361 bytes\)[^]*\| x\n {4}\| \(redacted: private key, 1,369 bytes\)\n {4}\| "passwordHash": \(redacted: password hash, 10 bytes\)[^]*user core {2}passwordHash \(redacted: password hash, 12 bytes\)/,
    never: /MIIE|\$6\$|\$y\$/,
  },
]

describeRows(ROWS)

describe('read errors', () => {
  it('say what they are, not "no such file"', () => {
    const err = (code: string) => Object.assign(new Error(code), { code })
    expect(describeError(err('EACCES'))).toBe('permission denied')
    expect(describeError(err('EISDIR'))).toBe('is a directory')
    expect(describeError(err('EIO'))).toBe('cannot be read (EIO)')
    expect(describeError(err('ENOENT'))).toBe('no such file')
  })
})
