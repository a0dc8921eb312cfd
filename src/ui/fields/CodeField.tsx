import { useEffect, useState } from 'react'
import { formatPath } from '../../core/document/path.ts'
import { FieldFrame } from './FieldFrame.tsx'
import { preloadJsonWriter, sealStep, setJson, setValue } from './fieldActions.ts'
import type { FieldProps } from './fieldProps.ts'
import { MAX_DRAFT_BYTES, checkJson, expandedChars, parseYamlDraft, yamlDraft } from './codeText.ts'

/**
 * A small code editor for JSON- and YAML-valued fields. A plain monospace text area, not Monaco:
 * the forms must work before Monaco has loaded, and a Monaco instance per field is heavy.
 * Both are written only while the draft parses (the error shows under the box meanwhile), JSON
 * through the layout-keeping JSON writer, YAML as a minimal edit; an emptied JSON box writes ''.
 */
export function CodeField(props: FieldProps) {
  const isJson = props.def.kind === 'json' || props.def.kind === 'args'
  if (!isJson && expandedChars(props.value, MAX_DRAFT_BYTES) > MAX_DRAFT_BYTES)
    return (
      <FieldFrame def={props.def} path={props.path} present>
        <p className="shape-note" role="note">
          Too large to show here: more than {MAX_DRAFT_BYTES / 1024 / 1024} MB once its YAML aliases
          are expanded. It is kept as it is; edit it in the YAML pane.
        </p>
      </FieldFrame>
    )
  return <CodeBoxField {...props} />
}

function CodeBoxField({ def, path, value }: FieldProps) {
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
