import {
  Button,
  Form,
  FormGroup,
  FormSelect,
  FormSelectOption,
  TextInput,
} from '@patternfly/react-core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Level } from '../../core/fleet/bulk.ts'
import { act, useEditorStore } from '../../state/editorStore.ts'
import { useEnabled } from '../useAction.ts'

/** true, false, null, {…} and […] are JSON; anything else (4.18 too) is the text as typed */
const valueOf = (raw: string): unknown => {
  if (/^(true|false|null)$/.test(raw) || /^[[{]/.test(raw.trim()))
    try {
      return JSON.parse(raw)
    } catch {
      return raw
    }
  return raw
}

/** One edit on every chosen site: a field at a level, pre-caching on or off, a rule's quick fix. */
export function BulkPanel() {
  const { t } = useTranslation()
  const chosen = useEditorStore((s) => s.workspace?.chosen ?? new Set<string>())
  const rows = useEditorStore((s) => s.workspace?.rows)
  const [level, setLevel] = useState<Level>('cluster')
  const [key, setKey] = useState('clusterImageSetNameRef')
  const [value, setValue] = useState('')
  const [rule, setRule] = useState('')
  const canUndo = useEnabled('folder.undoBulk')
  const fixes = new Map<string, number>()
  for (const p of chosen)
    for (const [r, n] of Object.entries(rows?.get(p)?.fixes ?? {}))
      fixes.set(r, (fixes.get(r) ?? 0) + n)
  const fixRule = rule && fixes.has(rule) ? rule : ([...fixes.keys()][0] ?? '')
  const afterwards = () => void act('view.diff')
  return (
    <section className="bulk-panel" aria-labelledby="bulk-title">
      <h3 id="bulk-title" className="pane-title">
        {t('Edit the chosen sites')}{' '}
        <span className="muted">{t('{{n}} sites chosen', { n: chosen.size })}</span>
      </h3>
      <Form
        isHorizontal={false}
        className="bulk-form"
        onSubmit={(e) => {
          e.preventDefault()
          if (!key.trim()) return void act('folder.bulkSet', { level, key: '', value })
          void act('folder.bulkSet', { level, key: key.trim(), value: valueOf(value) })
          afterwards()
        }}
      >
        <FormGroup label={t('Where')} fieldId="bulk-level">
          <FormSelect id="bulk-level" value={level} onChange={(_, v) => setLevel(v as Level)}>
            <FormSelectOption value="cluster" label={t('Every cluster')} />
            <FormSelectOption value="node" label={t('Every node')} />
            <FormSelectOption value="site" label={t('The site')} />
          </FormSelect>
        </FormGroup>
        <FormGroup label={t('Field')} fieldId="bulk-key">
          <TextInput id="bulk-key" value={key} onChange={(_, v) => setKey(v)} />
        </FormGroup>
        <FormGroup label={t('Value')} fieldId="bulk-value">
          <TextInput id="bulk-value" value={value} onChange={(_, v) => setValue(v)} />
        </FormGroup>
        <Button type="submit" variant="primary" size="sm" isDisabled={!key.trim()}>
          {t('Set')}
        </Button>
      </Form>
      <div className="bulk-row">
        <Button
          variant="secondary"
          size="sm"
          onClick={() => (void act('folder.bulkPrecacheOn'), afterwards())}
        >
          {t('Enable pre-caching on the chosen sites')}
        </Button>
        <Button
          variant="secondary"
          size="sm"
          onClick={() => (void act('folder.bulkPrecacheOff'), afterwards())}
        >
          {t('Remove pre-caching from the chosen sites')}
        </Button>
      </div>
      {fixes.size ? (
        <div className="bulk-row">
          <FormSelect
            id="bulk-fix"
            value={fixRule}
            onChange={(_, v) => setRule(v)}
            aria-label={t('Quick fix')}
          >
            {[...fixes].map(([r, n]) => (
              <FormSelectOption
                key={r}
                value={r}
                label={t('{{rule}} ({{n}} places)', { rule: r, n })}
              />
            ))}
          </FormSelect>
          <Button
            variant="secondary"
            size="sm"
            onClick={() => (void act('folder.bulkFix', { rule: fixRule }), afterwards())}
          >
            {t('Apply a quick fix on the chosen sites')}
          </Button>
        </div>
      ) : null}
      <Button
        variant="link"
        size="sm"
        isDisabled={!canUndo}
        onClick={() => void act('folder.undoBulk')}
      >
        {t('Undo the last bulk edit')}
      </Button>
    </section>
  )
}
