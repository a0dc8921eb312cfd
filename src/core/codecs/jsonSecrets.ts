/** Where a JSON text holds secrets, so that error messages never quote them. */
import { createScanner, parse } from 'jsonc-parser'
import type { ParseError } from 'jsonc-parser'
import { checkJsonDepth } from './json.ts'

// jsonc-parser's SyntaxKind is a const enum, which isolated modules cannot read
const K = { open: [1, 3], close: [2, 4], colon: 6, string: 10, eof: 17 } as const

// members whose keys or values are secrets or key material (Ignition passwd, install-config)
const SECRET_MEMBER =
  /^(passwordHash|password|sshAuthorizedKeys|sshKey|pullSecret|auths?|token|privateKey)$/i
const PRIVATE_KEY = /PRIVATE(?:%20|\+|\s)+KEY|PuTTY-User-Key/i

const OPEN: readonly number[] = K.open
const CLOSE: readonly number[] = K.close

/**
 * Whether `[from, to)` of `text` touches a secret: a secret member's key or value, or a string
 * holding private key material. Reads tokens, so it works on the broken JSON being reported.
 */
export function touchesSecret(text: string, from: number, to: number): boolean {
  const sc = createScanner(text, true)
  const next = () => {
    const kind: number = sc.scan()
    return { kind, start: sc.getTokenOffset(), end: sc.getTokenOffset() + sc.getTokenLength() }
  }
  const hit = (a: number, b: number) => a < to && b > from
  let t = next()
  while (t.kind !== K.eof && t.start < to) {
    const value = t.kind === K.string ? sc.getTokenValue() : ''
    if (PRIVATE_KEY.test(value) && hit(t.start, t.end)) return true
    if (!SECRET_MEMBER.test(value)) {
      t = next()
      continue
    }
    // a secret member: its span runs from the key to the end of its value
    const start = t.start
    let end = t.end
    t = next()
    if (t.kind === K.colon) {
      t = next()
      let depth = OPEN.includes(t.kind) ? 1 : 0
      end = t.end
      while (depth > 0 && t.kind !== K.eof) {
        t = next()
        depth += OPEN.includes(t.kind) ? 1 : CLOSE.includes(t.kind) ? -1 : 0
        end = t.end
      }
      t = next()
    }
    if (hit(start, end)) return true
  }
  return false
}

/** Whether the text around the first syntax error (as JSON.parse quotes it) touches a secret. */
export function secretAtJsonError(text: string, reach = 48): boolean {
  // too deep JSON is refused at the first bracket past the limit, before jsonc could overflow
  const deep = checkJsonDepth(text)
  const errors: ParseError[] = []
  if (deep < 0) parse(text, errors)
  const at = deep >= 0 ? deep : (errors[0]?.offset ?? 0)
  return touchesSecret(text, at - reach, at + reach)
}
