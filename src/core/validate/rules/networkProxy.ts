/** net-proxy: a cluster's proxy URLs and noProxy list. */
import type { Path } from '../../document/path.ts'
import { asRecord, clustersOf, show } from '../context.ts'
import type { Check, RuleContext } from '../context.ts'
import { netProxy } from './network.ts'
import { msg } from '../../messages/message.ts'

function proxy(ctx: RuleContext, cluster: Record<string, unknown>, path: Path) {
  const px = asRecord(cluster.proxy)
  if (!px) return
  const p = [...path, 'proxy']
  const http = px.httpProxy
  const https = px.httpsProxy
  if (!http && !https)
    ctx.report(netProxy, p, msg('proxy is set but neither httpProxy nor httpsProxy is'))
  if (http && !/^http:\/\/[^\s/]+/.test(String(http)))
    ctx.report(
      netProxy,
      [...p, 'httpProxy'],
      msg('proxy.httpProxy must be an http:// URL (got {{http}})', { http: show(http) }),
    )
  if (https && !/^https?:\/\/[^\s/]+/.test(String(https)))
    ctx.report(
      netProxy,
      [...p, 'httpsProxy'],
      msg('proxy.httpsProxy must be an http:// or https:// URL (got {{https}})', {
        https: show(https),
      }),
    )
  if (px.noProxy !== undefined && /\s/.test(String(px.noProxy).replace(/,\s+/g, ',')))
    ctx.report(
      netProxy,
      [...p, 'noProxy'],
      msg('proxy.noProxy must be a comma-separated list of domains, IPs or CIDRs'),
    )
}

export const proxyRules: Check = (ctx) => {
  for (const { cluster, path } of clustersOf(ctx.data, ctx.model)) proxy(ctx, cluster, path)
}
