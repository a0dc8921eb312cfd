/**
 * `render`: the resources the hub creates from a SiteConfig (the generator) or a ClusterInstance
 * (the default templates), as one YAML stream; `--diff BASE` prints what changes between two files.
 */
import type { SiteFile } from '../core/document/siteFile.ts'
import { findingText } from '../core/messages/index.ts'
import type { FindingLanguage, Message } from '../core/messages/index.ts'
import { diffResources } from '../core/render/diff.ts'
import type { ResourceChange } from '../core/render/diff.ts'
import { displayText } from '../core/render/display.ts'
import { renderFile } from '../core/render/render.ts'
import type { AcmVersion, RenderOptions, RenderResult } from '../core/render/types.ts'
import { formatPath } from '../core/document/path.ts'
import type { parseArgs } from './args.ts'
import { CliError } from './io.ts'
import { loadSite } from './load.ts'
import type { Stdin } from './io.ts'
import { cliLanguage } from './lang.ts'
import type { Env } from './lang.ts'
import { printable } from './printable.ts'
import { placeOf, repoFiles } from './repoFiles.ts'

type Out = { stdout: (s: string) => void; stderr: (s: string) => void }

function rendered(file: SiteFile, name: string, options: RenderOptions): RenderResult {
  const r = renderFile(file, options)
  if (!r) throw new CliError(`${name}: not a SiteConfig or ClusterInstance`)
  return r
}

function changeLines(changes: ResourceChange[], text: (m: Message) => string): string {
  return changes
    .map((c) => {
      const head = `${c.kind} ${c.name}: ${c.change}`
      const fields = c.fields.map((f) => `  ${formatPath(f.path)} ${f.change}`)
      const why = c.consequences.map((m) => `  — ${text(m)}`)
      return [head, ...fields, ...why].join('\n')
    })
    .join('\n')
}

export async function cmdRender(
  a: ReturnType<typeof parseArgs>,
  out: Out,
  seams: { stdin?: Stdin; env?: Env },
): Promise<number> {
  const name = a.positional[0]
  if (!name || a.positional.length > 1) throw new CliError('render needs one FILE (see --help)')
  const acm = a.options.acm
  if (acm !== undefined && acm !== '2.13' && acm !== '2.14')
    throw new CliError('--acm must be 2.13 or 2.14')
  const { lang } = cliLanguage(a.options.lang, seams.env ?? process.env)
  const text = (m: Message) => printable(findingText(m, lang as FindingLanguage))
  const dir = a.options['extra-manifests']
  const options = (file: string): RenderOptions => ({
    ...(acm ? { acm: acm as AcmVersion } : {}),
    ...(file !== '-' ? { repo: repoFiles(placeOf(file)) } : {}),
    ...(dir !== undefined ? { builtin: repoFiles(placeOf(`${dir}/.`, dir)) } : {}),
  })
  const r = rendered(await loadSite(name, seams.stdin), name, options(name))
  for (const n of r.notes) out.stderr(`${printable(name)}: ${n.severity}: ${text(n.message)}\n`)
  const base = a.options.diff
  if (base !== undefined) {
    const b = rendered(await loadSite(base, seams.stdin), base, options(base))
    const changes = diffResources(b, r)
    out.stdout(changes.length ? changeLines(changes, text) + '\n' : '')
    return r.failed ? 1 : 0
  }
  out.stdout(displayText(r.resources).text)
  return r.failed ? 1 : 0
}
