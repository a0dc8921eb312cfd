/**
 * HostFirmwareSettings: rendered only when node, cluster or site names a biosConfigRef file; its
 * spec is `{settings: <the file's map>}` (siteConfigBuilder.go populateSpec), read through the
 * repository when there is one.
 */
import jsyaml from 'js-yaml'
import type { Path } from '../../document/path.ts'
import { msg } from '../../messages/message.ts'
import type { Obj, Origin } from '../types.ts'
import type { Ctx } from './values.ts'
import { obj, str } from './values.ts'

export function hostFirmware(
  cr: Obj,
  levels: Array<[Obj, Path]>,
  origins: Origin[],
  ctx: Ctx,
  n: number,
): boolean {
  let file = ''
  let at: Path = []
  for (const [o, p] of levels) {
    file = str(obj(o.biosConfigRef).filePath)
    at = [...p, 'biosConfigRef', 'filePath']
    if (file) break
  }
  if (!file) return false
  origins.push({ field: ['spec'], source: at })
  const text = ctx.options.repo?.read(file)
  if (typeof text !== 'string') {
    cr.spec = { settings: {} }
    ctx.notes.push({
      severity: 'info',
      cluster: ctx.c,
      node: n,
      path: at,
      message: msg(
        "HostFirmwareSettings' settings come from {{file}}, which is not readable here",
        { file },
      ),
    })
    return true
  }
  try {
    cr.spec = { settings: obj(jsyaml.load(text)) }
  } catch (e) {
    ctx.notes.push({
      severity: 'error',
      cluster: ctx.c,
      node: n,
      path: at,
      message: msg('the generator fails: {{reason}}', {
        reason: `${file}: ${(e as Error).message.split('\n')[0]}`,
      }),
    })
  }
  return true
}
