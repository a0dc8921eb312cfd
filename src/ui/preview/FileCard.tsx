import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import {
  Alert,
  Button,
  Card,
  CardBody,
  CardHeader,
  DescriptionList,
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
} from '@patternfly/react-core'
import { ExclamationTriangleIcon, WrenchIcon } from '@patternfly/react-icons'
import type { Path } from '../../core/document/path.ts'
import { meantMode, octalMode } from '../../core/codecs/ignition.ts'
import type { FileView } from '../../core/precache/overrideView.ts'
import { CardActions, CardName } from './CardActions.tsx'
import { CodeBox } from './CodeBox.tsx'
import {
  baseName,
  copyDecoded,
  downloadDecoded,
  editScript,
  endTyping,
  fixMode,
} from './previewActions.ts'

/** One file of the override: path, mode in octal and decimal, owner, and its decoded contents. */
export function FileCard({ file, path, boxPath }: { file: FileView; path: Path; boxPath: string }) {
  const { t } = useTranslation()
  const name = baseName(file.path)
  const mode = file.mode
  const trap = mode !== undefined && (mode & 0o7000) !== 0
  const fix = mode !== undefined ? meantMode(mode) : undefined
  const text = file.text
  const source = {
    percent: t('data URL, percent-encoded'),
    base64: t('data URL, base64'),
    remote: t('remote'),
    none: t('none'),
  }[file.encoding]
  const meta: [string, ReactNode][] = [
    [
      t('mode'),
      <>
        {/* the warning's colour is the icon's: PatternFly's warning text colour is below contrast on a card */}
        {trap ? <ExclamationTriangleIcon className="trap-icon" aria-hidden /> : null}
        <span className={trap ? 'trap' : undefined}>
          {mode === undefined
            ? t('not set')
            : t('{{octal}} (decimal {{mode}})', { octal: octalMode(mode), mode })}
          {trap ? t(' — has special bits: a decimal typo?') : ''}
        </span>
        {fix !== undefined ? (
          <Button
            variant="secondary"
            size="sm"
            icon={<WrenchIcon />}
            className="fix"
            onClick={() => fixMode(path, file.index, fix)}
          >
            {t('Set mode {{mode}} ({{octal}})', { mode: fix, octal: octalMode(fix) })}
          </Button>
        ) : null}
      </>,
    ],
    [t('owner'), file.owner],
    [t('overwrite'), file.overwrite === undefined ? t('not set') : String(file.overwrite)],
    [t('source'), `${source}${file.compression ? `, ${file.compression}` : ''}`],
  ]
  return (
    <Card component="article" isCompact aria-labelledby={`${boxPath}-h`}>
      <CardHeader
        actions={
          text === undefined
            ? undefined
            : {
                actions: (
                  <CardActions
                    name={name}
                    onCopy={() => copyDecoded(text, name)}
                    onDownload={() => downloadDecoded(text, name)}
                  />
                ),
                hasNoOffset: true,
              }
        }
      >
        <CardName id={`${boxPath}-h`} name={file.path} precache={file.precache} />
      </CardHeader>
      <CardBody>
        <DescriptionList isHorizontal isCompact className="file-meta">
          {meta.map(([term, value]) => (
            <DescriptionListGroup key={term}>
              <DescriptionListTerm>{term}</DescriptionListTerm>
              <DescriptionListDescription>{value}</DescriptionListDescription>
            </DescriptionListGroup>
          ))}
        </DescriptionList>
        {file.error ? (
          <Alert
            variant="warning"
            isInline
            isPlain
            title={file.error}
            variantLabel={t('Warning')}
          />
        ) : null}
        {text !== undefined ? (
          <CodeBox
            path={boxPath}
            language="shell"
            value={text}
            ariaLabel={t('{{path}} decoded contents', { path: file.path })}
            readOnly={file.encoding === 'none'}
            onChange={(v) => editScript(path, file.index, v)}
            onDone={endTyping}
          />
        ) : null}
      </CardBody>
    </Card>
  )
}
