/** A minimal valid SiteConfig with one cluster, for rule tests: `site(cluster, node)` indents them. */
import { readSiteFile } from '../core/document/siteFile.ts'
import { validate } from '../core/validate/validate.ts'

export function site(clusterExtra = '', nodeExtra = '', moreNodes = ''): string {
  const ind = (s: string, n: number) => s.replace(/^(?=.)/gm, ' '.repeat(n))
  return `apiVersion: ran.openshift.io/v1
kind: SiteConfig
metadata:
  name: site
spec:
  baseDomain: example.com
  pullSecretRef:
    name: ps
  clusterImageSetNameRef: img4.16
  clusters:
  - clusterName: sno1
${ind(clusterExtra, 4)}    nodes:
    - hostName: sno1.example.com
      role: master
${ind(nodeExtra, 6)}${moreNodes}`
}

/** The findings of one rule, as `line: message`. */
export function findings(text: string, rule: string): string[] {
  return validate(readSiteFile(text))
    .filter((d) => d.rule === rule)
    .map((d) => `${d.severity}@${d.line}: ${d.message}`)
}

/** A site whose cluster override holds `cfg` (Ignition 3.2.0 unless it says otherwise); line 12. */
export function withOverride(cfg: Record<string, unknown>): string {
  const json = JSON.stringify({ ignition: { version: '3.2.0' }, ...cfg }).replace(/'/g, "''")
  return site(`ignitionConfigOverride: '${json}'\n`)
}

/** `severity@line: message` of one rule's findings with a target release chosen */
export const inRelease = (text: string, release: string, rule = 'site-field-release') =>
  validate(readSiteFile(text), { release })
    .filter((d) => d.rule === rule)
    .map((d) => `${d.severity}@${d.line}: ${d.message}`)
