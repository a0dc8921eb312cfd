/** Label keys and values (Kubernetes syntax), shared by cluster- and node- label rules. */
import type { Path } from '../document/path.ts'
import { asRecord, where, show } from './context.ts'
import type { RuleContext } from './context.ts'
import type { Rule } from './registry.ts'
import { msg } from '../messages/message.ts'

const LABEL_NAME = /^([A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?)$/
const DNS_SUBDOMAIN =
  /^(?=.{1,253}$)[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/

export function labels(ctx: RuleContext, rule: Rule, map: unknown, path: Path) {
  for (const [k, v] of Object.entries(asRecord(map) ?? {})) {
    const p = [...path, k]
    const slash = k.lastIndexOf('/')
    const [prefix, name] = slash < 0 ? ['', k] : [k.slice(0, slash), k.slice(slash + 1)]
    if (!LABEL_NAME.test(name) || (prefix && !DNS_SUBDOMAIN.test(prefix)))
      ctx.report(
        rule,
        p,
        name
          ? msg('{{where}} key "{{key}}" is not a valid label key', {
              where: where(path),
              key: show(k),
            })
          : msg('{{where}} key "{{key}}" is not a valid label key (empty name)', {
              where: where(path),
              key: show(k),
            }),
      )
    const value = v === null || v === undefined ? '' : String(v)
    if (value && !LABEL_NAME.test(value))
      ctx.report(
        rule,
        p,
        msg(
          '{{where}} value "{{value}}" is not a valid label value (≤ 63 of A-Z a-z 0-9 - _ ., alphanumeric at both ends)',
          { where: where(p), value: show(value) },
        ),
      )
  }
}
