/** Messages of the validator itself (validate.ts, collect.ts). */
export const core = {
  'the file is empty: a SiteConfig needs apiVersion, kind, metadata and spec':
    '파일이 비어 있습니다. SiteConfig에는 apiVersion, kind, metadata, spec이 필요합니다',
  'not a SiteConfig: the document is not a mapping with apiVersion and kind':
    'SiteConfig가 아닙니다. 문서가 apiVersion과 kind가 있는 매핑이 아닙니다',
  '…and {{n}} more {{rule}} findings in {{where}} (the first {{max}} are listed)':
    '…{{where}}에 {{rule}} 검사 결과가 {{n}}개 더 있습니다(처음 {{max}}개만 표시합니다)',
  'the file': '파일',
}
