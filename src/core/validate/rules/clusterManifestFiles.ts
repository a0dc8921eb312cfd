/** cluster- rules on the extra-manifest directories a cluster names; they run only where the repository can be read (CLI). */
import type { Path } from '../../document/path.ts'
import { asArray, asRecord, clustersOf, where } from '../context.ts'
import type { Check, RuleContext } from '../context.ts'
import { BUILTIN_MANIFESTS } from '../repo.ts'
import type { RepoFiles } from '../repo.ts'
import { quoted, refusal } from './siteFiles.ts'
import {
  clusterManifestBuiltinClash,
  clusterManifestDirMissing,
  clusterManifestFilterName,
} from './cluster.ts'
import { msg } from '../../messages/message.ts'

function manifests(
  ctx: RuleContext,
  repo: RepoFiles,
  cluster: Record<string, unknown>,
  path: Path,
): void {
  const em = asRecord(cluster.extraManifests)
  const search = asArray(em?.searchPaths).filter((p): p is string => typeof p === 'string')
  const dirs: Array<[string, Path]> = search.map((p, i) => [
    p,
    [...path, 'extraManifests', 'searchPaths', i],
  ])
  const legacy =
    typeof cluster.extraManifestPath === 'string' ? cluster.extraManifestPath : undefined
  if (legacy && !search.length) dirs.push([legacy, [...path, 'extraManifestPath']])
  const files = new Set<string>(search.length ? [] : BUILTIN_MANIFESTS)
  let complete = true
  for (const [dir, at] of dirs) {
    const names = repo.list(dir)
    if (!Array.isArray(names)) {
      complete = false
      if (names.refused === 'missing')
        ctx.report(
          clusterManifestDirMissing,
          at,
          msg('{{where}} {{p}}: no such directory next to the SiteConfig', {
            where: where(at),
            p: quoted(dir),
          }),
        )
      else refusal(ctx, names, dir, at)
      continue
    }
    for (const n of names) {
      if (n.startsWith('.')) continue
      if (dir === legacy && BUILTIN_MANIFESTS.has(n))
        ctx.report(
          clusterManifestBuiltinClash,
          at,
          msg('Pre-defined extra-manifest cannot be over written {{n}} (in {{dir}})', { n, dir }),
        )
      files.add(n)
    }
  }
  const filter = asRecord(em?.filter)
  // names can only be judged against a complete list of the collected files
  if (!filter || !dirs.length || !complete) return
  const valid = [...files].sort()
  const shown =
    valid.length > 12
      ? `${valid.slice(0, 12).join(', ')}, … (${valid.length} in all)`
      : valid.join(', ')
  for (const list of ['include', 'exclude'])
    asArray(filter[list]).forEach((n, i) => {
      if (typeof n === 'string' && !files.has(n))
        ctx.report(
          clusterManifestFilterName,
          [...path, 'extraManifests', 'filter', list, i],
          msg('Filename {{n}} under {{list}} array is invalid. Valid files names are: {{shown}}', {
            n,
            list,
            shown,
          }),
        )
    })
}

export const clusterManifestFileRules: Check = (ctx) => {
  const repo = ctx.repo
  if (!repo) return
  for (const { cluster, path } of clustersOf(ctx.data, ctx.model))
    manifests(ctx, repo, cluster, path)
}
