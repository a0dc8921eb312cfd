/** yaml- rules (document and YAML level): each declared once; rows are those of validation-rules.md. */
import { BOTH, SC, rule } from '../registry.ts'

export const yamlParse = rule({
  id: 'yaml-parse',
  severity: 'error',
  title: 'The text parses as YAML and values have the expected shape (list vs map vs scalar)',
  row: 1,
  kinds: BOTH,
})
export const yamlSingleDocument = rule({
  id: 'yaml-single-document',
  severity: 'warning',
  title: 'The file holds exactly one YAML document; the generator reads only the first one',
  row: 2,
  kinds: SC,
})
export const yamlUnknownKey = rule({
  id: 'yaml-unknown-key',
  severity: 'warning',
  title:
    'Key not known at that level (SiteConfig decoding is not strict, so typos are silently ignored)',
  row: 3,
  kinds: BOTH,
})
export const yamlCrdOnlyKey = rule({
  id: 'yaml-crd-only-key',
  severity: 'warning',
  title: 'Keys the CRD lists but the generator ignores: `clusters[].baseDomain`, …',
  row: 4,
  kinds: SC,
})
export const yamlComputedKey = rule({
  id: 'yaml-computed-key',
  severity: 'warning',
  title:
    'Hand-written computed fields: `clusterType`, `numMasters`, `numWorkers`, `extraManifestOnly`, …',
  row: 5,
  kinds: SC,
})
export const yaml11Boolean = rule({
  id: 'yaml-11-boolean',
  severity: 'warning',
  title:
    'Unquoted `y`, `n`, `yes`, `no`, `on`, `off` in any case (`Yes`, `NO`, `On`, …) as a key or value',
  row: 6,
  kinds: BOTH,
})
export const yamlStringMapValue = rule({
  id: 'yaml-string-map-value',
  severity: 'warning',
  title: 'Non-string values (bool, number, null) in string maps: `clusterLabels`, `nodeLabels`, …',
  row: 7,
  kinds: BOTH,
})
export const yaml11LineBreak = rule({
  id: 'yaml-11-line-break',
  severity: 'error',
  title: 'U+0085, U+2028 or U+2029: a line break to YAML 1.1 parsers',
  row: undefined,
  kinds: SC,
})
export const yamlMergeKey = rule({
  id: 'yaml-merge-key',
  severity: 'error',
  severities: ['error', 'warning'],
  title: 'A "<<" merge key: merged by YAML 1.1 parsers, a plain key to the editor',
  row: undefined,
  kinds: SC,
})
