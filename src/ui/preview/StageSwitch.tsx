import { useTranslation } from 'react-i18next'
import { FormSelect, FormSelectOption, Radio } from '@patternfly/react-core'
import type { Stage } from '../../core/precache/preset.ts'

interface Props {
  stage: Stage
  node: number
  nodes: string[]
  clusterName: string
  onChange: (stage: Stage, node: number) => void
}

/** Discovery (the cluster's override) or Install (one node's override). */
export function StageSwitch({ stage, node, nodes, clusterName, onChange }: Props) {
  const { t } = useTranslation()
  return (
    <div className="stage-switch" role="radiogroup" aria-label={t('Stage')}>
      <Radio
        id="stage-discovery"
        name="stage"
        isChecked={stage === 'discovery'}
        onChange={() => onChange('discovery', node)}
        label={
          <>
            {t('Discovery')}{' '}
            <span className="muted">{t('(cluster {{name}})', { name: clusterName })}</span>
          </>
        }
      />
      <Radio
        id="stage-install"
        name="stage"
        isChecked={stage === 'install'}
        isDisabled={nodes.length === 0}
        onChange={() => onChange('install', node)}
        label={t('Install')}
      />
      <FormSelect
        aria-label={t('Node')}
        value={node}
        isDisabled={stage !== 'install'}
        onChange={(_e, v) => onChange('install', Number(v))}
      >
        {nodes.map((n, i) => (
          <FormSelectOption key={i} value={i} label={n} />
        ))}
      </FormSelect>
    </div>
  )
}
