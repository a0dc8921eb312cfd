/** Reading input files for the CLI: stdin for '-', refusal of binary and non-UTF-8 input. */
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { decodeBytes } from '../core/document/decode.ts'
import type { RepoFiles } from '../core/validate/repo.ts'

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

/** The repository around a SiteConfig file, for the rules on the files it names. */
export function repoAround(file: string): RepoFiles | undefined {
  if (file === '-') return undefined
  const base = dirname(resolve(file))
  return {
    read: (rel) => {
      try {
        return readFileSync(resolve(base, rel), 'utf8')
      } catch {
        return undefined
      }
    },
    list: (rel) => {
      try {
        const dir = resolve(base, rel)
        return statSync(dir).isDirectory() ? readdirSync(dir) : undefined
      } catch {
        return undefined
      }
    },
  }
}
