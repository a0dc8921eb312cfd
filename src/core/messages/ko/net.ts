/** net- messages (networks, VIPs, MACs, nmstate, proxy, NTP). */
export const net = {
  'Value "{{value}}" is not valid MAC address. ({{where}}: six colon-separated hex pairs, e.g. {{example}})':
    '값 "{{value}}"은(는) 올바른 MAC 주소가 아닙니다. ({{where}}: 콜론으로 구분한 16진수 6쌍이어야 합니다. 예: {{example}})',
  'MAC {{mac}} is used by {{host}} and {{other}}':
    'MAC {{mac}}을(를) {{host}}와(과) {{other}}이(가) 함께 사용합니다',
  "MAC {{mac}} appears twice in {{host}}'s nodeNetwork.interfaces":
    'MAC {{mac}}이(가) {{host}}의 nodeNetwork.interfaces에 두 번 나옵니다',
  "bootMACAddress {{mac}} is not among {{host}}'s nodeNetwork.interfaces":
    'bootMACAddress {{mac}}이(가) {{host}}의 nodeNetwork.interfaces에 없습니다',
}
