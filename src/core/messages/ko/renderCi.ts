/** The ClusterInstance renderer's notes (core/render/clusterinstance). */
export const renderCi = {
  "{{field}} holds a ' and the template puts it inside single quotes: rendering fails on the hub. Write it as %27 inside a data URL, as \\u0027 elsewhere":
    "{{field}}에 '가 있는데 템플릿이 이 값을 작은따옴표 안에 넣으므로 허브에서 렌더링이 실패합니다. 데이터 URL 안에서는 %27로, 그 밖에서는 \\u0027로 쓰십시오",
  '{{kind}} is in suppressedManifests: it is not rendered':
    '{{kind}}은(는) suppressedManifests에 있어 렌더링되지 않습니다',
  '{{field}} is missing: the CRD requires it, so the hub refuses the ClusterInstance before anything is rendered':
    '{{field}}이(가) 없습니다. CRD의 필수 필드이므로 허브는 렌더링 전에 ClusterInstance를 거부합니다',
  'the hub reads the ClusterImageSet {{name}} for the release image: rendering fails if it does not exist there':
    '허브는 릴리스 이미지를 얻으려고 ClusterImageSet {{name}}을(를) 읽습니다. 허브에 없으면 렌더링이 실패합니다',
  'the templates in {{ref}} are read on the hub, not here: {{kinds}} are shown as the default templates render them':
    '{{ref}}의 템플릿은 여기서가 아니라 허브에서 읽습니다. {{kinds}}은(는) 기본 템플릿으로 렌더링한 결과로 표시합니다',
}
