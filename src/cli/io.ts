/** Reading input files for the CLI: stdin for '-', refusal of binary and non-UTF-8 input. */
import { readFileSync } from 'node:fs'
import { decodeBytes } from '../core/document/decode.ts'

export class CliError extends Error {
  constructor(
    message: string,
    readonly code = 2,
  ) {
    super(message)
  }
}

export function readInput(name: string): string {
  let buf: Buffer
  try {
    buf = name === '-' ? readFileSync(0) : readFileSync(name)
  } catch (e) {
    const err = e as NodeJS.ErrnoException
    const why =
      err.code === 'ENOENT'
        ? 'no such file'
        : err.code === 'EISDIR'
          ? 'is a directory'
          : err.message
    throw new CliError(`${name}: cannot read: ${why}`)
  }
  const d = decodeBytes(buf)
  if ('error' in d) throw new CliError(`${name}: ${d.error}`)
  return d.text.replace(/^\uFEFF/, '')
}
