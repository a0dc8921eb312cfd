/**
 * Schema help in the YAML pane through monaco-yaml: completion, hover descriptions and enum values
 * from the JSON Schema the forms' field table generates. Offline: the schema is passed inline and
 * schema requests are off.
 *
 * monaco-yaml 5.5.1 still calls monaco.editor.createWebWorker({ moduleId, createData }), which
 * monaco ≥ 0.53 ignores (it wants { worker }); this shim starts the YAML worker itself and does
 * the two-message handshake monaco-worker-manager expects (remcohaszing/monaco-yaml#272).
 */
import { configureMonacoYaml } from 'monaco-yaml'
import { editorSchema } from '../../core/schema/jsonSchema.ts'
import type { monaco as Monaco } from './setup.ts'
import YamlWorker from './yaml.worker.ts?worker'

type WorkerOptions = {
  createData?: unknown
  host?: Record<string, unknown>
  keepIdleModels?: boolean
}

export const YAML_MODEL_PATH = 'file:///siteconfig.yaml'

let configured = false

export function configureSchemaHelp(monaco: typeof Monaco): void {
  if (configured) return
  configured = true
  const createWebWorker = (o: WorkerOptions) => {
    const worker = new YamlWorker()
    worker.postMessage('ignore')
    worker.postMessage(o.createData)
    return monaco.editor.createWebWorker({
      worker,
      host: o.host,
      keepIdleModels: o.keepIdleModels,
    } as Parameters<typeof monaco.editor.createWebWorker>[0])
  }
  const shimmed = {
    ...monaco,
    editor: { ...monaco.editor, createWebWorker },
  } as unknown as typeof monaco
  configureMonacoYaml(shimmed, {
    enableSchemaRequest: false,
    // our own rules report problems with exact messages and quick fixes; the schema only helps typing
    validate: false,
    completion: true,
    hover: true,
    // hovers carry only the schema's own descriptions: no "anchor" hover that prints the
    // file's own values as markdown (a value can close the code fence and add links), and no
    // schema-source link (a `# yaml-language-server: $schema=` modeline names the schema)
    hoverAnchor: false,
    hoverSchemaSource: false,
    schemas: [
      {
        uri: 'inmemory://schemas/site.schema.json',
        fileMatch: [YAML_MODEL_PATH],
        // SiteConfig's or ClusterInstance's, by the document's kind; no root title (monaco-yaml
        // would print it above every hover)
        schema: editorSchema() as never,
      },
    ],
  })
}
