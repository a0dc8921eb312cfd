/** CIDR and IP parsing for the network rules, on ipaddr.js (strict dotted-quad IPv4). */
import ipaddr from 'ipaddr.js'

export type Family = 'ipv4' | 'ipv6'
type Addr = ipaddr.IPv4 | ipaddr.IPv6

export interface Cidr {
  text: string
  family: Family
  addr: Addr
  prefix: number
  /** the network's base address, e.g. 192.168.1.0 for 192.168.1.10/24 */
  base: string
}

export interface Ip {
  text: string
  family: Family
  addr: Addr
}

// ipaddr's four-part check is a costly regular expression and the network rules ask it of the
// same few addresses in every site of a fleet: answers are kept (they are not mutated)
const known = new Map<string, Ip | null>()

export function parseIp(text: string): Ip | null {
  let ip = known.get(text)
  if (ip !== undefined) return ip
  ip = readIp(text)
  if (known.size > 10_000) known.clear()
  known.set(text, ip)
  return ip
}

function readIp(text: string): Ip | null {
  if (ipaddr.IPv4.isValidFourPartDecimal(text)) {
    const addr = ipaddr.IPv4.parse(text)
    return { text, family: 'ipv4', addr }
  }
  if (!text.includes('.') || text.includes(':'))
    if (ipaddr.IPv6.isValid(text)) return { text, family: 'ipv6', addr: ipaddr.IPv6.parse(text) }
  return null
}

export function parseCidr(text: string): Cidr | null {
  const slash = text.indexOf('/')
  if (slash < 0) return null
  const ip = parseIp(text.slice(0, slash))
  const p = text.slice(slash + 1)
  if (!ip || !/^\d{1,3}$/.test(p)) return null
  const prefix = Number(p)
  if (prefix > (ip.family === 'ipv4' ? 32 : 128)) return null
  const base =
    ip.family === 'ipv4'
      ? ipaddr.IPv4.networkAddressFromCIDR(text).toString()
      : ipaddr.IPv6.networkAddressFromCIDR(text).toString()
  return { text, family: ip.family, addr: ip.addr, prefix, base }
}

export const isBase = (c: Cidr) => c.addr.toString() === c.base

export function contains(c: Cidr, ip: Ip): boolean {
  return c.family === ip.family && ip.addr.match([c.addr, c.prefix] as [Addr, number])
}

export function overlaps(a: Cidr, b: Cidr): boolean {
  if (a.family !== b.family) return false
  const bits = Math.min(a.prefix, b.prefix)
  return a.addr.match([b.addr, bits] as [Addr, number])
}

/** The network and broadcast addresses of an IPv4 CIDR (not usable as host addresses). */
export function isEdgeAddress(c: Cidr, ip: Ip): boolean {
  if (c.family !== 'ipv4' || ip.family !== 'ipv4' || c.prefix >= 31) return false
  const bcast = ipaddr.IPv4.broadcastAddressFromCIDR(c.text).toString()
  const s = ip.addr.toString()
  return s === c.base || s === bcast
}

const bigOf = (a: Addr) => a.toByteArray().reduce((n, b) => (n << 8n) | BigInt(b), 0n)

/** the first and last address of a CIDR's block, as numbers (blocks are nested or disjoint) */
export function blockOf(c: Cidr): { lo: bigint; hi: bigint } {
  const bits = c.family === 'ipv4' ? 32 : 128
  const lo = bigOf(c.addr) & ~((1n << BigInt(bits - c.prefix)) - 1n)
  return { lo, hi: lo + (1n << BigInt(bits - c.prefix)) - 1n }
}

/** family, then start, then the larger block first: the order a sweep over nested blocks needs */
export const byBlock = (
  a: { fam: string; lo: bigint; hi: bigint },
  b: { fam: string; lo: bigint; hi: bigint },
): number =>
  a.fam !== b.fam
    ? a.fam < b.fam
      ? -1
      : 1
    : a.lo !== b.lo
      ? a.lo < b.lo
        ? -1
        : 1
      : a.hi !== b.hi
        ? a.hi > b.hi
          ? -1
          : 1
        : 0

/**
 * For each CIDR, the index of the first earlier one it overlaps (or -1), in O(n log n): CIDR
 * blocks are nested or disjoint, so one sorted sweep with a stack of enclosing blocks finds
 * every block's ancestors (prefix minimum on the stack) and descendants (folded in on pop).
 */
export function firstOverlaps(cidrs: Cidr[]): number[] {
  const items = cidrs.map((c, i) => ({ i, fam: c.family, ...blockOf(c) }))
  items.sort((a, b) => byBlock(a, b) || a.i - b.i)
  const anc = cidrs.map(() => Infinity)
  const desc = cidrs.map(() => Infinity)
  const stack: Array<{ it: (typeof items)[number]; min: number }> = []
  const pop = () => {
    const { it } = stack.pop()!
    const parent = stack.at(-1)
    if (parent) desc[parent.it.i] = Math.min(desc[parent.it.i]!, desc[it.i]!, it.i)
  }
  for (const it of items) {
    while (stack.length && (stack.at(-1)!.it.fam !== it.fam || stack.at(-1)!.it.hi < it.lo)) pop()
    anc[it.i] = stack.at(-1)?.min ?? Infinity
    stack.push({ it, min: Math.min(anc[it.i]!, it.i) })
  }
  while (stack.length) pop()
  return anc.map((a, i) => {
    const first = Math.min(a, desc[i]!)
    return first < i ? first : -1
  })
}
