/** Test helper: the ids of the notes that are ours, not siteconfig-converter's. */
import { manifestNotes } from './manifestNotes.ts'
import { notes } from './notes.ts'

const OURS = [
  notes.siteCrAnnotations([]),
  notes.singleQuote('f', []),
  notes.clusterType('a', 1, 'b', []),
  notes.longClusterName('n', 1, []),
  notes.longHostName('h', 1, []),
  notes.duplicateCluster('n', []),
  notes.badClusterName('n', []),
  notes.noClusterName([]),
  notes.ironicEnabled([]),
  notes.notFirst(2),
  notes.moreSiteConfigs(2),
  ...Object.values(manifestNotes).map((f) =>
    (f as (...a: unknown[]) => ReturnType<typeof notes.noClusterName>)('x', 'y', []),
  ),
]

export const ourNoteIds = () => new Set(OURS.map((n) => n.message.id))
