/** An override's Ignition config as the rules see it, with a way to point into its JSON text. */
import { findNodeAtLocation, parseTree } from 'jsonc-parser'
import type { JSONPath } from 'jsonc-parser'
import { parseIgnition } from '../codecs/ignition.ts'
import type { IgnitionConfig } from '../codecs/ignition.ts'
import { checkJsonDepth } from '../document/guard.ts'
import type { Path } from '../document/path.ts'
import type { RuleContext } from './context.ts'

export interface Override {
  path: Path
  cfg: IgnitionConfig
  /** source offset of a JSON path inside the override, when it can be found */
  at(jsonPath: JSONPath): number | undefined
}

export function readOverride(ctx: RuleContext, path: Path, value: unknown): Override | undefined {
  if (value === undefined || value === null) return undefined
  if (typeof value !== 'string') {
    ctx.report(
      'ign-json',
      'error',
      path,
      `${path.slice(1).join('.')} must be a string holding Ignition JSON (quote it or use a | block)`,
    )
    return undefined
  }
  const parsed = parseIgnition(value)
  if (!parsed.ok) {
    const emb = ctx.embedded(path)
    const local = emb ? parseIgnition(emb.text) : parsed
    const off = emb && !local.ok ? emb.toSource(local.offset) : undefined
    if (/^\s*(variant|apiVersion|kind):/m.test(value))
      return void ctx.report(
        'ign-not-machineconfig',
        'error',
        path,
        'ignitionConfigOverride holds a Butane or MachineConfig YAML document; paste the Ignition JSON it produces (butane --strict, variant fcos 1.1.0 or 1.3.0)',
      )
    // parseIgnition never quotes the text at the error when it is a secret
    ctx.report('ign-json', 'error', path, `ignitionConfigOverride is ${parsed.message}`, off)
    return undefined
  }
  if (parsed.empty) return undefined
  // mapping into the source costs a parse of the entry: only done when something is reported
  let emb: ReturnType<RuleContext['embedded']> | null = null
  let tree: ReturnType<typeof parseTree> | undefined
  const at = (jp: JSONPath) => {
    if (emb === null) {
      emb = ctx.embedded(path)
      tree = emb && checkJsonDepth(emb.text) < 0 ? parseTree(emb.text) : undefined
    }
    const n = tree ? findNodeAtLocation(tree, jp) : undefined
    return n && emb
      ? emb.toSource(n.parent?.type === 'property' ? n.parent.offset : n.offset)
      : undefined
  }
  return { path, cfg: parsed.config, at }
}
