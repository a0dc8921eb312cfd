/**
 * The actions of an opened folder: open and close it, open a site, choose sites, one edit on all
 * chosen sites (and its undo), save, and the patch or zip of every changed file. Reading and
 * writing files are effects the UI binds (ui/fleet/fleetEffects.ts).
 */
import type { Level } from '../../core/fleet/bulk.ts'
import type { SiteFile } from '../../core/document/siteFile.ts'
import type { TextKey } from '../../i18n/catalog.ts'
import type { EditorState } from '../editorState.ts'
import { effect, store } from './actions.ts'

const fromControl = () => null
const open = (s: EditorState) => s.workspace !== null
const chosen = (s: EditorState) => (s.workspace ? [...s.workspace.chosen] : [])
const anyChanged = (s: EditorState) => s.changedSites().length > 0

// the bulk edits' code and the folder loader load with their first use, not with the page
const bulkOps = () => import('../../core/fleet/bulk.ts')
const recheck = (paths: readonly string[], get: () => EditorState) =>
  void import('../fleet/loadFolder.ts').then((m) => m.recheck(paths, get))

/** runs one bulk edit and says what it did; the changed files are checked again */
function bulk(s: EditorState, label: TextKey, perform: (f: SiteFile, path: string) => SiteFile) {
  const { changed, failed } = s.bulkEdit(label, chosen(s), (f, p) => perform(f, p))
  if (failed.length)
    s.notify('error', '{{done}} sites changed; {{failed}} refused: {{first}}', {
      done: changed.length,
      failed: failed.length,
      first: `${failed[0]![0]}: ${failed[0]![1]}`,
    })
  else
    s.notify('info', '{{done}} of {{chosen}} sites changed. Review them in the Diff tab.', {
      done: changed.length,
      chosen: chosen(s).length,
    })
  recheck(changed, () => s)
}

export const fleetActions = {
  'folder.open': effect<{ files: readonly File[] } | { served: true } | undefined>({
    label: 'Open folder…',
    group: 'File',
  }),
  'folder.close': store({
    label: 'Close folder',
    group: 'File',
    when: open,
    run: (s) => s.closeWorkspace(),
  }),
  'view.sites': store({
    label: 'Show the Sites tab',
    group: 'View',
    when: open,
    run: (s) => s.setRightTab('sites'),
  }),
  'folder.openSite': store<{ path: string }>({
    label: 'Open the site',
    group: 'File',
    args: fromControl,
    when: open,
    run: (s, a) => s.openSite(a.path),
  }),
  'folder.choose': store<{ paths: string[]; on: boolean }>({
    label: 'Choose sites',
    group: 'Edit',
    args: fromControl,
    when: open,
    run: (s, a) => s.choose(a.paths, a.on),
  }),
  'folder.bulkSet': store<{ level: Level; key: string; value: unknown }>({
    label: 'Set a field on the chosen sites',
    group: 'Edit',
    args: fromControl,
    when: (s) => chosen(s).length > 0,
    run: (s, a) =>
      void bulkOps().then(({ setAtLevel }) =>
        bulk(s, 'Set a field on the chosen sites', (f) => setAtLevel(f, a.level, a.key, a.value)),
      ),
  }),
  'folder.bulkPrecacheOn': store({
    label: 'Enable pre-caching on the chosen sites',
    group: 'Pre-caching',
    when: (s) => chosen(s).length > 0,
    run: (s) =>
      void bulkOps().then(({ precacheEverywhere }) =>
        bulk(s, 'Enable pre-caching on the chosen sites', (f) => precacheEverywhere(f, true)),
      ),
  }),
  'folder.bulkPrecacheOff': store({
    label: 'Remove pre-caching from the chosen sites',
    group: 'Pre-caching',
    when: (s) => chosen(s).length > 0,
    run: (s) =>
      void bulkOps().then(({ precacheEverywhere }) =>
        bulk(s, 'Remove pre-caching from the chosen sites', (f) => precacheEverywhere(f, false)),
      ),
  }),
  'folder.bulkFix': store<{ rule: string }>({
    label: 'Apply a quick fix on the chosen sites',
    group: 'Problems',
    args: fromControl,
    when: (s) => chosen(s).length > 0,
    run: (s, a) =>
      // the rules load with the worker; a bulk fix is rare enough to load them here
      void Promise.all([import('../../core/validate/validate.ts'), bulkOps()]).then(
        ([{ validate }, { fixEverywhere }]) =>
          bulk(s, 'Apply a quick fix on the chosen sites', (f) =>
            fixEverywhere(f, a.rule, (x) => validate(x, { release: s.release })),
          ),
      ),
  }),
  'folder.undoBulk': store({
    label: 'Undo the last bulk edit',
    group: 'Edit',
    when: (s) => (s.workspace?.bulk.length ?? 0) > 0,
    run: (s) => {
      const paths = [...(s.workspace?.bulk.at(-1)?.before.keys() ?? [])]
      s.undoBulk()
      recheck(paths, () => s)
    },
  }),
  'folder.save': effect({
    label: 'Save',
    group: 'File',
    when: (s) =>
      !!s.workspace?.source.write &&
      s.workspace.active !== null &&
      s.file.text !== s.workspace.texts.get(s.workspace.active),
  }),
  'folder.saveAll': effect({
    label: 'Save all',
    group: 'File',
    when: (s) => !!s.workspace?.source.write && anyChanged(s),
  }),
  'folder.downloadPatch': effect({
    label: 'Download one patch of all changed files',
    group: 'Review',
    when: anyChanged,
  }),
  'folder.downloadZip': effect({
    label: 'Download the changed files as a zip',
    group: 'Review',
    when: anyChanged,
  }),
}
