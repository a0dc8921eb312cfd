import { Alert, AlertActionLink } from '@patternfly/react-core'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { TFunction } from 'i18next'
import type { NoticeParams, NoticeText } from '../state/notice.ts'
import { clock } from '../state/clock.ts'
import { act, useEditorStore } from '../state/editorStore.ts'

/** A notice's text in the language shown (its parameters vary by key, so not typed per key). */
const say = (t: TFunction, n: NoticeText): string =>
  (t as unknown as (k: string, p?: NoticeParams) => string)(n.key, n.params)

/**
 * The latest status message as an inline alert, confirmations politely, refusals as alerts; and
 * what stays until resolved: a failing autosave, another tab's save.
 */
export function Notice() {
  const { t } = useTranslation()
  const notice = useEditorStore((s) => s.notice)
  const error = notice?.kind === 'error'
  return (
    <>
      <div className="frame-notice" role={error ? 'alert' : 'status'}>
        {notice ? (
          <Alert
            isInline
            isPlain
            variant={error ? 'danger' : 'info'}
            variantLabel={t(error ? 'Danger alert:' : 'Info alert:')}
            title={<span data-testid="notice">{say(t, notice)}</span>}
          />
        ) : (
          <span data-testid="notice" />
        )}
      </div>
      <Persistent />
    </>
  )
}

/** Stays while autosave cannot write, and when another tab saved: then the user chooses. */
function Persistent() {
  const { t } = useTranslation()
  const a = useEditorStore((s) => s.autosave)
  const other = useEditorStore((s) => s.otherTab)
  return (
    <div className="frame-persistent">
      {a.state === 'failing' ? (
        <Sticky testId="autosave.failing" danger title={t('Autosave failed')}>
          {a.error}
        </Sticky>
      ) : null}
      {other ? (
        <Sticky
          testId="other-tab"
          title={t('Another tab saved this document')}
          actions={
            <>
              <AlertActionLink onClick={() => void act('session.loadTheirs')}>
                {t("Load the other tab's version")}
              </AlertActionLink>
              <AlertActionLink onClick={() => void act('session.keepMine')}>
                {t('Keep mine')}
              </AlertActionLink>
            </>
          }
        >
          {t('Another tab saved this document at {{time}}.', { time: clock(other.savedAt) })}{' '}
          {a.state === 'held' ? t('Your changes here are not autosaved until you choose.') : ''}
        </Sticky>
      ) : null}
    </div>
  )
}

interface StickyProps {
  testId: string
  title: string
  danger?: boolean
  actions?: ReactNode
  children: ReactNode
}

/** An inline alert announced at once (role alert), until its cause is gone. */
function Sticky({ testId, title, danger, actions, children }: StickyProps) {
  const { t } = useTranslation()
  return (
    <div role="alert" data-testid={testId}>
      <Alert
        isInline
        variant={danger ? 'danger' : 'warning'}
        variantLabel={t(danger ? 'Danger alert:' : 'Warning alert:')}
        title={title}
        actionLinks={actions}
      >
        {children}
      </Alert>
    </div>
  )
}
