/** `explain`: the pre-cache fields of every cluster and node, decoded for reading. */
import { decodeDataUrl } from '../core/codecs/dataUrl.ts'
import { filesOf, octalMode, parseIgnition, unitsOf } from '../core/codecs/ignition.ts'
import { parseInstallerArgs } from '../core/codecs/installerArgs.ts'
import type { SiteFile } from '../core/document/siteFile.ts'
import { siteData } from '../core/document/siteFile.ts'
import { isPlainObject, modelOf } from '../core/site/siteModel.ts'
import { printable, printableLines } from './printable.ts'
import { masked, redactText } from './redact.ts'

export interface ExplainOptions {
  /** mask private keys and password hashes */
  redact?: boolean
}

// everything from the file goes through `p` (one line, cut) or `block` (contents): escaped
const p = (v: unknown) => {
  const s = String(v)
  return printable(s.length > 1000 ? s.slice(0, 1000) + '…' : s)
}

// a decoded file or unit is shown up to this many characters, so that output stays near input size
const MAX_SHOWN = 256 * 1024

function explainOverride(value: unknown, stage: string, out: string[], opt: ExplainOptions): void {
  const block = (text: string) => {
    const all = opt.redact ? redactText(text) : text
    const lines = printableLines(all.slice(0, MAX_SHOWN)).map((l) => (l ? '    | ' + l : '    |'))
    if (all.length > MAX_SHOWN)
      lines.push(
        `    (… ${(all.length - MAX_SHOWN).toLocaleString('en-US')} more characters not shown)`,
      )
    return lines.join('\n')
  }
  if (typeof value !== 'string') return void out.push(`  ${stage} stage: no ignitionConfigOverride`)
  const ign = parseIgnition(value)
  if (!ign.ok) return void out.push(`  ${stage} stage: ignitionConfigOverride is ${p(ign.message)}`)
  out.push(`  ${stage} stage: Ignition ${p(ign.config.ignition?.version ?? '(no version)')}`)
  for (const u of unitsOf(ign.config)) {
    const flags = [
      u.enabled === true ? 'enabled' : u.enabled === false ? 'disabled' : '',
      u.mask ? 'masked' : '',
    ]
    out.push(
      `  unit ${p(u.name ?? '(unnamed)')}${flags.filter(Boolean).length ? ` (${flags.filter(Boolean).join(', ')})` : ''}`,
    )
    if (typeof u.contents === 'string') out.push(block(u.contents))
  }
  for (const f of filesOf(ign.config)) {
    const mode =
      typeof f.mode === 'number' ? `${octalMode(f.mode)} (decimal ${f.mode})` : '(default 0644)'
    const owner = f.user?.name ?? (f.user?.id !== undefined ? `uid ${p(f.user.id)}` : 'root')
    out.push(
      `  file ${p(f.path ?? '(no path)')}  mode ${mode}  owner ${p(owner)}  overwrite ${f.overwrite === true}`,
    )
    const src = f.contents?.source
    if (typeof src !== 'string') continue
    try {
      out.push(block(decodeDataUrl(src, f.contents?.compression)))
    } catch (e) {
      out.push(
        src.startsWith('data:')
          ? `    (cannot decode: ${p((e as Error).message)})`
          : `    (fetched from ${p(src)})`,
      )
    }
  }
  const users = (ign.config.passwd as { users?: unknown } | undefined)?.users
  for (const u of Array.isArray(users) ? (users as Array<Record<string, unknown>>) : []) {
    const hash = u?.passwordHash
    const shown =
      typeof hash !== 'string' ? 'none' : opt.redact ? masked('password hash', hash) : p(hash)
    const keys = Array.isArray(u?.sshAuthorizedKeys) ? u.sshAuthorizedKeys.length : 0
    out.push(`  user ${p(u?.name ?? '(no name)')}  passwordHash ${shown}  ssh keys ${keys}`)
  }
}

export function explain(file: SiteFile, opt: ExplainOptions = {}): string {
  const data = siteData(file)
  if (!data) return 'not a SiteConfig or ClusterInstance document\n'
  const out: string[] = []
  const site = modelOf(data)
  for (const [c, cluster] of site.clusterList(data).entries()) {
    if (!isPlainObject(cluster)) continue
    const cn = p(cluster.clusterName ?? `#${c}`)
    out.push(`cluster ${cn}`)
    explainOverride(cluster.ignitionConfigOverride, 'discovery', out, opt)
    site.nodeList(data, c).forEach((raw, i) => {
      const n = raw as Record<string, unknown> | null
      out.push(`node ${p(n?.hostName ?? `#${i}`)} (cluster ${cn})`)
      const a = n?.installerArgs
      if (typeof a === 'string') {
        const ia = parseInstallerArgs(a)
        out.push(`  installerArgs: ${p(ia.ok ? ia.args.join(' ') || '(empty)' : ia.message)}`)
      }
      explainOverride(n?.ignitionConfigOverride, 'install', out, opt)
    })
  }
  return out.join('\n') + '\n'
}
