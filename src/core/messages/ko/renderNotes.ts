/** The SiteConfig renderer's notes (core/render/siteconfig). */
export const renderNotes = {
  'the generator fails: {{reason}}': '생성기가 실패합니다: {{reason}}',
  "the ConfigMap's built-in extra manifests come from the ztp container: their names are listed, their contents are added on the hub":
    'ConfigMap의 기본 추가 매니페스트는 ztp 컨테이너에서 옵니다. 이름만 표시하며, 내용은 허브에서 추가됩니다',
  '{{file}} is a Go template rendered per role on the hub: it is not shown':
    '{{file}}은(는) 허브에서 역할마다 렌더링되는 Go 템플릿이라 표시하지 않습니다',
  "the files the cluster's extra manifests name are not readable here: the ConfigMap's data lacks them (the CLI's render reads them)":
    '클러스터의 추가 매니페스트가 가리키는 파일을 여기서는 읽을 수 없어 ConfigMap 데이터에 빠져 있습니다(CLI의 render는 읽습니다)',
  'extraManifestOnly: the generator renders only the extra manifests, not the installation CRs':
    'extraManifestOnly: 생성기는 추가 매니페스트만 렌더링하고 설치 CR은 렌더링하지 않습니다',
  '{{kind}} {{name}} is rendered from the crTemplates file {{file}} on the hub: shown here is the default':
    '{{kind}} {{name}}은(는) 허브에서 crTemplates 파일 {{file}}(으)로 렌더링됩니다. 여기에는 기본 템플릿의 결과를 표시합니다',
  "HostFirmwareSettings' settings come from {{file}}, which is not readable here":
    'HostFirmwareSettings의 설정은 {{file}}에서 오지만 여기서는 읽을 수 없습니다',
}
