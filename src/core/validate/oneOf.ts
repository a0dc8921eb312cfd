/** The enum-valued field check shared by cluster- and node- value rules. */
import type { Path } from '../document/path.ts'
import { where, show } from './context.ts'
import type { RuleContext } from './context.ts'
import type { Rule } from './registry.ts'
import { msg } from '../messages/message.ts'
import type { Message } from '../messages/message.ts'

/** An enum-valued field: reports a value outside `allowed` (exact case). */
export function oneOf(
  ctx: RuleContext,
  rule: Rule,
  path: Path,
  v: unknown,
  allowed: string[],
  message?: Message,
) {
  if (v === undefined || allowed.includes(v as string)) return
  const same = allowed.find((a) => a.toLowerCase() === String(v).toLowerCase())
  ctx.report(
    rule,
    path,
    message ??
      msg('{{where}} "{{value}}" must be {{p}} or {{p2}}', {
        where: where(path),
        value: show(v),
        p: allowed.slice(0, -1).join(', '),
        p2: String(allowed.at(-1)),
      }),
    undefined,
    same ? { title: `Use ${same}`, op: 'set', path, value: same } : undefined,
  )
}
