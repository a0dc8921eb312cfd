/**
 * The shape of a user action. Every button, menu entry, shortcut and palette line of the app is
 * one declared action (actionTable.ts): its label, its keys, when it is enabled, and what it
 * does — a document command (undo policy and pure perform from the command registry, arguments
 * from the control or, without them, from the current selection), a store change, or an effect
 * the UI binds (files, clipboard, focus: things the state layer cannot do).
 */
import type { EditorState } from '../editorState.ts'
import type { CommandArgs, CommandId } from '../../core/commands/registry.ts'
import type { TextKey } from '../../i18n/catalog.ts'
import type { NoticeText } from '../notice.ts'

export type Group = Extract<
  TextKey,
  'File' | 'Edit' | 'Structure' | 'View' | 'Problems' | 'Review' | 'Pre-caching' | 'Session'
>

interface Base {
  /** the catalogue's key: the UI shows `t(label)` */
  label: TextKey
  group: Group
  /** key bindings, e.g. 'Mod+Shift+Z' (Mod: Ctrl, or Cmd on macOS); the first is shown */
  keys?: readonly string[]
  /** enabled now (absent: always); the palette lists only enabled actions */
  when?: (s: EditorState) => boolean
}

export interface CommandAction<K extends CommandId = CommandId> extends Base {
  kind: 'command'
  command: K
  /** the arguments taken from the current selection; null: none here (then not enabled) */
  args?: (s: EditorState) => CommandArgs[K] | null
  /** the table loads with its pane: load it first when run from elsewhere */
  load?: () => Promise<unknown>
  /** the status line once the document changed */
  done?: (a: CommandArgs[K], s: EditorState) => NoticeText
}

export interface StoreAction<A = void> extends Base {
  kind: 'store'
  args?: (s: EditorState) => A | null
  run: (s: EditorState, a: A) => void
}

export interface EffectAction<A = void> extends Base {
  kind: 'effect'
  args?: (s: EditorState) => A | null
}

export type AnyAction = CommandAction | StoreAction<never> | EffectAction<never>

/** Declaration helpers: each keeps its arguments typed by its command. */
export const command = <K extends CommandId>(
  c: K,
  d: Omit<CommandAction<K>, 'kind' | 'command'>,
): CommandAction<K> => ({ ...d, kind: 'command', command: c })

export const store = <A = void>(d: Omit<StoreAction<A>, 'kind'>): StoreAction<A> => ({
  ...d,
  kind: 'store',
})

export const effect = <A = void>(d: Omit<EffectAction<A>, 'kind'>): EffectAction<A> => ({
  ...d,
  kind: 'effect',
})

const isMac = () => typeof navigator !== 'undefined' && /Mac|iP(hone|ad)/.test(navigator.platform)

/** 'Mod+Shift+Z' as the user reads it here: Ctrl+Shift+Z, or ⌘⇧Z on macOS. */
export function keyLabel(binding: string, mac = isMac()): string {
  const parts = binding.split('+')
  if (!mac) return parts.map((p) => (p === 'Mod' ? 'Ctrl' : p)).join('+')
  const sym: Record<string, string> = { Mod: '⌘', Ctrl: '⌃', Shift: '⇧', Alt: '⌥' }
  return parts.map((p) => sym[p] ?? p).join('')
}

export interface KeyLike {
  key: string
  ctrlKey: boolean
  metaKey: boolean
  shiftKey: boolean
  altKey: boolean
}

/** Whether a key event is `binding`: modifiers exact, Mod = Ctrl or Cmd, Ctrl = Ctrl only. */
export function matchesKey(binding: string, e: KeyLike): boolean {
  const parts = binding.split('+')
  const key = parts.pop()!.toLowerCase()
  const has = (m: string) => parts.includes(m)
  const mod = e.ctrlKey || e.metaKey
  if (e.key.toLowerCase() !== key || e.altKey !== has('Alt') || e.shiftKey !== has('Shift'))
    return false
  if (has('Mod')) return mod
  if (has('Ctrl')) return e.ctrlKey && !e.metaKey
  return !mod
}
