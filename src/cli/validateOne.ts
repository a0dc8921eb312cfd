/**
 * One input of `validate`: read, taken by role (site file, kustomization, neither), checked, its
 * findings in the chosen language. Runs in the main thread or in a worker (validateWorkers.ts):
 * everything in and out is plain data.
 */
import { decodeBytes } from '../core/document/decode.ts'
import { readSiteFile } from '../core/document/siteFile.ts'
import { siteFacts } from '../core/fleet/facts.ts'
import { roleOf } from '../core/fleet/role.ts'
import { readKustomization } from '../core/fleet/kustomize.ts'
import { isKustomization } from '../core/fleet/paths.ts'
import type { KustomizationFacts, SiteFacts } from '../core/fleet/types.ts'
import type { FindingLanguage } from '../core/messages/index.ts'
import type { SharedCache } from '../core/validate/cache.ts'
import { PathIndex } from '../core/validate/pathIndex.ts'
import type { Severity } from '../core/validate/diagnostic.ts'
import type { validate } from '../core/validate/validate.ts'
import { CliError, messageOf, readRegular, ReadRefused } from './io.ts'
import { printable } from './printable.ts'
import { placeOf, repoFiles } from './repoFiles.ts'
import type { Reported } from './sarif.ts'
import type { FindingText } from './findings.ts'

export interface Input {
  /** as the user named it, or the walked path */
  shown: string
  /** repository-relative (POSIX), the name the fleet rules use; `shown` when outside */
  key: string
  explicit: boolean
}

export interface Settings {
  release?: string
  lang: FindingLanguage
  /** JSON output carries messageId and params */
  ids: boolean
  min: Severity
  single: boolean
  sitesOnly: boolean
  /** --repo-root: the repository the files a site names must lie in (else each file's git top) */
  repoRoot?: string
}

export interface Done {
  reported: Reported[]
  /** an error was found (shown or not: --severity filters what is printed, not the exit code) */
  errors: boolean
  unreadable: boolean
  /** what goes to standard error */
  problem?: string
  facts?: SiteFacts
  kustomization?: KustomizationFacts
}

export const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 }

/** a walked file: read without following a link, refused when over the cap or not text */
export function readWalked(path: string): string {
  let buf
  try {
    buf = readRegular(path, true)
  } catch (e) {
    if (e instanceof ReadRefused) throw new CliError(`${path}: ${e.message}`)
    throw e
  }
  const d = decodeBytes(buf)
  if ('error' in d) throw new CliError(`${path}: ${d.error}`)
  return d.text
}

export function checkOne(
  input: Input,
  source: string | Error,
  s: Settings,
  shared: SharedCache,
  check: typeof validate,
  text: FindingText,
): Done {
  const done: Done = { reported: [], errors: false, unreadable: false }
  if (source instanceof Error) {
    done.unreadable = true
    done.problem = printable(
      source instanceof CliError ? source.message : `${input.shown}: ${messageOf(source)}`,
    )
    return done
  }
  const role =
    input.explicit && !s.sitesOnly
      ? isKustomization(input.shown)
        ? 'kustomization'
        : 'site'
      : roleOf(input.key, source)
  if (role === 'kustomization') done.kustomization = readKustomization(input.key, source)
  if (role !== 'site') return done
  try {
    const file = readSiteFile(source)
    if (file.fatal ?? file.docs.find((d) => d.error)) done.unreadable = true
    const repo =
      s.single || input.shown === '-' ? undefined : repoFiles(placeOf(input.shown, s.repoRoot))
    const positions = new PathIndex(file)
    const found = check(file, {
      positions,
      ...(s.release ? { release: s.release } : {}),
      ...(repo ? { repo } : {}),
      shared,
    })
    for (const d of found) {
      if (d.severity === 'error') done.errors = true
      if (RANK[d.severity] < RANK[s.min]) continue
      done.reported.push({
        file: input.shown,
        line: d.line,
        column: d.column,
        severity: d.severity,
        rule: d.rule,
        message: text(d),
        path: d.path.join('.'),
        ...(s.ids && d.messageId !== undefined ? { messageId: d.messageId, params: d.params } : {}),
      })
    }
    const f = input.shown === '-' ? undefined : siteFacts(input.key, file, positions)
    if (f) done.facts = f
  } catch (e) {
    // one file's failure is that file's answer; the others are still checked
    done.unreadable = true
    done.problem = printable(`${input.shown}: validation failed: ${messageOf(e)}`)
  }
  return done
}
