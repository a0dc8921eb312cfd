/** ClusterInstance messages: its header, shape and the ci- rules (CRD, webhook, rendering pitfalls). */
export const ci = {
  '{{where}} must be a mapping with a cidr in ClusterInstance (SiteConfig uses strings)':
    '{{where}}은(는) ClusterInstance에서 cidr가 있는 매핑이어야 합니다(SiteConfig는 문자열 사용)',
  'apiVersion {{apiVersion}} is not the ClusterInstance API; use {{api}}':
    'apiVersion {{apiVersion}}은(는) ClusterInstance API가 아닙니다. {{api}}을(를) 사용하십시오',
  'kind must be "ClusterInstance" (got {{p}})':
    'kind는 "ClusterInstance"여야 합니다(지정된 값: {{p}})',
  'spec.clusterImageSetNameRef is required: the ClusterImageSet of the release to install':
    'spec.clusterImageSetNameRef은(는) 필수입니다. 설치할 릴리스의 ClusterImageSet입니다',
  'missing cluster name: spec.clusterName is required':
    'missing cluster name: spec.clusterName은(는) 필수입니다',
  'at least 1 control-plane agent is required: no node has role master':
    'at least 1 control-plane agent is required: role이 master인 노드가 없습니다',
  'spec.nodes must be a list, got {{p}} (write each node as "- hostName: …")':
    'spec.nodes는 목록이어야 합니다(지정된 값: {{p}}). 각 노드를 "- hostName: …" 형식으로 작성하십시오',
  'spec.nodes[{{n}}] must be a mapping, got {{p}}':
    'spec.nodes[{{n}}]은(는) 매핑이어야 합니다(지정된 값: {{p}})',
  '{{where}} must be "" (inspection enabled) or disabled in ClusterInstance (got {{p}})':
    '{{where}}은(는) ClusterInstance에서 ""(검사 사용) 또는 disabled여야 합니다(지정된 값: {{p}})',
  '; did you mean {{p}}?': '. {{p}}을(를) 의미했습니까?',
  '{{where}}: {{k}} is no kind the default templates render{{p}}':
    '{{where}}: {{k}}은(는) 기본 템플릿이 렌더링하는 kind가 아닙니다{{p}}',
  'every host of the cluster': '클러스터의 모든 호스트',
  '{{single}} does not exist in ClusterInstance and is ignored; use {{list}}':
    '{{single}}은(는) ClusterInstance에 없는 필드이므로 무시됩니다. {{list}}을(를) 사용하십시오',
}
