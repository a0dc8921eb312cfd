/** yaml- messages (keys the generator ignores, YAML 1.1 readings, document shape). */
export const yaml = {
  '{{where}} is computed by the generator (from the node roles); the value here is ignored':
    '{{where}}은(는) 생성기가 노드 역할로부터 계산합니다. 여기에 지정한 값은 무시됩니다',
  '{{where}} is ignored: {{why}}': '{{where}}은(는) 무시됩니다. {{why}}',
  'every cluster uses spec.baseDomain': '모든 클러스터가 spec.baseDomain을 사용합니다',
  'the generator does not read it': '생성기가 이 값을 읽지 않습니다',
  'Unknown key "{{key}}" at {{where}} is ignored by the generator; did you mean "{{near}}"?':
    '{{where}}의 알 수 없는 키 "{{key}}"은(는) 생성기가 무시합니다. "{{near}}"을(를) 의도하셨습니까?',
  'Unknown key "{{key}}" at {{where}} is ignored by the generator':
    '{{where}}의 알 수 없는 키 "{{key}}"은(는) 생성기가 무시합니다',
  'Unknown key "{{key}}" at {{where}} is not in the ClusterInstance CRD: the API server drops it; did you mean "{{near}}"?':
    '{{where}}의 알 수 없는 키 "{{key}}"은(는) ClusterInstance CRD에 없으므로 API 서버가 버립니다. "{{near}}"을(를) 의도하셨습니까?',
  'Unknown key "{{key}}" at {{where}} is not in the ClusterInstance CRD: the API server drops it':
    '{{where}}의 알 수 없는 키 "{{key}}"은(는) ClusterInstance CRD에 없으므로 API 서버가 버립니다',
  'the top level': '최상위',
  '{{where}}: empty (null); the value will be the string "{{s}}" — quote it':
    '{{where}}: 비어 있습니다(null). 값은 문자열 "{{s}}"이(가) 됩니다. 따옴표로 묶으십시오',
  '{{where}}: {{value}} is a {{type}}; the value will be the string "{{s}}" — quote it':
    '{{where}}: {{value}}은(는) {{type}} 값입니다. 값은 문자열 "{{s}}"이(가) 됩니다. 따옴표로 묶으십시오',
  'File has {{others}} YAML documents; siteconfig-generator reads only the first ({{first}}); also here: {{kinds}}':
    '파일에 YAML 문서가 {{others}}개 있습니다. siteconfig-generator는 첫 번째({{first}})만 읽습니다. 함께 있는 문서: {{kinds}}',
  'the SiteConfig': 'SiteConfig 문서',
  'spec must be a mapping, got {{p}}': 'spec은 매핑이어야 합니다(지정된 값: {{p}})',
  'spec.clusters must be a list, got {{p}} (write each cluster as "- clusterName: …")':
    'spec.clusters는 목록이어야 합니다(지정된 값: {{p}}). 각 클러스터를 "- clusterName: …" 형식으로 작성하십시오',
  'spec.clusters[{{c}}] must be a mapping, got {{p}}':
    'spec.clusters[{{c}}]은(는) 매핑이어야 합니다(지정된 값: {{p}})',
  'clusters[{{c}}].nodes must be a list, got {{p}} (write each node as "- hostName: …")':
    'clusters[{{c}}].nodes는 목록이어야 합니다(지정된 값: {{p}}). 각 노드를 "- hostName: …" 형식으로 작성하십시오',
  'clusters[{{c}}].nodes[{{n}}] must be a mapping, got {{p}}':
    'clusters[{{c}}].nodes[{{n}}]은(는) 매핑이어야 합니다(지정된 값: {{p}})',
  'a {{what}} ends this comment for the generator (YAML 1.1): it reads {{rest}} as a new line of YAML; remove the character':
    '생성기(YAML 1.1)에게는 {{what}}이(가) 이 주석을 끝냅니다. {{rest}}을(를) 새 YAML 줄로 읽습니다. 이 문자를 제거하십시오',
  'a {{what}} is a line break for the generator (YAML 1.1): in a quoted value it reads a space there, anywhere else it reads {{rest}} as a new line of YAML; remove the character (or write the escape \\u{{p}} in double quotes)':
    '생성기(YAML 1.1)에게 {{what}}은(는) 줄 바꿈입니다. 따옴표로 묶은 값에서는 공백으로, 그 밖의 위치에서는 {{rest}}을(를) 새 YAML 줄로 읽습니다. 이 문자를 제거하십시오(또는 큰따옴표 안에 이스케이프 \\u{{p}}을(를) 쓰십시오)',
  '"<<" is a merge key for the generator (YAML 1.1), and it fails on this one: it merges only a mapping or a list of mappings':
    '"<<"은(는) 생성기(YAML 1.1)의 병합 키이며 여기서는 실패합니다. 매핑 또는 매핑 목록만 병합합니다',
  '"<<" is a merge key for the generator (YAML 1.1); here it adds no key (each is set on this node), but the editor reads it as a key named "<<": remove it':
    '"<<"은(는) 생성기(YAML 1.1)의 병합 키입니다. 여기서는 추가되는 키가 없지만(모두 이 노드에 설정됨) 편집기는 이를 "<<"라는 키로 읽습니다. 제거하십시오',
  '"<<" is a merge key for the generator (YAML 1.1): it merges {{keys}} into this node, which no view of the editor shows; write those keys out instead':
    '"<<"은(는) 생성기(YAML 1.1)의 병합 키입니다. {{keys}}을(를) 이 노드에 병합하지만 편집기의 어떤 보기에도 표시되지 않습니다. 대신 해당 키를 직접 작성하십시오',
  '"<<" is a merge key for the generator (YAML 1.1): it merges {{keys}} into this node, which no view of the editor shows; write that key out instead':
    '"<<"은(는) 생성기(YAML 1.1)의 병합 키입니다. {{keys}}을(를) 이 노드에 병합하지만 편집기의 어떤 보기에도 표시되지 않습니다. 대신 해당 키를 직접 작성하십시오',
  '{{where}}: {{value}} is text to YAML 1.2 but a boolean to Kubernetes\' YAML 1.1 parser — quote it ("{{value2}}") or write true/false':
    '{{where}}: {{value}}은(는) YAML 1.2에서는 텍스트이지만 Kubernetes의 YAML 1.1 파서에서는 boolean입니다. 따옴표로 묶거나("{{value2}}") true/false로 작성하십시오',
  '{{where}} value "{{value}}" is not a valid label value (≤ 63 of A-Z a-z 0-9 - _ ., alphanumeric at both ends)':
    '{{where}} 값 "{{value}}"은(는) 올바른 레이블 값이 아닙니다(A-Z a-z 0-9 - _ . 63자 이하, 양 끝은 영숫자)',
  '{{where}} key "{{key}}" is not a valid label key':
    '{{where}} 키 "{{key}}"은(는) 올바른 레이블 키가 아닙니다',
  '{{where}} key "{{key}}" is not a valid label key (empty name)':
    '{{where}} 키 "{{key}}"은(는) 올바른 레이블 키가 아닙니다(이름이 비어 있음)',
  '{{where}} "{{value}}" must be {{p}} or {{p2}}':
    '{{where}} "{{value}}"은(는) {{p}} 또는 {{p2}}이어야 합니다',
}
