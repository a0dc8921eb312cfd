/**
 * Opening a folder: read its YAML and kustomizations, tell the site files by kind, make the
 * workspace, check the sites on workers (rows stream into the Sites view), and read each file's
 * HEAD version from .git when the folder is a checkout (the baselines arrive after the rows; a
 * site opened before keeps the text as read until then).
 */
import { decodeBytes } from '../../core/document/decode.ts'
import { MAX_FILE_CHARS } from '../../core/document/guard.ts'
import { roleOf } from '../../core/fleet/role.ts'
import { readKustomization } from '../../core/fleet/kustomize.ts'
import { isKustomization, isSkipped, isYamlName } from '../../core/fleet/paths.ts'
import type { KustomizationFacts } from '../../core/fleet/types.ts'
import type { EditorState } from '../editorState.ts'
import { validateFleet } from './fleetValidator.ts'
import type { FleetRun } from './fleetValidator.ts'
import { emptyWorkspace } from './workspace.ts'
import type { FolderSource } from './workspace.ts'

/** more files than this is not a repository of sites but a home directory: said, not read */
export const MAX_FOLDER_FILES = 50_000

let run: FleetRun | null = null

export async function loadFolder(source: FolderSource, get: () => EditorState): Promise<void> {
  const files = source.paths.filter((p) => !isSkipped(p))
  if (files.length > MAX_FOLDER_FILES) {
    get().notify('error', 'The folder has {{n}} files; open the folder of the sites.', {
      n: files.length,
    })
    return
  }
  const wanted = files.filter((p) => isYamlName(p) || isKustomization(p))
  // the bench reads these marks: where the time of opening a folder goes
  performance.mark('folder:start')
  const texts = new Map<string, string>()
  const unreadable = new Map<string, string>()
  // reads in batches: thousands at once stall the browser, a few at a time wait on each other
  for (let i = 0; i < wanted.length; i += 256)
    await Promise.all(
      wanted.slice(i, i + 256).map(async (p) => {
        const bytes = await source.read(p)
        if (!bytes) return void unreadable.set(p, 'could not be read')
        if (bytes.length > MAX_FILE_CHARS) return void unreadable.set(p, 'is over 10 MB')
        const d = decodeBytes(bytes)
        if ('error' in d) unreadable.set(p, d.error)
        else texts.set(p, d.text)
      }),
    )
  performance.mark('folder:read')
  const sites: string[] = []
  const kustomizations: KustomizationFacts[] = []
  for (const [p, t] of texts) {
    const role = roleOf(p, t)
    if (role === 'site') sites.push(p)
    else if (role === 'kustomization') kustomizations.push(readKustomization(p, t))
  }
  sites.sort()
  const ws = {
    ...emptyWorkspace(source),
    texts,
    unreadable,
    baselines: new Map(texts),
    sites,
    kustomizations,
  }
  run?.cancel()
  get().openWorkspace(ws)
  performance.mark('folder:opened')
  get().setRightTab('sites')
  get().notify('info', 'Opened {{name}}: {{n}} site files.', {
    name: source.name,
    n: sites.length,
  })
  const siteSet = new Set(sites)
  const support = { paths: files, texts: [...texts].filter(([p]) => !siteSet.has(p)) }
  const mine = get().workspace
  run = validateFleet(
    sites.map((p) => [p, texts.get(p)!]),
    support,
    get().release,
    (rows) => {
      if (get().workspace === null || get().workspace?.source !== mine?.source) return
      get().addRows(rows)
    },
    (message) =>
      get().notify('error', 'Some site files could not be checked: {{message}}', { message }),
  )
  if (source.paths.includes('.git/HEAD')) void readBaselines(source, sites, get)
}

async function readBaselines(
  source: FolderSource,
  sites: readonly string[],
  get: () => EditorState,
) {
  const { blobId, openGitHead } = await import('./gitHead.ts')
  let head
  try {
    head = await openGitHead(source.paths, (p) => source.read(p))
  } catch (e) {
    get().notify('error', 'The git history could not be read: {{message}}', {
      message: e instanceof Error ? e.message : String(e),
    })
    return
  }
  if (!head || get().workspace?.source !== source) return
  const baselines = new Map(get().workspace!.texts)
  const encoder = new TextEncoder()
  for (const p of sites) {
    // a file git does not know yet keeps the text as read: nothing to compare it with
    const oid = await head.oid(p)
    const now = baselines.get(p)
    if (oid === undefined || now === undefined) continue
    // unchanged since HEAD (the usual case): its hash says so, no blob is read
    if (blobId(encoder.encode(now)) === oid) continue
    const t = await head.text(p)
    if (t !== undefined) baselines.set(p, t)
  }
  if (get().workspace?.source !== source) return
  get().adoptBaselines(baselines, head.commit)
}

/** checks `paths` again after an edit of many files (their counts in the Sites view follow) */
export function recheck(paths: readonly string[], get: () => EditorState): void {
  const ws = get().workspace
  if (!ws || paths.length === 0) return
  const sites = new Set(ws.sites)
  const files: Array<[string, string]> = paths.flatMap((p) => {
    const c = get().current(p)
    return c ? [[p, c.file.text] as [string, string]] : []
  })
  const support = {
    paths: [...ws.texts.keys()],
    texts: [...ws.texts].filter(([p]) => !sites.has(p)),
  }
  validateFleet(
    files,
    support,
    get().release,
    (rows) => get().addRows(rows, false),
    (message) =>
      get().notify('error', 'Some site files could not be checked: {{message}}', { message }),
  )
}
