/**
 * The ClusterInstance webhook's texts for the four JSON strings that do not parse: a finding on a
 * ClusterInstance quotes them (users search for them), with the editor's own detail after.
 */
import type { Path } from '../document/path.ts'
import { getIn } from '../document/path.ts'
import { show } from './context.ts'
import type { RuleContext } from './context.ts'
import { msg } from '../messages/message.ts'
import type { Message } from '../messages/message.ts'

export function ciJson(ctx: RuleContext, path: Path, detail: Message): Message {
  if (ctx.kind !== 'ClusterInstance') return detail
  const node = ctx.model.scopeOf(path).kind === 'node'
  const h = show(String(getIn(ctx.data, [...path.slice(0, -1), 'hostName']) ?? ''))
  const field = path[path.length - 1]
  if (field === 'installConfigOverrides')
    return msg('installConfigOverrides is not a valid JSON-formatted string: {{detail}}', {
      detail,
    })
  if (field === 'installerArgs')
    return msg(
      'installerArgs is not a valid JSON-formatted string [Node: Hostname={{h}}]: {{detail}}',
      { h, detail },
    )
  return node
    ? msg(
        'node-level ignitionConfigOverride is not a valid JSON-formatted string [Node: Hostname={{h}}]: {{detail}}',
        { h, detail },
      )
    : msg('cluster-level ignitionConfigOverride is not a valid JSON-formatted string: {{detail}}', {
        detail,
      })
}

/** the text parses as JSON (any value): all the webhook asks */
export function isJson(text: string): boolean {
  try {
    JSON.parse(text)
    return true
  } catch {
    return false
  }
}
