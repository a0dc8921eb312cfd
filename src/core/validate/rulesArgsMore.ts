/** More installerArgs rules (values, partition indexes, duplicates) and YAML 1.1 booleans, proxy. */
import {
  ALLOWED_INSTALLER_FLAGS,
  FLAGS_WITHOUT_VALUE,
  parseInstallerArgs,
} from '../codecs/installerArgs.ts'
import type { Path, PathSegment } from '../document/path.ts'
import { asRecord, clustersOf, nodesOf, where, show } from './context.ts'
import type { Check, RuleContext } from './context.ts'
import {
  argsDuplicate,
  argsFlagValue,
  argsPartindex,
  argsPartlabelGlob,
  argsSaveSkipsCleanup,
  argsValueChars,
} from './rules/args.ts'
import { netProxy } from './rules/network.ts'
import { yaml11Boolean } from './rules/yaml.ts'

const ALLOWED = new Set<string>(ALLOWED_INSTALLER_FLAGS)
// assisted-service's safe characters for installer argument values
const SAFE_VALUE = /^[A-Za-z0-9@!$#%*()_+\-=//.,";':{}[\]]+$/
const YAML11 = /^(y|n|yes|no|on|off)$/i

function argValues(ctx: RuleContext, args: string[], p: Path) {
  const seen = new Set<string>()
  args.forEach((a, i) => {
    if (!ALLOWED.has(a) || FLAGS_WITHOUT_VALUE.has(a)) return
    const v = args[i + 1]
    if (v === undefined || ALLOWED.has(v)) {
      ctx.report(
        argsFlagValue,
        p,
        `${a} must be followed by a value${a === '--save-partlabel' ? ' (a label glob, e.g. data)' : ''}`,
      )
      return
    }
    if (v.startsWith('-') || !SAFE_VALUE.test(v))
      ctx.report(argsValueChars, p, `found unexpected chars in value "${show(v)}" for installer`)
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
          `--save-partindex "${show(bad)}" must be N, N-M, N- or -M with 1 ≤ N ≤ M`,
        )
    }
    if (a === '--save-partlabel' && /^(\*|boot|root|EFI-SYSTEM|BIOS-BOOT)$/.test(v))
      ctx.report(
        argsPartlabelGlob.as('warning'),
        p,
        `--save-partlabel "${show(v)}" would also match RHCOS partitions`,
      )
    const pair = `${a} ${v}`
    if (seen.has(pair)) ctx.report(argsDuplicate, p, `duplicate ${pair}`)
    seen.add(pair)
  })
  if (args.some((a) => a === '--save-partlabel' || a === '--save-partindex'))
    ctx.report(
      argsSaveSkipsCleanup,
      p,
      'saving partitions: assisted-service skips disk cleanup and the fio disk-speed check for this host',
    )
}

/** Unquoted yes/no/on/off/y/n: YAML 1.2 (the editor, js-yaml) reads text, Kubernetes' YAML 1.1 a boolean. */
// `at` is one array pushed and popped along the walk (copied only for a finding): a 1,000-node
// file has ~200,000 values
function yaml11(ctx: RuleContext, v: unknown, at: PathSegment[]) {
  if (at.length > 12) return
  if (typeof v === 'string') {
    // the length first: testing a long value would flatten it (js-yaml builds it piece by piece)
    if (v.length > 3 || !YAML11.test(v)) return
    const path = [...at]
    // the range holds the whole entry or item: look past `key:` or `- `
    const raw = ctx.source(path) ?? ''
    const src = (
      typeof path.at(-1) === 'number' ? raw.replace(/^-\s*/, '') : raw.slice(raw.indexOf(':') + 1)
    ).trim()
    if (src && !/^["']/.test(src))
      ctx.report(
        yaml11Boolean,
        path,
        `${where(path)}: ${v} is text to YAML 1.2 but a boolean to Kubernetes' YAML 1.1 parser — quote it ("${show(v)}") or write true/false`,
      )
    return
  }
  if (Array.isArray(v))
    v.forEach((x, i) => {
      at.push(i)
      yaml11(ctx, x, at)
      at.pop()
    })
  else if (v && typeof v === 'object')
    for (const k of Object.keys(v)) {
      at.push(k)
      yaml11(ctx, (v as Record<string, unknown>)[k], at)
      at.pop()
    }
}

function proxy(ctx: RuleContext, cluster: Record<string, unknown>, path: Path) {
  const px = asRecord(cluster.proxy)
  if (!px) return
  const p = [...path, 'proxy']
  const http = px.httpProxy
  const https = px.httpsProxy
  if (!http && !https)
    ctx.report(netProxy, p, 'proxy is set but neither httpProxy nor httpsProxy is')
  if (http && !/^http:\/\/[^\s/]+/.test(String(http)))
    ctx.report(
      netProxy,
      [...p, 'httpProxy'],
      `proxy.httpProxy must be an http:// URL (got ${show(http)})`,
    )
  if (https && !/^https?:\/\/[^\s/]+/.test(String(https)))
    ctx.report(
      netProxy,
      [...p, 'httpsProxy'],
      `proxy.httpsProxy must be an http:// or https:// URL (got ${show(https)})`,
    )
  if (px.noProxy !== undefined && /\s/.test(String(px.noProxy).replace(/,\s+/g, ',')))
    ctx.report(
      netProxy,
      [...p, 'noProxy'],
      'proxy.noProxy must be a comma-separated list of domains, IPs or CIDRs',
    )
}

export const moreRules: Check = (ctx) => {
  for (const { node, path } of nodesOf(ctx.data)) {
    if (typeof node.installerArgs !== 'string') continue
    const parsed = parseInstallerArgs(node.installerArgs)
    if (parsed.ok) argValues(ctx, parsed.args, [...path, 'installerArgs'])
  }
  for (const { cluster, path } of clustersOf(ctx.data)) proxy(ctx, cluster, path)
  yaml11(ctx, ctx.data, [])
}
