/** args- rules (node installerArgs): each declared once; rows are those of validation-rules.md. */
import { BOTH, rule } from '../registry.ts'

export const argsString = rule({
  id: 'args-string',
  severity: 'error',
  title:
    "`installerArgs` is a YAML string holding JSON, not a YAML list (the CRD's array type is wrong)",
  row: 138,
  kinds: BOTH,
})
export const argsJson = rule({
  id: 'args-json',
  severity: 'error',
  title: 'The string is a JSON array of strings',
  row: 139,
  kinds: BOTH,
})
export const argsAllowlist = rule({
  id: 'args-allowlist',
  severity: 'error',
  title:
    'Each element starting with `-` is exactly one of `--append-karg`, `--delete-karg`, `-n`, …',
  row: 140,
  kinds: BOTH,
})
export const argsFlagValue = rule({
  id: 'args-flag-value',
  severity: 'error',
  title: 'Value-taking flags are followed by a value element; `-n` / `--copy-network` take none',
  row: 141,
  kinds: BOTH,
})
export const argsValueChars = rule({
  id: 'args-value-chars',
  severity: 'error',
  title: "Values match assisted-service's safe-character regex (no spaces, `?`, `&`, `>`, `\\",
  row: 142,
  kinds: BOTH,
})
export const argsPartindex = rule({
  id: 'args-partindex',
  severity: 'error',
  title: '`--save-partindex` value is `N`, `N-M`, `N-` or `-M` (comma lists allowed), N ≥ 1, N ≤ M',
  row: 143,
  kinds: BOTH,
})
export const argsPartlabelGlob = rule({
  id: 'args-partlabel-glob',
  severity: 'error',
  severities: ['error', 'warning'],
  title:
    "`--save-partlabel` glob parses (error); warn when it matches RHCOS's own labels (`boot`, `root`, …",
  row: 144,
  kinds: BOTH,
})
export const argsDuplicate = rule({
  id: 'args-duplicate',
  severity: 'warning',
  title: 'Same `--save-partlabel` / flag+value pair repeated',
  row: 145,
  kinds: BOTH,
})
export const argsSaveSkipsCleanup = rule({
  id: 'args-save-skips-cleanup',
  severity: 'info',
  title:
    'With `--save-partlabel`/`--save-partindex`, assisted-service skips installation-disk cleanup and …',
  row: 146,
  kinds: BOTH,
})
