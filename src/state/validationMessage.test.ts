/** While typing on in one field the worker is sent the changed middle, never the 9 KB/4 MB text. */
import { describe, expect, it } from 'vitest'
import { setIn } from '../core/document/edit.ts'
import { readSiteFile } from '../core/document/siteFile.ts'
import type { SiteFile } from '../core/document/siteFile.ts'
import { seedText } from '../test/fixtures.ts'
import { requestFor, textOf } from './validationMessage.ts'
import { siteConfigModel } from '../core/site/siteModel.ts'

const NAME = [...siteConfigModel.cluster(0), 'clusterName']
const DOMAIN = ['spec', 'baseDomain']

/** the main thread's and the worker's side of a run of requests */
function session() {
  let main: string | null = null
  let worker = ''
  return (file: SiteFile) => {
    const { request, base } = requestFor(1, file, '', main)
    main = base
    const r = textOf(structuredClone(request), worker)
    worker = r.base
    return { request, text: r.text }
  }
}

describe('validation requests', () => {
  it('sends the whole text first, then only the changed middle while typing on', () => {
    const send = session()
    let f = readSiteFile(seedText())
    expect(send(f).request.base).toBe(f.text)
    for (const v of ['sno-worker-0a', 'sno-worker-0ab', 'sno-worker-0abc']) {
      f = setIn(f, NAME, v)
      const { request, text } = send(f)
      expect(request.base).toBeUndefined()
      expect(JSON.stringify(request).length).toBeLessThan(100)
      expect(text).toBe(f.text)
    }
  })

  it('an edit elsewhere sends its starting text once, then changes again', () => {
    const send = session()
    let f = readSiteFile(seedText())
    send(f)
    f = setIn(f, NAME, 'renamed')
    send(f)
    f = setIn(f, DOMAIN, 'other.example.com')
    const first = send(f)
    expect(first.request.base).toBe(f.pieces!.base)
    expect(first.text).toBe(f.text)
    f = setIn(f, DOMAIN, 'other.example.comx')
    const { request, text } = send(f)
    expect(request.base).toBeUndefined()
    expect(text).toBe(f.text)
  })

  it('a worker that holds no text yet (new, or restarted) is sent the whole text', () => {
    const f = setIn(readSiteFile(seedText()), NAME, 'x')
    expect(requestFor(1, f, '', null).request.base).toBe(f.pieces!.base)
    const whole = readSiteFile(seedText())
    expect(requestFor(1, whole, '', seedText()).request.base).toBe(whole.text)
  })
})
