/**
 * `convert`: SiteConfig → ClusterInstance with siteconfig-converter's flags. Without -d the
 * ClusterInstances go to stdout as one YAML stream; with -d, upstream's layout: one file per
 * cluster, extra-manifests/ (per cluster directory when there are several) and the snippet.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { convertSiteConfig } from '../core/convert/convert.ts'
import { conversionFiles } from '../core/convert/layout.ts'
import { EXTRA_MANIFESTS_DIR } from '../core/convert/types.ts'
import type { ConversionResult, ConvertOptions, Note } from '../core/convert/types.ts'
import { readSiteFile } from '../core/document/siteFile.ts'
import { findingText } from '../core/messages/index.ts'
import type { FindingLanguage } from '../core/messages/index.ts'
import type { parseArgs } from './args.ts'
import { CliError, describeError, readInput } from './io.ts'
import type { Stdin } from './io.ts'
import { cliLanguage } from './lang.ts'
import type { Env } from './lang.ts'
import { printable } from './printable.ts'
import { placeOf, repoFiles } from './repoFiles.ts'

type Out = { stdout: (s: string) => void; stderr: (s: string) => void }

function optionsOf(a: ReturnType<typeof parseArgs>, name: string): ConvertOptions {
  const o = a.options
  return {
    ...(o.t !== undefined ? { clusterTemplates: o.t } : {}),
    ...(o.n !== undefined ? { nodeTemplates: o.n } : {}),
    ...(o.m !== undefined ? { extraManifestsRefs: o.m } : {}),
    ...(o.s !== undefined ? { suppressedManifests: o.s } : {}),
    notesAsComments: a.flags.has('w'),
    copyComments: a.flags.has('c'),
    ...(name === '-' ? {} : { fileName: name }),
  }
}

function write(path: string, text: string) {
  try {
    writeFileSync(path, text)
  } catch (e) {
    throw new CliError(`${path}: ${describeError(e)}`)
  }
}

function writeDir(dir: string, r: ConversionResult, out: Out) {
  const dirs = new Set([EXTRA_MANIFESTS_DIR, ...r.manifests.map((m) => m.dir)])
  try {
    for (const d of dirs) mkdirSync(join(dir, d), { recursive: true })
  } catch (e) {
    throw new CliError(`${dir}: ${describeError(e)}`)
  }
  for (const [rel, text] of conversionFiles(r)) {
    write(join(dir, rel), text)
    out.stdout(`wrote ${printable(join(dir, rel))}\n`)
  }
}

export async function cmdConvert(
  a: ReturnType<typeof parseArgs>,
  out: Out,
  seams: { stdin?: Stdin; env?: Env },
): Promise<number> {
  const name = a.positional[0]
  if (!name || a.positional.length > 1) throw new CliError('convert needs one FILE (see --help)')
  const { lang } = cliLanguage(a.options.lang, seams.env ?? process.env)
  const file = readSiteFile(await readInput(name, seams.stdin))
  const bad = file.fatal ?? file.docs.find((d) => d.error)?.error
  if (bad) throw new CliError(`${name}:${bad.line}:${bad.column}: ${bad.message}`)
  const dir = a.options.d
  // the named extra-manifest files are read only for -d, and only inside the repository
  const repo = dir !== undefined && name !== '-' ? repoFiles(placeOf(name)) : undefined
  const r = convertSiteConfig(file, optionsOf(a, name), repo)
  const text = (n: { message: Note['message'] }) => findingText(n.message, lang as FindingLanguage)
  if (r.error) throw new CliError(`${name}: ${text({ message: r.error })}`)
  const shown = (n: Note) => n.severity === 'error' || !a.flags.has('w')
  for (const n of r.notes) out.stderr(`${printable(name)}: ${n.severity}: ${printable(text(n))}\n`)
  for (const c of r.clusters)
    for (const n of c.notes.filter(shown))
      out.stderr(
        `${printable(c.clusterName || `cluster ${c.index}`)}: ${n.severity}: ${printable(text(n))}\n`,
      )
  if (dir !== undefined) writeDir(dir, r, out)
  else out.stdout(r.clusters.map((c) => c.text).join(''))
  const errors = r.clusters.some((c) => c.notes.some((n) => n.severity === 'error'))
  return errors ? 1 : 0
}
