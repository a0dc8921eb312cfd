/** site- messages (spec, metadata, CR templates, release, files the SiteConfig names). */
export const site = {
  'SiteConfig is deprecated since OCP 4.18 (no generator from 4.21); consider converting to ClusterInstance':
    'SiteConfig는 OCP 4.18부터 더 이상 사용되지 않습니다(4.21부터 생성기가 없습니다). ClusterInstance로 변환하는 것을 고려하십시오',
  'metadata.namespace "{{ns}}" is not used; every CR goes into the namespace named after clusterName ({{names}}), where the BMC and pull secrets must already exist':
    'metadata.namespace "{{ns}}"은(는) 사용되지 않습니다. 모든 CR은 clusterName({{names}})과 같은 이름의 네임스페이스에 생성되며, BMC 시크릿과 풀 시크릿이 그 네임스페이스에 미리 있어야 합니다',
  'none yet': '아직 없음',
  'sshPrivateKeySecretRef is not used by any generated CR':
    'sshPrivateKeySecretRef는 생성되는 어떤 CR에서도 사용되지 않습니다',
  '{{where}}: "{{k}}" is not a valid CR type to override at {{level}} level ({{p}}){{p2}}':
    '{{where}}: "{{k}}"은(는) {{level}} 수준에서 재정의할 수 있는 CR 유형이 아닙니다({{p}}){{p2}}',
  '{{where}}: only the "add" action exists; "{{action}}" is ignored':
    '{{where}}: "add" 작업만 있습니다. "{{action}}"은(는) 무시됩니다',
  '{{where}}."{{k}}" matches no CR generated at {{level}} level{{p}}':
    '{{where}}."{{k}}"은(는) {{level}} 수준에서 생성되는 어떤 CR과도 일치하지 않습니다{{p}}',
  '{{where}} "{{k}}" has no effect at cluster level; use nodes[].crSuppression':
    '{{where}} "{{k}}"은(는) 클러스터 수준에서 효과가 없습니다. nodes[].crSuppression을 사용하십시오',
  '{{where}} "{{k}}" is not a CR generated at {{level}} level ({{p}}){{p2}}':
    '{{where}} "{{k}}"은(는) {{level}} 수준에서 생성되는 CR이 아닙니다({{p}}){{p2}}',
  'Suppressing BareMetalHost for {{p}} deprovisions this host (the worker-deletion flow)':
    '{{p}}의 BareMetalHost를 억제하면 이 호스트의 프로비저닝이 해제됩니다(작업자 노드 삭제 흐름)',
  '{{where}} hides the {{p}} {{k}} annotations (levels are not merged)':
    '{{where}}은(는) {{p}}의 {{k}} 어노테이션을 가립니다(수준 간에 병합되지 않습니다)',
  '{{file}}: {{reason}}': '{{file}}: {{reason}}',
  '{{where}}: {{file}} {{reason}}; only files inside the repository are read':
    '{{where}}: {{file}} {{reason}}. 저장소 안의 파일만 읽습니다',
  '{{where}}: {{file}} {{reason}}': '{{where}}: {{file}} {{reason}}',
  'could not parse {{file}} as YAML: {{error}}':
    '{{file}}을(를) YAML로 구문 분석할 수 없습니다: {{error}}',
  '"{{rel}}" must hold exactly one object (found {{length}})':
    '"{{rel}}"에는 객체가 정확히 하나 있어야 합니다({{length}}개 있음)',
  'Override template kind "{{p}}" in "{{rel}}" does not match expected kind "{{kind}}"':
    '"{{rel}}"의 재정의 템플릿 kind "{{p}}"이(가) 예상한 kind "{{kind}}"와(과) 일치하지 않습니다',
  'Overriden template metadata in "{{rel}}" is not specified!':
    '"{{rel}}"에 재정의 템플릿 metadata가 지정되지 않았습니다',
  'Overriden template metadata annotations in "{{rel}}" is not specified!':
    '"{{rel}}"에 재정의 템플릿 metadata annotations가 지정되지 않았습니다',
  'metadata.annotations["argocd.argoproj.io/sync-wave"] in "{{rel}}" is {{p}}; the built-in {{kind}} uses "{{p2}}"':
    '"{{rel}}"의 metadata.annotations["argocd.argoproj.io/sync-wave"]이(가) {{p}}입니다. 기본 {{kind}}은(는) "{{p2}}"을(를) 사용합니다',
  '{{where}}: Key "{{p}}" in "{{rel}}" could not be translated (placeholders are whole-string values naming a .Site., .Cluster. or .Node. field)':
    '{{where}}: "{{rel}}"의 키 "{{p}}"을(를) 변환할 수 없습니다(자리 표시자는 .Site., .Cluster., .Node. 필드를 가리키는 문자열 전체 값이어야 합니다)',
  '"{{rel}}" renames the {{kind}} ({{p}}/{{p2}}, built-in {{namespace}}/{{name}}); the generator will ignore this override':
    '"{{rel}}"이(가) {{kind}}의 이름을 바꿉니다({{p}}/{{p2}}, 기본값 {{namespace}}/{{name}}). 생성기가 이 재정의를 무시합니다',
  '"{{rel}}" is not a flat attribute → value map':
    '"{{rel}}"은(는) 평면적인 속성 → 값 맵이 아닙니다',
  '{{where}} needs release 4.{{since}}+; on the selected 4.{{target}} it is silently ignored':
    '{{where}}에는 릴리스 4.{{since}} 이상이 필요합니다. 선택한 4.{{target}}에서는 알리지 않고 무시됩니다',
  'release 4.{{target}} has no SiteConfig generator (removed in 4.21); use ClusterInstance':
    '릴리스 4.{{target}}에는 SiteConfig 생성기가 없습니다(4.21에서 제거됨). ClusterInstance를 사용하십시오',
  'ran.openshift.io/v2 needs release 4.15+; the selected 4.{{target}} does not know it':
    'ran.openshift.io/v2에는 릴리스 4.15 이상이 필요합니다. 선택한 4.{{target}}은(는) 이를 인식하지 못합니다',
  'apiVersion is missing; use ran.openshift.io/v1 or ran.openshift.io/v2':
    'apiVersion이 없습니다. ran.openshift.io/v1 또는 ran.openshift.io/v2를 사용하십시오',
  'Not valid siteConfig ApiVersion {{apiVersion}}; use ran.openshift.io/v1 or ran.openshift.io/v2':
    'siteConfig ApiVersion {{apiVersion}}이(가) 올바르지 않습니다. ran.openshift.io/v1 또는 ran.openshift.io/v2를 사용하십시오',
  'kind is missing; it must be "SiteConfig"': 'kind가 없습니다. "SiteConfig"여야 합니다',
  'kind must be "SiteConfig" (got {{p}})': 'kind는 "SiteConfig"여야 합니다(지정된 값: {{p}})',
  'metadata.name is required': 'metadata.name은 필수입니다',
  'spec is missing: a SiteConfig needs spec.baseDomain, spec.pullSecretRef and spec.clusters':
    'spec이 없습니다. SiteConfig에는 spec.baseDomain, spec.pullSecretRef, spec.clusters가 필요합니다',
  'spec.clusters must contain at least one cluster':
    'spec.clusters에는 클러스터가 하나 이상 있어야 합니다',
  'spec.baseDomain is required (e.g. example.com)': 'spec.baseDomain은 필수입니다(예: example.com)',
  'spec.pullSecretRef.name is required: the Secret holding the pull secret in each cluster namespace':
    'spec.pullSecretRef.name은 필수입니다. 각 클러스터 네임스페이스에서 풀 시크릿을 담은 시크릿입니다',
  'Site and cluster clusterImageSetNameRef cannot be empty {{site}}/{{p}}: set it on the site or the cluster':
    '사이트와 클러스터의 clusterImageSetNameRef가 모두 비어 있을 수 없습니다({{site}}/{{p}}). 사이트 또는 클러스터에 설정하십시오',
  'spec.sshPublicKey contains a PRIVATE key — remove it, paste the public key (the .pub file) instead, and rotate that key pair':
    'spec.sshPublicKey에 개인 키가 있습니다. 제거하고 대신 공개 키(.pub 파일)를 붙여 넣은 다음 해당 키 쌍을 교체하십시오',
  'spec.sshPublicKey line {{p}} does not start with a known key type ({{p2}}, …)':
    'spec.sshPublicKey {{p}}행이 알려진 키 유형({{p2}}, …)으로 시작하지 않습니다',
}
