/** site- rules (document header, spec.*, CR customisation): each declared once; rows are those of validation-rules.md. */
import { BOTH, SC, rule } from '../registry.ts'

export const siteApiVersion = rule({
  id: 'site-api-version',
  severity: 'error',
  title: '`apiVersion` is `ran.openshift.io/v1` or `ran.openshift.io/v2`',
  row: 8,
  kinds: BOTH,
})
export const siteKind = rule({
  id: 'site-kind',
  severity: 'error',
  title: '`kind: SiteConfig` (kustomize selects the plugin by apiVersion/kind)',
  row: 9,
  kinds: BOTH,
})
export const siteDeprecatedApi = rule({
  id: 'site-deprecated-api',
  severity: 'info',
  title: 'SiteConfig v1 API is deprecated since OCP 4.18; successor is ClusterInstance',
  row: 10,
  kinds: SC,
})
export const siteMetadataName = rule({
  id: 'site-metadata-name',
  severity: 'error',
  title: '`metadata.name` is set (used for output keys and the cluster-name uniqueness scope)',
  row: 11,
  kinds: BOTH,
})
export const siteMetadataNamespace = rule({
  id: 'site-metadata-namespace',
  severity: 'info',
  title:
    '`metadata.namespace` is not used: every CR goes into the namespace named after `clusterName`, …',
  row: 12,
  kinds: SC,
})
export const siteBaseDomain = rule({
  id: 'site-base-domain',
  severity: 'error',
  title:
    '`spec.baseDomain` is set and is a DNS name: ≥ 2 labels, each ≤ 63 chars, alphabetic TLD of ≥ 2 chars',
  row: 13,
  kinds: BOTH,
})
export const sitePullSecretRef = rule({
  id: 'site-pull-secret-ref',
  severity: 'error',
  title: '`spec.pullSecretRef.name` is set',
  row: 14,
  kinds: BOTH,
})
export const siteClustersPresent = rule({
  id: 'site-clusters-present',
  severity: 'error',
  title: '`spec.clusters` is a non-empty list',
  row: 15,
  kinds: SC,
})
export const siteImageSetRef = rule({
  id: 'site-image-set-ref',
  severity: 'error',
  title: '`clusterImageSetNameRef` is set at site level or on every cluster',
  row: 16,
  kinds: BOTH,
})
export const siteSshKeyFormat = rule({
  id: 'site-ssh-key-format',
  severity: 'error',
  title:
    '`sshPublicKey`: each non-empty line starts with `ssh-rsa`, `ecdsa-sha2-nistp256/384/521`, …',
  row: 17,
  kinds: BOTH,
})
export const siteSshPrivateKey = rule({
  id: 'site-ssh-private-key',
  severity: 'error',
  title:
    'A private key was pasted into `sshPublicKey` (`-----BEGIN … PRIVATE KEY-----`, `-----BEGIN …',
  row: 18,
  kinds: BOTH,
})
export const siteSshPrivateKeyRef = rule({
  id: 'site-ssh-private-key-ref',
  severity: 'info',
  title: '`spec.sshPrivateKeySecretRef` is parsed but no generated CR uses it',
  row: 19,
  kinds: SC,
})
export const siteFieldRelease = rule({
  id: 'site-field-release',
  severity: 'warning',
  title:
    'A field is newer than the selected ztp-site-generate release (table in `siteconfig-fields.md` …',
  row: 20,
  kinds: SC,
})
export const siteCrTemplateKind = rule({
  id: 'site-cr-template-kind',
  severity: 'error',
  title: '`crTemplates` keys are kinds the generator renders',
  row: 21,
  kinds: SC,
})
export const siteCrTemplateFile = rule({
  id: 'site-cr-template-file',
  severity: 'error',
  title:
    'The override file (when loaded) holds one object whose `kind` equals the key, has `metadata` and …',
  row: 22,
  kinds: SC,
})
export const siteCrTemplatePlaceholder = rule({
  id: 'site-cr-template-placeholder',
  severity: 'error',
  title:
    'Placeholders in override files are whole-string values with prefix `.Site.`, `.Cluster.` or …',
  row: 23,
  kinds: SC,
})
export const siteCrTemplateRename = rule({
  id: 'site-cr-template-rename',
  severity: 'warning',
  title:
    'The override renders a different name or namespace than the built-in CR, so the generator …',
  row: 24,
  kinds: SC,
})
export const siteCrAnnotationsKind = rule({
  id: 'site-cr-annotations-kind',
  severity: 'warning',
  title:
    '`crAnnotations` uses only the `add` action and its kind keys are kinds generated at that level …',
  row: 25,
  kinds: BOTH,
})
export const siteCrAnnotationsShadowing = rule({
  id: 'site-cr-annotations-shadowing',
  severity: 'info',
  title:
    "A lower level's entry for a kind replaces the higher level's entry for that kind entirely (no …",
  row: 26,
  kinds: SC,
})
export const siteCrSuppressionKind = rule({
  id: 'site-cr-suppression-kind',
  severity: 'warning',
  title:
    '`crSuppression` entries are known kinds for that level (cluster: Namespace, AgentClusterInstall, …',
  row: 27,
  kinds: BOTH,
})
export const siteBmhSuppression = rule({
  id: 'site-bmh-suppression',
  severity: 'info',
  title: 'Suppressing `BareMetalHost` for a node deprovisions that host (worker-deletion flow)',
  row: 28,
  kinds: BOTH,
})
export const siteBiosConfigFile = rule({
  id: 'site-bios-config-file',
  severity: 'warning',
  title: '`biosConfigRef.filePath` (when loaded) is a flat attribute → value YAML map',
  row: 29,
  kinds: SC,
})
export const siteFileOutsideRepo = rule({
  id: 'site-file-outside-repo',
  severity: 'error',
  title: 'A file the SiteConfig names lies outside the repository',
  row: undefined,
  kinds: SC,
})
export const siteFileUnreadable = rule({
  id: 'site-file-unreadable',
  severity: 'error',
  title: 'A file the SiteConfig names cannot be read (FIFO, device, directory, over 10 MB)',
  row: undefined,
  kinds: SC,
})
