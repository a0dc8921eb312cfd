import { Alert, Form, Title } from '@patternfly/react-core'
import { useTranslation } from 'react-i18next'
import { getIn } from '../core/document/path.ts'
import type { Path } from '../core/document/path.ts'
import { fileKind, fileModel, siteData, syntaxProblem } from '../core/document/siteFile.ts'
import type { SiteFile } from '../core/document/siteFile.ts'
import type { FieldDef } from '../core/schema/fieldTypes.ts'
import { fieldTable } from '../core/schema/fieldTable.ts'
import { unknownKeys } from '../core/schema/unknownKeys.ts'
import { act, useEditorStore } from '../state/editorStore.ts'
import type { Selection } from '../state/createUiSlice.ts'
import { Field } from './fields/Field.tsx'
import { PaneBoundary } from './PaneBoundary.tsx'
import type { T } from './fields/fieldText.ts'
import './forms.css'

interface Level {
  title: string
  path: Path
  fields: readonly FieldDef[]
  /** keys handled elsewhere (the navigator) */
  also: string[]
}

/** The document's model and field table, and the group of its site fields below the top. */
function kindOf(file: SiteFile) {
  const site = fileModel(file)
  const table = fieldTable(fileKind(file))
  // the field table's group for the site fields below the top (SiteConfig: spec; CI: metadata)
  const baseKey = String(site.siteFields[0])
  const baseFields = table.site.find((f) => f.key === baseKey)?.fields ?? []
  return { site, table, baseKey, baseFields }
}
type KindView = ReturnType<typeof kindOf>

function levelOf(sel: Selection, data: unknown, t: T, k: KindView): Level {
  const { site, table } = k
  if (sel.kind === 'site')
    return {
      title: t('Site'),
      path: [],
      fields: table.site,
      // the top key the clusters sit under is the navigator's (a ClusterInstance's spec)
      also: [k.baseKey, ...k.baseFields.map((f) => f.key), String(site.clusters[0])],
    }
  const cPath = site.cluster(sel.cluster)
  const cName = String(getIn(data, [...cPath, 'clusterName']) ?? '')
  if (sel.kind === 'cluster')
    return {
      title: t('Cluster {{name}}', { name: cName }),
      path: cPath,
      fields: table.cluster,
      also: [...site.clusterStructureKeys],
    }
  const nPath = site.node(sel.cluster, sel.node)
  const host = String(getIn(data, [...nPath, 'hostName']) ?? '')
  return { title: t('Node {{name}}', { name: host }), path: nPath, fields: table.node, also: [] }
}

/** The form of the selected site, cluster or node, kept inside its own error boundary. */
export function FormPane() {
  const { t } = useTranslation()
  const text = useEditorStore((s) => s.file.text)
  const selection = useEditorStore((s) => s.selection)
  return (
    <section
      className="form-pane"
      aria-label={t('Form')}
      // the field in focus is the selected one: the Resources tab lights what it feeds
      onFocus={(e) => {
        const name = (e.target as HTMLElement).getAttribute('name')
        if (name) useEditorStore.getState().setFocusPath(name)
      }}
    >
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
  const k = kindOf(view)
  const { site, baseKey: BASE_KEY, baseFields: BASE_FIELDS } = k
  const exists =
    selection.kind === 'site' || getIn(data, levelOf(selection, data, t, k).path) !== undefined
  const level = levelOf(exists ? selection : { kind: 'site' }, data, t, k)
  const here = level.path.length ? getIn(data, level.path) : data
  const fields =
    selection.kind === 'site' || !exists
      ? [
          ...k.table.site.filter((f) => f.key !== BASE_KEY),
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
