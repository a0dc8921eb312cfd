/**
 * Edits inside one override, each a named command: the new Ignition value goes back through the
 * layout-keeping JSON writer, so changing one script changes one YAML line (its `source`).
 */
import { reencodeLike } from '../codecs/dataUrl.ts'
import { filesOf, unitsOf } from '../codecs/ignition.ts'
import type { IgnitionConfig } from '../codecs/ignition.ts'
import { EditError } from '../document/edit.ts'
import { setJsonField } from '../document/jsonField.ts'
import { getIn } from '../document/path.ts'
import type { Path } from '../document/path.ts'
import type { SiteFile } from '../document/siteFile.ts'
import { siteData } from '../document/siteFile.ts'
import { parseOverride } from './preset.ts'

function editOverride(file: SiteFile, path: Path, change: (cfg: IgnitionConfig) => void): SiteFile {
  let cfg: IgnitionConfig
  try {
    cfg = parseOverride(getIn(siteData(file), path))
  } catch (e) {
    throw new EditError((e as Error).message)
  }
  change(cfg)
  return setJsonField(file, path, cfg)
}

/** New decoded text for a file: encoded the way its source was (percent, base64, gzip). */
export const setOverrideFileText = (
  file: SiteFile,
  a: { path: Path; index: number; text: string },
) =>
  editOverride(file, a.path, (cfg) => {
    const f = filesOf(cfg)[a.index]
    const src = f?.contents?.source
    if (!f || typeof src !== 'string' || !src.startsWith('data:'))
      throw new EditError('this file has no data URL to edit')
    let source: string
    try {
      source = reencodeLike(src, a.text, f.contents?.compression)
    } catch (e) {
      // a malformed data URL (the Preview shows why): a message, not an uncaught DataUrlError
      throw new EditError(`this file's data URL cannot be re-encoded: ${(e as Error).message}`)
    }
    f.contents = { ...f.contents, source }
  })

export const setOverrideUnitContents = (
  file: SiteFile,
  a: { path: Path; index: number; contents: string },
) =>
  editOverride(file, a.path, (cfg) => {
    const u = unitsOf(cfg)[a.index]
    if (!u) throw new EditError(`there is no unit ${a.index}`)
    u.contents = a.contents
  })

/** The decimal-mode fix: `mode: 755` (= 0o1363) → 493 (= 0o755). */
export const setOverrideFileMode = (
  file: SiteFile,
  a: { path: Path; index: number; mode: number },
) =>
  editOverride(file, a.path, (cfg) => {
    const f = filesOf(cfg)[a.index]
    if (!f) throw new EditError(`there is no file ${a.index}`)
    f.mode = a.mode
  })
