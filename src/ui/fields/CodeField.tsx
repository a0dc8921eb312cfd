import { useEffect, useState } from 'react'
import { FormHelperText, HelperText, HelperTextItem, TextArea } from '@patternfly/react-core'
import { useTranslation } from 'react-i18next'
import { formatPath } from '../../core/document/path.ts'
import { FieldFrame } from './FieldFrame.tsx'
import { preloadJsonWriter, sealStep, setJson, setValue } from './fieldActions.ts'
import type { FieldProps } from './fieldProps.ts'
import { MAX_DRAFT_BYTES, checkJson, expandedChars, parseYamlDraft, yamlDraft } from './codeText.ts'
import { describedBy, fieldIds, textOf } from './fieldText.ts'

/**
 * A small code editor for JSON- and YAML-valued fields. A plain monospace text area, not Monaco:
 * the forms must work before Monaco has loaded, and a Monaco instance per field is heavy.
 * Both are written only while the draft parses (the error shows under the box meanwhile), JSON
 * through the layout-keeping JSON writer, YAML as a minimal edit; an emptied JSON box writes ''.
 */
export function CodeField(props: FieldProps) {
  const { t } = useTranslation()
  const isJson = props.def.kind === 'json' || props.def.kind === 'args'
  if (!isJson && expandedChars(props.value, MAX_DRAFT_BYTES) > MAX_DRAFT_BYTES)
    return (
      <FieldFrame def={props.def} path={props.path} present>
        <p className="shape-note" role="note">
          {t(
            'Too large to show here: more than {{mb}} MB once its YAML aliases are expanded. It is kept as it is; edit it in the YAML pane.',
            { mb: MAX_DRAFT_BYTES / 1024 / 1024 },
          )}
        </p>
      </FieldFrame>
    )
  return <CodeBoxField {...props} />
}

function CodeBoxField({ def, path, value, scope }: FieldProps) {
  const { t } = useTranslation()
  const ids = fieldIds(path, scope)
  const isJson = def.kind === 'json' || def.kind === 'args'
  const external = isJson ? (typeof value === 'string' ? value : '') : yamlDraft(value)
  const [draft, setDraft] = useState<string | null>(null)
  useEffect(() => {
    if (isJson) preloadJsonWriter()
  }, [isJson])
  const text = draft ?? external
  const problem = isJson ? checkJson(text, def.jsonShape) : parseYamlDraft(text).error
  const shown = problem && text.trim() !== '' ? problem : undefined
  const nonString = isJson && value !== undefined && typeof value !== 'string'
  return (
    <FieldFrame def={def} path={path} present={value !== undefined} scope={scope}>
      {nonString ? (
        <p className="shape-note" role="note">
          {t('The file holds a YAML structure here, but this field must be a string holding JSON.')}
        </p>
      ) : null}
      <TextArea
        id={ids.control}
        name={formatPath(path)}
        className="code"
        rows={Math.min(14, Math.max(3, text.split('\n').length))}
        resizeOrientation="vertical"
        spellCheck={false}
        wrap="off"
        value={text}
        validated={problem ? 'error' : 'default'}
        aria-describedby={`${describedBy(def, path, scope)} ${ids.control}:bad`}
        onChange={(_e, next) => {
          setDraft(next)
          if (isJson) {
            if (next.trim() === '') return void (value !== undefined && setValue(path, ''))
            if (!checkJson(next, def.jsonShape)) setJson(path, JSON.parse(next), next)
            return
          }
          const r = parseYamlDraft(next)
          if (!r.error) setValue(path, r.value)
        }}
        onBlur={() => {
          setDraft(null)
          sealStep()
        }}
      />
      <FormHelperText>
        <HelperText id={`${ids.control}:bad`}>
          {shown ? (
            <HelperTextItem variant="error" className="field-error">
              {textOf(t, shown.key, shown.values)}
            </HelperTextItem>
          ) : null}
        </HelperText>
      </FormHelperText>
    </FieldFrame>
  )
}
