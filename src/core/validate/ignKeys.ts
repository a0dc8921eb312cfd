/** ign-unknown-key: Ignition (3.1/3.2) keys by object, since Ignition only warns "unused key". */
import type { JSONPath } from 'jsonc-parser'
import { asArray, asRecord, show } from './context.ts'
import type { RuleContext } from './context.ts'
import type { Override } from './override.ts'
import { nearestKey } from './nearestKey.ts'
import { ignUnknownKey } from './rules/ign.ts'
import { msg } from '../messages/message.ts'

const NODE = ['path', 'overwrite', 'user', 'group']
const RESOURCE = ['source', 'compression', 'httpHeaders', 'verification']
type Shape = { keys: string[]; children?: Record<string, Shape>; items?: Record<string, Shape> }
const ID: Shape = { keys: ['id', 'name'] }
const RES: Shape = { keys: RESOURCE, children: { verification: { keys: ['hash'] } } }
const SHAPE: Shape = {
  keys: ['ignition', 'storage', 'systemd', 'passwd', 'kernelArguments'],
  children: {
    ignition: { keys: ['version', 'config', 'timeouts', 'security', 'proxy'] },
    storage: {
      keys: ['disks', 'raid', 'filesystems', 'files', 'directories', 'links', 'luks'],
      items: {
        files: {
          keys: [...NODE, 'mode', 'contents', 'append'],
          children: { user: ID, group: ID, contents: RES },
          items: { append: RES },
        },
        directories: { keys: [...NODE, 'mode'], children: { user: ID, group: ID } },
        links: { keys: [...NODE, 'target', 'hard'], children: { user: ID, group: ID } },
      },
    },
    systemd: {
      keys: ['units'],
      items: {
        units: {
          keys: ['name', 'enabled', 'mask', 'contents', 'dropins'],
          items: { dropins: { keys: ['name', 'contents'] } },
        },
      },
    },
    passwd: { keys: ['users', 'groups'] },
  },
}

function walk(ctx: RuleContext, o: Override, v: unknown, shape: Shape, at: JSONPath): void {
  const obj = asRecord(v)
  if (!obj) return
  for (const [k, child] of Object.entries(obj)) {
    const here = [...at, k]
    if (!shape.keys.includes(k)) {
      const near = nearestKey(k, shape.keys)
      const loc = at.length
        ? `$.${at
            .map((p) => (typeof p === 'number' ? `[${p}]` : p))
            .join('.')
            .replace(/\.\[/g, '[')}`
        : '$'
      ctx.report(
        ignUnknownKey,
        o.path,
        near
          ? msg(
              'unknown key "{{key}}" at {{loc}}; did you mean "{{near}}"? (Ignition ignores it)',
              {
                key: show(k),
                loc,
                near: show(near),
              },
            )
          : msg('unknown key "{{key}}" at {{loc}} (Ignition ignores it)', { key: show(k), loc }),
        o.at(here),
      )
      continue
    }
    const sub = shape.children?.[k]
    if (sub) walk(ctx, o, child, sub, here)
    const item = shape.items?.[k]
    if (item) asArray(child).forEach((el, i) => walk(ctx, o, el, item, [...here, i]))
  }
}

export function ignitionKeys(ctx: RuleContext, o: Override): void {
  walk(ctx, o, o.cfg, SHAPE, [])
}
