/** Reading input files for the CLI: stdin for '-', refusal of binary and non-UTF-8 input. */
import { readFileSync } from 'node:fs'
import { MAX_FILE_CHARS } from '../core/document/guard.ts'

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
  if (buf.length > MAX_FILE_CHARS * 2)
    throw new CliError(
      `${name}: file is ${(buf.length / 1048576).toFixed(1)} MB; SiteConfig Studio reads files up to 10 MB`,
    )
  const nul = buf.indexOf(0)
  if (nul >= 0)
    throw new CliError(`${name}: binary file (NUL byte at offset ${nul}); not a YAML text file`)
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf).replace(/^\uFEFF/, '')
  } catch {
    throw new CliError(`${name}: not UTF-8 text; save the file as UTF-8`)
  }
}
