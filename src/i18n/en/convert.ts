/** English texts of the Convert to ClusterInstance dialog and its actions. */
export const convert = {
  Convert: 'Convert',
  'Convert to ClusterInstance…': 'Convert to ClusterInstance…',
  'Open a converted ClusterInstance in the editor':
    'Open a converted ClusterInstance in the editor',
  'Opened {{name}}, converted from the SiteConfig. Undo is not kept across it.':
    'Opened {{name}}, converted from the SiteConfig. Undo is not kept across it.',
  'Download a converted ClusterInstance': 'Download a converted ClusterInstance',
  'Download all conversions (zip)': 'Download all conversions (zip)',
  'Convert to ClusterInstance': 'Convert to ClusterInstance',
  'Notes on the file': 'Notes on the file',
  'Converted clusters': 'Converted clusters',
  'Download all (zip with the kustomization snippet)':
    'Download all (zip with the kustomization snippet)',
  '(from {{path}})': '(from {{path}})',
  'Conversion notes for {{name}}': 'Conversion notes for {{name}}',
  'SiteConfig source': 'SiteConfig source',
  ClusterInstance: 'ClusterInstance',
  'Open in the editor': 'Open in the editor',
  'Cluster template references (-t)': 'Cluster template references (-t)',
  'namespace/name, …': 'namespace/name, …',
  'Node template references (-n)': 'Node template references (-n)',
  'Extra manifest ConfigMaps (-m)': 'Extra manifest ConfigMaps (-m)',
  'name, …': 'name, …',
  'Suppressed manifests (-s)': 'Suppressed manifests (-s)',
  'Kind, …': 'Kind, …',
  'Notes as comments at the top of each file (-w)':
    'Notes as comments at the top of each file (-w)',
  'Carry the comments over (-c)': 'Carry the comments over (-c)',
} as const
