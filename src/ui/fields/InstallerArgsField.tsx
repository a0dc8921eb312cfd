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
import { RemoveButton } from './RemoveButton.tsx'
import type { FieldProps } from './fieldProps.ts'

/**
 * installerArgs as flag/value rows. Flags come from assisted-service's allow-list and a value is
 * its own element, so `--flag=value` (which assisted-service rejects) cannot be produced here.
 * Text that is not a JSON array of strings falls back to the raw JSON box.
 */
export function InstallerArgsField(props: FieldProps) {
  const { def, path, value } = props
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
              <select
                name={`${name}.${r.at}`}
                aria-label={`Flag ${i + 1}`}
                value={r.flag}
                aria-invalid={!known || undefined}
                onChange={(e) => {
                  change(i, { flag: e.target.value })
                  sealStep()
                }}
              >
                {!known ? (
                  <option value={r.flag}>{r.flag ? `${r.flag} (not allowed)` : '(no flag)'}</option>
                ) : null}
                {ALLOWED_INSTALLER_FLAGS.map((f) => (
                  <option key={f} value={f}>
                    {f}
                  </option>
                ))}
              </select>
              <input
                type="text"
                name={`${name}.${r.flag ? r.at + 1 : r.at}`}
                aria-label={`Value ${i + 1}`}
                value={noValue ? '' : (r.value ?? '')}
                disabled={noValue}
                placeholder={noValue ? 'takes no value' : 'value'}
                spellCheck={false}
                onChange={(e) => change(i, { value: e.target.value })}
                onBlur={sealStep}
              />
              <RemoveButton
                label={`Remove argument ${i + 1}`}
                onClick={() => {
                  write(rows.filter((_, j) => j !== i))
                  sealStep()
                }}
              />
            </li>
          )
        })}
      </ul>
      <button
        type="button"
        className="add"
        onClick={() => {
          write([...rows, { flag: '--save-partlabel', value: '' }])
          sealStep()
        }}
      >
        Add argument
      </button>
    </FieldFrame>
  )
}
