import { Button } from '@patternfly/react-core'
import { useTranslation } from 'react-i18next'
import { formatPath } from '../../core/document/path.ts'
import type { Path } from '../../core/document/path.ts'
import { rangeOf } from '../../core/document/positions.ts'
import { sourceOf } from '../../core/render/origins.ts'
import type { Resource } from '../../core/render/types.ts'
import { lineCol } from '../../core/yaml/lines.ts'
import { useEditorStore } from '../../state/editorStore.ts'
import { revealInYaml } from '../monaco/editorRef.ts'
import { revealPath } from '../revealProblem.ts'

/** The rendered field under the cursor and the document line it came from, as a link back. */
export function SourceBar({ resource, field }: { resource?: Resource; field?: Path }) {
  const { t } = useTranslation()
  const file = useEditorStore((s) => s.file)
  if (!resource || !field)
    return (
      <p className="resources-source muted">
        {t('Put the cursor on a rendered field to see where it comes from.')}
      </p>
    )
  const source = sourceOf(resource, field)
  const where = `${resource.kind} ${resource.name}: ${formatPath(field) || '—'}`
  if (!source)
    return (
      <p className="resources-source">
        {t('{{where}} is filled by the renderer, not from the file.', { where })}
      </p>
    )
  const range = rangeOf(file, source)
  const pos = range ? lineCol(file.text, range.start) : undefined
  return (
    <p className="resources-source">
      {`${where} ← `}
      <Button
        variant="link"
        isInline
        onClick={() => {
          revealPath(source)
          if (pos) revealInYaml(pos.line, pos.column)
        }}
      >
        {pos
          ? t('{{path}} (line {{line}})', { path: formatPath(source), line: pos.line })
          : formatPath(source)}
      </Button>
    </p>
  )
}
