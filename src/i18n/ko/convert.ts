import type { convert as en } from '../en/convert.ts'
import type { Translation } from '../types.ts'

/** Korean texts of the Convert to ClusterInstance dialog; kinds and flags stay as written. */
export const convert: Translation<typeof en> = {
  Convert: '변환',
  'Convert to ClusterInstance…': 'ClusterInstance로 변환…',
  'Open a converted ClusterInstance in the editor': '변환된 ClusterInstance를 편집기에서 열기',
  'Opened {{name}}, converted from the SiteConfig. Undo is not kept across it.':
    'SiteConfig에서 변환한 {{name}}을(를) 열었습니다. 이전 실행 취소 기록은 유지되지 않습니다.',
  'Download a converted ClusterInstance': '변환된 ClusterInstance 다운로드',
  'Download all conversions (zip)': '변환 결과 모두 다운로드(zip)',
  'Convert to ClusterInstance': 'ClusterInstance로 변환',
  'Notes on the file': '파일에 대한 참고 사항',
  'Converted clusters': '변환된 클러스터',
  'Download all (zip with the kustomization snippet)':
    '모두 다운로드(kustomization 스니펫 포함 zip)',
  '(from {{path}})': '({{path}}에서)',
  'Conversion notes for {{name}}': '{{name}} 변환 참고 사항',
  'SiteConfig source': 'SiteConfig 원본',
  ClusterInstance: 'ClusterInstance',
  'Open in the editor': '편집기에서 열기',
  'Cluster template references (-t)': '클러스터 템플릿 참조(-t)',
  'namespace/name, …': 'namespace/name, …',
  'Node template references (-n)': '노드 템플릿 참조(-n)',
  'Extra manifest ConfigMaps (-m)': '추가 매니페스트 ConfigMap(-m)',
  'name, …': '이름, …',
  'Suppressed manifests (-s)': '생성하지 않을 매니페스트(-s)',
  'Kind, …': 'Kind, …',
  'Notes as comments at the top of each file (-w)': '참고 사항을 각 파일 맨 위에 주석으로(-w)',
  'Carry the comments over (-c)': '주석 옮기기(-c)',
}
