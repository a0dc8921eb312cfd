/**
 * The app's actions around the document: files, history, tabs, problems, review, session.
 * Effects (files, clipboard, focus) are bound by the UI (ui/actionEffects.ts).
 */
import type { Scope } from '../../core/document/scope.ts'
import { fileModel, siteData } from '../../core/document/siteFile.ts'
import { TEMPLATES } from '../../templates/index.ts'
import type { RightTab } from '../createUiSlice.ts'
import type { EditorState } from '../editorState.ts'
import type { Theme } from '../prefs.ts'
import type { AcmVersion } from '../../core/render/types.ts'
import type { TextKey } from '../../i18n/catalog.ts'
import { effect, store } from './actions.ts'

/** Arguments only a control can give (a template, a release, a row): never from the palette. */
const fromControl = () => null
const dirty = (s: EditorState) => s.file.text !== s.baseline
const tab = (t: RightTab, label: TextKey) =>
  store({ label, group: 'View', run: (s) => s.setRightTab(t) })

export const appActions = {
  // from the palette or the button: pick a file; from a drop: that file
  'file.import': effect<{ file: File } | undefined>({ label: 'Import…', group: 'File' }),
  'file.new': store({ label: 'New…', group: 'File', run: (s) => s.openDialog('new') }),
  'file.create': store<{ template: string }>({
    label: 'Create from a template',
    group: 'File',
    args: fromControl,
    run: (s, a) => {
      const t = TEMPLATES.find((x) => x.id === a.template)
      if (!t) return
      void t.text().then((text) => {
        s.load(text, `${t.id}.yaml`)
        s.select({ kind: 'site' })
        s.notify('info', 'New document from the template “{{name}}”.', { name: t.name })
        s.closeDialog()
      })
    },
  }),
  'file.download': effect({ label: 'Download YAML', group: 'File', keys: ['Mod+S'] }),
  'file.copy': effect({ label: 'Copy YAML', group: 'File' }),
  'file.startOver': store({
    label: 'Start over…',
    group: 'File',
    run: (s) => s.openDialog('start-over'),
  }),
  // the confirmation of Start over: enabled only while it asks
  'file.discard': effect({
    label: 'Discard the document and start over',
    group: 'File',
    when: (s) => s.dialog === 'start-over',
  }),
  'history.undo': store({
    label: 'Undo',
    group: 'Edit',
    keys: ['Mod+Z'],
    when: (s) => s.history.past.length > 0,
    run: (s) => s.undo(),
  }),
  'history.redo': store({
    label: 'Redo',
    group: 'Edit',
    keys: ['Mod+Shift+Z', 'Ctrl+Y'],
    when: (s) => s.history.future.length > 0,
    run: (s) => s.redo(),
  }),
  'palette.open': store({
    label: 'Show all commands',
    group: 'View',
    keys: ['F1', 'Mod+Shift+P'],
    when: (s) => s.dialog === null,
    run: (s) => s.openDialog('palette'),
  }),
  'dialog.close': store({
    label: 'Close the dialog',
    group: 'View',
    when: (s) => s.dialog !== null,
    run: (s) => s.closeDialog(),
  }),
  'view.yaml': tab('yaml', 'Show the YAML tab'),
  'view.preview': tab('preview', 'Show the Preview tab'),
  'view.resources': tab('resources', 'Show the Resources tab'),
  'view.diff': tab('diff', 'Show the Diff tab'),
  'view.problems': tab('problems', 'Show the Problems tab'),
  'resources.acm': store<{ acm: AcmVersion }>({
    label: 'Render for an ACM release',
    group: 'View',
    args: fromControl,
    run: (s, a) => s.setAcm(a.acm),
  }),
  'view.theme': store<{ theme: Theme }>({
    label: 'Set the theme',
    group: 'View',
    args: fromControl,
    run: (s, a) => s.setTheme(a.theme),
  }),
  'nav.select': store<Scope>({
    label: 'Select',
    group: 'View',
    args: fromControl,
    run: (s, a) => s.select(a),
  }),
  'nav.site': store({
    label: 'Go to the site',
    group: 'View',
    when: (s) => s.selection.kind !== 'site',
    run: (s) => s.select({ kind: 'site' }),
  }),
  'problems.next': effect({
    label: 'Go to the next problem',
    group: 'Problems',
    when: (s) => s.diagnostics.length > 0,
  }),
  'problems.previous': effect({
    label: 'Go to the previous problem',
    group: 'Problems',
    when: (s) => s.diagnostics.length > 0,
  }),
  'release.set': store<{ release: string }>({
    label: 'Set the target release',
    group: 'Problems',
    args: fromControl,
    run: (s, a) => s.setRelease(a.release),
  }),
  'release.choose': effect({ label: 'Choose the target release…', group: 'Problems' }),
  'review.layout': store<{ inline: boolean }>({
    label: 'Toggle the diff layout (side by side / inline)',
    group: 'Review',
    args: (s) => ({ inline: !s.diffInline }),
    run: (s, a) => s.setDiffInline(a.inline),
  }),
  'review.previousChange': effect({
    label: 'Go to the previous change',
    group: 'Review',
    when: dirty,
  }),
  'review.nextChange': effect({ label: 'Go to the next change', group: 'Review', when: dirty }),
  'review.copyPatch': effect({ label: 'Copy patch', group: 'Review', when: dirty }),
  'review.downloadPatch': effect({ label: 'Download patch', group: 'Review', when: dirty }),
  'review.markCommitted': store({
    label: 'Mark as committed',
    group: 'Review',
    when: (s) => dirty(s) && s.delivered === s.file.text,
    run: (s) => {
      s.markCommitted()
      s.notify('info', 'Marked as committed: the diff now starts from this text.')
    },
  }),
  'precache.enableHere': store({
    label: 'Enable image pre-caching…',
    group: 'Pre-caching',
    // the Preview works on the selected cluster or node (the first cluster for the site)
    when: (s) => fileModel(s.view).clusterList(siteData(s.view)).length > 0,
    run: (s) => {
      s.setRightTab('preview')
      s.openDialog('precache')
    },
  }),
  'preview.copy': effect<{ text: string; name: string }>({
    label: 'Copy a decoded file',
    group: 'Pre-caching',
    args: fromControl,
  }),
  'preview.download': effect<{ text: string; name: string }>({
    label: 'Download a decoded file',
    group: 'Pre-caching',
    args: fromControl,
  }),
  'session.loadTheirs': effect({
    label: 'Load the other tab’s version',
    group: 'Session',
    when: (s) => s.otherTab !== null,
  }),
  'session.keepMine': effect({
    label: 'Keep my version',
    group: 'Session',
    when: (s) => s.otherTab !== null,
  }),
}
