import { memo } from 'react'
import { BoolField } from './BoolField.tsx'
import { CodeField } from './CodeField.tsx'
import { EnumField } from './EnumField.tsx'
import { GroupField } from './GroupField.tsx'
import { InstallerArgsField } from './InstallerArgsField.tsx'
import { IntField } from './IntField.tsx'
import { MapField } from './MapField.tsx'
import { ObjectListField } from './ObjectListField.tsx'
import { StringListField } from './StringListField.tsx'
import { TextField } from './TextField.tsx'
import type { FieldProps } from './fieldProps.ts'

const samePath = (a: FieldProps['path'], b: FieldProps['path']) =>
  a.length === b.length && a.every((s, i) => s === b[i])

/**
 * One form control for one SiteConfig field, chosen by the field's kind. Memoised on the value:
 * edits share structure, so only the field whose value changed renders again.
 */
export const Field = memo(
  FieldOf,
  (a, b) => a.def === b.def && a.value === b.value && samePath(a.path, b.path),
)

function FieldOf(props: FieldProps) {
  switch (props.def.kind) {
    case 'text':
    case 'multiline':
      return <TextField {...props} />
    case 'enum':
      return <EnumField {...props} />
    case 'bool':
      return <BoolField {...props} />
    case 'int':
      return <IntField {...props} />
    case 'strings':
      return <StringListField {...props} />
    case 'objects':
      return <ObjectListField {...props} Child={Field} />
    case 'map':
      return <MapField {...props} />
    case 'group':
      return <GroupField {...props} Child={Field} />
    case 'json':
    case 'yaml':
      return <CodeField {...props} />
    case 'args':
      return <InstallerArgsField {...props} />
  }
}
