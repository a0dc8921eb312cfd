/** Image pre-caching commands (load with the Preview tab). */
import { disablePrecache, enablePrecache } from '../../core/precache/precacheCommands.ts'
import { defineCommands } from '../../core/commands/registry.ts'

defineCommands({
  'precache.enable': {
    title: 'Enable image pre-caching',
    undo: 'step',
    perform: (f, a) => enablePrecache(f, a.target, a.params),
  },
  'precache.disable': {
    title: 'Remove image pre-caching',
    undo: 'step',
    perform: (f, a) => disablePrecache(f, a.target),
  },
})
