import { FormFieldGroup, FormFieldGroupHeader } from '@patternfly/react-core'
import { useTranslation } from 'react-i18next'
import { formatPath } from '../../core/document/path.ts'
import type { FieldDef } from '../../core/schema/fieldTypes.ts'
import { FieldFrame, ShapeNote, WrongShape } from './FieldFrame.tsx'
import { addItem, describeType, removeItem } from './fieldActions.ts'
import { AddButton, RemoveButton } from './RemoveButton.tsx'
import type { NestingProps } from './fieldProps.ts'
import { isMap } from './fieldProps.ts'
import { fieldText } from './fieldText.ts'

/** A new item holds its first field (or its required ones) so the YAML item is not empty. */
function blankItem(fields: readonly FieldDef[]): Record<string, unknown> {
  const req = fields.filter((f) => f.required)
  const keys = req.length ? req : fields.slice(0, 1)
  return Object.fromEntries(keys.map((f) => [f.key, f.kind === 'int' ? 0 : '']))
}

/** A list of objects (clusterNetwork, tang servers, interfaces, disk partitions). */
export function ObjectListField({ def, path, value, Child }: NestingProps) {
  const { t } = useTranslation()
  const name = formatPath(path)
  const fields = def.fields ?? []
  if (value !== undefined && value !== null && !Array.isArray(value))
    return <WrongShape def={def} path={path} value={value} expected="a list" />
  const items = (value ?? []) as unknown[]
  const label = fieldText(t, def.label)
  return (
    <FieldFrame def={def} path={path} present={value !== undefined} group>
      {items.map((item, i) => {
        const title = t('{{label}} {{n}}', { label, n: i + 1 })
        return (
          <FormFieldGroup
            key={i}
            className="list-item"
            header={
              <FormFieldGroupHeader
                titleText={{ text: title, id: `t:${name}.${i}` }}
                actions={
                  <RemoveButton
                    label={t('Remove {{label}} {{n}}', { label, n: i + 1 })}
                    onClick={() => removeItem(path, i)}
                  />
                }
              />
            }
          >
            {isMap(item) ? (
              fields.map((f) => (
                <Child key={f.key} def={f} path={[...path, i, f.key]} value={item[f.key]} />
              ))
            ) : (
              <ShapeNote what={describeType(item)} expected="a mapping" />
            )}
          </FormFieldGroup>
        )
      })}
      <AddButton
        id={`add:${name}`}
        text={t('Add: {{label}}', { label })}
        onClick={() => addItem(path, blankItem(fields), Array.isArray(value))}
      />
    </FieldFrame>
  )
}
