import { useEffect, useState } from 'react'
import { formatPath } from '../../core/document/path.ts'
import { FieldFrame } from './FieldFrame.tsx'
import { preloadJsonWriter, sealStep, setJson, setValue } from './fieldActions.ts'
import type { FieldProps } from './fieldProps.ts'
import { checkJson, parseYamlDraft, yamlDraft } from './codeText.ts'

/**
 * A small code editor for JSON- and YAML-valued fields. A plain monospace text area, not Monaco:
 * the forms must work before Monaco has loaded, and a Monaco instance per field is heavy.
 * Both are written only while the draft parses (the error shows under the box meanwhile), JSON
 * through the layout-keeping JSON writer, YAML as a minimal edit; an emptied JSON box writes ''.
 */
export function CodeField({ def, path, value }: FieldProps) {
  const name = formatPath(path)
  const isJson = def.kind === 'json' || def.kind === 'args'
  const external = isJson ? (typeof value === 'string' ? value : '') : yamlDraft(value)
  const [draft, setDraft] = useState<string | null>(null)
  useEffect(() => {
    if (isJson) preloadJsonWriter()
  }, [isJson])
  const text = draft ?? external
  const problem = isJson ? checkJson(text, def.jsonShape) : parseYamlDraft(text).error
  const nonString = isJson && value !== undefined && typeof value !== 'string'
  return (
    <FieldFrame def={def} path={path} present={value !== undefined}>
      {nonString ? (
        <p className="shape-note" role="note">
          The file holds a YAML structure here, but this field must be a string holding JSON.
        </p>
      ) : null}
      <textarea
        id={`f:${name}`}
        name={name}
        className="code"
        rows={Math.min(14, Math.max(3, text.split('\n').length))}
        spellCheck={false}
        wrap="off"
        value={text}
        aria-invalid={problem ? true : undefined}
        onChange={(e) => {
          const t = e.target.value
          setDraft(t)
          if (isJson) {
            if (t.trim() === '') return void (value !== undefined && setValue(path, ''))
            if (!checkJson(t, def.jsonShape)) setJson(path, JSON.parse(t), t)
            return
          }
          const r = parseYamlDraft(t)
          if (!r.error) setValue(path, r.value)
        }}
        onBlur={() => {
          setDraft(null)
          sealStep()
        }}
      />
      {problem && text.trim() !== '' ? <small className="field-error">{problem}</small> : null}
    </FieldFrame>
  )
}
