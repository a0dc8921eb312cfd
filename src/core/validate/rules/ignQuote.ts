/**
 * ign-ci-single-quote: the default ClusterInstance templates insert the JSON strings inside '…'
 * without escaping, so a raw ' ends the YAML scalar and rendering fails (clusterinstance.md §1c).
 */
import type { Path } from '../../document/path.ts'
import { asRecord, nodesIn, where } from '../context.ts'
import type { Check, RuleContext } from '../context.ts'
import type { Fix } from '../diagnostic.ts'
import { ignCiSingleQuote } from './ign.ts'
import { msg } from '../../messages/message.ts'
import { isJson } from '../ciJson.ts'

// a data URL inside a JSON string: up to the string's closing quote
const DATA_URL = /"data:[^"]*"/g

/** The value with each ' made harmless: %27 inside data URLs, \u0027 elsewhere in JSON strings. */
export function quoteFree(text: string): string {
  return text.replace(DATA_URL, (u) => u.replace(/'/g, '%27')).replace(/'/g, '\\u0027')
}

function check(ctx: RuleContext, path: Path, v: unknown) {
  if (typeof v !== 'string') return
  if (!v.includes("'")) return
  const inUrl = [...v.matchAll(DATA_URL)].some((m) => m[0].includes("'"))
  // the source layout of the value (a block's lines, a quoted scalar's '' pairs) has the ' too
  const e = ctx.embedded(path)
  const j = e ? e.text.indexOf("'") : -1
  const offset = e && j >= 0 ? e.toSource(j) : undefined
  // only a value that parses: then every ' sits in a JSON string and the fix keeps its meaning
  const fix: Fix | undefined = isJson(v)
    ? { title: "Encode ' (%27 in data URLs)", op: 'set', path, value: quoteFree(v) }
    : undefined
  ctx.report(
    ignCiSingleQuote.as('error'),
    path,
    inUrl
      ? msg(
          "{{where}} holds a raw ' in a data URL: the ClusterInstance templates insert this value inside '…', so rendering fails; encode it as %27",
          { where: where(path) },
        )
      : msg(
          "{{where}} holds a raw ': the ClusterInstance templates insert this value inside '…', so rendering fails; write it as \\u0027 in JSON strings",
          { where: where(path) },
        ),
    offset,
    fix,
  )
}

export const ignQuoteRule: Check = (ctx) => {
  const spec = asRecord(ctx.data.spec)
  if (!spec) return
  check(ctx, ['spec', 'ignitionConfigOverride'], spec.ignitionConfigOverride)
  check(ctx, ['spec', 'installConfigOverrides'], spec.installConfigOverrides)
  for (const { node, path } of nodesIn(ctx)) {
    check(ctx, [...path, 'ignitionConfigOverride'], node.ignitionConfigOverride)
    check(ctx, [...path, 'installerArgs'], node.installerArgs)
  }
}
