/** The `siteconfig-studio` command: the same core the editor uses, for scripts and CI. */
import { writeFileSync } from 'node:fs'
import { EditError, setIn } from '../core/document/edit.ts'
import { parsePath } from '../core/document/path.ts'
import { readSiteFile, siteData } from '../core/document/siteFile.ts'
import type { SiteFile } from '../core/document/siteFile.ts'
import { enablePrecache } from '../core/precache/precacheCommands.ts'
import type { Severity } from '../core/validate/diagnostic.ts'
import { validate } from '../core/validate/validate.ts'
import { explain } from './explain.ts'
import { CliError, readInput, repoAround } from './io.ts'
import { HELP, parseArgs } from './args.ts'

type Out = { stdout: (s: string) => void; stderr: (s: string) => void }
const std: Out = { stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s) }

function load(name: string): SiteFile {
  const file = readSiteFile(readInput(name))
  const bad = file.fatal ?? file.docs.find((d) => d.error)?.error
  if (bad) throw new CliError(`${name}:${bad.line}:${bad.column}: ${bad.message}`)
  if (!siteData(file))
    throw new CliError(`${name}: not a SiteConfig (no YAML mapping with apiVersion and kind)`)
  return file
}

function parseValue(raw: string): unknown {
  try {
    return JSON.parse(raw)
  } catch {
    return raw
  }
}

function cmdSet(a: ReturnType<typeof parseArgs>, out: Out): number {
  const [name, ...assigns] = a.positional
  if (!name || assigns.length === 0)
    throw new CliError('set needs FILE and at least one PATH=VALUE (see --help)')
  let file = load(name)
  for (const as of assigns) {
    const eq = as.indexOf('=')
    if (eq <= 0) throw new CliError(`"${as}" is not PATH=VALUE`)
    file = setIn(file, parsePath(as.slice(0, eq)), parseValue(as.slice(eq + 1)))
  }
  if (a.flags.has('in-place')) {
    if (name === '-') throw new CliError('--in-place needs a file, not stdin')
    writeFileSync(name, file.text)
  } else out.stdout(file.text)
  return 0
}

// infos (deprecations, defaults) are for the editor; CI output starts at warnings unless asked
const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 }

function cmdValidate(a: ReturnType<typeof parseArgs>, out: Out): number {
  if (a.positional.length === 0) throw new CliError('validate needs at least one FILE (see --help)')
  const release = a.options.release
  if (release !== undefined && !/^4\.\d+$/.test(release))
    throw new CliError(`--release must look like 4.14 (got "${release}")`)
  const min = a.options.severity ?? 'warning'
  if (!(min in RANK)) throw new CliError(`--severity must be error, warning or info (got "${min}")`)
  let errors = false
  let unreadable = false
  const json: unknown[] = []
  for (const name of a.positional) {
    let text: string
    try {
      text = readInput(name)
    } catch (e) {
      if (!(e instanceof CliError)) throw e
      out.stderr(e.message + '\n')
      unreadable = true
      continue
    }
    const file = readSiteFile(text)
    const syntax = file.fatal ?? file.docs.find((d) => d.error)?.error
    if (syntax) unreadable = true
    const repo = a.flags.has('single-file') ? undefined : repoAround(name)
    for (const d of validate(file, {
      ...(release ? { release } : {}),
      ...(repo ? { repo } : {}),
    })) {
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
          message: d.message,
          path,
        })
      else out.stdout(`${name}:${d.line}:${d.column}: ${d.severity}: ${d.message} [${d.rule}]\n`)
    }
  }
  if (a.options.format === 'json') out.stdout(JSON.stringify(json, null, 2) + '\n')
  return unreadable ? 2 : errors ? 1 : 0
}

export async function main(argv: string[], out: Out = std): Promise<number> {
  try {
    const a = parseArgs(argv)
    if (!a.command || a.command === 'help') {
      out.stdout(HELP.main)
      return a.command ? 0 : a.flags.has('help') ? 0 : 2
    }
    const help = HELP[a.command as keyof typeof HELP]
    if (!help)
      throw new CliError(
        `unknown command "${a.command}" (commands: fmt, set, explain, precache, validate)`,
      )
    if (a.flags.has('help')) return (out.stdout(help), 0)
    const first = a.positional[0]
    switch (a.command) {
      case 'fmt':
        if (!first) throw new CliError('fmt needs a FILE')
        out.stdout(load(first).text)
        return 0
      case 'set':
        return cmdSet(a, out)
      case 'explain':
        if (!first) throw new CliError('explain needs a FILE')
        out.stdout(explain(load(first)))
        return 0
      case 'precache': {
        if (!first) throw new CliError('precache needs a FILE')
        const file = load(first)
        const clusters =
          (siteData(file)?.spec as { clusters?: Array<{ clusterName?: string }> })?.clusters ?? []
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
        return cmdValidate(a, out)
    }
    return 2
  } catch (e) {
    if (e instanceof CliError) return (out.stderr(`siteconfig-studio: ${e.message}\n`), e.code)
    if (e instanceof EditError || e instanceof Error)
      return (out.stderr(`siteconfig-studio: ${e.message}\n`), 2)
    out.stderr(`siteconfig-studio: ${String(e)}\n`)
    return 2
  }
}
