/** ClusterInstance-only rules: cluster-ci-topology, ign-ci-single-quote and the ci- family. */
export const ciRules = {
  'installConfigOverrides is not a valid JSON-formatted string: {{detail}}':
    'installConfigOverrides is not a valid JSON-formatted string(JSON 구문 오류): {{detail}}',
  'installerArgs is not a valid JSON-formatted string [Node: Hostname={{h}}]: {{detail}}':
    'installerArgs is not a valid JSON-formatted string [Node: Hostname={{h}}](JSON 구문 오류): {{detail}}',
  'node-level ignitionConfigOverride is not a valid JSON-formatted string [Node: Hostname={{h}}]: {{detail}}':
    'node-level ignitionConfigOverride is not a valid JSON-formatted string [Node: Hostname={{h}}](JSON 구문 오류): {{detail}}',
  'cluster-level ignitionConfigOverride is not a valid JSON-formatted string: {{detail}}':
    'cluster-level ignitionConfigOverride is not a valid JSON-formatted string(JSON 구문 오류): {{detail}}',
  '{{where}}.{{k}} is required (a non-empty string)':
    '{{where}}.{{k}}은(는) 필수입니다(비어 있지 않은 문자열)',
  '{{where}} is {{n}} characters: the owned-by label <namespace>_<name> of every rendered object passes 63; keep it to {{max}}':
    '{{where}}은(는) {{n}}자입니다. 렌더링되는 모든 객체의 owned-by 레이블 <namespace>_<name>이 63자를 넘습니다. {{max}}자 이하로 줄이십시오',
  '{{where}} is {{n}} characters: the BareMetalHost and NMStateConfig labels that carry it take at most {{max}}':
    '{{where}}은(는) {{n}}자입니다. 이 값을 담는 BareMetalHost 및 NMStateConfig 레이블은 최대 {{max}}자입니다',
  'spec is missing: a ClusterInstance needs clusterName, baseDomain, pullSecretRef, templateRefs and nodes':
    'spec이 없습니다. ClusterInstance에는 clusterName, baseDomain, pullSecretRef, templateRefs, nodes가 필요합니다',
  "spec.nodes is required: list the cluster's hosts":
    'spec.nodes는 필수입니다. 클러스터의 호스트를 나열하십시오',
  'spec.reinstall.generation is required': 'spec.reinstall.generation은 필수입니다',
  'spec.reinstall.generation {{p}} must be lowercase letters, digits and "-", start and end alphanumeric, at most 153 characters (and never an earlier value)':
    'spec.reinstall.generation {{p}}은(는) 소문자, 숫자, "-"로 이루어지고 영숫자로 시작하고 끝나며 153자 이하여야 합니다(이전 값은 다시 쓸 수 없음)',
  'reinstall spec cannot be set during initial installation: add spec.reinstall only to a provisioned cluster, with allowReinstalls on in siteconfig-operator-configuration':
    'reinstall spec cannot be set during initial installation: spec.reinstall은 프로비저닝된 클러스터에만, siteconfig-operator-configuration에서 allowReinstalls를 켠 상태로 추가하십시오',
  'holdInstallation can only be set to true during creation, not during updates: on a provisioned cluster it may only go from true to false':
    'holdInstallation can only be set to true during creation, not during updates: 프로비저닝된 클러스터에서는 true에서 false로만 바꿀 수 있습니다',
  'once provisioning started only extraAnnotations, extraLabels, suppressedManifests, pruneManifests, clusterImageSetNameRef, holdInstallation true → false and adding or removing nodes may change (a reinstall also allows bmcAddress, bootMACAddress, interface MACs and rootDeviceHints); other changes fail with "detected unauthorized changes in immutable fields"':
    '프로비저닝이 시작되면 extraAnnotations, extraLabels, suppressedManifests, pruneManifests, clusterImageSetNameRef, holdInstallation true → false, 노드 추가 및 제거만 변경할 수 있습니다(재설치 시에는 bmcAddress, bootMACAddress, 인터페이스 MAC, rootDeviceHints도 가능). 그 밖의 변경은 "detected unauthorized changes in immutable fields"로 실패합니다',
  'clusterType is not set and has no default: with {{n}} control-plane agent(s) it should be {{want}} (only SNO renders workerAgents: 0)':
    'clusterType이 설정되지 않았으며 기본값이 없습니다. control-plane 에이전트가 {{n}}개이면 {{want}}여야 합니다(workerAgents: 0을 렌더링하는 것은 SNO뿐)',
  'clusterType HighlyAvailable contradicts the 1 control-plane agent: use SNO (with {{w}} worker(s) anything else renders workerAgents: {{w}})':
    'clusterType HighlyAvailable은 control-plane 에이전트 1개와 맞지 않습니다. SNO를 사용하십시오(작업자 노드 {{w}}개가 있으면 다른 값은 workerAgents: {{w}}를 렌더링함)',
  'diskEncryption is not rendered by the default templates ({{p}}): the disks stay unencrypted unless a custom template or an extra-manifest MachineConfig does it':
    '기본 템플릿({{p}})은 diskEncryption을 렌더링하지 않습니다. 사용자 정의 템플릿이나 추가 매니페스트의 MachineConfig가 없으면 디스크가 암호화되지 않습니다',
  '{{where}} is not rendered by the image-based install templates ({{p}}): IBI ignores ignitionConfigOverride and installerArgs, so pre-caching hooks there do nothing':
    '이미지 기반 설치 템플릿({{p}})은 {{where}}을(를) 렌더링하지 않습니다. IBI는 ignitionConfigOverride와 installerArgs를 무시하므로 그 안의 사전 캐싱 훅은 아무 효과가 없습니다',
  'missing cluster-level template reference: spec.templateRefs names the cluster templates (e.g. ai-cluster-templates-v1)':
    'missing cluster-level template reference: spec.templateRefs에 클러스터 템플릿을 지정하십시오(예: ai-cluster-templates-v1)',
  'missing node-level template reference for node {{p}}':
    'missing node-level template reference for node {{p}}: 노드의 templateRefs를 지정하십시오',
  'clusterType SNO needs exactly 1 control-plane agent (counted {{n}})':
    'clusterType SNO에는 control-plane 에이전트가 정확히 1개 필요합니다(현재 {{n}}개)',
  'clusterType HostedControlPlane takes no control-plane agents (counted {{n}}): its control plane runs on the hub; give the nodes role worker':
    'clusterType HostedControlPlane에는 control-plane 에이전트가 없어야 합니다(현재 {{n}}개). 컨트롤 플레인은 허브에서 실행되므로 노드의 role을 worker로 지정하십시오',
  'clusterType HighlyAvailableArbiter needs at least 1 arbiter and 2 control-plane agents (counted {{a}} and {{n}})':
    'clusterType HighlyAvailableArbiter에는 arbiter 1개 이상과 control-plane 에이전트 2개 이상이 필요합니다(현재 {{a}}개, {{n}}개)',
  '{{where}}: arbiter nodes are only allowed with clusterType HighlyAvailableArbiter':
    '{{where}}: arbiter 노드는 clusterType HighlyAvailableArbiter에서만 허용됩니다',
  "{{where}} holds a raw ' in a data URL: the ClusterInstance templates insert this value inside '…', so rendering fails; encode it as %27":
    "{{where}}의 data URL에 인코딩되지 않은 '가 있습니다. ClusterInstance 템플릿은 이 값을 '…' 안에 넣으므로 렌더링이 실패합니다. %27로 인코딩하십시오",
  "{{where}} holds a raw ': the ClusterInstance templates insert this value inside '…', so rendering fails; write it as \\u0027 in JSON strings":
    "{{where}}에 인코딩되지 않은 '가 있습니다. ClusterInstance 템플릿은 이 값을 '…' 안에 넣으므로 렌더링이 실패합니다. JSON 문자열에서는 \\u0027로 작성하십시오",
  'template {{p}} is not a default template; did you mean {{near}}?':
    '템플릿 {{p}}은(는) 기본 템플릿이 아닙니다. {{near}}을(를) 의미했습니까?',
}
