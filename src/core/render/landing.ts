/**
 * A pre-cache field where it lands, decoded: the Resources tab shows what the discovery ISO or
 * coreos-installer will get from the InfraEnv's override or the BareMetalHost's annotations.
 */
import { decodeDataUrl } from '../codecs/dataUrl.ts'
import { filesOf, parseIgnition, unitsOf } from '../codecs/ignition.ts'
import { formatPath, getIn } from '../document/path.ts'
import type { PrecacheRole, Resource } from './types.ts'

export interface Landing {
  role: PrecacheRole
  /** the field inside the resource, as a document path is written */
  field: string
  /** what the field holds: units and files of an override, the arguments of installerArgs */
  units: string[]
  files: Array<{ path: string; text: string }>
  args: string[]
  /** why it cannot be decoded */
  problem?: string
}

const DECODE_LIMIT = 256 * 1024

export function landings(r: Resource): Landing[] {
  return r.precache.map(({ field, role }) => {
    const value = getIn(r.body, field)
    const base: Landing = { role, field: formatPath(field), units: [], files: [], args: [] }
    if (typeof value !== 'string') return { ...base, problem: 'not a string' }
    if (role === 'installerArgs') {
      try {
        const a: unknown = JSON.parse(value)
        return Array.isArray(a)
          ? { ...base, args: a.map(String) }
          : { ...base, problem: 'not a JSON array' }
      } catch (e) {
        return { ...base, problem: (e as Error).message }
      }
    }
    const p = parseIgnition(value)
    if (!p.ok) return { ...base, problem: p.message }
    const units = unitsOf(p.config).map((u) => u.name ?? '?')
    const files = filesOf(p.config).map((f) => {
      const src = f.contents?.source ?? ''
      try {
        return {
          path: f.path ?? '?',
          text: src ? decodeDataUrl(src, f.contents?.compression, DECODE_LIMIT) : '',
        }
      } catch (e) {
        return { path: f.path ?? '?', text: `(${(e as Error).message})` }
      }
    })
    return { ...base, units, files }
  })
}
