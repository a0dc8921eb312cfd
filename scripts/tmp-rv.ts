import jsyaml from 'js-yaml'
import { readSiteFile } from '../src/core/document/siteFile.ts'
import { validate } from '../src/core/validate/validate.ts'
import { generate } from './generate.ts'
const text = generate(1000)
const t: Record<string, number[]> = { load: [], read: [], rv: [] }
for (let r = 0; r < 12; r++) {
  let t0 = performance.now(); jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA }); t.load!.push(performance.now() - t0)
  t0 = performance.now(); readSiteFile(text); t.read!.push(performance.now() - t0)
  t0 = performance.now(); validate(readSiteFile(text)); t.rv!.push(performance.now() - t0)
}
const med = (x: number[]) => x.sort((a, b) => a - b)[x.length >> 1]!
console.log('load', med(t.load!).toFixed(1), 'read', med(t.read!).toFixed(1), 'rv', med(t.rv!).toFixed(1), 'ratio', (med(t.rv!) / med(t.load!)).toFixed(2), 'len', text.length)
if (process.env.PROF) { const { Session } = await import('node:inspector/promises'); const s = new Session(); s.connect(); await s.post('Profiler.enable'); await s.post('Profiler.setSamplingInterval', { interval: 100 }); await s.post('Profiler.start'); for (let i = 0; i < 10; i++) validate(readSiteFile(text)); const { profile } = await s.post('Profiler.stop'); (await import('node:fs')).writeFileSync('/tmp/prof/rv.cpuprofile', JSON.stringify(profile)) }
if (process.env.HEAP) {
  const { Session } = await import('node:inspector/promises'); const s = new Session(); s.connect()
  await s.post('HeapProfiler.enable'); await s.post('HeapProfiler.startSampling', { samplingInterval: 4096, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true } as never)
  for (let i = 0; i < 5; i++) validate(readSiteFile(text))
  const { profile } = await s.post('HeapProfiler.stopSampling')
  const self = new Map<string, number>()
  const walk = (n: any, stack: string[]) => { const f = (c: any) => `${c.functionName || '(anon)'} ${c.url.split('/').pop()}:${c.lineNumber + 1}`; const k = (n.callFrame.url ? '' : stack.slice(-2).join(' < ') + ' < ') + f(n.callFrame); stack = [...stack, f(n.callFrame)]; self.set(k, (self.get(k) ?? 0) + n.selfSize); for (const c of n.children) walk(c, stack) }
  walk(profile.head, [])
  const tot = [...self.values()].reduce((a, b) => a + b, 0)
  console.log('total MB per run', (tot / 5 / 1e6).toFixed(1))
  for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log((v / 5 / 1e6).toFixed(2).padStart(7), k)
}
