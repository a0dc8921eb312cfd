import { formatPath } from '../../core/document/path.ts'
import { FieldFrame, WrongShape } from './FieldFrame.tsx'
import { addItem, removeItem, sealStep, setValue } from './fieldActions.ts'
import { RemoveButton } from './RemoveButton.tsx'
import type { FieldProps } from './fieldProps.ts'

/** A list of strings: one text box per item, add and remove. */
export function StringListField({ def, path, value }: FieldProps) {
  const name = formatPath(path)
  if (value !== undefined && value !== null && !Array.isArray(value))
    return <WrongShape def={def} path={path} value={value} expected="a list" />
  const items = (value ?? []) as unknown[]
  return (
    <FieldFrame def={def} path={path} present={value !== undefined} group>
      <ul className="list-rows">
        {items.map((item, i) => (
          <li key={i}>
            <input
              type="text"
              name={`${name}.${i}`}
              aria-label={`${def.label} ${i + 1}`}
              value={item === null || item === undefined ? '' : String(item)}
              spellCheck={false}
              onChange={(e) => setValue([...path, i], e.target.value)}
              onBlur={sealStep}
            />
            <RemoveButton
              label={`Remove ${def.label} ${i + 1}`}
              onClick={() => removeItem(path, i)}
            />
          </li>
        ))}
      </ul>
      <button
        type="button"
        id={`add:${name}`}
        className="add"
        onClick={() => addItem(path, '', Array.isArray(value))}
      >
        Add: {def.label}
      </button>
    </FieldFrame>
  )
}
