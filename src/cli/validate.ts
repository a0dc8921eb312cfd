/**
 * `validate PATH…`: each site file's own rules, then the rules between all of them (core/fleet).
 * A directory is walked and its files are taken by kind; a file named on the command line is
 * checked whatever it holds (it was named to be checked), unless --sites-only. Walked files are
 * checked on every core (validateWorkers.ts); the output does not depend on how many.
 */
import { realpathSync, statSync } from 'node:fs'
import { isAbsolute, relative, resolve, sep } from 'node:path'
import { checkFleet } from '../core/fleet/crossRules.ts'
import { isKustomization, join as repoJoin } from '../core/fleet/paths.ts'
import type { FleetFinding, KustomizationFacts, SiteFacts } from '../core/fleet/types.ts'
import { SharedCache } from '../core/validate/cache.ts'
import type { Severity } from '../core/validate/diagnostic.ts'
import { validate } from '../core/validate/validate.ts'
import type { parseArgs } from './args.ts'
import { CliError, readInput } from './io.ts'
import type { Stdin } from './io.ts'
import { cliLanguage } from './lang.ts'
import type { Env } from './lang.ts'
import { printable } from './printable.ts'
import { ITEMS_MARKER, writeJson } from './jsonOut.ts'
import { gitTopLevel, repoRootOption } from './repoFiles.ts'
import type { Reported } from './sarif.ts'
import { checkOne, RANK } from './validateOne.ts'
import { findingTexts } from './findings.ts'
import type { Done, Input, Settings } from './validateOne.ts'
import { checkInWorkers, checkShare, threadsFor } from './validateWorkers.ts'
import { isDirectory, walk } from './walk.ts'

type Out = { stdout: (s: string) => void; stderr: (s: string) => void }
export interface ValidateSeams {
  stdin?: Stdin
  validate?: typeof validate
  env?: Env
}

/** the repository every path is relative to: --repo-root, the git top level, else the first directory */
function rootFor(first: string, option: string | undefined): string {
  if (option !== undefined) return repoRootOption(option)
  const dir = isDirectory(first) ? resolve(first) : resolve(first, '..')
  return gitTopLevel(dir) ?? dir
}

function inputs(names: readonly string[], root: string): Input[] {
  const keyOf = (p: string) => {
    const r = relative(root, resolve(p))
    return r.startsWith('..') || r === '' || isAbsolute(r) ? p : r.split(sep).join('/')
  }
  return names.flatMap((name): Input[] => {
    if (name === '-') return [{ shown: '-', key: '-', explicit: true }]
    if (!isDirectory(name)) return [{ shown: name, key: keyOf(name), explicit: true }]
    return walk(name)
      .filter((p) => /\.ya?ml$/i.test(p) || isKustomization(p))
      .map((p) => ({ shown: p, key: keyOf(p), explicit: false }))
  })
}

function settingsOf(a: ReturnType<typeof parseArgs>, seams: ValidateSeams): Settings {
  const release = a.options.release
  if (release !== undefined && !/^4\.\d+$/.test(release))
    throw new CliError(`--release must look like 4.14 (got "${release}")`)
  const min = (a.options.severity ?? 'warning') as Severity
  if (!(min in RANK)) throw new CliError(`--severity must be error, warning or info (got "${min}")`)
  const { lang, explicit } = cliLanguage(a.options.lang, seams.env ?? process.env)
  const repoRoot = a.options['repo-root']
  return {
    ...(release ? { release } : {}),
    lang,
    ids: explicit || lang !== 'en',
    min,
    single: a.flags.has('single-file'),
    sitesOnly: a.flags.has('sites-only'),
    ...(repoRoot !== undefined ? { repoRoot: repoRootOption(repoRoot) } : {}),
  }
}

function jobsOf(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined
  if (!/^\d+$/.test(raw) || Number(raw) < 1 || Number(raw) > 64)
    throw new CliError(`--jobs must be 1 to 64 (got "${raw}")`)
  return Number(raw)
}

export async function cmdValidate(
  a: ReturnType<typeof parseArgs>,
  out: Out,
  seams: ValidateSeams,
): Promise<number> {
  if (a.positional.length === 0)
    throw new CliError('validate needs at least one FILE or DIR (see --help)')
  const s = settingsOf(a, seams)
  const jobs = jobsOf(a.options.jobs)
  const format = a.options.format ?? 'text'
  const root = rootFor(a.positional[0]!, a.options['repo-root'])
  const all = inputs(a.positional, root)
  // the sites of one repository share their pre-cache override: its checks are made once
  const shared = new SharedCache()
  const check = seams.validate ?? validate
  const text = await findingTexts(s.lang)
  // named files (standard input among them) here, in order; walked files on every core
  const walked = all.filter((i) => !i.explicit)
  const threads = seams.validate ? 1 : threadsFor(walked.length, jobs)
  const fromWorkers =
    threads > 1 ? await checkInWorkers(walked, s, threads) : checkShare(walked, s, text, shared)
  const results: Done[] = []
  let w = 0
  for (const i of all) {
    if (!i.explicit) {
      results.push(fromWorkers[w++]!)
      continue
    }
    let source: string | Error
    try {
      source = await readInput(i.shown, seams.stdin)
    } catch (e) {
      source = e as Error
    }
    results.push(checkOne(i, source, s, shared, check, text))
  }

  let errors = false
  let unreadable = false
  const reported: Reported[] = []
  const lines: string[] = []
  const emit = (r: Reported) => {
    if (format === 'text')
      lines.push(
        `${printable(r.file)}:${r.line}:${r.column}: ${r.severity}: ${printable(r.message)} [${r.rule}]\n`,
      )
    else reported.push(r)
  }
  const facts: SiteFacts[] = []
  const kustomizations: KustomizationFacts[] = []
  const shownOf = new Map<string, string>()
  results.forEach((d, n) => {
    errors ||= d.errors
    unreadable ||= d.unreadable
    if (d.problem) out.stderr(d.problem + '\n')
    for (const r of d.reported) emit(r)
    // one write per file: 60,000 findings written line by line cost a second
    if (lines.length) out.stdout(lines.splice(0).join(''))
    if (d.facts) facts.push(d.facts)
    if (d.kustomization) kustomizations.push(d.kustomization)
    if (d.facts || d.kustomization) shownOf.set(all[n]!.key, all[n]!.shown)
  })

  if (!s.single) {
    for (const f of checkFleet({ sites: facts, kustomizations, exists: existsUnder(root) })) {
      if (f.severity === 'error') errors = true
      if (RANK[f.severity] < RANK[s.min]) continue
      emitFleet(f, text(f))
    }
    if (lines.length) out.stdout(lines.splice(0).join(''))
  }

  function emitFleet(f: FleetFinding, message: string) {
    const places = f.places.map((p) => ({ ...p, file: shownOf.get(p.file) ?? p.file }))
    // text: one line per place, so each file's lines can be found by its name
    if (format === 'text')
      for (const p of places)
        emit({
          file: p.file,
          line: p.line,
          column: p.column,
          severity: f.severity,
          rule: f.rule,
          message,
          path: p.path,
        })
    else
      emit({
        ...places[0]!,
        severity: f.severity,
        rule: f.rule,
        message,
        ...(s.ids ? { messageId: f.messageId, params: f.params } : {}),
        related: places
          .slice(1)
          .map((p) => ({ file: p.file, line: p.line, column: p.column, path: p.path })),
      })
  }

  if (format === 'json') writeJson([ITEMS_MARKER], reported, out.stdout)
  else if (format === 'sarif') {
    const { sarifLog, sarifResult, sarifRules } = await import('./sarif.ts')
    writeJson(
      sarifLog(reported, root, s.lang),
      reported,
      out.stdout,
      sarifResult(root, sarifRules(reported)),
    )
  }
  return unreadable ? 2 : errors ? 1 : 0
}

/** what a kustomization entry names, looked up only inside the repository (links included) */
function existsUnder(root: string) {
  const realRoot = realpathSync(root)
  return (p: string): 'file' | 'dir' | undefined => {
    if (repoJoin('', p) === undefined) return undefined
    try {
      const real = realpathSync(resolve(root, p))
      const r = relative(realRoot, real)
      if (r.startsWith('..') || isAbsolute(r)) return undefined
      const st = statSync(real)
      return st.isDirectory() ? 'dir' : st.isFile() ? 'file' : undefined
    } catch {
      return undefined
    }
  }
}
