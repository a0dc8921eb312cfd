/** ign- and unit- messages (ignitionConfigOverride, its files and systemd units). */
export const ign = {
  'ignition.version is missing or not semver ({{value}}); use "3.1.0" or "3.2.0"':
    'ignition.version이 없거나 semver 형식이 아닙니다({{value}}). "3.1.0" 또는 "3.2.0"을 사용하십시오',
  'Assisted Installer only accepts Ignition 3.1.0 or 3.2.0; got {{version}}':
    'Assisted Installer는 Ignition 3.1.0 또는 3.2.0만 허용합니다. 지정된 버전: {{version}}',
  '{{file}}: mode {{mode}} is not a valid permission value (0–4095, decimal)':
    '{{file}}: mode {{mode}}은(는) 올바른 권한 값이 아닙니다(0–4095, 10진수)',
  '{{file}}: mode {{mode}} is decimal (= {{octal}} → effective {{effective}}, world-writable)':
    '{{file}}: mode {{mode}}은(는) 10진수입니다(= {{octal}} → 실제 권한 {{effective}}, 모든 사용자가 쓸 수 있음)',
  '{{file}}: mode {{mode}} is decimal (= {{octal}} → effective {{effective}})':
    '{{file}}: mode {{mode}}은(는) 10진수입니다(= {{octal}} → 실제 권한 {{effective}})',
  '{{file}}: mode {{mode}} is decimal (= {{octal}} → effective {{effective}}, world-writable); did you mean {{fixed}} (0o{{mode}})?':
    '{{file}}: mode {{mode}}은(는) 10진수입니다(= {{octal}} → 실제 권한 {{effective}}, 모든 사용자가 쓸 수 있음). {{fixed}}(0o{{mode}})을(를) 의도하셨습니까?',
  '{{file}}: mode {{mode}} is decimal (= {{octal}} → effective {{effective}}); did you mean {{fixed}} (0o{{mode}})?':
    '{{file}}: mode {{mode}}은(는) 10진수입니다(= {{octal}} → 실제 권한 {{effective}}). {{fixed}}(0o{{mode}})을(를) 의도하셨습니까?',
  '{{label}}: {{syntax}}': '{{label}}: {{syntax}}',
  "{{label}}: '+' is not decoded as a space in data URLs; the file will contain literal '+' (encode spaces as %20)":
    "{{label}}: 데이터 URL에서 '+'는 공백으로 디코딩되지 않습니다. 파일에 '+' 문자가 그대로 들어갑니다(공백은 %20으로 인코딩하십시오)",
  '{{label}}: {{message}} at offset {{offset}}':
    '{{label}}: 오프셋 {{offset}}에서 오류가 있습니다. {{message}}',
  '{{label}}: invalid url scheme "{{scheme}}" (Ignition {{version}} allows {{allowed}})':
    '{{label}}: URL 스킴 "{{scheme}}"이(가) 올바르지 않습니다(Ignition {{version}}에서 허용: {{allowed}})',
  '{{label}}: unable to parse url (Ignition {{version}} allows {{allowed}})':
    '{{label}}: URL을 구문 분석할 수 없습니다(Ignition {{version}}에서 허용: {{allowed}})',
  '{{label}}: compression {{value}} is not supported (use gzip or leave it out)':
    '{{label}}: 압축 방식 {{value}}은(는) 지원되지 않습니다(gzip을 사용하거나 지정하지 마십시오)',
  '{{label}}: cannot use HTTP headers with this source scheme':
    '{{label}}: 이 소스 스킴에는 HTTP 헤더를 사용할 수 없습니다',
  '{{label}}: compression is gzip but data is not gzip':
    '{{label}}: 압축 방식이 gzip이지만 데이터가 gzip이 아닙니다',
  '{{label}}: {{reason}}; the verification hash is not checked':
    '{{label}}: {{reason}}. 검증 해시를 확인하지 않습니다',
  '{{label}}: {{reason}}': '{{label}}: {{reason}}',
  '{{label}}: {{problem}}': '{{label}}: {{problem}}',
  'unrecognized hash function (use sha512- or sha256-)':
    '알 수 없는 해시 함수입니다(sha512- 또는 sha256-을 사용하십시오)',
  'malformed hash specifier': '해시 지정자의 형식이 잘못되었습니다',
  'incorrect size for hash sum ({{fn}} has {{n}} hex digits)':
    '해시 값의 길이가 올바르지 않습니다({{fn}}은(는) 16진수 {{n}}자리입니다)',
  'source must be specified if verification is specified':
    'verification을 지정하면 source도 지정해야 합니다',
  'verification hash does not match the contents': '검증 해시가 내용과 일치하지 않습니다',
  '{{p}} must be a string holding Ignition JSON (quote it or use a | block)':
    '{{p}}은(는) Ignition JSON을 담은 문자열이어야 합니다(따옴표로 묶거나 | 블록을 사용하십시오)',
  'ignitionConfigOverride holds a Butane or MachineConfig YAML document; paste the Ignition JSON it produces (butane --strict, variant fcos 1.1.0 or 1.3.0)':
    'ignitionConfigOverride에 Butane 또는 MachineConfig YAML 문서가 있습니다. 이 문서로 생성한 Ignition JSON을 붙여 넣으십시오(butane --strict, variant fcos 1.1.0 또는 1.3.0)',
  'ignitionConfigOverride is {{message}}': 'ignitionConfigOverride 오류: {{message}}',
  'ignitionConfigOverride holds a MachineConfig or Butane document; paste only its Ignition config (spec.config), or use extra manifests':
    'ignitionConfigOverride에 MachineConfig 또는 Butane 문서가 있습니다. Ignition 구성(spec.config)만 붙여 넣거나 추가 매니페스트를 사용하십시오',
  'storage.{{kind}}[{{i}}]: path not specified':
    'storage.{{kind}}[{{i}}]: path가 지정되지 않았습니다',
  'storage.{{kind}}[{{i}}].path "{{p}}" is not absolute':
    'storage.{{kind}}[{{i}}].path "{{p}}"은(는) 절대 경로가 아닙니다',
  'storage.{{kind}}[{{i}}].path "{{p}}" is not fully simplified':
    'storage.{{kind}}[{{i}}].path "{{p}}"은(는) 완전히 정규화된 경로가 아닙니다',
  'duplicate path {{p}} (also in {{p2}})': '경로 {{p}}이(가) 중복되었습니다({{p2}}에도 있습니다)',
  '{{p}}: {{who}} cannot set both id and name':
    '{{p}}: {{who}}은(는) id와 name을 함께 지정할 수 없습니다',
  '{{what}} requires ignition.version {{min}} (declared {{version}}); assisted-service accepts only 3.1.0 and 3.2.0, so it cannot be used in an override':
    '{{what}}에는 ignition.version {{min}}이(가) 필요합니다(선언된 버전: {{version}}). assisted-service는 3.1.0과 3.2.0만 허용하므로 override에서 사용할 수 없습니다',
  '{{what}} requires ignition.version {{min}} (declared {{version}})':
    '{{what}}에는 ignition.version {{min}}이(가) 필요합니다(선언된 버전: {{version}})',
  'path conflicts with systemd unit or dropin: {{path}}':
    '경로가 systemd 유닛 또는 드롭인과 충돌합니다: {{path}}',
  '{{name}}: mode {{mode}} = 0o{{p}}. If you meant 0o{{mode}}, use {{p2}}':
    '{{name}}: mode {{mode}} = 0o{{p}}입니다. 0o{{mode}}을(를) 의도했다면 {{p2}}을(를) 사용하십시오',
  '{{name}} has mode {{mode}} ({{octal}}): not executable; a unit running it directly fails (493 = 0755 is expected)':
    '{{name}}의 mode가 {{mode}}({{octal}})이므로 실행할 수 없습니다. 이 파일을 직접 실행하는 유닛은 실패합니다(493 = 0755여야 합니다)',
  '{{name}} has mode unset (0644): not executable; a unit running it directly fails (493 = 0755 is expected)':
    '{{name}}의 mode가 설정되지 않아(0644) 실행할 수 없습니다. 이 파일을 직접 실행하는 유닛은 실패합니다(493 = 0755여야 합니다)',
  '{{name}}: overwrite must be false if source is unspecified':
    '{{name}}: source를 지정하지 않으면 overwrite는 false여야 합니다',
  "{{where}} is {{p}} KiB; the discovery ignition limit is 256 KiB including assisted-service's own content":
    '{{where}}의 크기는 {{p}} KiB입니다. 검색 단계 Ignition의 한도는 assisted-service 자체 내용을 포함해 256 KiB입니다',
  'unknown key "{{key}}" at {{loc}}; did you mean "{{near}}"? (Ignition ignores it)':
    '{{loc}}의 알 수 없는 키 "{{key}}"입니다. "{{near}}"을(를) 의도하셨습니까? (Ignition은 이 키를 무시합니다)',
  'unknown key "{{key}}" at {{loc}} (Ignition ignores it)':
    '{{loc}}의 알 수 없는 키 "{{key}}"입니다(Ignition은 이 키를 무시합니다)',
  'invalid systemd unit extension "{{name}}"':
    'systemd 유닛 확장자가 올바르지 않습니다: "{{name}}"',
  'systemd unit "{{name}}" has invalid characters (allowed: letters, digits, : _ . - @ and \\xNN escapes; at most 255)':
    'systemd 유닛 "{{name}}"에 허용되지 않는 문자가 있습니다(허용: 문자, 숫자, : _ . - @ 및 \\xNN 이스케이프, 최대 255자)',
  'duplicate entry defined: systemd unit {{name}}':
    '중복 항목이 정의되었습니다: systemd 유닛 {{name}}',
  'invalid systemd drop-in extension "{{dn}}" ({{name}}); drop-ins end in .conf':
    'systemd 드롭인 확장자 "{{dn}}"({{name}})이(가) 올바르지 않습니다. 드롭인은 .conf로 끝나야 합니다',
  'duplicate entry defined: drop-in {{dn}} of {{name}}':
    '중복 항목이 정의되었습니다: {{name}}의 드롭인 {{dn}}',
  'invalid unit content in {{name}}, line {{line}}: {{message}}':
    '{{name}}의 유닛 내용이 올바르지 않습니다. {{line}}행: {{message}}',
  'unit "{{name}}" is enabled, but has no [Install] section so enable does nothing':
    '유닛 "{{name}}"이(가) 활성화되어 있지만 [Install] 섹션이 없어 활성화가 아무 효과도 없습니다',
  '{{name}}: /mnt is a symlink to /var/mnt on RHCOS; use Where=/var{{where}} and name the unit var-{{name}}':
    '{{name}}: RHCOS에서 /mnt는 /var/mnt의 심볼릭 링크입니다. Where=/var{{where}}을(를) 사용하고 유닛 이름을 var-{{name}}(으)로 지정하십시오',
  '{{name}}: /mnt is a symlink to /var/mnt on RHCOS; use Where=/var{{where}} and name the unit after it':
    '{{name}}: RHCOS에서 /mnt는 /var/mnt의 심볼릭 링크입니다. Where=/var{{where}}을(를) 사용하고 유닛 이름을 그 경로에 맞추십시오',
  '{{name}} {{key}}={{dep}}, but no {{dep}} is defined in this override':
    '{{name}}에 {{key}}={{dep}}이(가) 있지만 이 override에 {{dep}}이(가) 정의되어 있지 않습니다',
  '{{name}}: WorkingDirectory={{wd}} depends on {{m}}; add After={{m}}':
    '{{name}}: WorkingDirectory={{wd}}은(는) {{m}}에 의존합니다. After={{m}}을(를) 추가하십시오',
  '{{name}} has Where={{where}}; systemd will refuse it ("Where= setting doesn\'t match unit name"). Rename it to {{p}} (or set Where={{p2}})':
    '{{name}}에 Where={{where}}이(가) 있어 systemd가 거부합니다("Where= setting doesn\'t match unit name"). 이름을 {{p}}(으)로 바꾸거나 Where={{p2}}(으)로 설정하십시오',
}
