import { useTranslation } from 'react-i18next'
import { formatPath } from '../../core/document/path.ts'
import type { Note } from '../../core/convert/types.ts'
import { SeverityLabel } from '../SeverityLabel.tsx'
import { useFindingText } from '../useFindingText.ts'

/** A conversion's notes: what was dropped or changed, and what to do instead. */
export function NoteList({ notes, label }: { notes: readonly Note[]; label: string }) {
  const { t } = useTranslation()
  const text = useFindingText()
  if (notes.length === 0) return null
  return (
    <ul className="convert-notes" aria-label={label}>
      {notes.map((n, i) => (
        <li key={i}>
          <SeverityLabel severity={n.severity} />{' '}
          {text({ message: n.message.text, messageId: n.message.id, params: n.message.params })}
          {n.path?.length ? (
            <>
              {' '}
              <span className="convert-note-at">
                {t('(from {{path}})', { path: formatPath(n.path) })}
              </span>
            </>
          ) : null}
        </li>
      ))}
    </ul>
  )
}
