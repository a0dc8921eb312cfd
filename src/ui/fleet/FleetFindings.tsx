import { Button } from '@patternfly/react-core'
import { useTranslation } from 'react-i18next'
import type { FleetFinding } from '../../core/fleet/types.ts'
import { SeverityLabel } from '../SeverityLabel.tsx'
import { useFindingText } from '../useFindingText.ts'
import { goToPlace } from './fleetEffects.ts'

const MAX_SHOWN = 200

/** The findings between files, each with every file and line it involves (each one a link there). */
export function FleetFindings({ findings }: { findings: readonly FleetFinding[] }) {
  const { t } = useTranslation()
  const text = useFindingText()
  if (findings.length === 0) return null
  return (
    <section className="fleet-findings" aria-labelledby="fleet-findings-title">
      <h3 id="fleet-findings-title" className="pane-title">
        {t('Problems between files: {{n}}', { n: findings.length })}
      </h3>
      <ul className="problem-list">
        {findings.slice(0, MAX_SHOWN).map((f, i) => (
          <li key={i} className="fleet-finding">
            <SeverityLabel severity={f.severity} /> {text(f)}{' '}
            <code className="muted">{f.rule}</code>
            <ul className="fleet-places">
              {f.places.map((p, j) => (
                <li key={j}>
                  <Button
                    variant="link"
                    isInline
                    size="sm"
                    onClick={() => goToPlace(p)}
                    title={t('Go to {{file}} line {{line}}', { file: p.file, line: p.line })}
                  >
                    {p.file}:{p.line}
                  </Button>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  )
}
