import type { Path } from '../../core/document/path.ts'
import { meantMode, octalMode } from '../../core/codecs/ignition.ts'
import type { FileView } from '../../core/precache/overrideView.ts'
import { CodeBox } from './CodeBox.tsx'
import {
  baseName,
  copyDecoded,
  downloadDecoded,
  editScript,
  endTyping,
  fixMode,
} from './previewActions.ts'

/** One file of the override: path, mode in octal and decimal, owner, and its decoded contents. */
export function FileCard({ file, path, boxPath }: { file: FileView; path: Path; boxPath: string }) {
  const name = baseName(file.path)
  const mode = file.mode
  const trap = mode !== undefined && (mode & 0o7000) !== 0
  const fix = mode !== undefined ? meantMode(mode) : undefined
  return (
    <article className="card" aria-labelledby={`${boxPath}-h`}>
      <header className="card-head">
        <h4 id={`${boxPath}-h`}>{file.path}</h4>
        {file.precache ? <span className="pill">pre-cache</span> : null}
        <span className="card-actions">
          {file.text !== undefined ? (
            <>
              <button
                type="button"
                aria-label={`Copy ${name}`}
                onClick={() => copyDecoded(file.text!, name)}
              >
                Copy
              </button>
              <button
                type="button"
                aria-label={`Download ${name}`}
                onClick={() => downloadDecoded(file.text!, name)}
              >
                Download
              </button>
            </>
          ) : null}
        </span>
      </header>
      <dl className="file-meta">
        <dt>mode</dt>
        <dd className={trap ? 'sev-warning' : undefined}>
          {mode === undefined ? 'not set' : `${octalMode(mode)} (decimal ${mode})`}
          {trap ? ' — has special bits: a decimal typo?' : ''}
          {fix !== undefined ? (
            <button type="button" className="fix" onClick={() => fixMode(path, file.index, fix)}>
              Set mode {fix} ({octalMode(fix)})
            </button>
          ) : null}
        </dd>
        <dt>owner</dt>
        <dd>{file.owner}</dd>
        <dt>overwrite</dt>
        <dd>{file.overwrite === undefined ? 'not set' : String(file.overwrite)}</dd>
        <dt>source</dt>
        <dd>
          {file.encoding === 'percent'
            ? 'data URL, percent-encoded'
            : file.encoding === 'base64'
              ? 'data URL, base64'
              : file.encoding === 'remote'
                ? 'remote'
                : 'none'}
          {file.compression ? `, ${file.compression}` : ''}
        </dd>
      </dl>
      {file.error ? <p className="shape-note">{file.error}</p> : null}
      {file.text !== undefined ? (
        <CodeBox
          path={boxPath}
          language="shell"
          value={file.text}
          ariaLabel={`${file.path} decoded contents`}
          readOnly={file.encoding === 'none'}
          onChange={(t) => editScript(path, file.index, t)}
          onDone={endTyping}
        />
      ) : null}
    </article>
  )
}
