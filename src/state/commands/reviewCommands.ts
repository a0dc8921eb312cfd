/** The Diff tab's command (loads with the Diff tab). */
import { revertChange } from '../../core/review/revert.ts'
import { defineCommands } from '../../core/commands/registry.ts'

defineCommands({
  'review.revert': {
    title: 'Revert this change',
    undo: 'step',
    perform: (f, a) => revertChange(f, a.baseline, a.item),
  },
})
