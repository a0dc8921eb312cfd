/** Applies a diagnostic's quick fix: each kind of fix is one of the named commands. */
import { renameMapKey, setField } from '../document/commands.ts'
import { setJsonField } from '../document/jsonField.ts'
import type { SiteFile } from '../document/siteFile.ts'
import { setOverrideFileMode } from '../precache/overrideCommands.ts'
import type { Fix } from './diagnostic.ts'

export function applyFix(file: SiteFile, fix: Fix): SiteFile {
  switch (fix.op) {
    case 'set':
      return setField(file, { path: fix.path, value: fix.value })
    case 'rename-key':
      return renameMapKey(file, { path: fix.path, to: fix.to })
    case 'set-json':
      return setJsonField(file, fix.path, fix.value)
    case 'file-mode':
      return setOverrideFileMode(file, { path: fix.path, index: fix.index, mode: fix.mode })
  }
}
