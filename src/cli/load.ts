/** A site file named on the command line: read, parsed, and refused with the place when it is not one. */
import { readSiteFile, siteData } from '../core/document/siteFile.ts'
import type { SiteFile } from '../core/document/siteFile.ts'
import { CliError, readInput } from './io.ts'
import type { Stdin } from './io.ts'

export async function loadSite(name: string, stdin?: Stdin): Promise<SiteFile> {
  const file = readSiteFile(await readInput(name, stdin))
  const bad = file.fatal ?? file.docs.find((d) => d.error)?.error
  if (bad) throw new CliError(`${name}:${bad.line}:${bad.column}: ${bad.message}`)
  if (!siteData(file))
    throw new CliError(
      `${name}: not a SiteConfig or ClusterInstance (no YAML mapping with apiVersion and kind)`,
    )
  return file
}
