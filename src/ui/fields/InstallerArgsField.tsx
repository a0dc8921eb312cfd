import { FormSelect, FormSelectOption, TextInput } from '@patternfly/react-core'
import { useTranslation } from 'react-i18next'
import {
  ALLOWED_INSTALLER_FLAGS,
  FLAGS_WITHOUT_VALUE,
  argRows,
  argsFromRows,
  formatInstallerArgs,
  parseInstallerArgs,
} from '../../core/codecs/installerArgs.ts'
import type { ArgRow } from '../../core/codecs/installerArgs.ts'
import { formatPath } from '../../core/document/path.ts'
import { CodeField } from './CodeField.tsx'
import { FieldFrame } from './FieldFrame.tsx'
import { sealStep, setValue } from './fieldActions.ts'
import { AddButton, RemoveButton } from './RemoveButton.tsx'
import { describedBy } from './fieldText.ts'
import type { FieldProps } from './fieldProps.ts'

/**
 * installerArgs as flag/value rows. Flags come from assisted-service's allow-list and a value is
 * its own element, so `--flag=value` (which assisted-service rejects) cannot be produced here.
 * Text that is not a JSON array of strings falls back to the raw JSON box.
 */
export function InstallerArgsField(props: FieldProps) {
  const { def, path, value } = props
  const { t } = useTranslation()
  const parsed = typeof value === 'string' ? parseInstallerArgs(value) : null
  if (value !== undefined && !parsed?.ok) return <CodeField {...props} />
  const rows = parsed?.ok ? argRows(parsed.args) : []
  const name = formatPath(path)
  const write = (next: Omit<ArgRow, 'at'>[]) =>
    setValue(
      path,
      formatInstallerArgs(argsFromRows(next), typeof value === 'string' ? value : undefined),
    )
  const change = (i: number, row: Partial<ArgRow>) =>
    write(rows.map((r, j) => (j === i ? { ...r, ...row } : r)))
  return (
    <FieldFrame def={def} path={path} present={value !== undefined} group scope={props.scope}>
      <ul className="list-rows args-rows">
        {rows.map((r, i) => {
          const known = (ALLOWED_INSTALLER_FLAGS as readonly string[]).includes(r.flag)
          const noValue = FLAGS_WITHOUT_VALUE.has(r.flag)
          return (
            <li key={i}>
              <FormSelect
                name={`${name}.${r.at}`}
                aria-label={t('Flag {{n}}', { n: i + 1 })}
                aria-describedby={describedBy(def, path, props.scope)}
                value={r.flag}
                validated={known ? 'default' : 'error'}
                onChange={(_e, flag) => {
                  change(i, { flag })
                  sealStep()
                }}
              >
                {!known ? (
                  <FormSelectOption
                    value={r.flag}
                    label={
                      r.flag ? t('{{value}} (not allowed)', { value: r.flag }) : t('(no flag)')
                    }
                  />
                ) : null}
                {ALLOWED_INSTALLER_FLAGS.map((f) => (
                  <FormSelectOption key={f} value={f} label={f} />
                ))}
              </FormSelect>
              <TextInput
                type="text"
                name={`${name}.${r.flag ? r.at + 1 : r.at}`}
                aria-label={t('Value {{n}}', { n: i + 1 })}
                value={noValue ? '' : (r.value ?? '')}
                isDisabled={noValue}
                placeholder={noValue ? t('takes no value') : t('value')}
                spellCheck={false}
                onChange={(_e, v) => change(i, { value: v })}
                onBlur={sealStep}
              />
              <RemoveButton
                label={t('Remove argument {{n}}', { n: i + 1 })}
                onClick={() => {
                  write(rows.filter((_, j) => j !== i))
                  sealStep()
                }}
              />
            </li>
          )
        })}
      </ul>
      <AddButton
        text={t('Add argument')}
        onClick={() => {
          write([...rows, { flag: '--save-partlabel', value: '' }])
          sealStep()
        }}
      />
    </FieldFrame>
  )
}
