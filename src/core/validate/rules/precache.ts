/** precache- rules (factory image pre-caching hooks): each declared once; rows are those of validation-rules.md. */
import { BOTH, rule } from '../registry.ts'

export const precachePartitionNotSaved = rule({
  id: 'precache-partition-not-saved',
  severity: 'error',
  title:
    'A node with pre-cache hooks in its override has `--save-partlabel` or `--save-partindex` in …',
  row: 154,
  kinds: BOTH,
})
export const precacheLabelConsistency = rule({
  id: 'precache-label-consistency',
  severity: 'error',
  title: "The partition label agrees across `--save-partlabel`, the mount unit's …",
  row: 155,
  kinds: BOTH,
})
export const precacheExecFileMissing = rule({
  id: 'precache-exec-file-missing',
  severity: 'error',
  title:
    'Every `ExecStart=…extract-*.sh` has a `storage.files` entry, and every extract script is used by …',
  row: 156,
  kinds: BOTH,
})
export const precacheIncomplete = rule({
  id: 'precache-incomplete',
  severity: 'warning',
  title:
    'The three pre-cache fields go together: cluster override (discovery hooks), node override …',
  row: 157,
  kinds: BOTH,
})
export const precacheStageOrdering = rule({
  id: 'precache-stage-ordering',
  severity: 'warning',
  title: 'Cluster-level override orders `Before=agent.service`; node-level orders …',
  row: 158,
  kinds: BOTH,
})
export const precacheSelfDisable = rule({
  id: 'precache-self-disable',
  severity: 'warning',
  title:
    'Pre-cache service disables itself (`ExecStopPost=systemctl disable …`), else it re-runs on every …',
  row: 159,
  kinds: BOTH,
})
export const precacheLegacyHooks = rule({
  id: 'precache-legacy-hooks',
  severity: 'warning',
  title: 'Legacy docs pattern: `var-mnt.mount` with `BindsTo=precache…`, `agent-fix-bz1964591`, …',
  row: 160,
  kinds: BOTH,
})
export const precacheScriptBugs = rule({
  id: 'precache-script-bugs',
  severity: 'warning',
  title:
    'Decoded extract scripts contain known bug signatures: `rm -f ${tar}.gz`, `$tar` used before …',
  row: 161,
  kinds: BOTH,
})
export const precacheSnoOnly = rule({
  id: 'precache-sno-only',
  severity: 'warning',
  title:
    'Pre-cache hooks on a multi-node cluster; the factory-precaching-cli flow targets SNO only',
  row: 162,
  kinds: BOTH,
})
