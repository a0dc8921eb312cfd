/** Runs every rule over a file and attaches line:column to each finding. */
import { PathIndex } from './pathIndex.ts'
import type { SiteFile } from '../document/siteFile.ts'
import { siteData } from '../document/siteFile.ts'
import { modelOf, readAs } from '../site/siteModel.ts'
import { SEVERITY_ORDER, idOf } from './diagnostic.ts'
import { msg } from '../messages/message.ts'
import type { Diagnostic, Finding } from './diagnostic.ts'
import { collector } from './collect.ts'
import { ValidationCache } from './cache.ts'
import type { SharedCache } from './cache.ts'
import { copiesIn } from './embedded.ts'
import { argsRules } from './rules/argsInstaller.ts'
import { moreRules } from './rules/argsValues.ts'
import { bmcRules } from './rules/bmcAddress.ts'
import { clusterRules } from './rules/clusterFields.ts'
import { nodeLayoutRules } from './rules/nodeLayout.ts'
import { ignitionRules } from './rules/ignOverride.ts'
import { ciKeyRules, ciStringMapRules, keyRules } from './rules/yamlKeys.ts'
import { siteSshKeyRule } from './rules/siteSshKey.ts'
import { networkRules } from './rules/networkCidr.ts'
import { clusterValueRules } from './rules/clusterValues.ts'
import { nodeRules } from './rules/nodeValues.ts'
import { macRules } from './rules/networkMac.ts'
import { crRules } from './rules/siteCrs.ts'
import { siteInfoRule } from './rules/siteInfo.ts'
import { clusterInfoRule } from './rules/clusterInfo.ts'
import { nodeInfoRule } from './rules/nodeInfo.ts'
import { nmstateRules } from './rules/networkNmstate.ts'
import { releaseRule } from './rules/siteRelease.ts'
import { siteFileRules } from './rules/siteFiles.ts'
import { clusterManifestFileRules } from './rules/clusterManifestFiles.ts'
import type { RepoFiles } from './repo.ts'
import {
  siteHeaderRule,
  siteImageSetRule,
  siteRequiredRule,
  siteShapeRule,
} from './rules/siteRequired.ts'
import { clusterMasterRule, clusterNameRule } from './rules/clusterRequired.ts'
import { yamlDocumentRule, yamlShapeRule } from './rules/yamlShape.ts'
import { yaml11BooleanRules, yaml11Rules } from './rulesYaml11.ts'
import { proxyRules } from './rules/networkProxy.ts'
import type { Check, RuleContext } from './context.ts'
import { siteKind } from './rules/site.ts'
import { clusterTopologyRule } from './rules/clusterTopology.ts'
import { ignQuoteRule } from './rules/ignQuote.ts'
import { ciFieldRules } from './rules/ciFields.ts'
import { ciTemplateRules } from './rules/ciTemplates.ts'
import { ciInstallRules } from './rules/ciInstall.ts'
import { ciKindRules } from './rules/siteCiKinds.ts'
import { yamlParse } from './rules/yaml.ts'

/** the ClusterInstance-only checks (the last to report) */
const CI_CHECKS: Check[] = [
  ciFieldRules,
  clusterTopologyRule,
  ciTemplateRules,
  ignQuoteRule,
  ciInstallRules,
  ciStringMapRules,
  ciKindRules,
  ciKeyRules,
]

/** the checks, in the order they report (findings sort stably by place) */
export const CHECKS: Check[] = [
  siteHeaderRule,
  yamlDocumentRule,
  siteShapeRule,
  yamlShapeRule,
  siteRequiredRule,
  clusterNameRule,
  siteImageSetRule,
  clusterMasterRule,
  ignitionRules,
  argsRules,
  networkRules,
  nmstateRules,
  clusterValueRules,
  nodeRules,
  macRules,
  keyRules,
  siteSshKeyRule,
  bmcRules,
  clusterRules,
  nodeLayoutRules,
  moreRules,
  proxyRules,
  yaml11BooleanRules,
  crRules,
  siteInfoRule,
  clusterInfoRule,
  nodeInfoRule,
  releaseRule,
  siteFileRules,
  clusterManifestFileRules,
  yaml11Rules,
  ...CI_CHECKS,
]

/**
 * Checks whose rules are all SiteConfig-only, skipped on a ClusterInstance; keyRules walks the
 * SiteConfig field table (ciKeyRules walks the ClusterInstance one).
 */
const SC_ONLY: ReadonlySet<Check> = new Set([
  keyRules,
  releaseRule,
  siteFileRules,
  clusterManifestFileRules,
])

/** Checks of ClusterInstance-only rules, skipped on a SiteConfig. */
const CI_ONLY: ReadonlySet<Check> = new Set(CI_CHECKS)

export interface ValidateOptions {
  /** target ztp-site-generate release, e.g. "4.14": enables release-dependent findings */
  release?: string
  /** the repository around the file: crTemplates, biosConfigRef and manifest directories */
  repo?: RepoFiles
  /** content-keyed results kept across the files of one repository run (cache.ts) */
  shared?: SharedCache
  /** the file's positions, when the caller locates paths in it too (the fleet's facts) */
  positions?: PathIndex
}

export function validate(file: SiteFile, options: ValidateOptions = {}): Diagnostic[] {
  const syntax = file.fatal ?? file.docs.find((d) => d.error)?.error
  if (syntax) {
    return [
      {
        rule: yamlParse.id,
        severity: yamlParse.severity,
        message: syntax.message,
        path: [],
        line: syntax.line,
        column: syntax.column,
      },
    ]
  }
  const data = siteData(file)
  if (!data) {
    const m =
      file.docs.length === 0
        ? msg('the file is empty: a SiteConfig needs apiVersion, kind, metadata and spec')
        : msg('not a SiteConfig: the document is not a mapping with apiVersion and kind')
    return [
      {
        rule: siteKind.id,
        severity: siteKind.severity,
        message: m.text,
        ...idOf(m),
        path: [],
        line: file.docs.length ? 1 : 0,
        column: file.docs.length ? 1 : 0,
      },
    ]
  }
  // a document that is neither kind is read by its API group, else as a SiteConfig (its header
  // rules say what is wrong)
  const kind = readAs(data)
  const model = modelOf(data)
  const found = collector(model)
  const pos = options.positions?.file === file ? options.positions : new PathIndex(file)
  const cache = new ValidationCache(
    options.shared && { cache: options.shared, scope: `${kind}\0${options.release ?? ''}` },
  )
  const copies = copiesIn(pos, cache)
  const ctx: RuleContext = {
    file,
    data,
    kind,
    model,
    ...(options.release ? { release: options.release } : {}),
    ...(options.repo ? { repo: options.repo } : {}),
    cache,
    report: (rule, path, message, at, fix) => {
      // a SiteConfig runs no CI_ONLY check, and every other rule applies to it: one comparison
      if (kind !== 'SiteConfig' && !rule.kinds.includes(kind)) return
      const offset = typeof at === 'object' ? at.resolve() : at
      const { id, severity } = rule
      const f: Finding =
        typeof message === 'string'
          ? { rule: id, severity, path, message, offset }
          : { rule: id, severity, path, message: message.text, offset, ...idOf(message) }
      if (fix) f.fix = fix
      found.add(f)
    },
    embedded: copies.embedded,
    copyOf: copies.copyOf,
    contentOf: copies.contentOf,
    source: (path) => {
      const r = pos.range(path)
      return r?.exact ? file.text.slice(r.start, r.end) : undefined
    },
  }
  const skip = kind === 'SiteConfig' ? CI_ONLY : SC_ONLY
  for (const check of CHECKS) if (!skip.has(check)) check(ctx)
  const at = (offset: number) => pos.lineCol(offset)
  return found
    .findings()
    .map((f): Diagnostic => {
      const r = f.offset === undefined ? pos.range(f.path) : undefined
      const start = f.offset ?? r?.start
      const lc = start === undefined ? { line: 1, column: 1 } : at(start)
      // each finding is this validation's own object: completed in place, not copied by spreads
      // (6,800 of them; the keys keep their order: the finding's, then line, column, end)
      const d = f as Diagnostic
      d.line = lc.line
      d.column = lc.column
      if (r) {
        const end = at(r.end)
        d.endLine = end.line
        d.endColumn = end.column
      }
      return d
    })
    .sort(
      (a, b) =>
        a.line - b.line ||
        a.column - b.column ||
        SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity],
    )
}
