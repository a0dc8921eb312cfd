/** Converting the SiteConfig on screen to ClusterInstances: the dialog, and what leaves it. */
import { fileKind } from '../../core/document/siteFile.ts'
import type { EditorState } from '../editorState.ts'
import { effect, store } from './actions.ts'

const isSiteConfig = (s: EditorState) => s.file === s.view && fileKind(s.view) === 'SiteConfig'
/** Arguments only the dialog gives (a result, a zip): never from the palette. */
const fromDialog = () => null

export const convertActions = {
  'convert.open': store({
    label: 'Convert to ClusterInstance…',
    group: 'File',
    when: isSiteConfig,
    run: (s) => s.openDialog('convert'),
  }),
  'convert.openResult': store<{ text: string; name: string }>({
    label: 'Open a converted ClusterInstance in the editor',
    group: 'File',
    args: fromDialog,
    run: (s, a) => {
      s.load(a.text, a.name)
      s.select({ kind: 'site' })
      s.notify(
        'info',
        'Opened {{name}}, converted from the SiteConfig. Undo is not kept across it.',
        {
          name: a.name,
        },
      )
      s.closeDialog()
    },
  }),
  'convert.download': effect<{ text: string; name: string }>({
    label: 'Download a converted ClusterInstance',
    group: 'File',
    args: fromDialog,
  }),
  'convert.downloadAll': effect<{ bytes: Uint8Array; name: string }>({
    label: 'Download all conversions (zip)',
    group: 'File',
    args: fromDialog,
  }),
}
