/**
 * `BENCH_PROFILE=1 npm run bench`: a Chromium CPU profile (CDP) around a typing run, summarised as
 * the functions with the most self time, so a change to the keystroke path starts from a profile.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'

type Node = {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
  children?: number[]
}
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[] }

/** Runs `work` under the profiler; prints the `top` functions by self time (ms) and their share. */
export async function profiled<T>(
  page: Page,
  label: string,
  work: () => Promise<T>,
  top = Number(process.env.BENCH_PROFILE_TOP ?? 25),
) {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
  await cdp.send('Profiler.start')
  const result = await work()
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile }
  await cdp.detach()
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const parent = new Map<number, number>()
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id)
  const keyOf = (n: Node) => {
    const f = n.callFrame
    const file = f.url.split('/').pop() || '(native)'
    return `${f.functionName || '(anonymous)'} ${file}:${f.lineNumber + 1}`
  }
  const self = new Map<string, number>()
  const incl = new Map<string, number>()
  let total = 0
  let busyMs = 0
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000
    total += ms
    const k = keyOf(byId.get(id)!)
    if (k.startsWith('(idle)') || k.startsWith('(program)')) return
    busyMs += ms
    self.set(k, (self.get(k) ?? 0) + ms)
    const seen = new Set<string>()
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at))
      seen.add(keyOf(byId.get(at)!))
    for (const s of seen) incl.set(s, (incl.get(s) ?? 0) + ms)
  })
  const print = (title: string, m: Map<string, number>) => {
    console.log(`  ${title}`)
    for (const [k, ms] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top))
      console.log(
        `  ${ms.toFixed(1).padStart(8)} ms ${((100 * ms) / busyMs).toFixed(1).padStart(5)} %  ${k}`,
      )
  }
  console.log(
    `\nCPU profile, ${label}: ${total.toFixed(0)} ms sampled, ${busyMs.toFixed(0)} ms busy`,
  )
  print('self time', self)
  print('total time (with callees)', incl)
  // BENCH_PROFILE_CALLERS=getClientRects: where a hot native or library function is called from
  const callee = process.env.BENCH_PROFILE_CALLERS
  if (callee) {
    const chains = new Map<string, number>()
    profile.samples.forEach((id, i) => {
      if (byId.get(id)!.callFrame.functionName !== callee) return
      const up: string[] = []
      for (let at = parent.get(id); at !== undefined && up.length < 8; at = parent.get(at))
        up.push(keyOf(byId.get(at)!))
      const k = up.join(' < ')
      chains.set(k, (chains.get(k) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000)
    })
    print(`callers of ${callee}`, chains)
  }
  return result
}

/**
 * CPU time (ms) used so far by the main threads of the renderer processes under `ancestor`, from
 * /proc: unlike latency it hardly depends on what else runs on a shared machine.
 */
export function rendererCpuMs(ancestor: number): number {
  if (!existsSync('/proc/self/stat')) return NaN
  const parentOf = (pid: string) =>
    Number(readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')[1])
  let ticks = 0
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('--type=renderer')) continue
      let p = Number(pid)
      while (p > 1 && p !== ancestor) p = parentOf(String(p))
      if (p !== ancestor) continue
      const f = readFileSync(`/proc/${pid}/task/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')
      ticks += Number(f[11]) + Number(f[12]) // utime, stime
    } catch {
      // a process that ended meanwhile
    }
  }
  return (ticks * 1000) / 100 // USER_HZ is 100 on Linux
}

type TraceEvent = {
  name: string
  ph: string
  dur?: number
  tid: number
  pid: number
  args?: {
    name?: string
    data?: { type?: string }
    beginData?: { dirtyObjects?: number; totalObjects?: number }
  }
}

/**
 * `BENCH_TRACE=1`: the renderer main thread's timeline around `work` (style, layout, paint, script
 * — what a JavaScript profile does not show), summed by event name in ms per `keys`.
 */
export async function traced<T>(page: Page, label: string, keys: number, work: () => Promise<T>) {
  const cdp = await page.context().newCDPSession(page)
  const events: TraceEvent[] = []
  cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])))
  const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()))
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: {
      includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'],
    },
  })
  const result = await work()
  await cdp.send('Tracing.end')
  await done
  await cdp.detach()
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
  const sums = new Map<string, { ms: number; n: number }>()
  let layoutObjects = 0
  let layouts = 0
  for (const e of events) {
    if (!main || e.tid !== main.tid || e.pid !== main.pid || e.ph !== 'X' || !e.dur) continue
    const name = e.name === 'EventDispatch' ? `EventDispatch ${e.args?.data?.type}` : e.name
    const s = sums.get(name) ?? { ms: 0, n: 0 }
    s.ms += e.dur / 1000
    s.n++
    sums.set(name, s)
    if (e.name === 'Layout') {
      layouts++
      layoutObjects += e.args?.beginData?.dirtyObjects ?? 0
    }
  }
  console.log(`\nTimeline, ${label} (ms per key, count per key; nested events counted in each):`)
  for (const [name, s] of [...sums].sort((a, b) => b[1].ms - a[1].ms).slice(0, 25))
    console.log(
      `  ${(s.ms / keys).toFixed(2).padStart(7)} ms ${(s.n / keys).toFixed(1).padStart(6)}×  ${name}`,
    )
  console.log(
    `  layouts: ${layouts}, dirty objects per layout: ${(layoutObjects / Math.max(1, layouts)).toFixed(0)}`,
  )
  return result
}
