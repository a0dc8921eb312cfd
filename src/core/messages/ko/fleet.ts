/** Findings between the files of one repository (core/fleet/crossRules.ts). */
export const fleet = {
  'cluster {{name}} is defined both as SiteConfig and as ClusterInstance: {{where}}':
    '클러스터 {{name}}이(가) SiteConfig와 ClusterInstance로 모두 정의되어 있습니다: {{where}}',
  'clusterName {{name}} is defined in {{count}} files: {{where}}':
    'clusterName {{name}}이(가) {{count}}개 파일에 정의되어 있습니다: {{where}}',
  'hostName {{name}} is used in {{count}} files: {{where}}':
    'hostName {{name}}이(가) {{count}}개 파일에서 사용됩니다: {{where}}',
  'MAC {{mac}} is used by nodes in {{count}} files: {{where}}':
    'MAC {{mac}}을(를) {{count}}개 파일의 노드가 사용합니다: {{where}}',
  'bmcAddress {{address}} is used by nodes in {{count}} files: {{where}}':
    'bmcAddress {{address}}을(를) {{count}}개 파일의 노드가 사용합니다: {{where}}',
  'VIP {{vip}} is used by clusters in {{count}} files: {{where}}':
    'VIP {{vip}}을(를) {{count}}개 파일의 클러스터가 사용합니다: {{where}}',
  'machine network {{cidr}} is used by clusters in {{count}} files: {{where}}':
    '머신 네트워크 {{cidr}}을(를) {{count}}개 파일의 클러스터가 사용합니다: {{where}}',
  'machine network {{inner}} lies inside {{outer}}: {{where}}':
    '머신 네트워크 {{inner}}이(가) {{outer}} 안에 있습니다: {{where}}',
  'the kustomization cannot be read: {{reason}}': 'kustomization을 읽을 수 없습니다: {{reason}}',
  '{{entry}} in {{field}} leads outside the repository':
    '{{field}}의 {{entry}}이(가) 저장소 밖을 가리킵니다',
  '{{entry}} in {{field}} is not there': '{{field}}의 {{entry}}이(가) 없습니다',
  '{{entry}} in {{field}} is a directory without a kustomization.yaml':
    '{{field}}의 {{entry}}은(는) kustomization.yaml이 없는 디렉터리입니다',
  '{{entry}} is a SiteConfig: list it under generators, not resources, or the ZTP plugin does not render it':
    '{{entry}}은(는) SiteConfig입니다. resources가 아닌 generators에 나열해야 ZTP 플러그인이 렌더링합니다',
  '{{entry}} is a ClusterInstance: list it under resources, not generators':
    '{{entry}}은(는) ClusterInstance입니다. generators가 아닌 resources에 나열하십시오',
  'no kustomization.yaml lists {{file}}, so Argo CD never renders it':
    '어떤 kustomization.yaml도 {{file}}을(를) 나열하지 않아 Argo CD가 렌더링하지 않습니다',
}
