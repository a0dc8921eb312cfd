import jsyaml from 'js-yaml'
import { describe, expect, it } from 'vitest'
import { allFixtures, ciFixtures } from '../../test/fixtures.ts'
import { getIn } from '../document/path.ts'
import { displayText } from './display.ts'
import type { Obj, Resource } from './types.ts'

// real documents as bodies: every shape the fixtures hold (block scalars, long JSON strings,
// lists of maps, empty maps, keys with dots and slashes)
const bodies = [...allFixtures(), ...ciFixtures()].flatMap((f) => {
  try {
    return jsyaml.loadAll(f.text).filter((d): d is Obj => typeof d === 'object' && d !== null)
  } catch {
    return []
  }
})
const asResource = (body: Obj): Resource => ({
  apiVersion: 'v1',
  kind: 'ConfigMap',
  name: 'x',
  cluster: 0,
  clusterName: 'x',
  body,
  origins: [],
  precache: [],
})

describe('displayText', () => {
  const resources = bodies.map(asResource)
  const d = displayText(resources)

  it('reads back as the same objects, one document each', () => {
    expect(bodies.length).toBeGreaterThan(30)
    expect(jsyaml.loadAll(d.text)).toEqual(bodies)
  })

  it('maps every line to a field its resource has, and starts each resource at its ---', () => {
    const lines = d.text.split('\n')
    expect(d.lines).toHaveLength(lines.length - 1)
    d.starts.forEach((s) => expect(lines[s]).toBe('---'))
    for (const l of d.lines)
      expect(getIn(resources[l.resource]!.body, l.field), String(l.field)).not.toBeUndefined()
  })

  it('puts a field on the line that names its key', () => {
    const k = d.lines.findIndex((l) => l.field.at(-1) === 'installerArgs')
    expect(k).toBeGreaterThan(0)
    expect(d.text.split('\n')[k]).toMatch(/^\s*installerArgs: /)
  })
})
