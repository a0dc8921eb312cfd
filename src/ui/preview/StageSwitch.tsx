import type { Stage } from '../../core/precache/preset.ts'

interface Props {
  stage: Stage
  node: number
  nodes: string[]
  clusterName: string
  onChange: (stage: Stage, node: number) => void
}

/** Discovery (the cluster's override) or Install (one node's override). */
export function StageSwitch({ stage, node, nodes, clusterName, onChange }: Props) {
  return (
    <div className="stage-switch" role="radiogroup" aria-label="Stage">
      <label>
        <input
          type="radio"
          name="stage"
          checked={stage === 'discovery'}
          onChange={() => onChange('discovery', node)}
        />
        Discovery <span className="muted">(cluster {clusterName})</span>
      </label>
      <label>
        <input
          type="radio"
          name="stage"
          checked={stage === 'install'}
          disabled={nodes.length === 0}
          onChange={() => onChange('install', node)}
        />
        Install
      </label>
      <label>
        <span className="visually-hidden">Node</span>
        <select
          aria-label="Node"
          value={node}
          disabled={stage !== 'install'}
          onChange={(e) => onChange('install', Number(e.target.value))}
        >
          {nodes.map((n, i) => (
            <option key={i} value={i}>
              {n}
            </option>
          ))}
        </select>
      </label>
    </div>
  )
}
