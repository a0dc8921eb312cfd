/** Where rules' findings are collected: at most PER_REGION of one rule per node, cluster or site. */
import type { Path } from '../document/path.ts'
import { SEVERITY_ORDER, idOf } from './diagnostic.ts'
import type { Finding, Severity } from './diagnostic.ts'
import { where } from './context.ts'
import { msg } from '../messages/message.ts'
import type { SiteModel } from '../site/siteModel.ts'
import { siteConfigModel } from '../site/siteModel.ts'

// a list the file controls (1,000 service networks) must not become 500,000 findings
export const PER_REGION = 20

/**
 * A rule's key in the node, cluster or site a path belongs to (findings are capped per rule in
 * each): numbers, not the region's path joined, since every one of 6,800 findings makes one.
 */
function regionKey(site: SiteModel, rule: string, path: Path): string {
  const s = site.scopeOf(path)
  return s.kind === 'site' ? rule : `${rule}\0${s.cluster}${s.kind === 'node' ? `\0${s.node}` : ''}`
}

// the last guard: rules cut the values they quote with show(); a message still this long is cut
// in the middle, marked, keeping the rule's opening words and its ending
const MESSAGE_MAX = 480
const cut = (m: string) =>
  `${m.slice(0, 300)} …[${m.length - 400} characters cut]… ${m.slice(-100)}`

interface Count {
  n: number
  region: Path
  /** the first finding past the cap, and the worst severity of those dropped */
  first?: Finding
  worst?: Severity
}

/** `site`: the document kind's model, which says which node or cluster a path is in */
export function collector(site: SiteModel = siteConfigModel): {
  add(f: Finding): void
  findings(): Finding[]
} {
  const kept: Finding[] = []
  const counts = new Map<string, Count>()
  return {
    add(found) {
      const f =
        found.message.length > MESSAGE_MAX ? { ...found, message: cut(found.message) } : found
      const key = regionKey(site, f.rule, f.path)
      let c = counts.get(key)
      if (!c) counts.set(key, (c = { n: 0, region: site.scopePrefix(f.path) }))
      if (++c.n <= PER_REGION) return void kept.push(f)
      c.first ??= f
      if (!c.worst || SEVERITY_ORDER[f.severity] < SEVERITY_ORDER[c.worst]) c.worst = f.severity
    },
    findings() {
      const more: Finding[] = []
      for (const { n, region: r, first, worst } of counts.values()) {
        if (!first || !worst) continue
        const m = msg(
          '…and {{n}} more {{rule}} findings in {{where}} (the first {{max}} are listed)',
          {
            n: n - PER_REGION,
            rule: first.rule,
            where: where(r) || msg('the file'),
            max: PER_REGION,
          },
        )
        more.push({
          rule: first.rule,
          severity: worst,
          path: first.path,
          ...(first.offset !== undefined ? { offset: first.offset } : {}),
          message: m.text,
          ...idOf(m),
        })
      }
      return [...kept, ...more]
    },
  }
}
