/**
 * The actions only the UI can carry out (files, clipboard, focus, the diff editor), bound to
 * the registry once; the compiler checks that every declared effect has its implementation.
 */
import type { Diagnostic } from '../core/validate/diagnostic.ts'
import { bindEffects } from '../state/commands/actionTable.ts'
import { act, keepMyVersion, loadOtherTabVersion, startOver } from '../state/editorStore.ts'
import {
  copyText,
  copyYaml,
  downloadBytes,
  downloadText,
  downloadYaml,
  importFile,
} from './fileIo.ts'
import { revealProblem } from './revealProblem.ts'
import { goToChange } from './review/diffEditorRef.ts'

let importInput: HTMLInputElement | null = null
/** The toolbar's hidden file input, which Import… clicks. */
export const setImportInput = (el: HTMLInputElement | null) => {
  importInput = el
}

// the patch code (jsdiff) stays in the Diff tab's chunk until it is first used
const review = () => import('./review/reviewActions.ts')
// the folder's code (reading, git, the patch of all files) loads when a folder is first opened
const fleet = () => import('./fleet/fleetEffects.ts')

let problem = -1
/** Next/previous finding, counted from the last one gone to this way. */
function stepProblem(diagnostics: readonly Diagnostic[], by: 1 | -1): void {
  const n = diagnostics.length
  if (n === 0) return
  problem = (Math.min(Math.max(problem, by > 0 ? -1 : 0), n) + by + n) % n
  revealProblem(diagnostics[problem]!)
}

function showChange(target: 'next' | 'previous'): void {
  void act('view.diff')
  goToChange(target)
}

bindEffects({
  'file.import': (a) => (a ? importFile(a.file) : importInput?.click()),
  'file.download': downloadYaml,
  'file.copy': copyYaml,
  'file.discard': () => {
    startOver()
    void act('dialog.close')
  },
  'problems.next': (_, s) => stepProblem(s.diagnostics, 1),
  'problems.previous': (_, s) => stepProblem(s.diagnostics, -1),
  'release.choose': () => {
    void act('view.problems')
    requestAnimationFrame(() => document.getElementById('release-select')?.focus())
  },
  'review.previousChange': () => showChange('previous'),
  'review.nextChange': () => showChange('next'),
  'review.copyPatch': () => review().then((m) => m.copyPatch()),
  'review.downloadPatch': () => review().then((m) => m.downloadPatch()),
  'preview.copy': (a) => copyText(a.text, 'file', { name: a.name }),
  'preview.download': (a) => downloadText(a.text, a.name),
  'convert.download': (a) => downloadText(a.text, a.name, 'application/yaml'),
  'convert.downloadAll': (a) => downloadBytes(a.bytes, a.name, 'application/zip'),
  'session.loadTheirs': loadOtherTabVersion,
  'session.keepMine': keepMyVersion,
  'folder.open': (a) => fleet().then((m) => m.openFolder(a)),
  'folder.save': () => fleet().then((m) => m.save(false)),
  'folder.saveAll': () => fleet().then((m) => m.save(true)),
  'folder.downloadPatch': () => fleet().then((m) => m.downloadFolderPatch()),
  'folder.downloadZip': () => fleet().then((m) => m.downloadFolderZip()),
})
