import { Button, ExpandableSection } from '@patternfly/react-core'
import { useTranslation } from 'react-i18next'
import type { TextKey } from '../../i18n/catalog.ts'
import type { Display } from '../../core/render/display.ts'
import { landings } from '../../core/render/landing.ts'
import { formatPath } from '../../core/document/path.ts'
import type { PrecacheRole, Resource } from '../../core/render/types.ts'
import { StaticLabel } from '../StaticLabel.tsx'

const ROLE: Record<PrecacheRole, TextKey> = {
  clusterOverride: 'Discovery ISO (cluster ignitionConfigOverride)',
  nodeOverride: 'Installation (node ignitionConfigOverride)',
  installerArgs: 'coreos-installer arguments (node installerArgs)',
}

interface Props {
  resources: readonly Resource[]
  display: Display
  onGo: (line: number) => void
}

/** Where the three pre-cache fields land, each decoded as the host will get it. */
export function Landings({ resources, display, onGo }: Props) {
  const { t } = useTranslation()
  const items = resources.flatMap((r, i) => landings(r).map((l) => ({ r, i, l })))
  if (items.length === 0) return null
  const lineOf = (i: number, field: string) => {
    const end = display.starts[i + 1] ?? display.lines.length
    for (let k = display.starts[i] ?? 0; k < end; k++)
      if (formatPath(display.lines[k]!.field) === field) return k
    return display.starts[i] ?? 0
  }
  return (
    <section className="resources-landings" aria-label={t('Where the pre-cache fields land')}>
      <h3>{t('Where the pre-cache fields land')}</h3>
      <ul>
        {items.map(({ r, i, l }) => (
          <li key={`${i}:${l.field}`}>
            <StaticLabel color="purple">{t(ROLE[l.role])}</StaticLabel>{' '}
            <Button variant="link" isInline onClick={() => onGo(lineOf(i, l.field))}>
              {`${r.kind} ${r.name}: ${l.field}`}
            </Button>
            <ExpandableSection toggleText={t('Decoded')} className="resources-decoded">
              {l.problem ? (
                <p>{t('Cannot be decoded: {{reason}}', { reason: l.problem })}</p>
              ) : l.role === 'installerArgs' ? (
                <pre>{l.args.join('\n')}</pre>
              ) : (
                <>
                  <p>{t('Units: {{names}}', { names: l.units.join(', ') || '—' })}</p>
                  {l.files.map((f) => (
                    <div key={f.path}>
                      <h4>{f.path}</h4>
                      <pre>{f.text.length > 4000 ? `${f.text.slice(0, 4000)}…` : f.text}</pre>
                    </div>
                  ))}
                </>
              )}
            </ExpandableSection>
          </li>
        ))}
      </ul>
    </section>
  )
}
