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
  '{{where}} is required (the BMC that boots the discovery ISO)':
    '{{where}}은(는) 필수입니다(검색 ISO를 부팅하는 BMC)',
  '{{where}} is required (a Secret with username and password in the cluster namespace)':
    '{{where}}은(는) 필수입니다(클러스터 네임스페이스에 username과 password가 있는 시크릿)',
  '{{where}}.bootMACAddress is required (BMC driver requires a BootMACAddress value)':
    '{{where}}.bootMACAddress는 필수입니다(BMC 드라이버에 BootMACAddress 값이 필요합니다)',
  '{{where}} holds credentials ({{user}}@); keep them in the bmcCredentialsName Secret and remove them from the address (it is stored in git)':
    '{{where}}에 자격 증명({{user}}@)이 있습니다. 주소는 git에 저장되므로 자격 증명을 주소에서 제거하고 bmcCredentialsName 시크릿에 보관하십시오',
  "Unknown BMC type '{{scheme}}' for address {{p}}":
    "주소 {{p}}의 BMC 유형 '{{scheme}}'을(를) 알 수 없습니다",
  'BMC address hostname/IP : [{{host}}] is invalid':
    'BMC 주소의 호스트 이름/IP [{{host}}]이(가) 올바르지 않습니다',
  'BMC driver "{{base}}" is removed in current metal3; check your OpenShift version':
    'BMC 드라이버 "{{base}}"은(는) 현재 metal3에서 제거되었습니다. OpenShift 버전을 확인하십시오',
  '{{scheme}}:// cannot boot the discovery ISO via virtual media; use redfish-virtualmedia:// or idrac-virtualmedia://':
    '{{scheme}}://은(는) 가상 미디어로 검색 ISO를 부팅할 수 없습니다. redfish-virtualmedia:// 또는 idrac-virtualmedia://를 사용하십시오',
  'redfish address has no /redfish/v1/Systems/<id>; required if the BMC manages more than one system':
    'redfish 주소에 /redfish/v1/Systems/<id>가 없습니다. BMC가 두 개 이상의 시스템을 관리하면 필수입니다',
  'UEFISecureBoot is not supported by the {{base}} driver':
    '{{base}} 드라이버는 UEFISecureBoot를 지원하지 않습니다',
  'cpuset "{{cpuset}}" must look like 0-1,40-41':
    'cpuset "{{cpuset}}"은(는) 0-1,40-41과 같은 형식이어야 합니다',
  'cpuset is deprecated; use cpuPartitioningMode: AllNodes with PerformanceProfile.spec.cpu.reserved':
    'cpuset은 더 이상 사용되지 않습니다. PerformanceProfile.spec.cpu.reserved와 함께 cpuPartitioningMode: AllNodes를 사용하십시오',
  'cpuset on {{p}} is ignored: the cluster is not SNO':
    '{{p}}의 cpuset은 무시됩니다. 클러스터가 SNO가 아닙니다',
  'ClusterType must be SNO to do disk partitioning using SiteConfig':
    'SiteConfig로 디스크 파티션을 구성하려면 ClusterType이 SNO여야 합니다',
  'must provide a path for mount_point. e.g /var/path':
    'mount_point에 경로를 지정해야 합니다. 예: /var/path',
  'path must be absolute mount_point. e.g /var/path':
    'mount_point는 절대 경로여야 합니다. 예: /var/path',
  'start value too small. must be over 25000': 'start 값이 너무 작습니다. 25000보다 커야 합니다',
  'choose an appropriate partition size. must be greater than 0':
    '적절한 파티션 크기를 선택하십시오. 0보다 커야 합니다',
  '{{where}}.nodeNetwork has a config but no interfaces (name → macAddress)':
    '{{where}}.nodeNetwork에 config는 있지만 interfaces(name → macAddress)가 없습니다',
  '{{where}}.{{k}} is required': '{{where}}.{{k}}은(는) 필수입니다',
  '{{where}} is required (it names the BareMetalHost)':
    '{{where}}은(는) 필수입니다(BareMetalHost의 이름이 됩니다)',
  'hostName "{{value}}" is not allowed': 'hostName "{{value}}"은(는) 사용할 수 없습니다',
  'hostName "{{value}}" must be lowercase letters, digits, "." and "-", start and end alphanumeric, ≤ 64 characters (it has capitals)':
    'hostName "{{value}}"은(는) 소문자, 숫자, ".", "-"만 사용하고 영숫자로 시작하고 끝나야 하며 64자 이하여야 합니다(대문자가 있습니다)',
  'hostName "{{value}}" must be lowercase letters, digits, "." and "-", start and end alphanumeric, ≤ 64 characters':
    'hostName "{{value}}"은(는) 소문자, 숫자, ".", "-"만 사용하고 영숫자로 시작하고 끝나야 하며 64자 이하여야 합니다',
  'unknown rootDeviceHints key "{{key}}"; did you mean "{{near}}"?':
    '알 수 없는 rootDeviceHints 키 "{{key}}"입니다. "{{near}}"을(를) 의도하셨습니까?',
  'unknown rootDeviceHints key "{{key}}"': '알 수 없는 rootDeviceHints 키 "{{key}}"입니다',
  'rootDeviceHints.{{key}} must be a whole number ≥ 0':
    'rootDeviceHints.{{key}}은(는) 0 이상의 정수여야 합니다',
  'rootDeviceHints.{{key}} must be true or false':
    'rootDeviceHints.{{key}}은(는) true 또는 false여야 합니다',
  'rootDeviceHints.{{key}} must be a string': 'rootDeviceHints.{{key}}은(는) 문자열이어야 합니다',
  'device name of root device hint must be path in /dev/ or /dev/disk/by-path/, not "{{value}}"':
    '루트 장치 힌트의 장치 이름은 "{{value}}"이(가) 아니라 /dev/ 또는 /dev/disk/by-path/ 아래의 경로여야 합니다',
  '{{value}} is not stable across reboots; prefer /dev/disk/by-path/… or wwn/serialNumber':
    '{{value}}은(는) 재부팅 후 달라질 수 있습니다. /dev/disk/by-path/… 또는 wwn/serialNumber를 사용하는 것이 좋습니다',
  'hostName "{{hostName}}" is used by nodes[{{first}}] and nodes[{{n}}]':
    'hostName "{{hostName}}"을(를) nodes[{{first}}]와(과) nodes[{{n}}]이(가) 함께 사용합니다',
  'ironicInspect must be either disabled or enabled ({{where}} has "{{ironicInspect}}")':
    'ironicInspect는 disabled 또는 enabled여야 합니다({{where}}의 값: "{{ironicInspect}}")',
}
