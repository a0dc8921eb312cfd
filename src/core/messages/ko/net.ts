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
  '{{where}} must be a CIDR string in SiteConfig (ClusterInstance uses {cidr: …})':
    'SiteConfig에서 {{where}}은(는) CIDR 문자열이어야 합니다(ClusterInstance는 {cidr: …}을 사용합니다)',
  '{{where}} must be a mapping with a cidr and a hostPrefix':
    '{{where}}은(는) cidr와 hostPrefix가 있는 매핑이어야 합니다',
  '{{where}} must be a mapping with a cidr': '{{where}}은(는) cidr가 있는 매핑이어야 합니다',
  '{{where}} is required': '{{where}}은(는) 필수입니다',
  '{{where}} "{{text}}" is not a valid CIDR (e.g. 10.128.0.0/14 or fd01::/48)':
    '{{where}} "{{text}}"은(는) 올바른 CIDR이 아닙니다(예: 10.128.0.0/14 또는 fd01::/48)',
  '{{where}} {{text}} is not a network address; did you mean {{base}}/{{prefix}}?':
    '{{where}} {{text}}은(는) 네트워크 주소가 아닙니다. {{base}}/{{prefix}}을(를) 의도하셨습니까?',
  '{{where}} {{text}}: the {{family}} prefix must be {{lo}}–{{hi}}':
    '{{where}} {{text}}: {{family}} 접두사 길이는 {{lo}}–{{hi}}이어야 합니다',
  '{{where}} has {{length}} entries; at most 2 (one IPv4, one IPv6)':
    '{{where}}에 항목이 {{length}}개 있습니다. 최대 2개(IPv4 하나, IPv6 하나)까지입니다',
  '{{where}}: with two entries the first must be IPv4 and the second IPv6':
    '{{where}}: 항목이 두 개이면 첫 번째는 IPv4, 두 번째는 IPv6이어야 합니다',
  '{{where}} {{hp}} must be a whole number between {{lo}} and {{hi}} for {{text}}':
    '{{text}}에 대해 {{where}} {{hp}}은(는) {{lo}}에서 {{hi}} 사이의 정수여야 합니다',
  'Provided CIDRs can not overlap: {{where}} {{text}} and {{where2}} {{text2}}':
    '지정한 CIDR은 겹칠 수 없습니다: {{where}} {{text}}와(과) {{where2}} {{text2}}',
  '{{where}} "{{value}}" is not a valid host name or IP':
    '{{where}} "{{value}}"은(는) 올바른 호스트 이름이나 IP가 아닙니다',
  '{{where}} "{{value}}" is listed twice': '{{where}} "{{value}}"이(가) 두 번 나열되었습니다',
  '{{where}}: interface name "{{nm}}" must have no spaces and ≤ 15 characters':
    '{{where}}: 인터페이스 이름 "{{nm}}"에는 공백이 없어야 하며 15자 이하여야 합니다',
  'nmstate interface "{{nm}}" of {{host}} has no MAC mapping in nodeNetwork.interfaces; the agent cannot tell which NIC it is':
    '{{host}}의 nmstate 인터페이스 "{{nm}}"에 대한 MAC 매핑이 nodeNetwork.interfaces에 없습니다. 에이전트가 어느 NIC인지 알 수 없습니다',
  '{{where}}: vlan.id {{p}} must be a whole number between 1 and 4094':
    '{{where}}: vlan.id {{p}}은(는) 1에서 4094 사이의 정수여야 합니다',
  '{{p}} lists {{dup}} twice': '{{p}}에 {{dup}}이(가) 두 번 나열되었습니다',
  '{{where}}: {{problem}}': '{{where}}: {{problem}}',
  'nmstate address entries are {ip, prefix-length}; got {{p}} ({{host}} {{p2}})':
    'nmstate 주소 항목은 {ip, prefix-length} 형식입니다. 지정된 값: {{p}}({{host}} {{p2}})',
  '{{host}} {{iface}}: ip {{value}} is not a valid {{family}} address':
    '{{host}} {{iface}}: ip {{value}}은(는) 올바른 {{family}} 주소가 아닙니다',
  '{{host}} {{p}} address {{text}} has no prefix-length (1–{{max}})':
    '{{host}} {{p}}의 주소 {{text}}에 prefix-length(1–{{max}})가 없습니다',
  '{{label}}: prefix-length must be 1–{{max}}': '{{label}}: prefix-length는 1–{{max}}이어야 합니다',
  '{{label}} is a {{p}} address': '{{label}}은(는) {{p}} 주소입니다',
  '{{label}} is the network address': '{{label}}은(는) 네트워크 주소입니다',
  '{{label}} is the broadcast address': '{{label}}은(는) 브로드캐스트 주소입니다',
  'dns-resolver server {{value}} is not a valid IP':
    'dns-resolver 서버 {{value}}은(는) 올바른 IP가 아닙니다',
  'dns-resolver server {{ip}} is a {{range}} address':
    'dns-resolver 서버 {{ip}}은(는) {{range}} 주소입니다',
  'dns-resolver server {{ip}} is listed twice':
    'dns-resolver 서버 {{ip}}이(가) 두 번 나열되었습니다',
  '{{where}}: routes.config[{{i}}].next-hop-address {{p}} is not a valid IP':
    '{{where}}: routes.config[{{i}}].next-hop-address {{p}}은(는) 올바른 IP가 아닙니다',
  '{{text}} is assigned to {{other}} and {{host}}':
    '{{text}}이(가) {{other}}와(과) {{host}}에 함께 할당되었습니다',
  '{{host}} has no address inside machineNetwork {{p}}':
    '{{host}}에 machineNetwork {{p}} 안의 주소가 없습니다',
  'proxy is set but neither httpProxy nor httpsProxy is':
    'proxy가 설정되어 있지만 httpProxy와 httpsProxy가 모두 없습니다',
  'proxy.httpProxy must be an http:// URL (got {{http}})':
    'proxy.httpProxy는 http:// URL이어야 합니다(지정된 값: {{http}})',
  'proxy.httpsProxy must be an http:// or https:// URL (got {{https}})':
    'proxy.httpsProxy는 http:// 또는 https:// URL이어야 합니다(지정된 값: {{https}})',
  'proxy.noProxy must be a comma-separated list of domains, IPs or CIDRs':
    'proxy.noProxy는 쉼표로 구분한 도메인, IP 또는 CIDR 목록이어야 합니다',
  '{{where}} has {{masters}} masters but no {{key}}; multi-node clusters need both':
    '{{where}}에 master가 {{masters}}개 있지만 {{key}}이(가) 없습니다. 다중 노드 클러스터에는 둘 다 필요합니다',
  '{{where}} is single-node but sets VIPs; VIPs are only used by multi-node clusters':
    '{{where}}은(는) 단일 노드인데 VIP를 설정합니다. VIP는 다중 노드 클러스터에서만 사용됩니다',
  '{{where}} "{{value}}" must be an IP address without a /prefix':
    '{{where}} "{{value}}"은(는) /접두사 없는 IP 주소여야 합니다',
  '{{where}} "{{value}}" must be an IP address': '{{where}} "{{value}}"은(는) IP 주소여야 합니다',
  '{{where}} {{text}} is the network or broadcast address of machineNetwork {{net}}':
    '{{where}} {{text}}은(는) machineNetwork {{net}}의 네트워크 주소 또는 브로드캐스트 주소입니다',
  '{{where}} {{text}} is outside machineNetwork {{net}}':
    '{{where}} {{text}}은(는) machineNetwork {{net}} 밖에 있습니다',
  '(no {{family}} network)': '({{family}} 네트워크 없음)',
  '{{where}} has more than 2 entries (one per IP family)':
    '{{where}}에 항목이 2개보다 많습니다(IP 패밀리당 하나)',
  'apiVIPs[{{i}}] and ingressVIPs[{{i}}] are both {{text}}; they must differ':
    'apiVIPs[{{i}}]와 ingressVIPs[{{i}}]이(가) 모두 {{text}}입니다. 서로 달라야 합니다',
  '{{single}} {{text}} differs from {{list}}[0] {{text2}}':
    '{{single}} {{text}}이(가) {{list}}[0] {{text2}}와(과) 다릅니다',
  '{{single}} is deprecated (ClusterInstance has only {{list}}); use {{list}}':
    '{{single}}은(는) 더 이상 사용되지 않습니다(ClusterInstance에는 {{list}}만 있습니다). {{list}}을(를) 사용하십시오',
}
