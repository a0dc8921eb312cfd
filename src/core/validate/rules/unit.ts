/** unit- rules (systemd units inside an override): each declared once; rows are those of validation-rules.md. */
import { BOTH, rule } from '../registry.ts'

export const unitExtension = rule({
  id: 'unit-extension',
  severity: 'error',
  title:
    'Unit name ends in .service .socket .device .mount .automount .swap .target .path .timer …',
  row: 123,
  kinds: BOTH,
})
export const unitNameChars = rule({
  id: 'unit-name-chars',
  severity: 'error',
  title: 'Name uses only `[A-Za-z0-9:_.\\-@]` (plus `\\xNN` escapes) and is ≤ 255 chars',
  row: 124,
  kinds: BOTH,
})
export const unitDuplicate = rule({
  id: 'unit-duplicate',
  severity: 'error',
  title: 'Unit names are unique; dropin names unique per unit',
  row: 125,
  kinds: BOTH,
})
export const unitMountName = rule({
  id: 'unit-mount-name',
  severity: 'error',
  title: 'A `.mount` unit is named `systemd-escape --path <Where=>` + `.mount`',
  row: 126,
  kinds: BOTH,
})
export const unitMountMnt = rule({
  id: 'unit-mount-mnt',
  severity: 'warning',
  title: '`Where=/mnt` on RHCOS (a symlink to `/var/mnt`)',
  row: 127,
  kinds: BOTH,
})
export const unitContentsParse = rule({
  id: 'unit-contents-parse',
  severity: 'error',
  title:
    'Contents parse: no option before the first `[Section]`, valid section headers, lines ≤ 2048 bytes',
  row: 128,
  kinds: BOTH,
})
export const unitEnabledNoInstall = rule({
  id: 'unit-enabled-no-install',
  severity: 'warning',
  title: '`enabled: true` but no `[Install]` section (also for the template of an `@` instance)',
  row: 129,
  kinds: BOTH,
})
export const unitDropinExtension = rule({
  id: 'unit-dropin-extension',
  severity: 'error',
  title: 'Dropin names end in `.conf`',
  row: 130,
  kinds: BOTH,
})
export const unitDanglingDependency = rule({
  id: 'unit-dangling-dependency',
  severity: 'warning',
  title:
    '`After=`, `Requires=`, `BindsTo=`, `RequiredBy=` name a unit that is neither defined in the …',
  row: 131,
  kinds: BOTH,
})
export const unitWorkingDirectoryMount = rule({
  id: 'unit-working-directory-mount',
  severity: 'warning',
  title: '`WorkingDirectory=` is the mount point of a mount unit but the service has no …',
  row: 132,
  kinds: BOTH,
})
