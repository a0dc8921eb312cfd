/** Notes of the extra-manifest collection; the filter and overwrite texts are the generator's. */
import { msg } from '../messages/message.ts'
import type { Message } from '../messages/message.ts'
import type { Path } from '../document/path.ts'
import type { Note } from './types.ts'

const n = (severity: Note['severity'], message: Message, path: Path): Note => ({
  severity,
  message,
  path,
})

export const manifestNotes = {
  unreadable: (path: string, reason: string, p: Path) =>
    n('error', msg('extra manifests {{path}} were not collected: {{reason}}', { path, reason }), p),
  noRepo: (path: string, p: Path) =>
    n(
      'warning',
      msg(
        'extra manifests {{path}} were not collected: the files next to the SiteConfig are not available here (convert -d in the CLI collects them)',
        { path },
      ),
      p,
    ),
  builtin: (p: Path) =>
    n(
      'info',
      msg(
        "the cluster has no extraManifests.searchPaths: ztp-site-generate's built-in extra manifests are not collected; add them to the ConfigMap yourself if the cluster needs them",
      ),
      p,
    ),
  template: (file: string, p: Path) =>
    n(
      'warning',
      msg(
        '{{file}} is a Go template and is not rendered: render it once per role and add the result to the ConfigMap',
        { file },
      ),
      p,
    ),
  notYaml: (file: string, p: Path) =>
    n('error', msg('{{file}} is not a YAML mapping: it is left out of the ConfigMap', { file }), p),
  overwrite: (file: string, p: Path) =>
    n('error', msg('Pre-defined extra-manifest cannot be over written {{file}}', { file }), p),
  inclusionDefault: (value: string, p: Path) =>
    n(
      'error',
      msg(
        'acceptable values for inclusionDefault are include and exclude. You have entered {{value}}',
        { value },
      ),
      p,
    ),
  excludeInExcludeMode: (p: Path) =>
    n(
      'error',
      msg('when InclusionDefault is set to exclude, exclude list can not have entries'),
      p,
    ),
  includeInIncludeMode: (p: Path) =>
    n(
      'error',
      msg('when InclusionDefault is set to include, include list can not have entries'),
      p,
    ),
  badInclude: (file: string, valid: string, p: Path) =>
    n(
      'error',
      msg('Filename {{file}} under include array is invalid. Valid files names are: {{valid}}', {
        file,
        valid,
      }),
      p,
    ),
  badExclude: (file: string, valid: string, p: Path) =>
    n(
      'error',
      msg('Filename {{file}} under exclude array is invalid. Valid files names are: {{valid}}', {
        file,
        valid,
      }),
      p,
    ),
}
