/**
 * Reading files for the CLI. Nothing is read before fstat on the opened descriptor says it is a
 * regular file under the size limit (a FIFO, /dev/zero or a 50 GB file is refused at once), and
 * never more than the limit + 1 bytes: standard input is capped the same way while it streams.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs'
import type { Stats } from 'node:fs'
import { decodeBytes } from '../core/document/decode.ts'
import { MAX_FILE_CHARS } from '../core/document/guard.ts'

export class CliError extends Error {
  constructor(
    message: string,
    readonly code = 2,
  ) {
    super(message)
  }
}

/** A file that was not read, and why in a few words (never its contents). */
export class ReadRefused extends Error {}

const tooLarge = (bytes: number) =>
  `file is ${(bytes / 1048576).toFixed(1)} MB; SiteConfig Studio reads files up to 10 MB`

/** What an fs error means to the user; the code, not "no such file", for anything else. */
export function describeError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return 'no such file'
    case 'EACCES':
    case 'EPERM':
      return 'permission denied'
    case 'EISDIR':
      return 'is a directory'
    case 'ELOOP':
      return 'a symlink loop'
    default:
      return code ? `cannot be read (${code})` : 'cannot be read'
  }
}

function kindOf(st: Stats): string | undefined {
  if (st.isFile()) return undefined
  if (st.isDirectory()) return 'is a directory'
  if (st.isFIFO()) return 'is a FIFO, not a regular file'
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'is a device, not a regular file'
  if (st.isSocket()) return 'is a socket, not a regular file'
  return 'is not a regular file'
}

/** The bytes of a regular file; O_NONBLOCK so that opening a FIFO cannot wait for a writer. */
export function readRegular(path: string, noFollow = false): Buffer {
  const flags = constants.O_RDONLY | constants.O_NONBLOCK | (noFollow ? constants.O_NOFOLLOW : 0)
  let fd: number
  try {
    fd = openSync(path, flags)
  } catch (e) {
    throw new ReadRefused(describeError(e))
  }
  try {
    const st = fstatSync(fd)
    const kind = kindOf(st)
    if (kind) throw new ReadRefused(kind)
    if (st.size > MAX_FILE_CHARS) throw new ReadRefused(tooLarge(st.size))
    const chunks: Buffer[] = []
    let total = 0
    // files in /proc report size 0 and may still grow: read to the cap, not to st.size
    for (;;) {
      // the size the file reports, plus one to see its end: a walk of 3,000 small files
      // allocated a megabyte each before
      const want = total === 0 && st.size > 0 ? st.size + 1 : 1 << 20
      const chunk = Buffer.allocUnsafe(Math.min(want, MAX_FILE_CHARS + 1 - total))
      const n = readSync(fd, chunk, 0, chunk.length, null)
      if (n === 0) break
      chunks.push(chunk.subarray(0, n))
      total += n
      if (total > MAX_FILE_CHARS) throw new ReadRefused(tooLarge(total))
      // a regular file read short of the room given has ended: no second read (and buffer)
      if (st.size > 0 && n < chunk.length) break
    }
    return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total)
  } catch (e) {
    throw e instanceof ReadRefused ? e : new ReadRefused(describeError(e))
  } finally {
    closeSync(fd)
  }
}

/** Standard input, capped while it streams: an endless pipe is cut off at the limit. */
export async function readCapped(stream: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const chunks: Uint8Array[] = []
  let total = 0
  for await (const chunk of stream) {
    chunks.push(chunk)
    total += chunk.length
    if (total > MAX_FILE_CHARS)
      throw new ReadRefused(`more than 10 MB; SiteConfig Studio reads files up to 10 MB`)
  }
  return Buffer.concat(chunks, total)
}

export type Stdin = AsyncIterable<Uint8Array>

export async function readInput(name: string, stdin?: Stdin): Promise<string> {
  let buf: Buffer
  try {
    // process.stdin only when read: its getter builds a stream (and loads node:stream), ~4 ms at start
    buf = name === '-' ? await readCapped(stdin ?? process.stdin) : readRegular(name)
  } catch (e) {
    if (!(e instanceof ReadRefused)) throw e
    throw new CliError(`${name === '-' ? 'standard input' : name}: ${e.message}`)
  }
  const d = decodeBytes(buf)
  if ('error' in d) throw new CliError(`${name}: ${d.error}`)
  // a leading BOM stays: fmt and set --in-place write the file back byte for byte
  return d.text
}

/** an error's first line, at most 200 characters: a message that carries a stack or a file stays one line */
export const messageOf = (e: unknown): string => {
  const m = (e instanceof Error ? e.message : String(e)).split('\n')[0] as string
  return m.length > 200 ? m.slice(0, 200) + '…' : m
}
