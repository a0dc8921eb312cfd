/** `explain`: the pre-cache fields of every cluster and node, decoded for reading. */
import { decodeDataUrl } from '../core/codecs/dataUrl.ts'
import { filesOf, octalMode, parseIgnition, unitsOf } from '../core/codecs/ignition.ts'
import { parseInstallerArgs } from '../core/codecs/installerArgs.ts'
import type { SiteFile } from '../core/document/siteFile.ts'
import { siteData } from '../core/document/siteFile.ts'
import { clustersOf } from '../core/validate/context.ts'

const indent = (s: string, pad: string) =>
  s
    .split('\n')
    .map((l) => (l ? pad + l : pad.trimEnd()))
    .join('\n')

function explainOverride(value: unknown, stage: string, out: string[]): void {
  if (typeof value !== 'string') return void out.push(`  ${stage} stage: no ignitionConfigOverride`)
  const p = parseIgnition(value)
  if (!p.ok) return void out.push(`  ${stage} stage: ignitionConfigOverride is ${p.message}`)
  out.push(`  ${stage} stage: Ignition ${p.config.ignition?.version ?? '(no version)'}`)
  for (const u of unitsOf(p.config)) {
    const flags = [
      u.enabled === true ? 'enabled' : u.enabled === false ? 'disabled' : '',
      u.mask ? 'masked' : '',
    ]
    out.push(
      `  unit ${u.name ?? '(unnamed)'}${flags.filter(Boolean).length ? ` (${flags.filter(Boolean).join(', ')})` : ''}`,
    )
    if (typeof u.contents === 'string') out.push(indent(u.contents, '    | '))
  }
  for (const f of filesOf(p.config)) {
    const mode =
      typeof f.mode === 'number' ? `${octalMode(f.mode)} (decimal ${f.mode})` : '(default 0644)'
    const owner = f.user?.name ?? (f.user?.id !== undefined ? `uid ${f.user.id}` : 'root')
    out.push(
      `  file ${f.path ?? '(no path)'}  mode ${mode}  owner ${owner}  overwrite ${f.overwrite === true}`,
    )
    const src = f.contents?.source
    if (typeof src !== 'string') continue
    try {
      out.push(indent(decodeDataUrl(src, f.contents?.compression), '    | '))
    } catch (e) {
      out.push(
        src.startsWith('data:')
          ? `    (cannot decode: ${(e as Error).message})`
          : `    (fetched from ${src})`,
      )
    }
  }
}

export function explain(file: SiteFile): string {
  const data = siteData(file)
  if (!data) return 'not a SiteConfig document\n'
  const out: string[] = []
  for (const { c, cluster } of clustersOf(data)) {
    out.push(`cluster ${String(cluster.clusterName ?? `#${c}`)}`)
    explainOverride(cluster.ignitionConfigOverride, 'discovery', out)
    const nodes = Array.isArray(cluster.nodes) ? cluster.nodes : []
    nodes.forEach((n: Record<string, unknown>, i) => {
      out.push(
        `node ${String(n?.hostName ?? `#${i}`)} (cluster ${String(cluster.clusterName ?? `#${c}`)})`,
      )
      const a = n?.installerArgs
      if (typeof a === 'string') {
        const p = parseInstallerArgs(a)
        out.push(`  installerArgs: ${p.ok ? p.args.join(' ') || '(empty)' : p.message}`)
      }
      explainOverride(n?.ignitionConfigOverride, 'install', out)
    })
  }
  return out.join('\n') + '\n'
}
