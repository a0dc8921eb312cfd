/**
 * SARIF 2.1.0 for code-scanning uploads: one run, the rules that reported (from the registry,
 * with their titles and levels), one result per finding with its place and, for a finding
 * between files, the other places as relatedLocations. URIs are relative to %SRCROOT% (the
 * repository), so the upload links each result to the file in the repository.
 */
import { relative, resolve, sep } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { FindingLanguage } from '../core/messages/index.ts'
import { ruleTitlesKo } from '../core/messages/ko/titles.ts'
import type { Params } from '../core/messages/message.ts'
import type { Severity } from '../core/validate/diagnostic.ts'
import { RULE_BY_ID } from '../core/validate/rules/all.ts'
import { ITEMS_MARKER } from './jsonOut.ts'
import { VERSION } from './version.ts'

/** one finding as the CLI prints it (JSON output is an array of these) */
export interface Reported {
  file: string
  line: number
  column: number
  severity: Severity
  rule: string
  message: string
  path: string
  messageId?: string
  params?: Params
  related?: Array<{ file: string; line: number; column: number; path: string }>
}

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
}

function location(root: string, file: string, line: number, column: number) {
  const rel = relative(root, resolve(file))
  const inside = !rel.startsWith('..') && !rel.startsWith(sep)
  return {
    physicalLocation: {
      artifactLocation:
        file === '-'
          ? { uri: 'stdin' }
          : inside
            ? { uri: encodeURI(rel.split(sep).join('/')), uriBaseId: '%SRCROOT%' }
            : { uri: pathToFileURL(resolve(file)).href },
      // a finding with no place in the text (line 0) names the file only
      ...(line > 0 ? { region: { startLine: line, startColumn: Math.max(1, column) } } : {}),
    },
  }
}

/** the log with ITEMS_MARKER where its results go (written one by one: jsonOut.ts) */
export function sarifLog(results: readonly Reported[], root: string, lang: FindingLanguage) {
  const ids = sarifRules(results)
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'siteconfig-studio',
            version: VERSION,
            rules: ids.map((id) => {
              const r = RULE_BY_ID.get(id)
              const title = (lang === 'ko' ? ruleTitlesKo[id] : undefined) ?? r?.title ?? id
              return {
                id,
                shortDescription: { text: title },
                ...(r ? { defaultConfiguration: { level: LEVEL[r.severity] } } : {}),
              }
            }),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(root + sep).href } },
        results: [ITEMS_MARKER],
      },
    ],
  }
}

/** one SARIF result; `rules` is the log's rule list (a result names its rule's index in it) */
export function sarifResult(root: string, rules: readonly string[]) {
  const index = new Map(rules.map((id, i) => [id, i]))
  return (r: Reported) => ({
    ruleId: r.rule,
    ruleIndex: index.get(r.rule)!,
    level: LEVEL[r.severity],
    message: { text: r.message },
    locations: [location(root, r.file, r.line, r.column)],
    ...(r.related?.length
      ? {
          relatedLocations: r.related.map((p, i) => ({
            id: i + 1,
            ...location(root, p.file, p.line, p.column),
            message: { text: `${p.file}:${p.line}` },
          })),
        }
      : {}),
    ...(r.path ? { properties: { path: r.path } } : {}),
  })
}

/** the rule ids a log lists, in its order */
export const sarifRules = (results: readonly Reported[]): string[] =>
  [...new Set(results.map((r) => r.rule))].sort()
