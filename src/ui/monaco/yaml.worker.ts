// monaco-yaml's language service (completion, hover, schema checks) in its own worker
import 'monaco-yaml/yaml.worker.js'
