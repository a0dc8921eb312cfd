import { useMemo } from 'react'
import { diffRows } from '../../core/review/lineDiff.ts'
import type { DecodedDiff as Decoded } from '../../core/review/overrideChange.ts'

const SIGN = { same: ' ', added: '+', removed: '-' } as const

/** A unit's or script's decoded text as a line diff (not the encoded data URL). */
export function DecodedDiff({ diff }: { diff: Decoded }) {
  const rows = useMemo(() => diffRows(diff.before, diff.after), [diff])
  return (
    <figure className="decoded-diff">
      <figcaption>{diff.name} (decoded)</figcaption>
      <pre aria-label={`Line changes of ${diff.name}`}>
        {rows.map((r, i) => (
          <div key={i} className={`row-${r.kind}`}>
            <span aria-hidden="true">{SIGN[r.kind]} </span>
            {r.kind === 'same' ? null : (
              <span className="visually-hidden">
                {r.kind === 'added' ? 'added: ' : 'removed: '}
              </span>
            )}
            {r.text}
          </div>
        ))}
      </pre>
    </figure>
  )
}
