/** Getting files in (Import, drop) and out (download, clipboard), all on this machine. */
import { flushPendingYaml } from '../state/pendingYaml.ts'
import { decodeBytes } from '../core/document/decode.ts'
import { siteData } from '../core/document/siteFile.ts'
import { act, useEditorStore } from '../state/editorStore.ts'
import type { TextKey } from '../i18n/catalog.ts'
import type { NoticeParams } from '../state/notice.ts'
import { safeFileName } from './safeFileName.ts'

/** Reads a file and replaces the document; a refused file leaves the document as it was. */
export async function importFile(file: File): Promise<void> {
  const st = useEditorStore.getState()
  const d = decodeBytes(new Uint8Array(await file.arrayBuffer()))
  const r = 'error' in d ? d : st.load(d.text, file.name)
  if (r)
    st.notify('error', 'Import of {{name}} failed: {{error}}. The document was not changed.', {
      name: file.name,
      error: r.error,
    })
  else {
    void act('nav.select', { kind: 'site' })
    st.notify('info', 'Imported {{name}}.', { name: file.name })
  }
}

export function downloadName(): string {
  const meta = siteData(useEditorStore.getState().view)?.metadata as { name?: unknown } | undefined
  const stem = safeFileName(typeof meta?.name === 'string' ? meta.name : '', '')
  return stem ? `${stem}.yaml` : 'siteconfig.yaml'
}

/** Saves text as a file through the browser's download (nothing leaves the machine). */
export function downloadText(text: string, fileName: string, type = 'text/plain'): void {
  downloadBytes(text, fileName, type)
}

/** Saves bytes (a zip) or text as a file. */
export function downloadBytes(data: Uint8Array | string, fileName: string, type: string): void {
  const name = safeFileName(fileName, 'download.txt')
  const url = URL.createObjectURL(new Blob([data as BlobPart], { type }))
  const a = document.createElement('a')
  a.href = url
  a.download = name
  a.click()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
  useEditorStore.getState().notify('info', 'Downloaded {{name}}.', { name })
}

/** What was copied, for the two notices (each a whole sentence, so each translates). */
const COPIED = {
  yaml: [
    'Copied {{count}} lines of YAML.',
    'The browser did not allow copying {{count}} lines of YAML; use Download instead.',
  ],
  patch: [
    'Copied the patch ({{count}} lines).',
    'The browser did not allow copying the patch ({{count}} lines); use Download instead.',
  ],
  file: ['Copied {{name}}.', 'The browser did not allow copying {{name}}; use Download instead.'],
} as const satisfies Record<string, readonly [TextKey, TextKey]>

/** Copies to the clipboard; says whether the browser allowed it. */
export async function copyText(
  text: string,
  what: keyof typeof COPIED,
  params: NoticeParams,
): Promise<boolean> {
  const st = useEditorStore.getState()
  try {
    await navigator.clipboard.writeText(text)
    st.notify('info', COPIED[what][0], params)
    return true
  } catch {
    st.notify('error', COPIED[what][1], params)
    return false
  }
}

export function downloadYaml(): void {
  // the YAML pane's typing still waiting for its debounce belongs in the file that leaves
  flushPendingYaml()
  downloadText(useEditorStore.getState().file.text, downloadName(), 'application/yaml')
  useEditorStore.getState().markDelivered()
}

export async function copyYaml(): Promise<void> {
  flushPendingYaml()
  const text = useEditorStore.getState().file.text
  if (await copyText(text, 'yaml', { count: text.split('\n').length }))
    useEditorStore.getState().markDelivered()
}
