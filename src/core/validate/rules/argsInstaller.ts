/** nodes[].installerArgs rules (args-). */
import {
  ALLOWED_INSTALLER_FLAGS,
  FLAGS_WITHOUT_VALUE,
  formatInstallerArgs,
  parseInstallerArgs,
} from '../../codecs/installerArgs.ts'
import { nodesIn, show } from '../context.ts'
import type { RuleContext } from '../context.ts'
import { argsAllowlist, argsJson, argsString } from './args.ts'
import { msg } from '../../messages/message.ts'
import { ciJson, isJson } from '../ciJson.ts'

const ALLOWED = new Set<string>(ALLOWED_INSTALLER_FLAGS)
const LIST = `[${ALLOWED_INSTALLER_FLAGS.join(' ')}]`

export function argsRules(ctx: RuleContext): void {
  for (const { node, path } of nodesIn(ctx)) {
    const v = node.installerArgs
    const p = [...path, 'installerArgs']
    if (v === undefined || v === null) continue
    if (Array.isArray(v)) {
      ctx.report(
        argsString,
        p,
        msg(
          'installerArgs must be a quoted JSON string, e.g. \'["--save-partlabel", "data"]\', not a YAML list',
        ),
      )
      continue
    }
    if (typeof v !== 'string') {
      ctx.report(
        argsJson,
        p,
        msg(
          'installerArgs must be a JSON array of strings in a string, e.g. \'["--save-partlabel", "data"]\'',
        ),
      )
      continue
    }
    if (v.trim() === '') continue
    const parsed = parseInstallerArgs(v)
    if (!parsed.ok) {
      const m = msg('installerArgs {{problem}}', { problem: parsed.message })
      // the webhook's text only where it applies: a ClusterInstance whose value is not JSON
      ctx.report(argsJson, p, ctx.kind === 'ClusterInstance' && !isJson(v) ? ciJson(ctx, p, m) : m)
      continue
    }
    const args = parsed.args
    args.forEach((a, i) => {
      if (!a.startsWith('-')) return
      const prev = args[i - 1]
      // a value that follows a value-taking flag is not a flag, even when it starts with '-'
      if (prev !== undefined && ALLOWED.has(prev) && !FLAGS_WITHOUT_VALUE.has(prev) && i > 0) {
        const before = args[i - 2]
        if (!(before !== undefined && ALLOWED.has(before) && !FLAGS_WITHOUT_VALUE.has(before))) {
          ctx.report(
            argsAllowlist,
            p,
            msg(
              'found unexpected flag {{flag}} for installer - allowed flags are {{list}}: values may not start with "-"',
              { flag: a, list: LIST },
            ),
          )
          return
        }
      }
      if (ALLOWED.has(a)) return
      const eq = /^(--?[\w-]+)=(.*)$/.exec(a)
      const sp = /^(--?[\w-]+)\s+(.+)$/.exec(a)
      const m =
        eq && ALLOWED.has(eq[1] as string) ? eq : sp && ALLOWED.has(sp[1] as string) ? sp : null
      ctx.report(
        argsAllowlist,
        p,
        m
          ? msg(
              'found unexpected flag {{flag}} for installer - allowed flags are {{list}}; write "{{a}}", "{{b}}" as two elements',
              { flag: a, list: LIST, a: show(m[1]), b: show(m[2]) },
            )
          : msg('found unexpected flag {{flag}} for installer - allowed flags are {{list}}', {
              flag: a,
              list: LIST,
            }),
        undefined,
        m
          ? {
              title: `Split into "${show(m[1])}", "${show(m[2])}"`,
              op: 'set',
              path: p,
              value: formatInstallerArgs(
                [...args.slice(0, i), m[1]!, m[2]!, ...args.slice(i + 1)],
                v,
              ),
            }
          : undefined,
      )
    })
  }
}
