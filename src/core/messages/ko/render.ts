/** Rendered-resource change consequences (core/render/consequences.ts). The renderers' notes are in renderNotes.ts. */
export const render = {
  'the discovery ISO will be regenerated': '검색 ISO가 다시 생성됩니다',
  'a new discovery ISO will be built': '새 검색 ISO가 만들어집니다',
  'when Argo CD prunes, the namespace and everything in it is deleted':
    'Argo CD가 정리(prune)하면 네임스페이스와 그 안의 모든 리소스가 삭제됩니다',
  'when Argo CD prunes, the host is deprovisioned':
    'Argo CD가 정리(prune)하면 호스트의 프로비저닝이 해제됩니다',
  'when Argo CD prunes, the cluster is detached from the hub':
    'Argo CD가 정리(prune)하면 클러스터가 허브에서 분리됩니다',
  'the static network configuration is baked into the ISO: a host already installed keeps the old one':
    '정적 네트워크 구성은 ISO에 포함됩니다. 이미 설치된 호스트는 이전 구성을 유지합니다',
  'immutable once the installation has started: the webhook refuses the change':
    '설치가 시작된 뒤에는 변경할 수 없습니다. 웹훅이 변경을 거부합니다',
  'read at installation: an installed cluster is not changed':
    '설치할 때만 읽습니다. 이미 설치된 클러스터는 바뀌지 않습니다',
  'Hive does not allow baseDomain or clusterName to change on an existing ClusterDeployment':
    'Hive는 기존 ClusterDeployment의 baseDomain과 clusterName 변경을 허용하지 않습니다',
  'the Bare Metal Operator refuses a new bootMACAddress on a registered host':
    'Bare Metal Operator는 등록된 호스트의 bootMACAddress 변경을 거부합니다',
  'read when the host is installed: an installed host changes only when it is reinstalled':
    '호스트를 설치할 때 읽습니다. 이미 설치된 호스트는 다시 설치해야 바뀝니다',
  'the host is registered again with its BMC': '호스트가 BMC에 다시 등록됩니다',
  'policies and placements that select by these labels are evaluated again':
    '이 레이블로 선택하는 정책과 배치(placement)가 다시 평가됩니다',
  'extra manifests are applied at installation only: an installed cluster is not changed':
    '추가 매니페스트는 설치할 때만 적용됩니다. 이미 설치된 클러스터는 바뀌지 않습니다',
}
