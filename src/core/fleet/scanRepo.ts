/**
 * A whole repository held in memory (the app after Open folder, the tests): every file's role,
 * each site file's report, the kustomizations, and the findings between them. The CLI walks the
 * disk instead but calls the same pieces.
 */
import { SharedCache } from '../validate/cache.ts'
import { checkFleet } from './crossRules.ts'
import { checkSite } from './fleet.ts'
import { roleOf } from './role.ts'
import type { SiteReport } from './fleet.ts'
import { readKustomization } from './kustomize.ts'
import { directories, existsIn, memoryRepo } from './memoryRepo.ts'
import { dirOf } from './paths.ts'
import type { FleetFinding, KustomizationFacts } from './types.ts'

export interface RepoScan {
  sites: SiteReport[]
  kustomizations: KustomizationFacts[]
  findings: FleetFinding[]
}

export function scanRepo(
  files: ReadonlyMap<string, string>,
  options: { release?: string } = {},
): RepoScan {
  const dirs = directories(files.keys())
  const tree = { has: (p: string) => files.has(p), text: (p: string) => files.get(p) }
  const sites: SiteReport[] = []
  const kustomizations: KustomizationFacts[] = []
  const shared = new SharedCache()
  for (const [path, text] of files) {
    const role = roleOf(path, text)
    if (role === 'kustomization') kustomizations.push(readKustomization(path, text))
    else if (role === 'site')
      sites.push(
        checkSite(path, text, { ...options, shared, repo: memoryRepo(tree, dirs, dirOf(path)) }),
      )
  }
  const findings = checkFleet({
    sites: sites.flatMap((s) => (s.facts ? [s.facts] : [])),
    kustomizations,
    exists: existsIn(files, dirs),
  })
  return { sites, kustomizations, findings }
}
