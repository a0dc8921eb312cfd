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

function levelOf(sel: Selection, data: unknown): Level {
  if (sel.kind === 'site')
    return {
      title: 'Site',
      path: [],
      fields: SITE_FIELDS,
      also: [BASE_KEY, ...BASE_FIELDS.map((f) => f.key)],
    }
  const cPath = site.cluster(sel.cluster)
  const cName = String(getIn(data, [...cPath, 'clusterName']) ?? '')
  if (sel.kind === 'cluster')
    return {
      title: `Cluster ${cName}`,
      path: cPath,
      fields: CLUSTER_FIELDS,
      also: [...site.clusterStructureKeys],
    }
  const nPath = site.node(sel.cluster, sel.node)
  const host = String(getIn(data, [...nPath, 'hostName']) ?? '')
  return { title: `Node ${host}`, path: nPath, fields: NODE_FIELDS, also: [] }
}

/** The form of the selected site, cluster or node, kept inside its own error boundary. */
export function FormPane() {
  const text = useEditorStore((s) => s.file.text)
  const selection = useEditorStore((s) => s.selection)
  return (
    <section className="form-pane" aria-label="Form">
      <PaneBoundary
        resetKeys={[text, selection]}
        back={
          selection.kind === 'site'
            ? undefined
            : { label: 'Back to the site', onClick: () => void act('nav.site') }
        }
      >
        <FormBody />
      </PaneBoundary>
    </section>
  )
}

/** Read-only while the YAML does not parse. */
function FormBody() {
  const view = useEditorStore((s) => s.view)
  const broken = useEditorStore((s) => s.file !== s.view)
  const problem = useEditorStore((s) => (s.file !== s.view ? syntaxProblem(s.file) : undefined))
  const selection = useEditorStore((s) => s.selection)
  const data = siteData(view)
  const exists =
    selection.kind === 'site' || getIn(data, levelOf(selection, data).path) !== undefined
  const level = levelOf(exists ? selection : { kind: 'site' }, data)
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
        <div className="banner" role="alert">
          <strong>The YAML does not parse</strong>
          {problem ? ` (line ${problem.line}, column ${problem.column}: ${problem.message})` : ''}.
          The form shows the last valid state and is read-only until the YAML is fixed; your text is
          kept as you typed it.
        </div>
      ) : null}
      <h2>{level.title}</h2>
      <form key={key} onSubmit={(e) => e.preventDefault()} aria-label={level.title}>
        <fieldset disabled={broken} className="form-fields">
          {fields.map((item) => {
            const { f, base } = 'f' in item ? item : { f: item, base: [] as Path }
            const path = [...level.path, ...base, f.key]
            return <Field key={path.join('.')} def={f} path={path} value={getIn(data, path)} />
          })}
        </fieldset>
      </form>
      {extra.length + specExtra.length ? (
        <p className="muted unknown-keys">
          Also in the file, not in this form (kept as they are; edit them in the YAML):{' '}
          {[...extra, ...specExtra.map((k) => `${BASE_KEY}.${k}`)].join(', ')}
        </p>
      ) : null}
    </>
  )
}
