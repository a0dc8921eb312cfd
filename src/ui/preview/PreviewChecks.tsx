import { useTranslation } from 'react-i18next'
import type { Path } from '../../core/document/path.ts'
import type { Diagnostic } from '../../core/validate/diagnostic.ts'
import { SeverityLabel } from '../SeverityLabel.tsx'
import { useFindingText } from '../useFindingText.ts'

/** Findings listed here at most: a hostile override can have tens of thousands. */
const MAX_LISTED = 200

const samePrefix = (p: Path, prefix: Path) => prefix.every((s, i) => p[i] === s)

/** The findings about this override (and, for a node, its installerArgs), with their lines. */
export function PreviewChecks({
  diagnostics,
  paths,
}: {
  diagnostics: Diagnostic[]
  paths: Path[]
}) {
  const { t, i18n } = useTranslation()
  const text = useFindingText()
  const mine = diagnostics.filter((d) => paths.some((p) => samePrefix(d.path, p)))
  return (
    <section className="preview-checks" aria-label={t('Checks')}>
      <h3>{t('Checks')}</h3>
      {mine.length === 0 ? (
        <p className="muted">{t('No problems found in this stage.')}</p>
      ) : (
        <ul>
          {mine.slice(0, MAX_LISTED).map((d, i) => (
            <li key={i}>
              <SeverityLabel severity={d.severity} />{' '}
              <span className="muted">{t('line {{n}}', { n: d.line })}</span> {text(d)}{' '}
              <code>{d.rule}</code>
            </li>
          ))}
          {mine.length > MAX_LISTED ? (
            <li className="muted">
              {t('…and {{n}} more (see the Problems tab)', {
                n: (mine.length - MAX_LISTED).toLocaleString(i18n.language),
              })}
            </li>
          ) : null}
        </ul>
      )}
    </section>
  )
}
