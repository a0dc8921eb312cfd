import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { allFixtures } from '../../test/fixtures.ts'
import { patchFileName, unifiedPatch } from './patch.ts'

/** Applies the patch with git to `before` in a fresh repository and returns the result. */
function gitApply(name: string, before: string, patch: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'scs-patch-'))
  execFileSync('git', ['init', '-q'], { cwd: dir })
  writeFileSync(join(dir, name), before)
  writeFileSync(join(dir, 'change.patch'), patch)
  execFileSync('git', ['apply', '--whitespace=nowarn', 'change.patch'], { cwd: dir })
  return readFileSync(join(dir, name), 'utf8')
}

describe('unifiedPatch', () => {
  it('git apply reproduces the edited text byte for byte on every fixture', () => {
    for (const f of allFixtures()) {
      const lines = f.text.split('\n')
      // an edit near the start, one in the middle, a line added at the end without a newline
      lines[1] = `${lines[1]} # edited`
      lines.splice(Math.floor(lines.length / 2), 0, '# inserted')
      const after = lines.join('\n') + 'tail: x'
      const patch = unifiedPatch('site.yaml', f.text, after)
      expect(patch.split('\n').slice(0, 3)).toEqual([
        'diff --git a/site.yaml b/site.yaml',
        '--- a/site.yaml',
        '+++ b/site.yaml',
      ])
      expect(gitApply('site.yaml', f.text, patch), f.name).toBe(after)
    }
  })

  it('odd file names: the header quotes them as git does, and git apply still applies', () => {
    const before = 'a: 1\nb: 2\n'
    const after = 'a: 1\nb: 3\n'
    for (const name of ['my site.yaml', 'say "hi".yaml', 'back\\slash.yaml', 'café.yaml']) {
      const patch = unifiedPatch(name, before, after)
      expect(gitApply(name, before, patch), name).toBe(after)
    }
    expect(unifiedPatch('my site.yaml', before, after).split('\n')[0]).toBe(
      'diff --git a/my site.yaml b/my site.yaml',
    )
    expect(unifiedPatch('say "hi".yaml', before, after).split('\n')[0]).toBe(
      'diff --git "a/say \\"hi\\".yaml" "b/say \\"hi\\".yaml"',
    )
    expect(unifiedPatch('café.yaml', before, after).split('\n')[0]).toBe(
      'diff --git "a/caf\\303\\251.yaml" "b/caf\\303\\251.yaml"',
    )
  })

  it('is empty without changes, and names the patch after the file', () => {
    expect(unifiedPatch('a.yaml', 'x\n', 'x\n')).toBe('')
    expect(patchFileName('sno1.yaml')).toBe('sno1.patch')
    expect(patchFileName('site.YML')).toBe('site.patch')
  })
})
