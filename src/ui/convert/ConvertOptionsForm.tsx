import { Checkbox, Form, FormGroup, TextInput } from '@patternfly/react-core'
import { useTranslation } from 'react-i18next'
import { DEFAULT_CLUSTER_TEMPLATES, DEFAULT_NODE_TEMPLATES } from '../../core/convert/types.ts'
import type { ConvertOptions } from '../../core/convert/types.ts'

type ListKey = 'clusterTemplates' | 'nodeTemplates' | 'extraManifestsRefs' | 'suppressedManifests'

/** The upstream converter's options (-t -n -m -s -w -c), under their flags' names. */
export function ConvertOptionsForm({
  value,
  onChange,
}: {
  value: ConvertOptions
  onChange: (o: ConvertOptions) => void
}) {
  const { t } = useTranslation()
  const lists: Array<[ListKey, string, string, string]> = [
    [
      'clusterTemplates',
      t('Cluster template references (-t)'),
      t('namespace/name, …'),
      DEFAULT_CLUSTER_TEMPLATES,
    ],
    [
      'nodeTemplates',
      t('Node template references (-n)'),
      t('namespace/name, …'),
      DEFAULT_NODE_TEMPLATES,
    ],
    ['extraManifestsRefs', t('Extra manifest ConfigMaps (-m)'), t('name, …'), ''],
    ['suppressedManifests', t('Suppressed manifests (-s)'), t('Kind, …'), ''],
  ]
  return (
    <Form className="convert-options" onSubmit={(e) => e.preventDefault()} isHorizontal>
      {lists.map(([key, label, hint, placeholder]) => (
        <FormGroup key={key} label={label} fieldId={`convert-${key}`}>
          <TextInput
            id={`convert-${key}`}
            value={value[key] ?? ''}
            placeholder={placeholder || hint}
            aria-description={hint}
            onChange={(_e, v) => onChange({ ...value, [key]: v === '' ? undefined : v })}
          />
        </FormGroup>
      ))}
      <Checkbox
        id="convert-w"
        label={t('Notes as comments at the top of each file (-w)')}
        isChecked={!!value.notesAsComments}
        onChange={(_e, v) => onChange({ ...value, notesAsComments: v })}
      />
      <Checkbox
        id="convert-c"
        label={t('Carry the comments over (-c)')}
        isChecked={!!value.copyComments}
        onChange={(_e, v) => onChange({ ...value, copyComments: v })}
      />
    </Form>
  )
}
