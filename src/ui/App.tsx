import { useTranslation } from 'react-i18next'
import { FormPane } from './FormPane.tsx'
import { Masthead } from './Masthead.tsx'
import { RightPane } from './RightPane.tsx'
import { Splitter } from './Splitter.tsx'
import { Toolbar } from './Toolbar.tsx'
import { Navigator } from './navigator/Navigator.tsx'
import { PaneBoundary } from './PaneBoundary.tsx'
import { useEditorStore } from '../state/editorStore.ts'
import { useFileDrop } from './useFileDrop.ts'
import { useGlobalKeys } from './useGlobalKeys.ts'
import { useColorScheme, useThemeClass } from './useColorScheme.ts'
import { useLeaveGuard } from './useLeaveGuard.ts'
import { CommandPalette } from './palette/CommandPalette.tsx'
import './frame.css'
// binds the actions only the UI can carry out (files, clipboard, focus)
import './actionEffects.ts'

/** Masthead, toolbar; navigator | form | resizable right pane (YAML, Preview, Diff, Problems). */
export function App() {
  const { t } = useTranslation()
  useGlobalKeys()
  useLeaveGuard()
  const dragging = useFileDrop()
  const scheme = useColorScheme()
  useThemeClass(scheme)
  const palette = useEditorStore((s) => s.dialog === 'palette')
  return (
    <div className={`app ${scheme}`}>
      <Masthead />
      <Toolbar />
      <main className="workspace">
        <NavigatorPane />
        <FormPane />
        <Splitter />
        <RightPane />
      </main>
      {palette ? <CommandPalette /> : null}
      {dragging ? (
        <div className="drop-overlay" aria-hidden="true">
          {t('Drop a SiteConfig file to import it')}
        </div>
      ) : null}
    </div>
  )
}

/** Its own component: only it follows the text, so typing does not re-render the whole app. */
function NavigatorPane() {
  const text = useEditorStore((s) => s.file.text)
  return (
    <PaneBoundary resetKeys={[text]}>
      <Navigator />
    </PaneBoundary>
  )
}
