/**
 * `explain --redact`: what must not end up in a pasted review or a CI log. Private key blocks
 * (PEM and OpenSSH) and Ignition passwordHash values are replaced by what they are and their size.
 */
const BEGIN = /-----BEGIN ([A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?)-----/g
const HASH = /("?passwordHash"?\s*[:=]\s*)("[^"\n]*"|'[^'\n]*'|[^\s,}\]\n]+)/g

const size = (s: string) => new TextEncoder().encode(s).length.toLocaleString('en-US')
export const masked = (what: string, value: string) => `(redacted: ${what}, ${size(value)} bytes)`

/** Text with each private key block masked; a block without its END line is masked to the end. */
export function redactText(text: string): string {
  let out = ''
  let from = 0
  BEGIN.lastIndex = 0
  // one pass with indexOf, not a lazy regex: many BEGIN lines without END stay linear
  for (let m = BEGIN.exec(text); m; m = BEGIN.exec(text)) {
    const endLine = `-----END ${m[1]}-----`
    const end = text.indexOf(endLine, m.index)
    const stop = end < 0 ? text.length : end + endLine.length
    out += text.slice(from, m.index) + masked('private key', text.slice(m.index, stop))
    from = BEGIN.lastIndex = stop
    if (end < 0) break
  }
  out += text.slice(from)
  return out.replace(HASH, (_, key: string, v: string) => key + masked('password hash', v))
}
