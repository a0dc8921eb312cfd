/** The known key a typo most likely meant, for "did you mean" hints of several families. */

function distance(a: string, b: string): number {
  const d = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    let prev = d[0]!
    d[0] = i
    for (let j = 1; j <= b.length; j++) {
      const t = d[j]!
      d[j] = Math.min(d[j]! + 1, d[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1))
      prev = t
    }
  }
  return d[b.length]!
}

const norm = (k: string) => k.toLowerCase().replace(/[_-]/g, '')

/** The known key a typo most likely meant: same letters ignoring case and _/-, a plural, or ≤ 2 edits. */
export function nearestKey(key: string, known: readonly string[]): string | undefined {
  // no known key is near this long (a 9 MB key took 23 s in norm and distance)
  if (key.length > 256) return undefined
  const n = norm(key)
  const same = known.find((k) => norm(k) === n)
  if (same) return same
  let best: [string, number] | undefined
  const lower = key.toLowerCase()
  for (const k of known) {
    // more than 2 edits apart whatever the letters
    if (Math.abs(k.length - key.length) > 2) continue
    const dist = distance(lower, k.toLowerCase())
    if (dist <= 2 && dist < key.length / 2 && (!best || dist < best[1])) best = [k, dist]
  }
  return best?.[0]
}
