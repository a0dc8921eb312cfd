/**
 * Every user action of the app, by id, and how one is run: the store runs actions, components
 * dispatch them (`act` in state/editorStore.ts), the palette lists the enabled ones.
 */
import type { EditorState } from '../editorState.ts'
import type { AnyAction, CommandAction, EffectAction, KeyLike, StoreAction } from './actions.ts'
import { matchesKey } from './actions.ts'
import { appActions } from './appActions.ts'
import type { CommandArgs, UndoPolicy } from '../../core/commands/registry.ts'
import { findCommand } from '../../core/commands/registry.ts'
import { structureActions } from './structureActions.ts'
import { convertActions } from './convertActions.ts'
import { fleetActions } from './fleetActions.ts'

export const ACTIONS = { ...structureActions, ...appActions, ...convertActions, ...fleetActions }
export type ActionId = keyof typeof ACTIONS
type Def<K extends ActionId> = (typeof ACTIONS)[K]

/** What an action is run with, when a control gives its arguments. */
export type ArgsOf<K extends ActionId> =
  Def<K> extends CommandAction<infer C>
    ? CommandArgs[C]
    : Def<K> extends StoreAction<infer A>
      ? A
      : Def<K> extends EffectAction<infer A>
        ? A
        : never

export type EffectId = {
  [K in ActionId]: Def<K> extends EffectAction<unknown> ? K : never
}[ActionId]

export type Outcome = { error: string } | null

type Effect<K extends EffectId> = (a: ArgsOf<K>, s: EditorState) => void | Promise<unknown>
const effects = new Map<ActionId, Effect<EffectId>>()

/** The UI supplies every effect at once, so the compiler sees that none is missing. */
export function bindEffects(impl: { [K in EffectId]: Effect<K> }): void {
  for (const id of Object.keys(impl) as EffectId[]) effects.set(id, impl[id] as Effect<EffectId>)
}

export const isBound = (id: ActionId) => effects.has(id)

export const actionOf = (id: ActionId): AnyAction => ACTIONS[id] as AnyAction

export const allActionIds = () => Object.keys(ACTIONS) as ActionId[]

/**
 * The undo policy an action runs under: its command's (declared once, in the command table;
 * undefined while a lazily loaded table is not loaded yet), else 'none': it edits no document.
 */
export function undoPolicy(id: ActionId): UndoPolicy | undefined {
  const a = actionOf(id)
  return a.kind === 'command' ? findCommand(a.command)?.undo : 'none'
}

const BINDINGS = allActionIds().flatMap((id) =>
  (actionOf(id).keys ?? []).map((key) => ({ key, id })),
)

/** The action a key press is bound to, from the declared keys. */
export const actionForKey = (e: KeyLike): ActionId | undefined =>
  BINDINGS.find((b) => matchesKey(b.key, e))?.id

/** Enabled now, and runnable without arguments (from the palette or a key): its arguments. */
export function resolveArgs(id: ActionId, s: EditorState): { args: unknown } | null {
  const a = actionOf(id)
  if (a.when && !a.when(s)) return null
  if (a.args) {
    const args = a.args(s)
    return args === null ? null : { args }
  }
  // a command without a resolver takes its arguments from a control only
  return a.kind === 'command' ? null : { args: undefined }
}

const notAvailable = (a: AnyAction) => ({ error: `${a.label} is not available here.` })

/** Runs an action on a store: with the control's arguments, or else the selection's. */
export function runAction<K extends ActionId>(
  get: () => EditorState,
  id: K,
  args?: ArgsOf<K>,
): Outcome | Promise<Outcome> {
  const a = actionOf(id)
  const s = get()
  let use: unknown = args
  if (args === undefined) {
    const r = resolveArgs(id, s)
    if (!r) return notAvailable(a)
    use = r.args
  } else if (a.when && !a.when(s)) return notAvailable(a)
  if (a.kind === 'store') return (a.run(s, use as never), null)
  if (a.kind === 'effect') {
    const e = effects.get(id)
    if (!e) return { error: `${a.label}: nothing is bound to it.` }
    const r = e(use as never, s)
    return r instanceof Promise ? r.then(() => null) : null
  }
  if (a.load && !findCommand(a.command)) return a.load().then(() => runCommand(get, a, use))
  return runCommand(get, a, use)
}

function runCommand(get: () => EditorState, a: CommandAction, args: unknown): Outcome {
  const before = get().file
  const r = get().dispatch(a.command, args as never)
  if (r === null && a.done && get().file !== before) {
    const n = a.done(args as never, get())
    get().notify('info', n.key, n.params)
  }
  return r
}
