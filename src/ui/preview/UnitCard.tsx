import type { Path } from '../../core/document/path.ts'
import type { UnitView } from '../../core/precache/overrideView.ts'
import { CodeBox } from './CodeBox.tsx'
import { copyDecoded, downloadDecoded, editUnit, endTyping } from './previewActions.ts'

/** One systemd unit: its name, whether it is enabled, and its contents, editable. */
export function UnitCard({ unit, path, boxPath }: { unit: UnitView; path: Path; boxPath: string }) {
  return (
    <article className="card" aria-labelledby={`${boxPath}-h`}>
      <header className="card-head">
        <h4 id={`${boxPath}-h`}>{unit.name}</h4>
        <span className={`pill ${unit.enabled ? 'on' : ''}`}>
          {unit.enabled === undefined ? 'enabled not set' : unit.enabled ? 'enabled' : 'disabled'}
        </span>
        {unit.precache ? <span className="pill">pre-cache</span> : null}
        <span className="card-actions">
          <button
            type="button"
            aria-label={`Copy ${unit.name}`}
            onClick={() => copyDecoded(unit.contents, unit.name)}
          >
            Copy
          </button>
          <button
            type="button"
            aria-label={`Download ${unit.name}`}
            onClick={() => downloadDecoded(unit.contents, unit.name)}
          >
            Download
          </button>
        </span>
      </header>
      <CodeBox
        path={boxPath}
        language="ini"
        value={unit.contents}
        ariaLabel={`${unit.name} unit file`}
        onChange={(t) => editUnit(path, unit.index, t)}
        onDone={endTyping}
      />
    </article>
  )
}
