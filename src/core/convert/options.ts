/** The converter's list options, parsed as siteconfig-converter parses them (same error texts). */
import { msg } from '../messages/message.ts'
import type { Message } from '../messages/message.ts'

export interface TemplateRef {
  name: string
  namespace: string
}

/** "a, b,,c" → [a, b, c]: items trimmed, empty ones skipped (upstream's strings.Split + TrimSpace). */
export const splitList = (s: string | undefined): string[] =>
  (s ?? '')
    .split(',')
    .map((x) => x.trim())
    .filter((x) => x !== '')

function parseRefs(s: string): TemplateRef[] | Message {
  const refs: TemplateRef[] = []
  for (const ref of splitList(s)) {
    const parts = ref.split('/')
    if (parts.length !== 2)
      return msg("invalid template reference format '{{ref}}', expected 'namespace/name'", { ref })
    const [namespace, name] = parts.map((p) => p.trim()) as [string, string]
    if (!namespace || !name)
      return msg(
        "invalid template reference format '{{ref}}', namespace and name cannot be empty",
        {
          ref,
        },
      )
    refs.push({ name, namespace })
  }
  return refs
}

export function templateRefs(
  cluster: string,
  node: string,
): { cluster: TemplateRef[]; node: TemplateRef[] } | { error: Message } {
  const c = parseRefs(cluster)
  if (!Array.isArray(c))
    return { error: msg('invalid cluster template reference format: {{why}}', { why: c }) }
  const n = parseRefs(node)
  if (!Array.isArray(n))
    return { error: msg('invalid node template reference format: {{why}}', { why: n }) }
  return { cluster: c, node: n }
}
