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

export function parseIp(text: string): Ip | null {
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
