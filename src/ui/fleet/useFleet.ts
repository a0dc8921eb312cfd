/**
 * The Sites view's data: a line per site file (its row, listed, changed) and the findings between
 * files. The open site's identities are read from its current text, so a duplicate typed in
 * shows at once; the others come from the workers' rows (checked again after a bulk edit).
 */
import { useMemo, useRef } from 'react'
import { checkFleet, listedFiles } from '../../core/fleet/crossRules.ts'
import { siteFacts } from '../../core/fleet/facts.ts'
import { directories, existsIn } from '../../core/fleet/memoryRepo.ts'
import type { FleetFinding, SiteFacts } from '../../core/fleet/types.ts'
import { useEditorStore } from '../../state/editorStore.ts'
import type { Line } from './sitesModel.ts'

export function useFleet(): { lines: Line[]; findings: FleetFinding[] } {
  const ws = useEditorStore((s) => s.workspace)
  // the Sites tab stays mounted behind the others: it follows the open site's text only while shown,
  // so typing in the form never re-reads the whole file for the rules between files
  const visible = useEditorStore((s) => s.rightTab === 'sites')
  const live = useEditorStore((s) => s.view)
  const shown = useRef(live)
  if (visible) shown.current = live
  const view = shown.current
  const text = useEditorStore((s) => s.file.text)
  const baseline = useEditorStore((s) => s.baseline)
  const listed = useMemo(() => (ws ? listedFiles(ws) : new Map()), [ws?.kustomizations]) // eslint-disable-line react-hooks/exhaustive-deps
  const exists = useMemo(() => {
    if (!ws) return () => undefined
    return existsIn(new Set(ws.source.paths), directories(ws.source.paths))
  }, [ws?.source]) // eslint-disable-line react-hooks/exhaustive-deps
  const activeFacts = useMemo(
    () => (ws?.active ? siteFacts(ws.active, view) : undefined),
    [ws?.active, view],
  )
  // between files only once every row is in: run at each streamed batch it made the main thread
  // the bottleneck of opening 3,000 files
  const complete = !!ws && ws.checked >= ws.sites.length
  const findings = useMemo(() => {
    if (!ws || !complete) return []
    const sites: SiteFacts[] = []
    for (const p of ws.sites) {
      const f = p === ws.active ? activeFacts : ws.rows.get(p)?.facts
      if (f) sites.push(f)
    }
    return checkFleet({ sites, kustomizations: ws.kustomizations, exists })
  }, [complete, ws?.rows, ws?.active, ws?.kustomizations, activeFacts, exists]) // eslint-disable-line react-hooks/exhaustive-deps
  const lines = useMemo(() => {
    if (!ws) return []
    return ws.sites.map((path) => {
      const parked = ws.parked.get(path)
      const now = path === ws.active ? text : parked?.file.text
      const base = path === ws.active ? baseline : parked?.baseline
      return {
        path,
        row: ws.rows.get(path),
        listed: listed.has(path),
        changed: now !== undefined && now !== base,
      }
    })
  }, [ws, text, baseline, listed])
  return { lines, findings }
}
