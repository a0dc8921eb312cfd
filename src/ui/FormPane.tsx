import { Alert, Form, Title } from '@patternfly/react-core'
import { useTranslation } from 'react-i18next'
import { getIn } from '../core/document/path.ts'
import type { Path } from '../core/document/path.ts'
import { siteData, syntaxProblem } from '../core/document/siteFile.ts'
import type { FieldDef } from '../core/schema/fieldTypes.ts'
import { CLUSTER_FIELDS, NODE_FIELDS, SITE_FIELDS } from '../core/schema/fields.ts'
import { unknownKeys } from '../core/schema/unknownKeys.ts'
import { act, useEditorStore } from '../state/editorStore.ts'
import type { Selection } from '../state/createUiSlice.ts'
import { Field } from './fields/Field.tsx'
import { PaneBoundary } from './PaneBoundary.tsx'
import type { T } from './fields/fieldText.ts'
import './forms.css'
import { siteConfigModel as site } from '../core/site/siteModel.ts'

interface Level {
  title: string
  path: Path
  fields: readonly FieldDef[]
  /** keys handled elsewhere (the navigator) */
  also: string[]
}

// the field table's group for the site fields below the top (SiteConfig: spec)
const BASE_KEY = String(site.siteFields[0])
const BASE_FIELDS = SITE_FIELDS.find((f) => f.key === BASE_KEY)!.fields!

function levelOf(sel: Selection, data: unknown, t: T): Level {
  if (sel.kind === 'site')
    return {
      title: t('Site'),
      path: [],
      fields: SITE_FIELDS,
      also: [BASE_KEY, ...BASE_FIELDS.map((f) => f.key)],
    }
  const cPath = site.cluster(sel.cluster)
  const cName = String(getIn(data, [...cPath, 'clusterName']) ?? '')
  if (sel.kind === 'cluster')
    return {
      title: t('Cluster {{name}}', { name: cName }),
      path: cPath,
      fields: CLUSTER_FIELDS,
      also: [...site.clusterStructureKeys],
    }
  const nPath = site.node(sel.cluster, sel.node)
  const host = String(getIn(data, [...nPath, 'hostName']) ?? '')
  return { title: t('Node {{name}}', { name: host }), path: nPath, fields: NODE_FIELDS, also: [] }
}

/** The form of the selected site, cluster or node, kept inside its own error boundary. */
export function FormPane() {
  const { t } = useTranslation()
  const text = useEditorStore((s) => s.file.text)
  const selection = useEditorStore((s) => s.selection)
  return (
    <section className="form-pane" aria-label={t('Form')}>
      <PaneBoundary
        resetKeys={[text, selection]}
        back={
          selection.kind === 'site'
            ? undefined
            : { label: t('Back to the site'), onClick: () => void act('nav.site') }
        }
      >
        <FormBody />
      </PaneBoundary>
    </section>
  )
}

/** Read-only while the YAML does not parse. */
function FormBody() {
  const { t } = useTranslation()
  const view = useEditorStore((s) => s.view)
  const broken = useEditorStore((s) => s.file !== s.view)
  const problem = useEditorStore((s) => (s.file !== s.view ? syntaxProblem(s.file) : undefined))
  const selection = useEditorStore((s) => s.selection)
  const data = siteData(view)
  const exists =
    selection.kind === 'site' || getIn(data, levelOf(selection, data, t).path) !== undefined
  const level = levelOf(exists ? selection : { kind: 'site' }, data, t)
  const here = level.path.length ? getIn(data, level.path) : data
  const fields =
    selection.kind === 'site' || !exists
      ? [
          ...SITE_FIELDS.filter((f) => f.key !== BASE_KEY),
          ...BASE_FIELDS.map((f) => ({ f, base: site.siteFields })),
        ]
      : level.fields
  const extra = unknownKeys(here, level.fields, level.also)
  const specExtra =
    level.path.length === 0
      ? unknownKeys(getIn(data, site.siteFields), [], [...level.also, ...site.structureKeys])
      : []
  const key = JSON.stringify(exists ? selection : { kind: 'site' })
  return (
    <>
      {broken ? (
        <div role="alert" className="form-banner">
          <Alert
            isInline
            variant="danger"
            variantLabel={t('Error:')}
            title={
              problem
                ? `${t('The YAML does not parse')} ${t('(line {{line}}, column {{column}}: {{message}})', { line: problem.line, column: problem.column, message: problem.message })}`
                : t('The YAML does not parse')
            }
          >
            {t(
              'The form shows the last valid state and is read-only until the YAML is fixed; your text is kept as you typed it.',
            )}
          </Alert>
        </div>
      ) : null}
      <Title headingLevel="h2" size="lg">
        {level.title}
      </Title>
      <Form key={key} onSubmit={(e) => e.preventDefault()} aria-label={level.title}>
        <fieldset disabled={broken} className="form-fields">
          {fields.map((item) => {
            const { f, base } = 'f' in item ? item : { f: item, base: [] as Path }
            const path = [...level.path, ...base, f.key]
            return <Field key={path.join('.')} def={f} path={path} value={getIn(data, path)} />
          })}
        </fieldset>
      </Form>
      {extra.length + specExtra.length ? (
        <p className="unknown-keys">
          {t('Also in the file, not in this form (kept as they are; edit them in the YAML):')}{' '}
          {[...extra, ...specExtra.map((k) => `${BASE_KEY}.${k}`)].join(', ')}
        </p>
      ) : null}
    </>
  )
}
