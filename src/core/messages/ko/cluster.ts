/** cluster- messages (spec.clusters[i]: fields, manifests, install-config). */
export const cluster = {
  'Invalid json parameter set at installConfigOverride: {{error}}':
    'installConfigOverride에 설정된 JSON 매개변수가 올바르지 않습니다: {{error}}',
  'a syntax error next to a secret member (pullSecret, sshKey); the text there is not shown':
    '시크릿 멤버(pullSecret, sshKey) 근처의 구문 오류입니다. 해당 위치의 텍스트는 표시하지 않습니다',
  '{{where}} must be a string holding a JSON object':
    '{{where}}은(는) JSON 객체를 담은 문자열이어야 합니다',
  'diskEncryption.type is nbde but tang is empty':
    'diskEncryption.type이 nbde이지만 tang이 비어 있습니다',
  '{{where}} needs a url and a thumbprint': '{{where}}에는 url과 thumbprint가 필요합니다',
  'diskEncryption.type is tpm2 but tpm2.pcrList is not set (use "1,7")':
    'diskEncryption.type이 tpm2이지만 tpm2.pcrList가 설정되지 않았습니다("1,7"을 사용하십시오)',
  'tpm2.pcrList "{{pcr}}": the docs require PCR 1 and 7 ("1,7")':
    'tpm2.pcrList "{{pcr}}": 문서에서는 PCR 1과 7("1,7")을 요구합니다',
  'acceptable values for inclusionDefault are include and exclude. You have entered {{mode}}':
    'inclusionDefault에 허용되는 값은 include와 exclude입니다. 입력한 값: {{mode}}',
  'when InclusionDefault is set to include, include list can not have entries':
    'InclusionDefault가 include이면 include 목록에 항목을 넣을 수 없습니다',
  'when InclusionDefault is set to exclude, exclude list can not have entries':
    'InclusionDefault가 exclude이면 exclude 목록에 항목을 넣을 수 없습니다',
  'extraManifestPath is ignored because extraManifests.searchPaths is set':
    'extraManifests.searchPaths가 설정되어 있으므로 extraManifestPath는 무시됩니다',
  'extraManifestPath is deprecated; use extraManifests.searchPaths (OCP ≥ 4.14)':
    'extraManifestPath는 더 이상 사용되지 않습니다. extraManifests.searchPaths를 사용하십시오(OCP 4.14 이상)',
  'siteConfigMap has no effect with ran.openshift.io/v1; switch to v2':
    'ran.openshift.io/v1에서는 siteConfigMap이 효과가 없습니다. v2로 전환하십시오',
  'networking.networkType {{p}} in installConfigOverrides is replaced by networkType ({{p2}})':
    'installConfigOverrides의 networking.networkType {{p}}은(는) networkType({{p2}})으로 대체됩니다',
  '{{where}} must be "full" or "partial" (got {{p}})':
    '{{where}}은(는) "full" 또는 "partial"이어야 합니다(지정된 값: {{p}})',
  'accelerated-ztp ({{aztp}}, 4.16+) adds the ConfigMap ref {{p}}-aztp and the plural manifests ref, even in v1':
    'accelerated-ztp({{aztp}}, 4.16 이상)는 v1에서도 ConfigMap 참조 {{p}}-aztp와 복수형 매니페스트 참조를 추가합니다',
  'searchPaths is set: the built-in extra manifests of the ztp-site-generate container are not included; list their directory too if you need them':
    'searchPaths가 설정되어 있습니다. ztp-site-generate 컨테이너의 기본 추가 매니페스트는 포함되지 않습니다. 필요하면 해당 디렉터리도 나열하십시오',
  '{{where}} {{p}}: no such directory next to the SiteConfig':
    '{{where}} {{p}}: SiteConfig 옆에 이 디렉터리가 없습니다',
  'Pre-defined extra-manifest cannot be over written {{n}} (in {{dir}})':
    '미리 정의된 추가 매니페스트는 덮어쓸 수 없습니다: {{n}}({{dir}})',
  'Filename {{n}} under {{list}} array is invalid. Valid files names are: {{shown}}':
    '{{list}} 배열의 파일 이름 {{n}}이(가) 올바르지 않습니다. 올바른 파일 이름: {{shown}}',
  'Missing cluster name at site {{p}}: clusters[{{c}}].clusterName is required':
    '사이트 {{p}}에 클러스터 이름이 없습니다. clusters[{{c}}].clusterName은(는) 필수입니다',
  'Repeated Cluster Name {{site}}/{{cname}}: clusters[{{first}}] and clusters[{{c}}] share it':
    '클러스터 이름 {{site}}/{{cname}}이(가) 중복되었습니다. clusters[{{first}}]와(과) clusters[{{c}}]이(가) 같은 이름을 사용합니다',
  'Number of masters (counted 0) must be 1 or more in cluster {{p}}':
    '클러스터 {{p}}의 master 수(0개)는 1개 이상이어야 합니다',
  'clusterName "{{name}}" must use lowercase letters, digits and "-", start and end alphanumeric, ≤ 54 characters':
    'clusterName "{{name}}"은(는) 소문자, 숫자, "-"만 사용하고 영숫자로 시작하고 끝나야 하며 54자 이하여야 합니다',
  'cpuPartitioningMode value of [{{cpuPartitioningMode}}] is not valid, supported values are [None AllNodes]':
    'cpuPartitioningMode 값 [{{cpuPartitioningMode}}]이(가) 올바르지 않습니다. 지원되는 값은 [None AllNodes]입니다',
}
