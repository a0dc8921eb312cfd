/**
 * An opened folder: where its files came from, what was read, each file's baseline, the Sites
 * view's rows, and each site's parked editor state (its unsaved text and undo history) while
 * another one is open. Plain data and pure functions; the slice (createWorkspaceSlice.ts) holds it.
 */
import type { SiteRow } from '../../core/fleet/fleet.ts'
import type { KustomizationFacts } from '../../core/fleet/types.ts'
import type { Scope } from '../../core/document/scope.ts'
import type { SiteFile } from '../../core/document/siteFile.ts'
import type { History } from '../history.ts'

/** where the folder's files are read from, and written to when it can */
export interface FolderSource {
  /** the folder's name, as the picker or the input gave it */
  name: string
  /** fsa: File System Access (read and write); input: a directory input (read only) */
  kind: 'fsa' | 'input' | 'served'
  /** every file below the folder, relative to it */
  paths: readonly string[]
  read(path: string): Promise<Uint8Array | undefined>
  /** absent when the folder cannot be written (changes leave as a patch or a zip) */
  write?(path: string, text: string): Promise<void>
}

/** what the editor holds of a site that is not the one open */
export interface Parked {
  file: SiteFile
  view: SiteFile
  baseline: string
  history: History<SiteFile>
  delivered: string | null
  selection: Scope
}

export interface Workspace {
  source: FolderSource
  /** texts read at opening (YAML and kustomizations), by path: the file as it is on disk */
  texts: ReadonlyMap<string, string>
  /** paths whose text could not be read, with why (too large, binary) */
  unreadable: ReadonlyMap<string, string>
  /** what each file's diff compares against: its HEAD version in git, else `texts` */
  baselines: ReadonlyMap<string, string>
  /** the commit the baselines come from; undefined: as first read */
  commit: string | undefined
  /** the site files, by path (sorted), and the rows as the workers answered */
  sites: readonly string[]
  rows: ReadonlyMap<string, SiteRow>
  kustomizations: readonly KustomizationFacts[]
  /** files checked so far, of `sites.length` */
  checked: number
  /** the open site, and the others' editor state */
  active: string | null
  parked: ReadonlyMap<string, Parked>
  /** the rows chosen for a bulk edit */
  chosen: ReadonlySet<string>
  /** bulk edits, newest last: each file's text before, for one undo of the whole edit */
  bulk: ReadonlyArray<{ label: string; before: ReadonlyMap<string, SiteFile> }>
}

export const emptyWorkspace = (source: FolderSource): Workspace => ({
  source,
  texts: new Map(),
  unreadable: new Map(),
  baselines: new Map(),
  commit: undefined,
  sites: [],
  rows: new Map(),
  kustomizations: [],
  checked: 0,
  active: null,
  parked: new Map(),
  chosen: new Set(),
  bulk: [],
})
