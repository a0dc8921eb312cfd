/** The findings of a file as stable text, one per line: what the golden files record. */
import { readSiteFile } from '../document/siteFile.ts'
import { validate } from './validate.ts'

export function goldenText(text: string): string {
  return validate(readSiteFile(text))
    .map(
      (d) =>
        `${d.line}:${d.column} ${d.severity} ${d.rule}: ${d.message}${d.fix ? ` [fix: ${d.fix.title}]` : ''}`,
    )
    .join('\n')
    .concat('\n')
}

/** Golden file name for a fixture: shorter than the fixture's, still unique. */
export const goldenName = (fixture: string) =>
  fixture.replace(/^openshift-(kni|telco)__/, '').replace(/\.yaml$/, '.txt')

/** the ClusterInstance fixtures' golden files, under golden/ */
export const CI_GOLDEN = 'clusterinstance/'
