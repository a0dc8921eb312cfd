/** An override's Ignition config as the rules see it, with a way to point into its JSON text. */
import { findNodeAtLocation, parseTree } from 'jsonc-parser'
import type { JSONPath, Node } from 'jsonc-parser'
import type { IgnitionConfig } from '../codecs/ignition.ts'
import { checkJsonDepth } from '../codecs/json.ts'
import type { Path } from '../document/path.ts'
import type { RuleContext, Spot } from './context.ts'
import type { ValidationCache } from './cache.ts'
import { ignJson, ignNotMachineconfig } from './rules/ign.ts'
import { ciJson } from './ciJson.ts'
import { msg } from '../messages/message.ts'

export interface Override {
  path: Path
  /** the value as written (the key under which equal overrides share work) */
  text: string
  cfg: IgnitionConfig
  /** where the first of these JSON paths that exists is in the source, resolved when reported */
  at(...jsonPaths: JSONPath[]): Spot
}

type Local = { tree: Node | undefined; offsets: Map<string, number | undefined> }

/** Offset of a JSON path inside `text` (the key itself for a property), once per text and path. */
function localOffset(cache: ValidationCache, text: string, jp: JSONPath): number | undefined {
  const local = cache.once('jsonTree', text, (t): Local => ({
    tree: checkJsonDepth(t) < 0 ? parseTree(t) : undefined,
    offsets: new Map(),
  }))
  const key = jp.join('\0')
  if (local.offsets.has(key)) return local.offsets.get(key)
  const n = local.tree ? findNodeAtLocation(local.tree, jp) : undefined
  const off = n ? (n.parent?.type === 'property' ? n.parent.offset : n.offset) : undefined
  local.offsets.set(key, off)
  return off
}

/** Spots inside the value at `path`; mapping into the source is done only when one is reported. */
export function spotsIn(ctx: RuleContext, path: Path): Override['at'] {
  let emb: ReturnType<RuleContext['embedded']> | null = null
  const find = (jp: JSONPath): number | undefined => {
    if (emb === null) emb = ctx.embedded(path)
    const off = emb ? localOffset(ctx.cache, emb.text, jp) : undefined
    return off !== undefined && emb ? emb.toSource(off) : undefined
  }
  return (...json) => ({
    json,
    resolve() {
      for (const jp of json) {
        const off = find(jp)
        if (off !== undefined) return off
      }
      return undefined
    },
  })
}

export function readOverride(ctx: RuleContext, path: Path, value: unknown): Override | undefined {
  if (value === undefined || value === null) return undefined
  if (typeof value !== 'string') {
    ctx.report(
      ignJson,
      path,
      msg('{{p}} must be a string holding Ignition JSON (quote it or use a | block)', {
        p: path.slice(1).join('.'),
      }),
    )
    return undefined
  }
  const parsed = ctx.cache.ignition(value)
  if (!parsed.ok) {
    const emb = ctx.embedded(path)
    const local = emb ? ctx.cache.ignition(emb.text) : parsed
    const off = emb && !local.ok ? emb.toSource(local.offset) : undefined
    if (/^\s*(variant|apiVersion|kind):/m.test(value))
      return void ctx.report(
        ignNotMachineconfig,
        path,
        msg(
          'ignitionConfigOverride holds a Butane or MachineConfig YAML document; paste the Ignition JSON it produces (butane --strict, variant fcos 1.1.0 or 1.3.0)',
        ),
      )
    // parseIgnition never quotes the text at the error when it is a secret
    ctx.report(
      ignJson,
      path,
      ciJson(ctx, path, msg('ignitionConfigOverride is {{message}}', { message: parsed.message })),
      off,
    )
    return undefined
  }
  if (parsed.empty) return undefined
  return { path, text: value, cfg: parsed.config, at: spotsIn(ctx, path) }
}
