import { useTranslation } from 'react-i18next'
import { MAX_SHOWN } from '../../core/precache/bootOrder.ts'
import type { BootGraph } from '../../core/precache/bootOrder.ts'

const W = 210
const H = 28
const GAP_X = 50
const GAP_Y = 14

const LABEL: Record<string, string> = {
  binds: 'BindsTo',
  'required-by': 'RequiredBy',
  'wanted-by': 'WantedBy',
}

/** The stage's boot order as boxes and arrows: solid = ordering, dashed = pulls in / binds. */
export function BootOrderDiagram({ graph, title }: { graph: BootGraph; title: string }) {
  const { t, i18n } = useTranslation()
  if (graph.nodes.length === 0)
    return <p className="muted">{t('No systemd units in this override.')}</p>
  // a file may declare thousands of units: draw the first MAX_SHOWN and the arrows between them
  const shown = graph.nodes.slice(0, MAX_SHOWN)
  const cols = new Map<number, string[]>()
  for (const n of shown) {
    const col = cols.get(n.rank)
    if (col) col.push(n.name)
    else cols.set(n.rank, [n.name])
  }
  // ranks can be sparse once capped: columns are laid out in rank order, without gaps
  const pos = new Map<string, { x: number; y: number }>()
  let width = W
  let height = H
  ;[...cols.keys()]
    .sort((a, b) => a - b)
    .forEach((rank, c) => {
      cols
        .get(rank)!
        .forEach((name, i) => pos.set(name, { x: c * (W + GAP_X), y: i * (H + GAP_Y) }))
      width = Math.max(width, (c + 1) * (W + GAP_X))
      height = Math.max(height, cols.get(rank)!.length * (H + GAP_Y))
    })
  const defined = new Set(shown.filter((n) => n.defined).map((n) => n.name))
  const between = graph.edges.filter((e) => pos.has(e.from) && pos.has(e.to))
  // a pulling relation between two units already joined by an ordering arrow is told in words
  const ordered = new Set(
    between
      .filter((e) => e.kind === 'before')
      .flatMap((e) => [`${e.from}|${e.to}`, `${e.to}|${e.from}`]),
  )
  const drawn = between
    .filter((e) => e.kind === 'before' || !ordered.has(`${e.from}|${e.to}`))
    .slice(0, MAX_SHOWN * 2)
  const told = graph.edges.filter((e) => e.kind !== 'before')
  const hiddenUnits = graph.nodes.length - shown.length
  return (
    <figure className="boot-order">
      <svg
        role="img"
        aria-label={`${title}: ${graph.summary || t('no ordering')}`}
        viewBox={`-4 -4 ${width + 8} ${height + 8}`}
        // scales down to the pane's width, never up
        style={{ width: '100%', maxWidth: width + 8, height: 'auto' }}
      >
        <defs>
          <marker
            id="arrow"
            viewBox="0 0 10 10"
            refX="10"
            refY="5"
            markerWidth="7"
            markerHeight="7"
            orient="auto"
          >
            <path d="M0,0 L10,5 L0,10 z" className="arrow-head" />
          </marker>
        </defs>
        {drawn.map((e, i) => {
          const a = pos.get(e.from)!
          const b = pos.get(e.to)!
          const forward = b.x > a.x
          const x1 = forward ? a.x + W : a.x + W / 2
          const y1 = forward ? a.y + H / 2 : a.y + H
          const x2 = forward ? b.x : b.x + W / 2
          const y2 = forward ? b.y + H / 2 : b.y
          return (
            <g key={i} className={`edge ${e.kind}`}>
              <line x1={x1} y1={y1} x2={x2} y2={y2} markerEnd="url(#arrow)" />
              {e.kind !== 'before' ? <title>{`${e.from} ${LABEL[e.kind]}=${e.to}`}</title> : null}
            </g>
          )
        })}
        {[...pos].map(([name, p]) => (
          <g key={name} className={`unit ${defined.has(name) ? 'defined' : 'host'}`}>
            <rect x={p.x} y={p.y} width={W} height={H} rx={5} />
            <text x={p.x + W / 2} y={p.y + H / 2 + 4} textAnchor="middle">
              {name}
            </text>
          </g>
        ))}
      </svg>
      <figcaption>
        {graph.summary || t('No Before=/After= ordering.')}
        {told.length ? (
          <span className="relations">
            {' '}
            (
            {told
              .slice(0, MAX_SHOWN)
              .map((e) => `${e.from} ${LABEL[e.kind]}=${e.to}`)
              .join('; ')}
            {told.length > MAX_SHOWN
              ? `; ${t('…and {{n}} more', { n: told.length - MAX_SHOWN })}`
              : ''}
            )
          </span>
        ) : null}{' '}
        {hiddenUnits > 0 ? (
          <strong className="diagram-cap">
            {t('…and {{n}} more units not drawn (the first {{shown}} are).', {
              n: hiddenUnits.toLocaleString(i18n.language),
              shown: MAX_SHOWN,
            })}{' '}
          </strong>
        ) : null}
        <span className="muted">
          {t(
            "Solid: ordering (Before=/After=). Dashed: BindsTo=, RequiredBy=, WantedBy=. Grey boxes are the host's own units.",
          )}
        </span>
      </figcaption>
    </figure>
  )
}
