import {
  FormSelect,
  FormSelectOption,
  Masthead as PfMasthead,
  MastheadBrand,
  MastheadContent,
  MastheadLogo,
  MastheadMain,
  Toolbar,
  ToolbarContent,
  ToolbarItem,
} from '@patternfly/react-core'
import { useTranslation } from 'react-i18next'
import { LANGUAGE_NAMES, LANGUAGES } from '../i18n/catalog.ts'
import type { Language } from '../i18n/catalog.ts'
import { clock } from '../state/clock.ts'
import { act, useEditorStore } from '../state/editorStore.ts'
import { THEMES } from '../state/prefs.ts'
import type { Theme } from '../state/prefs.ts'
import { setLanguage } from './i18n.ts'
import { StaticLabel } from './StaticLabel.tsx'

const THEME_LABEL = { system: 'Follow the system', light: 'Light', dark: 'Dark' } as const

/** Product, file and its save state; the language and theme switches. */
export function Masthead() {
  const { t, i18n } = useTranslation()
  const fileName = useEditorStore((s) => s.fileName)
  const theme = useEditorStore((s) => s.theme)
  return (
    <PfMasthead className="frame-masthead">
      <MastheadMain>
        <MastheadBrand>
          <MastheadLogo component="h1" className="frame-brand">
            {t('SiteConfig Studio')}
          </MastheadLogo>
        </MastheadBrand>
      </MastheadMain>
      <MastheadContent>
        <Toolbar isFullHeight isStatic>
          <ToolbarContent>
            <ToolbarItem>
              <span className="file-name" title={t('Current document')}>
                {fileName}
              </span>
            </ToolbarItem>
            <ToolbarItem>
              <SaveState />
            </ToolbarItem>
            <ToolbarItem align={{ default: 'alignEnd' }}>
              <FormSelect
                aria-label={t('Language')}
                value={i18n.language}
                onChange={(_, v) => void setLanguage(v as Language)}
                className="frame-switch"
              >
                {LANGUAGES.map((l) => (
                  <FormSelectOption key={l} value={l} label={LANGUAGE_NAMES[l]} />
                ))}
              </FormSelect>
            </ToolbarItem>
            <ToolbarItem>
              <FormSelect
                aria-label={t('Theme')}
                value={theme}
                onChange={(_, v) => void act('view.theme', { theme: v as Theme })}
                className="frame-switch"
              >
                {THEMES.map((th) => (
                  <FormSelectOption key={th} value={th} label={t(THEME_LABEL[th])} />
                ))}
              </FormSelect>
            </ToolbarItem>
          </ToolbarContent>
        </Toolbar>
      </MastheadContent>
    </PfMasthead>
  )
}

/** "Saved 12:04", "Saving…", "Not saved", and a label while the text differs from the baseline. */
function SaveState() {
  const { t } = useTranslation()
  const a = useEditorStore((s) => s.autosave)
  // changed since opened and not yet downloaded or copied: only the browser holds it
  const dirty = useEditorStore((s) => s.file.text !== s.baseline && s.file.text !== s.delivered)
  const label =
    a.state === 'saved'
      ? t('Saved {{time}}', { time: a.savedAt ? clock(a.savedAt) : '' }).trim()
      : a.state === 'pending'
        ? t('Saving…')
        : a.state === 'idle'
          ? ''
          : t('Not saved')
  return (
    <>
      <span className="autosave-state" data-testid="autosave" data-saves={a.saves}>
        {label}
      </span>
      {dirty ? (
        <StaticLabel color="orange" className="frame-dirty">
          {t('Unsaved changes')}
        </StaticLabel>
      ) : null}
    </>
  )
}
