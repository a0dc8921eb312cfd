/**
 * The files of a conversion as upstream's -d lays them out (the CLI writes them; the app offers
 * them as one zip), and that zip: fixed dates, so the same conversion gives the same bytes.
 */
import { strToU8, zipSync } from 'fflate'
import type { Zippable } from 'fflate'
import { SNIPPET_FILE } from './types.ts'
import type { ConversionResult } from './types.ts'

/** [path relative to the output directory, text], clusters first, then manifests, then the snippet */
export function conversionFiles(r: ConversionResult): Array<[string, string]> {
  const files: Array<[string, string]> = []
  for (const c of r.clusters) if (c.fileName) files.push([c.fileName, c.text])
  for (const m of r.manifests) for (const f of m.files) files.push([`${m.dir}/${f.name}`, f.text])
  if (r.kustomization) files.push([SNIPPET_FILE, r.kustomization])
  return files
}

// a zip keeps local DOS dates (1980–2099): a local 2000-01-01 gives the same bytes in any zone
const FIXED_DATE = new Date(2000, 0, 1)

export function conversionZip(r: ConversionResult): Uint8Array {
  const tree: Zippable = {}
  for (const [path, text] of conversionFiles(r)) tree[path] = [strToU8(text), { mtime: FIXED_DATE }]
  return zipSync(tree, { level: 6 })
}
