import { useState } from 'react'
import { useEditorStore } from '../state/editorStore.ts'
import { TEMPLATES } from '../templates/index.ts'
import { ConfirmDialog } from './ConfirmDialog.tsx'

/** New from a template. Replacing edited work asks first (loading clears the undo history). */
export function NewDialog({ onClose }: { onClose: () => void }) {
  const [choice, setChoice] = useState(TEMPLATES[1]!.id)
  const dirty = useEditorStore((s) => s.file.text !== s.baseline)
  const create = () => {
    const t = TEMPLATES.find((x) => x.id === choice)!
    const st = useEditorStore.getState()
    st.load(t.text, `${t.id}.yaml`)
    st.select({ kind: 'site' })
    st.notify('info', `New document from the template “${t.name}”.`)
    onClose()
  }
  return (
    <ConfirmDialog
      title="New SiteConfig"
      confirmLabel="Create"
      onConfirm={create}
      onCancel={onClose}
    >
      <fieldset className="templates">
        <legend>Template</legend>
        {TEMPLATES.map((t) => (
          <label key={t.id} className="template">
            <input
              type="radio"
              name="template"
              value={t.id}
              checked={choice === t.id}
              onChange={() => setChoice(t.id)}
            />
            <strong>{t.name}</strong> <span className="muted">{t.description}</span>
          </label>
        ))}
      </fieldset>
      {dirty ? (
        <p className="warning">
          The current document has changes since it was opened. Download it first if you need it:
          creating a new one replaces it.
        </p>
      ) : null}
    </ConfirmDialog>
  )
}
