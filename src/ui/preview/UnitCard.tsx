import { useTranslation } from 'react-i18next'
import { Card, CardBody, CardHeader } from '@patternfly/react-core'
import type { Path } from '../../core/document/path.ts'
import type { UnitView } from '../../core/precache/overrideView.ts'
import { CardActions, CardName } from './CardActions.tsx'
import { CodeBox } from './CodeBox.tsx'
import { StaticLabel } from '../StaticLabel.tsx'
import { copyDecoded, downloadDecoded, editUnit, endTyping } from './previewActions.ts'

/** One systemd unit: its name, whether it is enabled, and its contents, editable. */
export function UnitCard({ unit, path, boxPath }: { unit: UnitView; path: Path; boxPath: string }) {
  const { t } = useTranslation()
  return (
    <Card component="article" isCompact aria-labelledby={`${boxPath}-h`}>
      <CardHeader
        actions={{
          actions: (
            <CardActions
              name={unit.name}
              onCopy={() => copyDecoded(unit.contents, unit.name)}
              onDownload={() => downloadDecoded(unit.contents, unit.name)}
            />
          ),
          hasNoOffset: true,
        }}
      >
        <CardName id={`${boxPath}-h`} name={unit.name} precache={unit.precache} />
        <StaticLabel color={unit.enabled ? 'green' : 'grey'}>
          {unit.enabled === undefined
            ? t('enabled not set')
            : unit.enabled
              ? t('enabled')
              : t('disabled')}
        </StaticLabel>{' '}
      </CardHeader>
      <CardBody>
        <CodeBox
          path={boxPath}
          language="ini"
          value={unit.contents}
          ariaLabel={t('{{name}} unit file', { name: unit.name })}
          onChange={(text) => editUnit(path, unit.index, text)}
          onDone={endTyping}
        />
      </CardBody>
    </Card>
  )
}
