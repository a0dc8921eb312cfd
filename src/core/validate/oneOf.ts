/** The enum-valued field check shared by cluster- and node- value rules. */
import type { Path } from '../document/path.ts'
import { where, show } from './context.ts'
import type { RuleContext } from './context.ts'
import type { Rule } from './registry.ts'

/** An enum-valued field: reports a value outside `allowed` (exact case). */
export function oneOf(
  ctx: RuleContext,
  rule: Rule,
  path: Path,
  v: unknown,
  allowed: string[],
  msg?: string,
) {
  if (v === undefined || allowed.includes(v as string)) return
  const same = allowed.find((a) => a.toLowerCase() === String(v).toLowerCase())
  ctx.report(
    rule,
    path,
    msg ??
      `${where(path)} "${show(v)}" must be ${allowed.slice(0, -1).join(', ')} or ${allowed.at(-1)}`,
    undefined,
    same ? { title: `Use ${same}`, op: 'set', path, value: same } : undefined,
  )
}
