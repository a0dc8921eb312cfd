/** How the app says when work was saved: "14:32" today, "2026-11-30 14:32" on another day. */
export function clock(ms: number, now = Date.now()): string {
  const d = new Date(ms)
  const p = (n: number) => String(n).padStart(2, '0')
  const hm = `${p(d.getHours())}:${p(d.getMinutes())}`
  const day = `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`
  return new Date(now).toDateString() === d.toDateString() ? hm : `${day} ${hm}`
}
