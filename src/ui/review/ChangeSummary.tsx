import type { ChangeGroup } from '../../core/review/changes.ts'
import { act } from '../../state/editorStore.ts'
import { revealPath } from '../revealProblem.ts'
import { DecodedDiff } from './DecodedDiff.tsx'
import { revertItem } from './reviewActions.ts'

/** The changes in plain words, grouped by site, cluster and node; each selectable and revertable. */
export function ChangeSummary({ groups }: { groups: ChangeGroup[] }) {
  return (
    <div className="change-summary" aria-label="Change summary" role="region">
      {groups.map((g) => (
        <section key={g.title} aria-label={g.title}>
          <h3>{g.title}</h3>
          <ul>
            {g.items.map((item, i) => (
              <li key={`${g.title}:${i}`}>
                <button
                  type="button"
                  className="change-item"
                  onClick={() => {
                    const at = item.now[0]?.path
                    if (at) revealPath(at)
                    else void act('nav.select', g.scope)
                  }}
                >
                  {item.text}
                </button>{' '}
                <button
                  type="button"
                  className="revert"
                  aria-label={`Revert ${g.title}: ${item.text}`}
                  onClick={() => revertItem(item)}
                >
                  Revert
                </button>
                {item.decoded?.length ? (
                  <details>
                    <summary>Decoded diff</summary>
                    {item.decoded.map((d) => (
                      <DecodedDiff key={d.name} diff={d} />
                    ))}
                  </details>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  )
}
