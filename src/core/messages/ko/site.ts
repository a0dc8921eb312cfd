/** site- messages (spec, metadata, CR templates, release, files the SiteConfig names). */
export const site = {
  'SiteConfig is deprecated since OCP 4.18 (no generator from 4.21); consider converting to ClusterInstance':
    'SiteConfig는 OCP 4.18부터 더 이상 사용되지 않습니다(4.21부터 생성기가 없습니다). ClusterInstance로 변환하는 것을 고려하십시오',
  'metadata.namespace "{{ns}}" is not used; every CR goes into the namespace named after clusterName ({{names}}), where the BMC and pull secrets must already exist':
    'metadata.namespace "{{ns}}"은(는) 사용되지 않습니다. 모든 CR은 clusterName({{names}})과 같은 이름의 네임스페이스에 생성되며, BMC 시크릿과 풀 시크릿이 그 네임스페이스에 미리 있어야 합니다',
  'none yet': '아직 없음',
  'sshPrivateKeySecretRef is not used by any generated CR':
    'sshPrivateKeySecretRef는 생성되는 어떤 CR에서도 사용되지 않습니다',
}
