/**
 * Mutations of a real fixture, as data: fast-check shrinks the list (and each position) towards
 * the smallest change that still breaks a property, so a failure reads as a short recipe.
 */
import fc from 'fast-check'

export type Mutation =
  | { kind: 'flip'; at: number; bit: number }
  | { kind: 'delete-lines'; at: number; count: number }
  | { kind: 'indent'; at: number; count: number; shift: number }
  | { kind: 'duplicate'; at: number; count: number; to: number }
  | { kind: 'insert'; at: number; s: string }
  | { kind: 'truncate'; at: number }

/** Characters readers disagree on or choke on, and YAML's own syntax. */
export const HOSTILE = [
  '\u2028', '\u2029', '\u0085', '\u0080', '\uFFFE', '\u0000', '\uFEFF', '\uD800', '\uDC00', '\uD83D\uDE00',
  '\u202E', '\u2066', '\u200B', '\u00A0', '\u0301', '\u001B', '\r', '\t', '\r\n', '\n',
  ':', ': ', '- ', '#', ' #', '&a ', '*a', '<<: ', '"', "'", '\\', '{', '}', '[', ']', ',',
  '|', '>', '---\n', '...\n', '!!binary ', '%YAML 1.1\n', '?', '@', '`', '0x1F', '~', 'null',
] // prettier-ignore

const pos = fc.nat({ max: 1_000_000 })
const hostileText = fc
  .array(fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ unit: 'binary', maxLength: 3 })), {
    minLength: 1,
    maxLength: 4,
  })
  .map((a) => a.join(''))

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: pos, bit: fc.nat({ max: 7 }) }),
  fc.record({
    kind: fc.constant('delete-lines' as const),
    at: pos,
    count: fc.integer({ min: 1, max: 5 }),
  }),
  fc.record({
    kind: fc.constant('indent' as const),
    at: pos,
    count: fc.integer({ min: 1, max: 8 }),
    shift: fc.integer({ min: -4, max: 4 }).filter((n) => n !== 0),
  }),
  fc.record({
    kind: fc.constant('duplicate' as const),
    at: pos,
    count: fc.integer({ min: 1, max: 20 }),
    to: pos,
  }),
  fc.record({ kind: fc.constant('insert' as const), at: pos, s: hostileText }),
  fc.record({ kind: fc.constant('truncate' as const), at: pos }),
)

export const mutations = fc.array(mutation, { minLength: 0, maxLength: 4 })

function onLines(text: string, at: number, f: (lines: string[], i: number) => void): string {
  const lines = text.split('\n')
  f(lines, at % lines.length)
  return lines.join('\n')
}

/** Applies the text mutations in order; byte flips are applied afterwards by `toBytes`. */
export function mutateText(text: string, ms: readonly Mutation[]): string {
  let t = text
  for (const m of ms) {
    const n = t.length + 1
    switch (m.kind) {
      case 'delete-lines':
        t = onLines(t, m.at, (l, i) => l.splice(i, m.count))
        break
      case 'indent':
        t = onLines(t, m.at, (l, i) => {
          for (let j = i; j < Math.min(l.length, i + m.count); j++) {
            const s = l[j] as string
            l[j] =
              m.shift > 0 ? ' '.repeat(m.shift) + s : s.replace(new RegExp(`^ {0,${-m.shift}}`), '')
          }
        })
        break
      case 'duplicate':
        t = onLines(t, m.at, (l, i) =>
          l.splice(m.to % (l.length + 1), 0, ...l.slice(i, i + m.count)),
        )
        break
      case 'insert':
        t = t.slice(0, m.at % n) + m.s + t.slice(m.at % n)
        break
      case 'truncate':
        t = t.slice(0, m.at % n)
        break
    }
  }
  return t
}

/** The UTF-8 bytes of the mutated text with the byte flips applied. */
export function toBytes(text: string, ms: readonly Mutation[]): Uint8Array {
  const b = new TextEncoder().encode(text)
  for (const m of ms) if (m.kind === 'flip' && b.length) b[m.at % b.length]! ^= 1 << m.bit
  return b
}
