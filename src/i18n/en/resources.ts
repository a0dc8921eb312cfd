/** English texts of the Resources tab and the Diff tab's resource view. */
export const resources = {
  Resources: 'Resources',
  'Show the Resources tab': 'Show the Resources tab',
  'Render for an ACM release': 'Render for an ACM release',
  'Loading the resources…': 'Loading the resources…',
  'Nothing to render': 'Nothing to render',
  'The resources are rendered from YAML that parses.':
    'The resources are rendered from YAML that parses.',
  'Search the rendered resources': 'Search the rendered resources',
  'Search kind, name or value': 'Search kind, name or value',
  '{{shown}} of {{count}} resources': '{{shown}} of {{count}} resources',
  'The hub would fail to render this file': 'The hub would fail to render this file',
  'Rendering notes': 'Rendering notes',
  'ACM release of the templates': 'ACM release of the templates',
  'ACM {{version}}': 'ACM {{version}}',
  'Go to a resource': 'Go to a resource',
  'Go to a resource…': 'Go to a resource…',
  'Cluster {{name}}': 'Cluster {{name}}',
  'Discovery ISO (cluster ignitionConfigOverride)':
    'Discovery ISO (cluster ignitionConfigOverride)',
  'Installation (node ignitionConfigOverride)': 'Installation (node ignitionConfigOverride)',
  'coreos-installer arguments (node installerArgs)':
    'coreos-installer arguments (node installerArgs)',
  'Where the pre-cache fields land': 'Where the pre-cache fields land',
  Decoded: 'Decoded',
  'Cannot be decoded: {{reason}}': 'Cannot be decoded: {{reason}}',
  'Units: {{names}}': 'Units: {{names}}',
  'Rendered from the selected field': 'Rendered from the selected field',
  '{{path}} is rendered into:': '{{path}} is rendered into:',
  '{{path}} is not rendered into any resource shown.':
    '{{path}} is not rendered into any resource shown.',
  'Put the cursor on a rendered field to see where it comes from.':
    'Put the cursor on a rendered field to see where it comes from.',
  '{{where}} is filled by the renderer, not from the file.':
    '{{where}} is filled by the renderer, not from the file.',
  '{{path}} (line {{line}})': '{{path}} (line {{line}})',
  'Rendered resources (read-only)': 'Rendered resources (read-only)',
  'Loading the editor…': 'Loading the editor…',
  added: 'added',
  removed: 'removed',
  changed: 'changed',
  'Resources the hub will change': 'Resources the hub will change',
  'No rendered resource changes.': 'No rendered resource changes.',
}
