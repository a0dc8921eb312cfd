import type { KeyboardEvent, PointerEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useEditorStore } from '../state/editorStore.ts'

/** The handle between the form and the right pane: drag it, or focus it and use the arrow keys. */
export function Splitter() {
  const { t } = useTranslation()
  const width = useEditorStore((s) => s.paneWidth)
  const setWidth = useEditorStore((s) => s.setPaneWidth)
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    const el = e.currentTarget
    el.setPointerCapture(e.pointerId)
    const startX = e.clientX
    const start = width
    const move = (ev: globalThis.PointerEvent) => setWidth(start + (startX - ev.clientX))
    const up = () => {
      el.removeEventListener('pointermove', move)
      el.removeEventListener('pointerup', up)
    }
    el.addEventListener('pointermove', move)
    el.addEventListener('pointerup', up)
  }
  const onKeyDown = (e: KeyboardEvent) => {
    const step = e.shiftKey ? 80 : 20
    if (e.key === 'ArrowLeft') setWidth(width + step)
    else if (e.key === 'ArrowRight') setWidth(width - step)
    else return
    e.preventDefault()
  }
  return (
    <div
      className="splitter"
      role="separator"
      aria-orientation="vertical"
      aria-label={t('Resize the YAML pane')}
      aria-valuenow={width}
      aria-valuemin={320}
      aria-valuemax={1400}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onKeyDown={onKeyDown}
    />
  )
}
