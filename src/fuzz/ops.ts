/**
 * Every named command the UI and CLI run, each resolved against the file it runs on: paths and
 * indexes come from the parsed data, so most calls hit something real. An op may also say how to
 * undo it by another command (see inverse.ts); `null` means the command does not apply here.
 */
import * as cmd from '../core/document/commands.ts'
import type { SiteFile } from '../core/document/siteFile.ts'
import { siteData } from '../core/document/siteFile.ts'
import { blockKind, keyInverse, scalarInverse } from './inverse.ts'
import { MORE_OPS } from './opsMore.ts'
import { onPlace, places } from './values.ts'
import type { Op } from './op.ts'

export type { Applied, Op } from './op.ts'

const isObj = (v: unknown) => v !== null && typeof v === 'object'
const isMap = (v: unknown) => isObj(v) && !Array.isArray(v)
const lists = (f: SiteFile) => places(siteData(f)).filter((p) => Array.isArray(p.value))

export const OPS: Op[] = [
  {
    name: 'setField',
    run: (f, s) =>
      onPlace(places(siteData(f)), s.a, ({ path, value }) => {
        const out = cmd.setField(f, { path, value: s.v })
        return { out, inverse: scalarInverse(f, out, path, value, s.v) }
      }),
  },
  {
    name: 'setField (new key)',
    run: (f, s) =>
      onPlace(
        [{ path: [], value: siteData(f) }, ...places(siteData(f))].filter((p) => isMap(p.value)),
        s.a,
        (p) => {
          if (s.k in (p.value as object)) return null
          const path = [...p.path, s.k]
          const out = cmd.setField(f, { path, value: s.v })
          const undo =
            blockKind(f, p.path) === 'map'
              ? (g: SiteFile) => cmd.unsetField(g, { path })
              : undefined
          return { out, inverse: undo }
        },
      ),
  },
  {
    name: 'unsetField',
    run: (f, s) =>
      onPlace(places(siteData(f)), s.a, ({ path }) => ({ out: cmd.unsetField(f, { path }) })),
  },
  {
    name: 'renameMapKey',
    run: (f, s) =>
      onPlace(
        places(siteData(f)).filter((p) => typeof p.path.at(-1) === 'string'),
        s.a,
        ({ path }) => {
          const out = cmd.renameMapKey(f, { path, to: s.k })
          return { out, inverse: keyInverse(f, path, s.k) }
        },
      ),
  },
  {
    name: 'addListItem',
    run: (f, s) =>
      onPlace(lists(f), s.a, ({ path, value }) => {
        const len = (value as unknown[]).length
        const index = s.c % 2 ? s.b % (len + 1) : undefined
        const out = cmd.addListItem(f, { path, value: s.v, index })
        const at = index ?? len
        const undo =
          len && blockKind(f, path) === 'seq'
            ? (g: SiteFile) => cmd.removeListItem(g, { path, index: at })
            : undefined
        return { out, inverse: undo }
      }),
  },
  {
    name: 'removeListItem',
    run: (f, s) =>
      onPlace(lists(f), s.a, ({ path, value }) => {
        const len = (value as unknown[]).length
        return len ? { out: cmd.removeListItem(f, { path, index: s.b % len }) } : null
      }),
  },
  {
    name: 'moveListItem',
    run: (f, s) =>
      onPlace(lists(f), s.a, ({ path, value }) => {
        const len = (value as unknown[]).length
        if (!len) return null
        const [from, to] = [s.b % len, s.c % len]
        const out = cmd.moveListItem(f, { path, from, to })
        return { out, inverse: (g) => cmd.moveListItem(g, { path, from: to, to: from }) }
      }),
  },
  ...MORE_OPS,
]
