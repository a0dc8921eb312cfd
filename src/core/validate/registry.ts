/**
 * The rule registry: each rule is declared once (rules/<family>.ts) with its id, severity, title,
 * the catalogue row it implements (validation-rules.md) and the document kinds it applies to.
 * Checks report through the rule object, so ids and severities are written nowhere else.
 */
import type { Severity } from './diagnostic.ts'

export type Kind = 'SiteConfig' | 'ClusterInstance'

/** SiteConfig only (the catalogue's CI column: –) */
export const SC: readonly Kind[] = ['SiteConfig']
/** ClusterInstance only (the catalogue's CI column: CI only; the ci- family) */
export const CI: readonly Kind[] = ['ClusterInstance']
/** SiteConfig and ClusterInstance (CI column ✓ or a note) */
export const BOTH: readonly Kind[] = ['SiteConfig', 'ClusterInstance']

export interface RuleDef {
  readonly id: string
  /** the severity it reports unless a check names one of `severities` */
  readonly severity: Severity
  /** every severity it may report, when it truly reports more than one */
  readonly severities?: readonly Severity[]
  readonly title: string
  /** the row of validation-rules.md it implements; undefined for an editor addition */
  readonly row: number | undefined
  readonly kinds: readonly Kind[]
}

export interface Rule extends RuleDef {
  /** the same rule reporting another of its declared severities */
  as(severity: Severity): Rule
}

export function rule(def: RuleDef): Rule {
  const variants = new Map<Severity, Rule>()
  const self: Rule = {
    ...def,
    as(severity) {
      if (severity === def.severity) return self
      if (!def.severities?.includes(severity))
        throw new Error(`${def.id} does not declare severity ${severity}`)
      let v = variants.get(severity)
      if (!v) variants.set(severity, (v = { ...self, severity }))
      return v
    },
  }
  return self
}

/** Rules the editor adds to the catalogue, each with why (docs/RULES.md lists them too). */
export const EDITOR_ADDITIONS: Readonly<Record<string, string>> = {
  'yaml-11-line-break':
    'U+0085/U+2028/U+2029 are line breaks to the YAML 1.1 generator but not to the editor, so the two read different documents',
  'yaml-merge-key':
    '"<<" merges keys for the YAML 1.1 generator but is a plain key to the editor (YAML 1.2), so no view shows what the generator reads',
  'site-file-outside-repo':
    'a path the SiteConfig names (crTemplates, biosConfigRef, manifests) leads outside the repository; the CLI never reads it',
  'site-file-unreadable':
    'a path the SiteConfig names is a FIFO, device, directory or over 10 MB, so it is not read and its rule cannot judge it',
  'bmc-address-credentials':
    'user:password in bmcAddress puts a secret into git; BMO takes credentials only from the bmcCredentialsName Secret',
  'ci-required':
    'members the ClusterInstance CRD requires that no catalogue rule checks: spec.nodes, templateRefs name and namespace, hostRef, reinstall.generation; the API server refuses the file',
  'ci-enum':
    'ClusterInstance enums no catalogue rule checks (clusterType, platformType, cpuArchitecture, reinstall.preservationMode); the API server refuses other values',
  'ci-label-length':
    "the rendered owned-by label <ns>_<name> passes 63 characters when clusterName is over 31, and hostName over 63 breaks the node CRs' labels; neither the CRD nor the webhook checks",
  'ci-cluster-type':
    'clusterType has no default and the templates trust it: without SNO a one-master cluster with workers renders workerAgents ≠ 0',
  'ci-template-ignored':
    'fields the chosen templates do not render: the default templates ignore diskEncryption, the image-based ones all three pre-cache fields',
  'ci-reinstall':
    "the webhook's reinstall and holdInstallation rules: generation pattern and length, no reinstall at creation, holdInstallation true only at creation",
  'ci-template-name':
    'a misspelt default template name (ai-nodes-templates-v1) passes the CRD and the webhook and fails only when the controller looks the ConfigMap up',
  'fleet-duplicate-cluster-name':
    'two files defining one cluster name make two sets of hub resources of one name (ManagedCluster, namespace): one overwrites the other; no single file shows it',
  'fleet-duplicate-host-name':
    "the same hostName in two clusters is legal in the hub's namespaces but is usually a copy-paste slip that DNS and BMC inventories trip on",
  'fleet-duplicate-mac':
    'a MAC on nodes of two clusters means two BareMetalHosts and agents claim one server; the file rule net-mac-unique sees one file only',
  'fleet-duplicate-bmc':
    'one bmcAddress in two clusters lets two BareMetalHosts power and reinstall one server',
  'fleet-duplicate-vip':
    'two clusters answering on one API or ingress VIP conflict on any network both reach (a warning: isolated sites may reuse private addresses)',
  'fleet-network-overlap':
    "overlapping machine networks route wrongly wherever both sites' networks meet (a warning: isolated sites may reuse them)",
  'fleet-both-kinds':
    'a SiteConfig and a ClusterInstance for one cluster render the same hub resources twice: an error when kustomizations list both, a warning while one is unlisted',
  'fleet-unlisted':
    'a site file that no kustomization.yaml lists is never rendered by Argo CD: usually a forgotten line',
  'fleet-kustomization-missing':
    'kustomize fails the whole application when an entry names a missing file, and an entry leading outside the repository is never read here',
  'fleet-kustomization-field':
    'the ZTP plugin renders a SiteConfig only under generators; listed under resources the CR itself is applied (no CRD on the hub); a ClusterInstance is a plain resource',
  'fleet-kustomization-unreadable':
    'a kustomization.yaml that is not YAML fails the application, and the files it lists cannot be told listed',
  'ci-immutable-fields':
    'once provisioning started the webhook refuses changes outside a few paths; users learn it from a refused Argo CD sync',
}

/** Catalogue rules this editor does not implement (yet), each with why. */
export const NOT_APPLICABLE: Readonly<Record<string, string>> = {
  'site-ci-conversion-loss':
    'reported when converting to ClusterInstance: conversion comes with issue 14',
}

/**
 * Severities a rule reports beyond its catalogue row's Sev column, each with why; the catalogue
 * test allows these and no others.
 */
export const MORE_SEVERITIES: Readonly<Record<string, string>> = {
  'cluster-accelerated-ztp':
    "info: the row's Checks column asks for an info when the label is set (what it adds)",
  'ign-ci-single-quote':
    "error: a raw ' ends the default templates' single-quoted scalar, so rendering fails for certain (clusterinstance.md §1c); the catalogue's warning predates that reading",
  'ign-compression':
    'warning: the editor stopped inflating at its gzip cap, so the data is not checked (the Conventions\' "not checked" note)',
}
