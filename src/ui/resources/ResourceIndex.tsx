import { FormSelect, FormSelectOption, FormSelectOptionGroup } from '@patternfly/react-core'
import { useTranslation } from 'react-i18next'
import type { Resource } from '../../core/render/types.ts'

interface Props {
  resources: readonly Resource[]
  starts: readonly number[]
  onGo: (line: number) => void
}

/** The resources grouped by cluster (in the hub's order of kinds): choosing one scrolls to it. */
export function ResourceIndex({ resources, starts, onGo }: Props) {
  const { t } = useTranslation()
  const groups = new Map<string, number[]>()
  resources.forEach((r, i) => groups.set(r.clusterName, [...(groups.get(r.clusterName) ?? []), i]))
  return (
    <FormSelect
      className="resources-index"
      aria-label={t('Go to a resource')}
      value=""
      onChange={(_, v) => v !== '' && onGo(starts[Number(v)] ?? 0)}
    >
      <FormSelectOption value="" label={t('Go to a resource…')} />
      {[...groups].map(([cluster, idx]) => (
        <FormSelectOptionGroup key={cluster} label={t('Cluster {{name}}', { name: cluster })}>
          {idx.map((i) => (
            <FormSelectOption
              key={i}
              value={String(i)}
              label={`${resources[i]!.kind} ${resources[i]!.name}`}
            />
          ))}
        </FormSelectOptionGroup>
      ))}
    </FormSelect>
  )
}
