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
}
