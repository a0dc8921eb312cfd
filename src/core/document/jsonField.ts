/**
 * Writes a JSON value held in a YAML string field (ignitionConfigOverride, installerArgs,
 * installConfigOverrides) back into the file, keeping both layers' layout: the JSON's own
 * indentation and, for a multi-line single-quoted scalar (whose line breaks YAML folds into
 * spaces), the source lines themselves — so a one-member change touches one line.
 */
import jsyaml from 'js-yaml'
import { writeJsonLike } from '../codecs/jsonLayout.ts'
import { lineStartOf } from '../yaml/lines.ts'
import { setIn } from './edit.ts'
import { apply, editCtx, find } from './editContext.ts'
import { scalarSpot } from './editScalar.ts'
import { getIn } from './path.ts'
import type { Path } from './path.ts'
import type { SiteFile } from './siteFile.ts'

export function setJsonField(file: SiteFile, path: Path, value: unknown, fresh?: string): SiteFile {
  const ctx = editCtx(file)
  const old = getIn(ctx.doc.data, path)
  if (typeof old !== 'string') return setIn(file, path, fresh ?? JSON.stringify(value, null, 2))
  const loc = find(ctx, path)
  const spot = loc.depth === path.length ? scalarSpot(file.text, loc) : null
  const raw = spot ? file.text.slice(spot.from, spot.to) : ''
  if (spot && spot.style === 'single' && raw.includes('\n')) {
    // edit the source lines as the JSON layout; YAML folding keeps the JSON equivalent
    const inner = raw.slice(1, -1).replace(/''/g, "'")
    const next = writeJsonLike(inner, value)
    if (next === inner) return file
    const replacement = `'${next.replace(/'/g, "''")}'`
    const h = loc.holder
    const from = h?.kind === 'entry' ? h.entry.keyStart : spot.from
    const col = from - lineStartOf(file.text, from)
    const region = ' '.repeat(col) + file.text.slice(from, spot.from) + replacement
    const reread = (jsyaml.load(region, { schema: jsyaml.CORE_SCHEMA }) ?? {}) as Record<
      string,
      unknown
    >
    const key = h?.kind === 'entry' ? h.entry.key : undefined
    const folded = key !== undefined ? reread[key] : undefined
    return apply(ctx, {
      from: spot.from,
      to: spot.to,
      insert: replacement,
      data: { set: path, value: folded ?? next },
    })
  }
  const next = writeJsonLike(old, value)
  return next === old ? file : setIn(file, path, next)
}
