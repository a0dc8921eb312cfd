/** The `siteconfig-studio` command: the same core the editor uses, for scripts and CI. */
import { writeFileSync } from 'node:fs'
import '../core/commands/documentCommands.ts'
import { findCommand } from '../core/commands/registry.ts'
import { parsePath } from '../core/document/path.ts'
import { fileModel, readSiteFile, siteData } from '../core/document/siteFile.ts'
import type { SiteFile } from '../core/document/siteFile.ts'
import { enablePrecache } from '../core/precache/precacheCommands.ts'
import type { Diagnostic, Severity } from '../core/validate/diagnostic.ts'
import { validate } from '../core/validate/validate.ts'
import { findingText } from '../core/messages/index.ts'
import { cliLanguage } from './lang.ts'
import type { Env } from './lang.ts'
import { explain } from './explain.ts'
import { cmdConvert } from './convert.ts'
import { cmdRender } from './render.ts'
import { loadSite } from './load.ts'
import { CliError, readInput } from './io.ts'
import type { Stdin } from './io.ts'
import { HELP, parseArgs } from './args.ts'
import { printable, printableJson } from './printable.ts'
import { placeOf, repoFiles, repoRootOption } from './repoFiles.ts'

type Out = { stdout: (s: string) => void; stderr: (s: string) => void }
const std: Out = { stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s) }

/** What tests may replace: standard input, and the validator (to prove a throw is contained). */
export interface Seams {
  stdin?: Stdin
  validate?: typeof validate
  /** the locale variables (LANG …); process.env unless a test gives its own */
  env?: Env
}

const load = (name: string, seams: Seams): Promise<SiteFile> => loadSite(name, seams.stdin)

const messageOf = (e: unknown) => {
  // the first line only: a message that carries a stack or a file's lines stays one line
  const m = (e instanceof Error ? e.message : String(e)).split('\n')[0] as string
  return m.length > 200 ? m.slice(0, 200) + '…' : m
}

function parseValue(raw: string): unknown {
  try {
    return JSON.parse(raw)
  } catch {
    return raw
  }
}

/** `set` runs the editor's own field command: the same pure perform the form's typing runs. */
function setField(file: SiteFile, path: string, value: unknown): SiteFile {
  const r = findCommand('field.set')!.perform(file, { path: parsePath(path), value })
  if ('error' in r) throw new Error(r.error)
  return 'selection' in r ? r.file : r
}

async function cmdSet(a: ReturnType<typeof parseArgs>, out: Out, seams: Seams): Promise<number> {
  const [name, ...assigns] = a.positional
  if (!name || assigns.length === 0)
    throw new CliError('set needs FILE and at least one PATH=VALUE (see --help)')
  let file = await load(name, seams)
  for (const as of assigns) {
    const eq = as.indexOf('=')
    if (eq <= 0) throw new CliError(`"${as}" is not PATH=VALUE`)
    file = setField(file, as.slice(0, eq), parseValue(as.slice(eq + 1)))
  }
  if (a.flags.has('in-place')) {
    if (name === '-') throw new CliError('--in-place needs a file, not stdin')
    writeFileSync(name, file.text)
  } else out.stdout(file.text)
  return 0
}

// infos (deprecations, defaults) are for the editor; CI output starts at warnings unless asked
const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 }

async function cmdValidate(
  a: ReturnType<typeof parseArgs>,
  out: Out,
  seams: Seams,
): Promise<number> {
  if (a.positional.length === 0) throw new CliError('validate needs at least one FILE (see --help)')
  const release = a.options.release
  if (release !== undefined && !/^4\.\d+$/.test(release))
    throw new CliError(`--release must look like 4.14 (got "${release}")`)
  const min = a.options.severity ?? 'warning'
  if (!(min in RANK)) throw new CliError(`--severity must be error, warning or info (got "${min}")`)
  const { lang, explicit } = cliLanguage(a.options.lang, seams.env ?? process.env)
  // the English message is the id's rendering: only another language needs the formatter
  const text = (d: Diagnostic) =>
    lang === 'en' || d.messageId === undefined
      ? d.message
      : findingText({ id: d.messageId, params: d.params ?? {} }, lang)
  const ids = explicit || lang !== 'en'
  let errors = false
  let unreadable = false
  const json: unknown[] = []
  const check = seams.validate ?? validate
  const rootOption = a.options['repo-root']
  const root = rootOption === undefined ? undefined : repoRootOption(rootOption)
  for (const name of a.positional) {
    const shownName = printable(name)
    let findings
    try {
      const file = readSiteFile(await readInput(name, seams.stdin))
      if (file.fatal ?? file.docs.find((d) => d.error)) unreadable = true
      const repo =
        a.flags.has('single-file') || name === '-' ? undefined : repoFiles(placeOf(name, root))
      findings = check(file, { ...(release ? { release } : {}), ...(repo ? { repo } : {}) })
    } catch (e) {
      // one file's failure is that file's answer; the others are still checked
      unreadable = true
      const why = e instanceof CliError ? e.message : `${name}: validation failed: ${messageOf(e)}`
      out.stderr(printable(why) + '\n')
      continue
    }
    for (const d of findings) {
      if (d.severity === 'error') errors = true
      if (RANK[d.severity] < RANK[min as Severity]) continue
      const path = d.path.join('.')
      if (a.options.format === 'json')
        json.push({
          file: name,
          line: d.line,
          column: d.column,
          severity: d.severity,
          rule: d.rule,
          message: text(d),
          ...(ids && d.messageId !== undefined ? { messageId: d.messageId, params: d.params } : {}),
          path,
        })
      else
        out.stdout(
          `${shownName}:${d.line}:${d.column}: ${d.severity}: ${printable(text(d))} [${d.rule}]\n`,
        )
    }
  }
  if (a.options.format === 'json') out.stdout(printableJson(JSON.stringify(json, null, 2)) + '\n')
  return unreadable ? 2 : errors ? 1 : 0
}

export async function main(argv: string[], out: Out = std, seams: Seams = {}): Promise<number> {
  try {
    const a = parseArgs(argv)
    if (!a.command || a.command === 'help') {
      out.stdout(HELP.main)
      return a.command ? 0 : a.flags.has('help') ? 0 : 2
    }
    const help = HELP[a.command as keyof typeof HELP]
    if (!help)
      throw new CliError(
        `unknown command "${a.command}" (commands: fmt, set, explain, precache, validate, convert, render)`,
      )
    if (a.flags.has('help')) return (out.stdout(help), 0)
    const first = a.positional[0]
    switch (a.command) {
      case 'fmt':
        if (!first) throw new CliError('fmt needs a FILE')
        out.stdout((await load(first, seams)).text)
        return 0
      case 'set':
        return await cmdSet(a, out, seams)
      case 'explain':
        if (!first) throw new CliError('explain needs a FILE')
        out.stdout(explain(await load(first, seams), { redact: a.flags.has('redact') }))
        return 0
      case 'precache': {
        if (!first) throw new CliError('precache needs a FILE')
        const file = await load(first, seams)
        const clusters = fileModel(file).clusterList(siteData(file)) as Array<{
          clusterName?: string
        } | null>
        const want = a.options.cluster
        const targets = clusters
          .map((c, i) => ({ c, i }))
          .filter(({ c }) => want === undefined || c?.clusterName === want)
        if (targets.length === 0)
          throw new CliError(want ? `no cluster named "${want}"` : 'the file has no clusters')
        const v = a.options['ignition-version']
        if (v !== undefined && v !== '3.1.0' && v !== '3.2.0')
          throw new CliError('--ignition-version must be 3.1.0 or 3.2.0')
        let f = file
        for (const { i } of targets)
          f = enablePrecache(
            f,
            { cluster: i },
            {
              ...(a.options.label ? { label: a.options.label } : {}),
              ...(v ? { ignitionVersion: v } : {}),
            },
          )
        out.stdout(f.text)
        return 0
      }
      case 'validate':
        return await cmdValidate(a, out, seams)
      case 'convert':
        return await cmdConvert(a, out, seams)
      case 'render':
        return await cmdRender(a, out, seams)
    }
    return 2
  } catch (e) {
    // a message, never a stack trace; whatever came from a file is escaped
    out.stderr(
      `siteconfig-studio: ${printable(e instanceof CliError ? e.message : messageOf(e))}\n`,
    )
    return e instanceof CliError ? e.code : 2
  }
}
