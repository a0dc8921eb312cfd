/** args- messages (nodes[].installerArgs). */
export const args = {
  '{{flag}} must be followed by a value (a label glob, e.g. data)':
    '{{flag}} 뒤에는 값이 와야 합니다(레이블 glob, 예: data)',
  '{{flag}} must be followed by a value': '{{flag}} 뒤에는 값이 와야 합니다',
  'found unexpected chars in value "{{value}}" for installer':
    '설치 프로그램 값 "{{value}}"에 허용되지 않는 문자가 있습니다',
  '--save-partindex "{{value}}" must be N, N-M, N- or -M with 1 ≤ N ≤ M':
    '--save-partindex "{{value}}"은(는) N, N-M, N- 또는 -M(1 ≤ N ≤ M) 형식이어야 합니다',
  '--save-partlabel "{{value}}" would also match RHCOS partitions':
    '--save-partlabel "{{value}}"은(는) RHCOS 파티션과도 일치합니다',
  'duplicate {{pair}}': '{{pair}}이(가) 중복되었습니다',
  'saving partitions: assisted-service skips disk cleanup and the fio disk-speed check for this host':
    '파티션 보존: assisted-service가 이 호스트의 디스크 정리와 fio 디스크 속도 검사를 건너뜁니다',
  'installerArgs must be a quoted JSON string, e.g. \'["--save-partlabel", "data"]\', not a YAML list':
    'installerArgs는 YAML 목록이 아니라 따옴표로 묶은 JSON 문자열이어야 합니다. 예: \'["--save-partlabel", "data"]\'',
  'installerArgs must be a JSON array of strings in a string, e.g. \'["--save-partlabel", "data"]\'':
    'installerArgs는 문자열 안에 든 문자열의 JSON 배열이어야 합니다. 예: \'["--save-partlabel", "data"]\'',
  'installerArgs {{problem}}': 'installerArgs 오류: {{problem}}',
  'found unexpected flag {{flag}} for installer - allowed flags are {{list}}: values may not start with "-"':
    '설치 프로그램에 예상하지 못한 플래그 {{flag}}이(가) 있습니다. 허용되는 플래그는 {{list}}입니다. 값은 "-"로 시작할 수 없습니다',
  'found unexpected flag {{flag}} for installer - allowed flags are {{list}}; write "{{a}}", "{{b}}" as two elements':
    '설치 프로그램에 예상하지 못한 플래그 {{flag}}이(가) 있습니다. 허용되는 플래그는 {{list}}입니다. "{{a}}", "{{b}}"의 두 요소로 작성하십시오',
  'found unexpected flag {{flag}} for installer - allowed flags are {{list}}':
    '설치 프로그램에 예상하지 못한 플래그 {{flag}}이(가) 있습니다. 허용되는 플래그는 {{list}}입니다',
}
