/** extraManifests.filter, as the generator applies it (include/exclude modes, same errors). */
import type { Path } from '../document/path.ts'
import { manifestNotes } from './manifestNotes.ts'
import type { ManifestFile, Note } from './types.ts'
import type { Obj } from './values.ts'
import { str, strList } from './values.ts'

export function applyFilter(
  files: ManifestFile[],
  filter: Obj | undefined,
  p: Path,
): ManifestFile[] | Note {
  if (!filter) return files
  const mode =
    filter.inclusionDefault === undefined ? 'include' : str(filter.inclusionDefault).toLowerCase()
  if (mode !== 'include' && mode !== 'exclude')
    return manifestNotes.inclusionDefault(str(filter.inclusionDefault), [...p, 'inclusionDefault'])
  const include = strList(filter.include)
  const exclude = strList(filter.exclude)
  const names = new Set(files.map((f) => f.name))
  const valid = () => files.map((f) => f.name).join(',')
  if (mode === 'exclude') {
    if (exclude.length) return manifestNotes.excludeInExcludeMode([...p, 'exclude'])
    const bad = include.find((f) => !names.has(f))
    if (bad !== undefined) return manifestNotes.badInclude(bad, valid(), [...p, 'include'])
    return files.filter((f) => include.includes(f.name))
  }
  if (include.length) return manifestNotes.includeInIncludeMode([...p, 'include'])
  const bad = exclude.find((f) => !names.has(f))
  if (bad !== undefined) return manifestNotes.badExclude(bad, valid(), [...p, 'exclude'])
  return files.filter((f) => !exclude.includes(f.name))
}
