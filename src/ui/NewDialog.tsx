import { useState } from 'react'
import { act, useEditorStore } from '../state/editorStore.ts'
import { TEMPLATES } from '../templates/index.ts'
import { ConfirmDialog } from './ConfirmDialog.tsx'

/** New from a template. Replacing edited work asks first (loading clears the undo history). */
export function NewDialog() {
  const [choice, setChoice] = useState(TEMPLATES[1]!.id)
  const dirty = useEditorStore((s) => s.file.text !== s.baseline)
  const create = () => void act('file.create', { template: choice })
  return (
    <ConfirmDialog
      title="New SiteConfig"
      confirmLabel="Create"
      onConfirm={create}
      onCancel={() => void act('dialog.close')}
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
