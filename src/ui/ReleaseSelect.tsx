import { act, useEditorStore } from '../state/editorStore.ts'

// ztp-site-generate branches with a SiteConfig generator, plus the first ones without
const RELEASES = Array.from({ length: 13 }, (_, i) => `4.${i + 10}`)

/** The target release: fields newer than it are reported, defaults are told for it. Remembered. */
export function ReleaseSelect() {
  const release = useEditorStore((s) => s.release)
  return (
    <label className="release-select">
      Target release{' '}
      <select
        id="release-select"
        value={release}
        onChange={(e) => void act('release.set', { release: e.target.value })}
      >
        <option value="">any (no release checks)</option>
        {RELEASES.map((r) => (
          <option key={r} value={r}>
            {r}
          </option>
        ))}
      </select>
    </label>
  )
}
