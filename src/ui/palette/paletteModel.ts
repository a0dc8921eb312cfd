/** What the command palette lists: every enabled action, its shortcut, filtered by what is typed. */
import type { TextKey } from '../../i18n/catalog.ts'
import { keyLabel } from '../../state/commands/actions.ts'
import { actionOf, allActionIds, resolveArgs } from '../../state/commands/actionTable.ts'
import type { ActionId } from '../../state/commands/actionTable.ts'
import type { EditorState } from '../../state/editorStore.ts'

export interface Entry {
  id: ActionId
  /** in the language shown */
  label: string
  group: string
  /** the first key binding, as the user reads it */
  shortcut?: string
  /** what a query is matched against: the label shown, its group, and the English label */
  search: string
}

const same = (k: TextKey): string => k

/**
 * The actions runnable now without arguments, judged on the app behind the palette (as if the
 * palette were closed), so "Show all commands" and the dialogs' own actions do not depend on it.
 * `tr` translates the labels (the UI's `t`); English without it.
 */
export function paletteEntries(
  s: EditorState,
  mac?: boolean,
  tr: (k: TextKey) => string = same,
): Entry[] {
  const behind: EditorState = { ...s, dialog: null }
  return allActionIds()
    .filter((id) => id !== 'palette.open' && resolveArgs(id, behind) !== null)
    .map((id) => {
      const a = actionOf(id)
      const key = a.keys?.[0]
      const label = tr(a.label)
      const group = tr(a.group)
      const search = `${label} ${group} ${a.label}`
      return { id, label, group, shortcut: key && keyLabel(key, mac), search }
    })
}

/** Lower is better: a substring of the label first (earlier is better), then a subsequence. */
function rank(label: string, query: string): number | null {
  const l = label.toLowerCase()
  const at = l.indexOf(query)
  if (at >= 0) return at
  let i = 0
  let gaps = 0
  for (const ch of query) {
    const j = l.indexOf(ch, i)
    if (j < 0) return null
    gaps += j - i
    i = j + 1
  }
  return 1000 + gaps
}

/** Entries whose label (or group, or English label) matches `query`, best first; all for none. */
export function filterEntries(entries: readonly Entry[], query: string): Entry[] {
  const q = query.trim().toLowerCase()
  if (!q) return [...entries]
  return entries
    .map((e) => ({ e, r: rank(e.search, q) }))
    .filter((x): x is { e: Entry; r: number } => x.r !== null)
    .sort((a, b) => a.r - b.r)
    .map((x) => x.e)
}
