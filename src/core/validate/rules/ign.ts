/** ign- rules (Ignition JSON in ignitionConfigOverride): each declared once; rows are those of validation-rules.md. */
import { BOTH, CI, rule } from '../registry.ts'

export const ignJson = rule({
  id: 'ign-json',
  severity: 'error',
  title:
    'Parses as a JSON object after YAML unquoting (watch YAML double-quoted scalars turning `\\n` into …',
  row: 102,
  kinds: BOTH,
})
export const ignVersionPresent = rule({
  id: 'ign-version-present',
  severity: 'error',
  title: '`ignition.version` present and a full semver',
  row: 103,
  kinds: BOTH,
})
export const ignVersionSupported = rule({
  id: 'ign-version-supported',
  severity: 'error',
  title: '`ignition.version` ∈ {3.1.0, 3.2.0} (assisted-service accepts only these)',
  row: 104,
  kinds: BOTH,
})
export const ignVersionFeatures = rule({
  id: 'ign-version-features',
  severity: 'error',
  title:
    'No field newer than the declared version: luks, partitions resize, shouldExist, `gs://` need …',
  row: 105,
  kinds: BOTH,
})
export const ignNotMachineconfig = rule({
  id: 'ign-not-machineconfig',
  severity: 'error',
  title: 'The value is an Ignition config, not a MachineConfig (`apiVersion: …',
  row: 106,
  kinds: BOTH,
})
export const ignUnknownKey = rule({
  id: 'ign-unknown-key',
  severity: 'warning',
  title: 'Unknown keys (Ignition only warns `unused key` and drops the setting)',
  row: 107,
  kinds: BOTH,
})
export const ignFilePath = rule({
  id: 'ign-file-path',
  severity: 'error',
  title: '`files[].path` (and directories, links) absolute and fully simplified',
  row: 108,
  kinds: BOTH,
})
export const ignDuplicatePath = rule({
  id: 'ign-duplicate-path',
  severity: 'error',
  title: 'No path repeated across files, directories and links',
  row: 109,
  kinds: BOTH,
})
export const ignPathUnitConflict = rule({
  id: 'ign-path-unit-conflict',
  severity: 'error',
  title:
    'No storage file at `/etc/systemd/system/<unit>` (or `<unit>.d/<dropin>`) for a unit/dropin that …',
  row: 110,
  kinds: BOTH,
})
export const ignModeRange = rule({
  id: 'ign-mode-range',
  severity: 'error',
  title: '`mode` within 0–4095',
  row: 111,
  kinds: BOTH,
})
export const ignModeSpecialBits = rule({
  id: 'ign-mode-special-bits',
  severity: 'warning',
  severities: ['warning', 'error'],
  title: '`mode & 0o7000` ≠ 0',
  row: 112,
  kinds: BOTH,
})
export const ignModeOctalTypo = rule({
  id: 'ign-mode-octal-typo',
  severity: 'warning',
  title: 'Octal-looking value without special bits (400, 440, 444, 500)',
  row: 113,
  kinds: BOTH,
})
export const ignScriptNotExecutable = rule({
  id: 'ign-script-not-executable',
  severity: 'warning',
  title: 'A script under `/usr/local/bin` or referenced by an `ExecStart=` has no executable bit',
  row: 114,
  kinds: BOTH,
})
export const ignOverwriteSource = rule({
  id: 'ign-overwrite-source',
  severity: 'error',
  title: '`overwrite: true` requires `contents.source`',
  row: 115,
  kinds: BOTH,
})
export const ignSourceScheme = rule({
  id: 'ign-source-scheme',
  severity: 'error',
  title:
    'Source scheme allowed by the declared version (3.1: http, https, tftp, s3, data; 3.2 adds gs)',
  row: 116,
  kinds: BOTH,
})
export const ignCompression = rule({
  id: 'ign-compression',
  severity: 'error',
  severities: ['error', 'warning'],
  title:
    '`compression` is `""`/absent or `gzip`; with gzip the decoded data starts with the gzip magic bytes',
  row: 117,
  kinds: BOTH,
})
export const ignVerificationHash = rule({
  id: 'ign-verification-hash',
  severity: 'error',
  title:
    '`verification.hash` is `sha512-<128 hex>` or `sha256-<64 hex>` (sha256 from 3.1), has a source, …',
  row: 118,
  kinds: BOTH,
})
export const ignHttpHeaders = rule({
  id: 'ign-http-headers',
  severity: 'error',
  title: '`httpHeaders` only with an http/https source',
  row: 119,
  kinds: BOTH,
})
export const ignUserGroup = rule({
  id: 'ign-user-group',
  severity: 'error',
  title: '`user` / `group` set either `id` or `name`, not both',
  row: 120,
  kinds: BOTH,
})
export const ignDiscoverySize = rule({
  id: 'ign-discovery-size',
  severity: 'error',
  severities: ['error', 'warning'],
  title:
    'Size of the cluster-level override; the discovery ignition (assisted content + override) is …',
  row: 121,
  kinds: BOTH,
})
export const ignCiSingleQuote = rule({
  id: 'ign-ci-single-quote',
  severity: 'warning',
  severities: ['warning', 'error'],
  title:
    "ClusterInstance (and export to it): a raw `'` in `ignitionConfigOverride` or `installerArgs` can break …",
  row: 122,
  kinds: CI,
})
