import type { forms as en } from '../en/forms.ts'
import type { Translation } from '../types.ts'
import { formFields } from './formFields.ts'

export const forms: Translation<typeof en> = {
  ...formFields,
  Form: '양식',
  'Cluster {{name}}': '클러스터 {{name}}',
  'Node {{name}}': '노드 {{name}}',
  'Error:': '오류:',
  'Back to the site': '사이트로 돌아가기',
  'The YAML does not parse': 'YAML을 구문 분석할 수 없습니다',
  '(line {{line}}, column {{column}}: {{message}})': '({{line}}행 {{column}}열: {{message}})',
  'The form shows the last valid state and is read-only until the YAML is fixed; your text is kept as you typed it.':
    '양식은 마지막으로 유효했던 상태를 표시하며 YAML이 수정될 때까지 읽기 전용입니다. 입력한 텍스트는 그대로 유지됩니다.',
  'Also in the file, not in this form (kept as they are; edit them in the YAML):':
    '이 양식에는 없지만 파일에 있는 항목(그대로 유지되며 YAML에서 편집합니다):',
  'Remove {{label}}': '{{label}} 제거',
  'Remove {{label}} {{n}}': '{{label}} {{n}} 제거',
  'Add: {{label}}': '추가: {{label}}',
  '{{label}} {{n}}': '{{label}} {{n}}',
  'Default: {{value}}.': '기본값: {{value}}.',
  'Deprecated. {{note}}': '더 이상 사용되지 않음. {{note}}',
  '(not set)': '(설정되지 않음)',
  'v2 only': 'v2 전용',
  'not set': '설정되지 않음',
  'not set ({{value}})': '설정되지 않음({{value}})',
  '{{value}} (not allowed)': '{{value}}(허용되지 않음)',
  '(no flag)': '(플래그 없음)',
  'Enter a whole number.': '정수를 입력하십시오.',
  'Fix: {{title}}': '빠른 수정: {{title}}',
  'The file holds {{what}} here, not {{expected}}; edit it in the YAML pane.':
    '파일의 이 위치에는 {{expected}}이(가) 아니라 {{what}}이(가) 있습니다. YAML 창에서 편집하십시오.',
  null: 'null',
  'a list': '목록',
  'a mapping': '매핑',
  'a string': '문자열',
  'a number': '숫자',
  'a boolean': '부울 값',
  text: '텍스트',
  'Too large to show here: more than {{mb}} MB once its YAML aliases are expanded. It is kept as it is; edit it in the YAML pane.':
    '여기에 표시하기에는 너무 큽니다. YAML 별칭을 펼치면 {{mb}}MB를 넘습니다. 그대로 유지되며 YAML 창에서 편집합니다.',
  'The file holds a YAML structure here, but this field must be a string holding JSON.':
    '파일의 이 위치에는 YAML 구조가 있지만 이 필드는 JSON을 담은 문자열이어야 합니다.',
  'Must be a JSON array, e.g. ["--save-partlabel", "data"].':
    'JSON 배열이어야 합니다(예: ["--save-partlabel", "data"]).',
  'Must be a JSON object { … }.': 'JSON 객체 { … }여야 합니다.',
  'Not valid JSON: {{reason}}': '유효한 JSON이 아닙니다: {{reason}}',
  'Not valid JSON at line {{line}}, column {{column}}: {{reason}}':
    '{{line}}행 {{column}}열에서 유효한 JSON이 아닙니다: {{reason}}',
  'Not valid YAML at line {{line}}, column {{column}}: {{reason}}':
    '{{line}}행 {{column}}열에서 유효한 YAML이 아닙니다: {{reason}}',
  'Flag {{n}}': '플래그 {{n}}',
  'Value {{n}}': '값 {{n}}',
  'takes no value': '값 없음',
  value: '값',
  'Remove argument {{n}}': '인수 {{n}} 제거',
  'Add argument': '인수 추가',
  'New {{label}} key': '새 {{label}} 키',
  'new key': '새 키',
  'Add key': '키 추가',
}
