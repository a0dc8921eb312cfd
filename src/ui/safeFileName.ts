/**
 * Every download name passes through here: names come from the file (unit names, script paths,
 * metadata.name), so they must not carry path separators, control or bidi characters (which
 * can make "txt.exe" read as "exe.txt"), characters Windows refuses, leading dots (hidden or
 * "..") or reserved device names, and stay a sane length.
 */
const MAX_CHARS = 120
// C0, DEL, C1, bidi marks/embeddings/overrides/isolates, line/paragraph separators, BOM
const INVISIBLE =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2028\u2029\u2066-\u2069\ufeff]/g
const REFUSED = /[/\\<>:"|?*]/g
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\.|$)/i

export function safeFileName(name: string, fallback: string): string {
  let s = name
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(REFUSED, '_')
    .replace(/^[\s.]+|[\s.]+$/g, '')
  const chars = Array.from(s)
  if (chars.length > MAX_CHARS) {
    const ext = /\.[^.]{1,10}$/.exec(s)?.[0] ?? ''
    s = chars.slice(0, MAX_CHARS - ext.length).join('') + ext
  }
  if (RESERVED.test(s)) s = `_${s}`
  return s || fallback
}
