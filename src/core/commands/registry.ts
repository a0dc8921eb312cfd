/**
 * Named document commands: each declares its own undo policy, so call sites cannot get it wrong.
 * Tables register themselves from the module that holds their code (the Diff and Preview tables
 * load with their panes); the store runs any of them by id with `dispatch`, the CLI's `set` runs
 * `field.set` here too. Pure: no React, DOM or store, so the CLI can import it.
 */
import type { Path } from '../document/path.ts'
import type { Scope } from '../document/scope.ts'
import type { SiteFile } from '../document/siteFile.ts'
import type { PrecacheTarget } from '../precache/precacheCommands.ts'
import type { PrecacheParams } from '../precache/preset.ts'
import type { ChangeItem } from '../review/changes.ts'
import type { Fix } from '../validate/diagnostic.ts'

/**
 * 'step': every run is its own undo step. 'typing': runs with the same key (a field) extend one
 * step until it is sealed (the field loses focus). 'none': changes nothing the history keeps.
 */
export type UndoPolicy = 'step' | 'typing' | 'none'

/** The arguments of every command, by id (type-only, so no table's code is pulled in). */
export interface CommandArgs {
  'field.set': { path: Path; value: unknown }
  'field.setJson': { path: Path; value: unknown; typed: string }
  'field.unset': { path: Path }
  'list.add': { path: Path; value: unknown; exists: boolean }
  'list.remove': { path: Path; index: number }
  'cluster.add': Record<string, never>
  'cluster.duplicate': { index: number }
  'cluster.remove': { index: number }
  'cluster.move': { from: number; to: number }
  'node.add': { cluster: number }
  'node.duplicate': { cluster: number; index: number }
  'node.remove': { cluster: number; index: number }
  'node.move': { cluster: number; from: number; to: number }
  'review.revert': { baseline: SiteFile; item: ChangeItem }
  'precache.enable': { target: PrecacheTarget; params: Partial<PrecacheParams> }
  'precache.disable': { target: PrecacheTarget }
  'preview.fileText': { path: Path; index: number; text: string }
  'preview.unitContents': { path: Path; index: number; contents: string }
  'preview.fileMode': { path: Path; index: number; mode: number }
  'fix.apply': { fix: Fix }
}
export type CommandId = keyof CommandArgs

/** A structure command's result: the new document and what to select in it. */
export interface Placed {
  file: SiteFile
  selection: Scope
}

/** The new document (a field edit keeps the selection), a placed one, or why it was refused. */
export type CommandResult = SiteFile | Placed | { error: string }

export interface Command<K extends CommandId = CommandId> {
  id: K
  /** what a menu or palette would show */
  title: string
  undo: UndoPolicy
  /** 'typing' only: what one step extends over (the field's path) */
  stepKey?: (args: CommandArgs[K]) => string
  perform: (file: SiteFile, args: CommandArgs[K]) => CommandResult
}

type Table<K extends CommandId> = { [P in K]: Omit<Command<P>, 'id'> }

const registry = new Map<CommandId, Command>()

/** Declares a table of commands and makes them runnable by id. */
export function defineCommands<K extends CommandId>(table: Table<K>): void {
  for (const id of Object.keys(table) as K[])
    registry.set(id, { ...table[id], id } as unknown as Command)
}

export const findCommand = <K extends CommandId>(id: K): Command<K> | undefined =>
  registry.get(id) as Command<K> | undefined

/** Every registered command (what a palette would list). */
export const allCommands = (): Command[] => [...registry.values()]
