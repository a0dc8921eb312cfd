/** The `siteconfig-studio` command: the same core the editor uses, for scripts and CI. */
import { fileModel, siteData } from '../core/document/siteFile.ts'
import type { SiteFile } from '../core/document/siteFile.ts'
import type { validate } from '../core/validate/validate.ts'
import type { Env } from './lang.ts'
import { loadSite } from './load.ts'
import { CliError, messageOf } from './io.ts'
import type { Stdin } from './io.ts'
import { HELP, parseArgs } from './args.ts'
import { printable } from './printable.ts'

type Out = { stdout: (s: string) => void; stderr: (s: string) => void }
const std: Out = { stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s) }

/** What tests may replace: standard input, and the validator (to prove a throw is contained). */
export interface Seams {
  stdin?: Stdin
  validate?: typeof validate
  /** the locale variables (LANG …); process.env unless a test gives its own */
  env?: Env
}

const load = (name: string, seams: Seams): Promise<SiteFile> => loadSite(name, seams.stdin)

export async function main(argv: string[], out: Out = std, seams: Seams = {}): Promise<number> {
  try {
    const a = parseArgs(argv)
    if (!a.command || a.command === 'help') {
      out.stdout(HELP.main)
      return a.command ? 0 : a.flags.has('help') ? 0 : 2
    }
    const help = HELP[a.command as keyof typeof HELP]
    if (!help)
      throw new CliError(
        `unknown command "${a.command}" (commands: fmt, set, explain, precache, validate, convert, render, serve)`,
      )
    if (a.flags.has('help')) return (out.stdout(help), 0)
    const first = a.positional[0]
    // each command's code loads when it runs: a bundle chunk each, so validate starts without the
    // converter, the renderer or the server
    switch (a.command) {
      case 'fmt':
        if (!first) throw new CliError('fmt needs a FILE')
        out.stdout((await load(first, seams)).text)
        return 0
      case 'set':
        return await (await import('./set.ts')).cmdSet(a, out, seams.stdin)
      case 'explain':
        if (!first) throw new CliError('explain needs a FILE')
        out.stdout(
          (await import('./explain.ts')).explain(await load(first, seams), {
            redact: a.flags.has('redact'),
          }),
        )
        return 0
      case 'precache': {
        if (!first) throw new CliError('precache needs a FILE')
        const file = await load(first, seams)
        const clusters = fileModel(file).clusterList(siteData(file)) as Array<{
          clusterName?: string
        } | null>
        const want = a.options.cluster
        const targets = clusters
          .map((c, i) => ({ c, i }))
          .filter(({ c }) => want === undefined || c?.clusterName === want)
        if (targets.length === 0)
          throw new CliError(want ? `no cluster named "${want}"` : 'the file has no clusters')
        const v = a.options['ignition-version']
        if (v !== undefined && v !== '3.1.0' && v !== '3.2.0')
          throw new CliError('--ignition-version must be 3.1.0 or 3.2.0')
        const { enablePrecache } = await import('../core/precache/precacheCommands.ts')
        let f = file
        for (const { i } of targets)
          f = enablePrecache(
            f,
            { cluster: i },
            {
              ...(a.options.label ? { label: a.options.label } : {}),
              ...(v ? { ignitionVersion: v } : {}),
            },
          )
        out.stdout(f.text)
        return 0
      }
      case 'validate':
        return await (await import('./validate.ts')).cmdValidate(a, out, seams)
      case 'convert':
        return await (await import('./convert.ts')).cmdConvert(a, out, seams)
      case 'render':
        return await (await import('./render.ts')).cmdRender(a, out, seams)
      case 'serve':
        // loaded only to serve: validate's start-up does not pay for node:http
        return await (await import('./serve.ts')).cmdServe(a, out)
    }
    return 2
  } catch (e) {
    // a message, never a stack trace; whatever came from a file is escaped
    out.stderr(
      `siteconfig-studio: ${printable(e instanceof CliError ? e.message : messageOf(e))}\n`,
    )
    return e instanceof CliError ? e.code : 2
  }
}
