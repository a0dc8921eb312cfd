/** Each rule's title in Korean (the registry's titles are English; docs/RULES.ko.md lists both). */
export const ruleTitlesKo: Readonly<Record<string, string>> = {
  'yaml-11-boolean':
    '따옴표 없는 `y`, `n`, `yes`, `no`, `on`, `off`(대소문자 무관)를 키나 값으로 사용',
  'yaml-11-line-break': 'U+0085, U+2028, U+2029: YAML 1.1 파서에서는 줄 바꿈',
  'yaml-computed-key':
    '계산되는 필드를 직접 작성: `clusterType`, `numMasters`, `numWorkers`, `extraManifestOnly`, …',
  'yaml-crd-only-key': 'CRD에는 있지만 생성기가 무시하는 키: `clusters[].baseDomain`, …',
  'yaml-merge-key': '"<<" 병합 키: YAML 1.1 파서는 병합하지만 편집기에서는 일반 키',
  'yaml-parse': '텍스트가 YAML로 구문 분석되고 값의 형태(목록, 맵, 스칼라)가 올바름',
  'yaml-single-document': '파일에 YAML 문서가 하나만 있음. 생성기는 첫 번째 문서만 읽음',
  'yaml-string-map-value':
    '문자열 맵(`clusterLabels`, `nodeLabels`, …)의 문자열이 아닌 값(bool, 숫자, null)',
  'yaml-unknown-key':
    '해당 수준에서 알 수 없는 키(SiteConfig 디코딩은 엄격하지 않아 오타가 조용히 무시됨)',
  'site-api-version': '`apiVersion`은 `ran.openshift.io/v1` 또는 `ran.openshift.io/v2`',
  'site-base-domain':
    '`spec.baseDomain`이 설정되어 있고 DNS 이름임: 레이블 2개 이상, 각 63자 이하, 2자 이상의 영문 TLD',
  'site-bios-config-file': '`biosConfigRef.filePath`(읽은 경우)가 평면적인 속성 → 값 YAML 맵',
  'site-bmh-suppression':
    '노드의 `BareMetalHost`를 억제하면 해당 호스트의 프로비저닝이 해제됨(작업자 노드 삭제 흐름)',
  'site-clusters-present': '`spec.clusters`가 비어 있지 않은 목록',
  'site-cr-annotations-kind':
    '`crAnnotations`는 `add` 작업만 사용하고 kind 키는 해당 수준에서 생성되는 kind …',
  'site-cr-annotations-shadowing':
    '하위 수준의 kind 항목이 상위 수준의 같은 kind 항목을 완전히 대체함(병합되지 않음) …',
  'site-cr-suppression-kind':
    '`crSuppression` 항목은 해당 수준에서 알려진 kind(클러스터: Namespace, AgentClusterInstall, …)',
  'site-cr-template-file':
    '재정의 파일(읽은 경우)에 `kind`가 키와 같고 `metadata`가 있는 객체가 하나 있음 …',
  'site-cr-template-kind': '`crTemplates` 키는 생성기가 렌더링하는 kind',
  'site-cr-template-placeholder':
    '재정의 파일의 자리 표시자는 `.Site.`, `.Cluster.` 또는 … 접두사가 있는 문자열 전체 값',
  'site-cr-template-rename':
    '재정의가 기본 CR과 다른 이름이나 네임스페이스를 렌더링하므로 생성기가 …',
  'site-deprecated-api':
    'SiteConfig v1 API는 OCP 4.18부터 더 이상 사용되지 않음. 후속은 ClusterInstance',
  'site-field-release':
    '선택한 ztp-site-generate 릴리스보다 새로운 필드(`siteconfig-fields.md`의 표 …)',
  'site-file-outside-repo': 'SiteConfig가 가리키는 파일이 저장소 밖에 있음',
  'site-file-unreadable':
    'SiteConfig가 가리키는 파일을 읽을 수 없음(FIFO, 장치, 디렉터리, 10 MB 초과)',
  'site-image-set-ref': '`clusterImageSetNameRef`가 사이트 수준 또는 모든 클러스터에 설정됨',
  'site-kind': '`kind: SiteConfig`(kustomize는 apiVersion/kind로 플러그인을 선택함)',
  'site-metadata-name': '`metadata.name`이 설정됨(출력 키와 클러스터 이름 고유성 범위에 사용)',
  'site-metadata-namespace':
    '`metadata.namespace`는 사용되지 않음: 모든 CR은 `clusterName`과 같은 이름의 네임스페이스에 생성됨, …',
  'site-pull-secret-ref': '`spec.pullSecretRef.name`이 설정됨',
  'site-ssh-key-format':
    '`sshPublicKey`: 비어 있지 않은 각 줄이 `ssh-rsa`, `ecdsa-sha2-nistp256/384/521`, …로 시작함',
  'site-ssh-private-key':
    '`sshPublicKey`에 개인 키를 붙여 넣음(`-----BEGIN … PRIVATE KEY-----`, `-----BEGIN …)',
  'site-ssh-private-key-ref':
    '`spec.sshPrivateKeySecretRef`는 구문 분석되지만 생성되는 어떤 CR도 사용하지 않음',
  'cluster-accelerated-ztp': '레이블 `accelerated-ztp`는 `full` 또는 `partial`(4.16 이상)',
  'cluster-cpu-partitioning-mode': '`cpuPartitioningMode`는 `None` 또는 `AllNodes`(대소문자 구분)',
  'cluster-disk-encryption-params':
    '`nbde`에는 `url`과 `thumbprint`가 있는 `tang[]` 항목이, `tpm2`에는 `tpm2.pcrList`가 필요함(오류)',
  'cluster-disk-encryption-type':
    '`diskEncryption.type`은 `none`, `nbde`, `tpm2`(v2 CRD, 릴리스 4.16 이상)',
  'cluster-extra-manifest-path':
    '`extraManifestPath`는 더 이상 사용되지 않으며(`extraManifests.searchPaths` 사용, OCP 4.14 이상) 무시됨 …',
  'cluster-install-config-json':
    '`installConfigOverrides`가 JSON 객체로 구문 분석됨(YAML 큰따옴표 스칼라는 `\\n`을 실제 …로 바꿈)',
  'cluster-install-config-network-type':
    '`installConfigOverrides.networking.networkType`은 클러스터 `networkType`으로 대체됨 …',
  'cluster-label-syntax':
    '`clusterLabels` 키는 Kubernetes 레이블 키(선택적 DNS 하위 도메인 접두사 + `/`, 이름 63자 이하 …)',
  'cluster-manifest-builtin-clash':
    '`extraManifestPath` 아래 사용자 파일의 이름이 기본 매니페스트와 같음',
  'cluster-manifest-dir-missing':
    '`extraManifestPath`와 `extraManifests.searchPaths` 디렉터리가 있음(… 때 검사)',
  'cluster-manifest-filter-list':
    '`include[]`는 `inclusionDefault: exclude`일 때만, `exclude[]`는 include 모드(기본값)일 때만',
  'cluster-manifest-filter-mode':
    '`extraManifests.filter.inclusionDefault`는 `include` 또는 `exclude`(대소문자 무관)',
  'cluster-manifest-filter-name':
    '필터 항목이 수집된 파일 중 실제 매니페스트를 가리킴(매니페스트 목록 필요)',
  'cluster-master-count': '역할이 `master`(또는 빈 값)인 노드가 하나 이상',
  'cluster-name-format':
    'DNS-1123 레이블(Namespace와 CR 이름이 됨): 소문자, 숫자, `-`; 시작과 끝은 …',
  'cluster-name-required': '`clusterName`이 설정됨',
  'cluster-name-unique': '`clusterName`이 파일 안에서 고유함',
  'cluster-network-type':
    '`networkType`은 `OVNKubernetes` 또는 `OpenShiftSDN`(4.10/4.11 생성기만 검사, 이후 …)',
  'cluster-search-paths-builtin':
    '`extraManifests.searchPaths`를 설정하면 컨테이너의 기본 추가 매니페스트가 포함되지 않음',
  'cluster-site-config-map-v1': '`siteConfigMap`이 설정되어 있지만 `apiVersion`이 v1이라 무시됨',
  'node-automated-cleaning-mode': '`automatedCleaningMode`는 `disabled` 또는 `metadata`',
  'node-boot-mode': '`bootMode`는 `UEFI`, `UEFISecureBoot` 또는 `legacy`',
  'node-cpuset-deprecated':
    '`cpuset`은 더 이상 사용되지 않음: `cpuPartitioningMode: AllNodes`(OCP 4.14 이상)와 … 사용',
  'node-cpuset-format': '`cpuset`이 `^[0-9]+([-,][0-9]+)*$`와 일치함',
  'node-cpuset-non-sno': 'SNO가 아닌 클러스터의 `cpuset`은 조용히 무시됨',
  'node-disk-partition-legacy':
    '문서는 이제 노드 `ignitionConfigOverride`로 `/var/lib/containers` 파티션 구성을 권장함; …',
  'node-disk-partition-mount-point': '`partitions[].mount_point`가 설정되어 있고 절대 경로임',
  'node-disk-partition-size': '`partitions[].size`가 0보다 큼',
  'node-disk-partition-sno': '`diskPartition`은 SNO 클러스터에서만',
  'node-disk-partition-start': '`partitions[].start`가 25000(MiB) 이상',
  'node-hostname-format':
    '소문자, 숫자, `.`, `-`; 영숫자로 시작하고 끝남; 63자 이하(assisted-service: …)',
  'node-hostname-required': '`hostName`이 설정됨(BMH, NMStateConfig, HFS의 이름이 됨)',
  'node-hostname-reserved':
    '`localhost`, `localhost.localdomain`, `localhost4`, `localhost4.localdomain4`, `localhost6`, … 사용 불가',
  'node-hostname-unique':
    '`hostName`이 클러스터 안에서 고유함(생성기는 검사하지 않음; BMH와 NMStateConfig …)',
  'node-ironic-inspect': '`ironicInspect`는 `enabled` 또는 `disabled`',
  'node-ironic-inspect-default':
    '`ironicInspect`를 설정하지 않으면 4.12–4.14에서는 비활성화, 4.15 이상에서는 활성화; 실제 값을 표시 …',
  'node-label-syntax':
    '`nodeLabels` 키/값이 Kubernetes 레이블 구문을 따름(`cluster-label-syntax`와 동일)',
  'node-network-dhcp':
    '`nodeNetwork`(와 NMStateConfig crTemplate)가 없으면 NMStateConfig가 없음; 호스트는 DHCP를 사용함',
  'node-network-interfaces':
    '`nodeNetwork.config`가 설정되면 `interfaces[]`에 항목이 하나 이상 있고 각각 `name`과 `macAddress`가 있음',
  'node-role': '`role`은 `master` 또는 `worker`(생성기는 그 밖의 값을 worker로 셈)',
  'node-root-hints-device-name': '`deviceName`은 `/dev/<x>` 또는 `/dev/disk/by-path/<x>`',
  'node-root-hints-keys':
    '`rootDeviceHints` 키 ∈ {deviceName, hctl, model, vendor, serialNumber, minSizeGigabytes, wwn, …}',
  'node-root-hints-unstable': '`deviceName`이 `/dev/sdX`(재부팅 후 달라질 수 있음)',
  'net-bond-ports-unique': '본드 멤버 인터페이스가 고유함',
  'net-boot-mac-in-interfaces':
    '`nodeNetwork`가 설정되면 `bootMACAddress`가 해당 노드의 `interfaces[]`에 있음',
  'net-cidr-base-address': '주소가 네트워크의 기본 주소임',
  'net-cidr-overlap': '클러스터, 서비스, 머신 네트워크가 서로 겹치거나 반복되지 않음',
  'net-cidr-prefix':
    'IPv4 접두사 1–25(주소 128개 이상), IPv6 접두사 8–128; 미지정 주소(`0.0.0.0`, `::`)가 아님',
  'net-cidr-valid': '모든 네트워크 CIDR이 올바른 IPv4 또는 IPv6 CIDR임',
  'net-dual-stack':
    '목록당 항목 최대 2개(clusterNetwork, machineNetwork, serviceNetwork, apiVIPs, ingressVIPs)',
  'net-host-prefix': '`hostPrefix`는 정수; IPv4: 클러스터 CIDR 접두사부터 25까지; IPv6: 8–128',
  'net-interface-name': '인터페이스 이름에 공백이 없고 15자 이하',
  'net-mac-format':
    '`bootMACAddress`와 `nodeNetwork.interfaces[].macAddress`는 콜론으로 구분한 16진수 6쌍',
  'net-mac-unique':
    'MAC은 한 노드에만 속하고(파일의 모든 클러스터의 모든 노드에서) 한 번만 나타남 …',
  'net-network-shape':
    '`clusterNetwork[]` 항목은 `{cidr, hostPrefix}`, `machineNetwork[]` 항목은 `{cidr}`, …',
  'net-nmstate-interface-mapped':
    '`nodeNetwork.config`에 나오는 모든 이더넷 인터페이스에 `name → macAddress` 항목이 있음 …',
  'net-ntp-source': '각 `additionalNTPSources` 항목이 DNS 이름 또는 IP이고 중복이 없음',
  'net-proxy':
    '`proxy.httpProxy`는 `http://` URL; `httpsProxy`는 `http://` 또는 `https://`; `noProxy`는 …',
  'net-static-dns': '`dns-resolver` 서버가 올바른 IP이고 루프백/멀티캐스트가 아니며 중복이 없음',
  'net-static-gateway': '경로의 `next-hop-address` 값이 올바른 IP임',
  'net-static-ip-in-subnet': '각 노드에 `machineNetwork` 안의 정적 주소가 있음(둘 다 설정된 경우)',
  'net-static-ip-unique': '정적 IP가 호스트 간에 고유함',
  'net-static-ip-valid':
    '`nodeNetwork.config`의 정적 주소: 올바른 IP; prefix-length 1–32 / 1–128; 네트워크 주소가 아님 …',
  'net-vip-distinct': 'API VIP ≠ Ingress VIP(기본 쌍과 보조 쌍 모두)',
  'net-vip-in-machine-network':
    '`machineNetwork`가 설정되면 각 VIP가 같은 패밀리의 머신 네트워크 안에 있고 … 가 아님',
  'net-vip-required':
    '다중 노드 클러스터(master 2개 이상)는 `apiVIPs`와 `ingressVIPs`(또는 단수형)를 설정함',
  'net-vip-singular':
    '단수형 `apiVIP` / `ingressVIP`는 더 이상 사용되지 않음(ClusterInstance에는 목록만 있음); 둘 다 …',
  'net-vip-sno': 'SNO 클러스터는 VIP를 설정하지 않아야 함',
  'net-vip-valid': '각 VIP는 `/prefix` 없는 IP이고 같은 위치의 머신 네트워크와 패밀리가 같음',
  'net-vlan-id': 'VLAN id는 1–4094의 정수',
  'ign-compression':
    '`compression`은 `""`/없음 또는 `gzip`; gzip이면 디코딩한 데이터가 gzip 매직 바이트로 시작함',
  'ign-discovery-size':
    '클러스터 수준 override의 크기; 검색 단계 Ignition(assisted 내용 + override)은 …',
  'ign-duplicate-path': '파일, 디렉터리, 링크에 걸쳐 경로가 반복되지 않음',
  'ign-file-path': '`files[].path`(와 디렉터리, 링크)가 절대 경로이고 완전히 정규화됨',
  'ign-http-headers': '`httpHeaders`는 http/https 소스에서만',
  'ign-json':
    'YAML 따옴표를 푼 뒤 JSON 객체로 구문 분석됨(YAML 큰따옴표 스칼라가 `\\n`을 …로 바꾸는 것에 주의)',
  'ign-mode-octal-typo': '특수 비트 없이 8진수처럼 보이는 값(400, 440, 444, 500)',
  'ign-mode-range': '`mode`가 0–4095 범위',
  'ign-mode-special-bits': '`mode & 0o7000` ≠ 0(특수 비트가 설정됨)',
  'ign-not-machineconfig': '값이 MachineConfig가 아니라 Ignition 구성임(`apiVersion: …)',
  'ign-overwrite-source': '`overwrite: true`에는 `contents.source`가 필요함',
  'ign-path-unit-conflict':
    '유닛/드롭인에 대해 `/etc/systemd/system/<unit>`(또는 `<unit>.d/<dropin>`)에 스토리지 파일이 없음 …',
  'ign-script-not-executable':
    '`/usr/local/bin` 아래에 있거나 `ExecStart=`가 참조하는 스크립트에 실행 비트가 없음',
  'ign-source-scheme':
    '선언된 버전이 허용하는 소스 스킴(3.1: http, https, tftp, s3, data; 3.2에서 gs 추가)',
  'ign-unknown-key': '알 수 없는 키(Ignition은 `unused key` 경고만 하고 설정을 버림)',
  'ign-user-group': '`user` / `group`은 `id`와 `name` 중 하나만 설정',
  'ign-verification-hash':
    '`verification.hash`는 `sha512-<16진수 128자>` 또는 `sha256-<16진수 64자>`(sha256은 3.1부터)이고 소스가 있음, …',
  'ign-version-features':
    '선언된 버전보다 새로운 필드가 없음: luks, 파티션 resize, shouldExist, `gs://`에는 … 필요',
  'ign-version-present': '`ignition.version`이 있고 완전한 semver임',
  'ign-version-supported':
    '`ignition.version` ∈ {3.1.0, 3.2.0}(assisted-service는 이 두 버전만 허용)',
  'unit-contents-parse':
    '내용 구문 분석: 첫 `[Section]` 앞에 옵션이 없고, 섹션 헤더가 올바르며, 줄이 2048바이트 이하',
  'unit-dangling-dependency':
    '`After=`, `Requires=`, `BindsTo=`, `RequiredBy=`가 가리키는 유닛이 … 에 정의되어 있지 않음',
  'unit-dropin-extension': '드롭인 이름이 `.conf`로 끝남',
  'unit-duplicate': '유닛 이름이 고유하고 드롭인 이름이 유닛별로 고유함',
  'unit-enabled-no-install':
    '`enabled: true`이지만 `[Install]` 섹션이 없음(`@` 인스턴스의 템플릿도 포함)',
  'unit-extension':
    '유닛 이름이 .service .socket .device .mount .automount .swap .target .path .timer …로 끝남',
  'unit-mount-mnt': 'RHCOS에서 `Where=/mnt`(`/var/mnt`의 심볼릭 링크)',
  'unit-mount-name': '`.mount` 유닛의 이름이 `systemd-escape --path <Where=>` + `.mount`임',
  'unit-name-chars': '이름에 `[A-Za-z0-9:_.\\-@]`(와 `\\xNN` 이스케이프)만 사용하고 255자 이하',
  'unit-working-directory-mount':
    '`WorkingDirectory=`가 마운트 유닛의 마운트 지점이지만 서비스에 …가 없음',
  'dataurl-base64': 'Base64 형식이 표준 알파벳(`A–Z a–z 0–9 + / =`)과 올바른 패딩을 사용함',
  'dataurl-percent-chars':
    '퍼센트 형식: 원시 공백, 줄 바꿈, 탭 등 제어 문자, `#`, `"`, `<`, `>`, `{`, …가 없음',
  'dataurl-percent-escape': '모든 `%` 뒤에 16진수 두 자리가 옴',
  'dataurl-plus': '디코딩한 텍스트가 폼 인코딩처럼 보이는 퍼센트 형식의 `+`(`+`는 공백이 아님)',
  'dataurl-syntax':
    '`data:` 접두사(대소문자 구분)와 쉼표가 있음; 미디어 유형과 매개변수는 RFC 2045 …',
  'args-allowlist':
    '`-`로 시작하는 각 요소가 `--append-karg`, `--delete-karg`, `-n`, … 중 하나와 정확히 일치함',
  'args-duplicate': '같은 `--save-partlabel` / 플래그+값 쌍이 반복됨',
  'args-flag-value': '값을 받는 플래그 뒤에 값 요소가 옴; `-n` / `--copy-network`는 값을 받지 않음',
  'args-json': '문자열이 문자열의 JSON 배열임',
  'args-partindex': '`--save-partindex` 값은 `N`, `N-M`, `N-`, `-M`(쉼표 목록 허용), N ≥ 1, N ≤ M',
  'args-partlabel-glob':
    '`--save-partlabel` glob이 구문 분석됨(오류); RHCOS 자체 레이블(`boot`, `root`, …)과 일치하면 경고',
  'args-save-skips-cleanup':
    '`--save-partlabel`/`--save-partindex`를 사용하면 assisted-service가 설치 디스크 정리와 …를 건너뜀',
  'args-string':
    '`installerArgs`는 YAML 목록이 아니라 JSON을 담은 YAML 문자열(CRD의 배열 유형은 잘못됨)',
  'args-value-chars':
    '값이 assisted-service의 안전 문자 정규식과 일치함(공백, `?`, `&`, `>`, `\\` 없음 …)',
  'bmc-address-credentials': 'BMC 주소에 user:password 자격 증명이 있음',
  'bmc-address-parse':
    '주소가 구문 분석되고 스킴이 등록되어 있으며 호스트가 IP 또는 올바른 DNS 이름임',
  'bmc-boot-mac-required':
    '`bootMACAddress`가 있음(검사가 비활성화된 경우 필수; 형식은 …에서 검사)',
  'bmc-redfish-system-path': 'Redfish 주소에 `/redfish/v1/Systems/<id>` 경로가 있음',
  'bmc-removed-driver':
    '업스트림에서 제거된 스킴: `idrac://`, `ibmc://`, `ilo4*`, `ilo5://`, `irmc://`',
  'bmc-required':
    '`bmcAddress`와 `bmcCredentialsName.name`이 설정됨(`username`/`password`가 있는 시크릿, …)',
  'bmc-secure-boot':
    '보안 부팅을 지원하지 않는 드라이버에서 `bootMode: UEFISecureBoot` 사용(예: …)',
  'bmc-virtual-media': '스킴이 가상 미디어로 검색 ISO를 부팅할 수 있음(`redfish-virtualmedia`, …)',
  'precache-exec-file-missing':
    '모든 `ExecStart=…extract-*.sh`에 `storage.files` 항목이 있고 모든 추출 스크립트가 …에서 사용됨',
  'precache-incomplete':
    '사전 캐싱 필드 세 개가 함께 있어야 함: 클러스터 override(검색 단계 후크), 노드 override …',
  'precache-label-consistency': '파티션 레이블이 `--save-partlabel`, 마운트 유닛의 …에서 일치함',
  'precache-legacy-hooks':
    '레거시 문서 패턴: `BindsTo=precache…`가 있는 `var-mnt.mount`, `agent-fix-bz1964591`, …',
  'precache-partition-not-saved':
    'override에 사전 캐싱 후크가 있는 노드는 …에 `--save-partlabel` 또는 `--save-partindex`가 있음',
  'precache-script-bugs':
    '디코딩한 추출 스크립트에 알려진 버그 패턴이 있음: `rm -f ${tar}.gz`, 설정 전에 사용되는 `$tar` …',
  'precache-self-disable':
    '사전 캐싱 서비스가 스스로 비활성화함(`ExecStopPost=systemctl disable …`). 그렇지 않으면 부팅할 때마다 다시 실행됨 …',
  'precache-sno-only':
    '다중 노드 클러스터의 사전 캐싱 후크; factory-precaching-cli 흐름은 SNO만 대상으로 함',
  'precache-stage-ordering':
    '클러스터 수준 override는 `Before=agent.service`로, 노드 수준은 …로 순서를 지정함',
  'cluster-ci-topology':
    'ClusterInstance 전용: SNO는 master가 정확히 1개, HostedControlPlane은 0개, HighlyAvailableArbiter는 …',
  'ign-ci-single-quote':
    "ClusterInstance(및 변환): `ignitionConfigOverride`나 `installerArgs`의 원시 `'`는 템플릿 렌더링을 …",
  'ci-required':
    'ClusterInstance CRD의 필수 멤버: `spec.nodes`, `templateRefs[]`의 name과 namespace, …',
  'ci-enum':
    '`clusterType`, `platformType`, `cpuArchitecture`, `reinstall.preservationMode`는 CRD 값 중 하나',
  'ci-label-length':
    '`clusterName`은 31자 이하(owned-by 레이블 `<ns>_<name>` 63자 이하), `hostName`은 63자 이하',
  'ci-cluster-type':
    '`clusterType`이 설정되어 있고 master 수와 일치함(SNO만 workerAgents를 0으로 만듦)',
  'ci-template-ignored':
    '템플릿이 무시하는 필드: `diskEncryption`(기본 템플릿), 사전 캐싱 필드(IBI)',
  'ci-reinstall':
    '`reinstall.generation`의 패턴과 길이; reinstall과 holdInstallation은 허용될 때만',
  'ci-template-name': '기본 템플릿(`ai-node-templates-v1` 등)과 한두 글자 다른 `templateRefs` 이름',
  'fleet-duplicate-cluster-name': '두 사이트 파일이 같은 이름의 클러스터를 정의함',
  'fleet-duplicate-host-name': '노드의 hostName을 다른 파일에 있는 다른 클러스터의 노드가 사용함',
  'fleet-duplicate-mac':
    '두 클러스터의 노드가 같은 bootMACAddress 또는 nmstate 인터페이스 MAC을 사용함',
  'fleet-duplicate-bmc': '두 클러스터의 노드가 같은 bmcAddress를 사용함',
  'fleet-duplicate-vip': '두 클러스터가 같은 API 또는 인그레스 VIP를 사용함',
  'fleet-network-overlap': '두 클러스터의 머신 네트워크가 겹침',
  'fleet-both-kinds':
    '한 클러스터가 SiteConfig와 ClusterInstance로 모두 정의됨(마이그레이션 중간 상태)',
  'fleet-unlisted': '어떤 kustomization.yaml도 사이트 파일을 나열하지 않아 Argo CD가 배포하지 않음',
  'fleet-kustomization-missing':
    'kustomization 항목이 없는 파일이나 디렉터리, 또는 저장소 밖을 가리킴',
  'fleet-kustomization-field':
    'SiteConfig가 generators가 아닌 resources에 나열되었거나 ClusterInstance가 generators에 나열됨',
  'fleet-kustomization-unreadable': 'kustomization.yaml이 YAML 매핑이 아님',
  'ci-immutable-fields': '설치 후 변경할 수 있는 필드',
}
