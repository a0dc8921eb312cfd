import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { diffRows } from '../../core/review/lineDiff.ts'
import type { DecodedDiff as Decoded } from '../../core/review/overrideChange.ts'

const SIGN = { same: ' ', added: '+', removed: '-' } as const

/** A unit's or script's decoded text as a line diff (not the encoded data URL). */
export function DecodedDiff({ diff }: { diff: Decoded }) {
  const { t } = useTranslation()
  const rows = useMemo(() => diffRows(diff.before, diff.after), [diff])
  return (
    <figure className="decoded-diff">
      <figcaption>{t('{{name}} (decoded)', { name: diff.name })}</figcaption>
      <pre aria-label={t('Line changes of {{name}}', { name: diff.name })}>
        {rows.map((r, i) => (
          <div key={i} className={`row-${r.kind}`}>
            <span aria-hidden="true">{SIGN[r.kind]} </span>
            {r.kind === 'same' ? null : (
              <span className="visually-hidden">
                {r.kind === 'added' ? t('added: ') : t('removed: ')}
              </span>
            )}
            {r.text}
          </div>
        ))}
      </pre>
    </figure>
  )
}
