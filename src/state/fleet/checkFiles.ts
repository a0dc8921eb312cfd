/**
 * The per-file half of a repository check, as a worker runs it (and the tests, in-thread): each
 * site file's row, its named files looked up in the opened folder, one shared cache for all.
 */
import { checkSite, rowOf } from '../../core/fleet/fleet.ts'
import type { SiteRow } from '../../core/fleet/fleet.ts'
import { directories, memoryRepo } from '../../core/fleet/memoryRepo.ts'
import { dirOf } from '../../core/fleet/paths.ts'
import { SharedCache } from '../../core/validate/cache.ts'

export interface CheckRequest {
  id: number
  /** the site files to check: path and text */
  files: Array<[string, string]>
  /** every path of the folder, and the texts of the files a site may name (manifests, templates) */
  paths: string[]
  texts: Array<[string, string]>
  release: string
}

export type CheckAnswer =
  { id: number; rows: SiteRow[]; done: boolean } | { id: number; error: string }

/** checks `req.files` in order, handing rows out in batches (the Sites view fills as they come) */
export function checkFiles(req: CheckRequest, post: (a: CheckAnswer) => void, batch = 50): void {
  const texts = new Map(req.texts)
  for (const [p, t] of req.files) texts.set(p, t)
  const known = new Set(req.paths)
  const dirs = directories(req.paths)
  const tree = { has: (p: string) => known.has(p), text: (p: string) => texts.get(p) }
  const shared = new SharedCache()
  let rows: SiteRow[] = []
  for (const [path, text] of req.files) {
    const repo = memoryRepo(tree, dirs, dirOf(path))
    rows.push(
      rowOf(
        checkSite(path, text, { ...(req.release ? { release: req.release } : {}), shared, repo }),
      ),
    )
    if (rows.length >= batch) {
      post({ id: req.id, rows, done: false })
      rows = []
    }
  }
  post({ id: req.id, rows, done: true })
}
