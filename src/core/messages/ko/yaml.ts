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
  'the top level': '최상위',
  '{{where}}: empty (null); the value will be the string "{{s}}" — quote it':
    '{{where}}: 비어 있습니다(null). 값은 문자열 "{{s}}"이(가) 됩니다. 따옴표로 묶으십시오',
  '{{where}}: {{value}} is a {{type}}; the value will be the string "{{s}}" — quote it':
    '{{where}}: {{value}}은(는) {{type}} 값입니다. 값은 문자열 "{{s}}"이(가) 됩니다. 따옴표로 묶으십시오',
}
