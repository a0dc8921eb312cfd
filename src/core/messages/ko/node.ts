/** node- messages (spec.clusters[i].nodes[j]). */
export const node = {
  '{{hosts}} and {{n}} more': '{{hosts}} 외 {{n}}개',
  'ironicInspect unset on {{who}}: inspection is enabled on 4.15+, disabled on 4.12–4.14':
    '{{who}}에 ironicInspect가 설정되지 않았습니다. 검사(inspection)는 4.15 이상에서 활성화되고 4.12–4.14에서는 비활성화됩니다',
  'ironicInspect unset on {{who}}: inspection is enabled on {{release}}':
    '{{who}}에 ironicInspect가 설정되지 않았습니다. {{release}}에서는 검사(inspection)가 활성화됩니다',
  'ironicInspect unset on {{who}}: inspection is disabled on {{release}}':
    '{{who}}에 ironicInspect가 설정되지 않았습니다. {{release}}에서는 검사(inspection)가 비활성화됩니다',
  '{{where}} is legacy; prefer partitioning through the node ignitionConfigOverride (ClusterInstance has no diskPartition)':
    '{{where}}은(는) 레거시 방식입니다. 노드 ignitionConfigOverride로 파티션을 구성하는 것이 좋습니다(ClusterInstance에는 diskPartition이 없습니다)',
  '{{host}} has no nodeNetwork: no NMStateConfig is generated (DHCP)':
    '{{host}}에 nodeNetwork가 없습니다. NMStateConfig가 생성되지 않습니다(DHCP)',
}
