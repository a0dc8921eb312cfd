/** Quick fixes (load on first use, with the override writer and its codecs). */
import { applyFix } from '../../core/validate/applyFix.ts'
import { defineCommands } from '../../core/commands/registry.ts'

defineCommands({
  'fix.apply': {
    title: 'Apply a quick fix',
    undo: 'step',
    perform: (f, a) => applyFix(f, a.fix),
  },
})
