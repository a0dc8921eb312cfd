/**
 * An override's checks depend only on its text and stage (cluster = discovery, node = install), so
 * equal overrides are checked once and the findings replayed at each one's path and spots. Equal
 * text is told by the source (ctx.copyOf: the same characters at the same column), which is
 * cheaper than comparing the values. Not replayed when a check reported outside the override, at
 * a fixed offset, or inflated gzip data (the gunzip budget is per validation: charged each time).
 */
import type { JSONPath } from 'jsonc-parser'
import type { Path } from '../document/path.ts'
import type { Fix } from './diagnostic.ts'
import type { Message } from '../messages/message.ts'
import type { Rule } from './registry.ts'
import type { RuleContext } from './context.ts'
import { spotsIn } from './override.ts'

interface Recorded {
  rule: Rule
  rel: Path
  message: string | Message
  json?: readonly JSONPath[]
  fix?: Fix
}
type Memo<T> = { found: Recorded[]; result: T }

const within = (path: Path, base: Path) => base.every((p, i) => path[i] === p)

export function checkOnce<T>(
  ctx: RuleContext,
  base: Path,
  kind: string,
  run: (ctx: RuleContext) => T,
): T {
  // keyed by the entry's characters, not its offset: the memo may serve another file of the run
  const content = ctx.copyOf(base) === undefined ? undefined : ctx.contentOf(base)
  const key = content
  // the kind names the map, not a prefix of the key: a concatenated key is flattened into a copy
  const memo = `checked:${kind}`
  const hit = key === undefined ? undefined : ctx.cache.get<Memo<T>>(memo, key)
  const n = base.length
  if (hit) {
    const at = spotsIn(ctx, base)
    for (const f of hit.found) {
      const fix = f.fix && { ...f.fix, path: [...base, ...f.fix.path] }
      ctx.report(f.rule, [...base, ...f.rel], f.message, f.json && at(...f.json), fix)
    }
    return hit.result
  }
  const found: Recorded[] = []
  let replayable = key !== undefined
  const gunzipped = ctx.cache.gunzipped
  const rec: RuleContext = {
    ...ctx,
    report(rule, path, message, at, fix) {
      ctx.report(rule, path, message, at, fix)
      if (!within(path, base) || typeof at === 'number' || (fix && !within(fix.path, base)))
        return void (replayable = false)
      const r: Recorded = { rule, rel: path.slice(n), message }
      if (at) r.json = at.json
      if (fix) r.fix = { ...fix, path: fix.path.slice(n) }
      found.push(r)
    },
  }
  const result = run(rec)
  if (key !== undefined && replayable && ctx.cache.gunzipped === gunzipped)
    ctx.cache.set(memo, key, { found, result })
  return result
}
