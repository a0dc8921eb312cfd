/** precache- messages (image pre-caching hooks in both stages). */
export const precache = {
  '{{unit}} runs {{path}} (ExecStart=), but no storage.files entry of this override provides it':
    '{{unit}}이(가) {{path}}을(를) 실행하지만(ExecStart=), 이 override의 storage.files 항목 중 이 파일을 제공하는 것이 없습니다',
  '{{unit}} orders {{key}}={{dep}}, which does not exist on the installed node (it runs in the discovery stage only); order against machine-config-daemon-pull.service instead':
    '{{unit}}이(가) {{key}}={{dep}}(으)로 순서를 지정하지만 이 유닛은 설치된 노드에 없습니다(검색 단계에서만 실행됩니다). 대신 machine-config-daemon-pull.service를 기준으로 순서를 지정하십시오',
  '{{unit}} orders {{key}}={{dep}}, which only runs on the installed node, not in the discovery stage; order against agent.service instead':
    '{{unit}}이(가) {{key}}={{dep}}(으)로 순서를 지정하지만 이 유닛은 설치된 노드에서만 실행되고 검색 단계에서는 실행되지 않습니다. 대신 agent.service를 기준으로 순서를 지정하십시오',
  '{{path}} is provided but no unit of this override runs it':
    '{{path}}이(가) 제공되지만 이 override의 어떤 유닛도 이 파일을 실행하지 않습니다',
  'removes ${tar}.gz after extracting ${tar}.tgz, so the archive is never removed':
    '${tar}.tgz를 추출한 뒤 ${tar}.gz를 삭제하므로 아카이브가 삭제되지 않습니다',
  'prints $tar before it is set in that iteration': '해당 반복에서 $tar가 설정되기 전에 출력합니다',
  'replaces the first ":" of the whole URI, which breaks with a registry port':
    'URI 전체에서 첫 번째 ":"를 바꾸므로 레지스트리 포트가 있으면 동작하지 않습니다',
  'a mount unit bound to the pre-cache service': '사전 캐싱 서비스에 바인딩된 마운트 유닛',
  'agent-fix-bz1964591 (a no-op since assisted-service fixed the bug)':
    'agent-fix-bz1964591(assisted-service에서 버그가 수정된 뒤로 아무 작업도 하지 않습니다)',
  'percent-encoded extract scripts': '퍼센트 인코딩된 추출 스크립트',
  '{{path}} contains a known upstream bug: it {{why}}':
    '{{path}}에 알려진 업스트림 버그가 있습니다. {{why}}',
  '{{unit}} will re-run on every boot; add ExecStopPost=systemctl disable {{unit}}':
    '{{unit}}은(는) 부팅할 때마다 다시 실행됩니다. ExecStopPost=systemctl disable {{unit}}을(를) 추가하십시오',
  'Legacy pre-cache hooks from the OpenShift docs: {{hooks}}; telco-ran-tools replaced them in 2023 (factory-precaching-cli siteconfig writes the current ones)':
    'OpenShift 문서의 레거시 사전 캐싱 후크입니다: {{hooks}}. telco-ran-tools가 2023년에 이를 대체했습니다(factory-precaching-cli siteconfig가 현재 후크를 작성합니다)',
  'pre-cache hooks on a {{n}}-node cluster: the factory pre-caching flow supports single-node clusters only':
    '노드가 {{n}}개인 클러스터에 사전 캐싱 후크가 있습니다. 이미지 사전 캐싱 흐름은 단일 노드 클러스터만 지원합니다',
  '{{host}} has install-stage pre-cache hooks but the cluster ignitionConfigOverride has none; the discovery stage will pull its images':
    '{{host}}에는 설치 단계 사전 캐싱 후크가 있지만 클러스터 ignitionConfigOverride에는 없습니다. 검색 단계에서 이미지를 가져옵니다',
  'the cluster has discovery-stage pre-cache hooks but {{host}} has no install-stage hooks in its ignitionConfigOverride':
    '클러스터에는 검색 단계 사전 캐싱 후크가 있지만 {{host}}의 ignitionConfigOverride에는 설치 단계 후크가 없습니다',
  '{{host}} has pre-cache hooks but installerArgs does not save the data partition (--save-partlabel); coreos-installer would wipe it':
    '{{host}}에 사전 캐싱 후크가 있지만 installerArgs가 데이터 파티션을 보존하지 않습니다(--save-partlabel). coreos-installer가 파티션을 지웁니다',
  'installerArgs saves partlabel {{saved}} but {{unit}} mounts /dev/disk/by-partlabel/{{label}}; use the same GPT partition label in both':
    'installerArgs는 partlabel {{saved}}을(를) 보존하지만 {{unit}}은(는) /dev/disk/by-partlabel/{{label}}을(를) 마운트합니다. 두 곳에 같은 GPT 파티션 레이블을 사용하십시오',
}
