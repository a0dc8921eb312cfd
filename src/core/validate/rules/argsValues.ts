/** More installerArgs rules: values, partition indexes, duplicates. */
import {
  ALLOWED_INSTALLER_FLAGS,
  FLAGS_WITHOUT_VALUE,
  parseInstallerArgs,
} from '../../codecs/installerArgs.ts'
import type { Path } from '../../document/path.ts'
import { nodesIn, show } from '../context.ts'
import type { Check, RuleContext } from '../context.ts'
import {
  argsDuplicate,
  argsFlagValue,
  argsPartindex,
  argsPartlabelGlob,
  argsSaveSkipsCleanup,
  argsValueChars,
} from './args.ts'
import { msg } from '../../messages/message.ts'

const ALLOWED = new Set<string>(ALLOWED_INSTALLER_FLAGS)
// assisted-service's safe characters for installer argument values
const SAFE_VALUE = /^[A-Za-z0-9@!$#%*()_+\-=//.,";':{}[\]]+$/

function argValues(ctx: RuleContext, args: string[], p: Path) {
  const seen = new Set<string>()
  args.forEach((a, i) => {
    if (!ALLOWED.has(a) || FLAGS_WITHOUT_VALUE.has(a)) return
    const v = args[i + 1]
    if (v === undefined || ALLOWED.has(v)) {
      ctx.report(
        argsFlagValue,
        p,
        a === '--save-partlabel'
          ? msg('{{flag}} must be followed by a value (a label glob, e.g. data)', { flag: a })
          : msg('{{flag}} must be followed by a value', { flag: a }),
      )
      return
    }
    if (v.startsWith('-') || !SAFE_VALUE.test(v))
      ctx.report(
        argsValueChars,
        p,
        msg('found unexpected chars in value "{{value}}" for installer', { value: show(v) }),
      )
    if (a === '--save-partindex') {
      const bad = v.split(',').find((r) => {
        const m = /^(\d*)-?(\d*)$/.exec(r)
        if (!m || r === '' || r === '-') return true
        const [lo, hi] = [m[1] ? Number(m[1]) : 1, m[2] ? Number(m[2]) : Infinity]
        return lo < 1 || (r.includes('-') && lo > hi)
      })
      if (bad !== undefined)
        ctx.report(
          argsPartindex,
          p,
          msg('--save-partindex "{{value}}" must be N, N-M, N- or -M with 1 ≤ N ≤ M', {
            value: show(bad),
          }),
        )
    }
    if (a === '--save-partlabel' && /^(\*|boot|root|EFI-SYSTEM|BIOS-BOOT)$/.test(v))
      ctx.report(
        argsPartlabelGlob.as('warning'),
        p,
        msg('--save-partlabel "{{value}}" would also match RHCOS partitions', { value: show(v) }),
      )
    const pair = `${a} ${v}`
    if (seen.has(pair)) ctx.report(argsDuplicate, p, msg('duplicate {{pair}}', { pair }))
    seen.add(pair)
  })
  if (args.some((a) => a === '--save-partlabel' || a === '--save-partindex'))
    ctx.report(
      argsSaveSkipsCleanup,
      p,
      msg(
        'saving partitions: assisted-service skips disk cleanup and the fio disk-speed check for this host',
      ),
    )
}

export const moreRules: Check = (ctx) => {
  for (const { node, path } of nodesIn(ctx)) {
    if (typeof node.installerArgs !== 'string') continue
    const parsed = parseInstallerArgs(node.installerArgs)
    if (parsed.ok) argValues(ctx, parsed.args, [...path, 'installerArgs'])
  }
}
