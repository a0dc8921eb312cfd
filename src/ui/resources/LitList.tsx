import { Button } from '@patternfly/react-core'
import { useTranslation } from 'react-i18next'
import { formatPath } from '../../core/document/path.ts'
import type { Resource } from '../../core/render/types.ts'
import type { LitField } from './litLines.ts'

interface Props {
  focus: string | null
  lit: readonly LitField[]
  resources: readonly Resource[]
  onGo: (line: number) => void
}

/** The rendered fields the selected form field or YAML line feeds (highlighted in the editor below). */
export function LitList({ focus, lit, resources, onGo }: Props) {
  const { t } = useTranslation()
  if (!focus) return null
  return (
    <section className="resources-lit" aria-label={t('Rendered from the selected field')}>
      <p>
        {lit.length
          ? t('{{path}} is rendered into:', { path: focus })
          : t('{{path}} is not rendered into any resource shown.', { path: focus })}
      </p>
      {lit.length ? (
        <ul>
          {lit.map((l) => (
            <li key={`${l.resource}:${formatPath(l.field)}`}>
              <Button variant="link" isInline onClick={() => onGo(l.line)}>
                {`${resources[l.resource]!.kind} ${resources[l.resource]!.name}: ${formatPath(l.field)}`}
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  )
}
