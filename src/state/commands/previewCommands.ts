/** The Preview's script, unit and mode edits (load with the Preview tab). */
import { formatPath } from '../../core/document/path.ts'
import {
  setOverrideFileMode,
  setOverrideFileText,
  setOverrideUnitContents,
} from '../../core/precache/overrideCommands.ts'
import { defineCommands } from '../../core/commands/registry.ts'

defineCommands({
  'preview.fileText': {
    title: 'Edit a script in the pre-cache workbench',
    undo: 'typing',
    stepKey: (a) => `${formatPath(a.path)}:${a.index}`,
    perform: (f, a) => setOverrideFileText(f, a),
  },
  'preview.unitContents': {
    title: 'Edit a systemd unit in the pre-cache workbench',
    undo: 'typing',
    stepKey: (a) => `${formatPath(a.path)}:${a.index}`,
    perform: (f, a) => setOverrideUnitContents(f, a),
  },
  'preview.fileMode': {
    title: 'Fix a file mode',
    undo: 'step',
    perform: (f, a) => setOverrideFileMode(f, a),
  },
})
