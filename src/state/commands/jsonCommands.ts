/** The JSON-in-a-string field writer (jsonc-parser) loads with its first use, not with the page. */
import { formatPath } from '../../core/document/path.ts'
import { setJsonField } from '../../core/document/jsonField.ts'
import { defineCommands } from '../../core/commands/registry.ts'

defineCommands({
  'field.setJson': {
    title: 'Set a JSON field',
    undo: 'typing',
    stepKey: (a) => formatPath(a.path),
    perform: (f, a) => setJsonField(f, a.path, a.value, a.typed),
  },
})
