/**
 * Finding messages as data: an id (the English template with {{placeholders}}, as the consoles key
 * by English text) and parameters, plus the English text itself. Plain data: it crosses the worker
 * boundary. A parameter that is itself a phrase is a nested message, so it is translated too.
 */
/** a list is shown joined by ", " */
export type Param = string | number | MessageRef | readonly Param[]
export type Params = Readonly<Record<string, Param>>

/** what a translation needs: the id and its parameters */
export interface MessageRef {
  readonly id: string
  readonly params: Params
}

export interface Message extends MessageRef {
  /** the English text (Diagnostic.message) */
  readonly text: string
}

/** a template's translation, or undefined to keep the English template */
export type Lookup = (id: string) => string | undefined

const PLACEHOLDER = /\{\{(\w+)\}\}/g

/** `{{where}} is required` with { where } → the text; nested messages are rendered the same way. */
export function render(m: MessageRef, lookup?: Lookup): string {
  const template = lookup?.(m.id) ?? m.id
  return template.replace(PLACEHOLDER, (whole, key: string) => {
    const v = m.params[key]
    return v === undefined ? whole : param(v, lookup)
  })
}

const param = (v: Param, lookup?: Lookup): string =>
  Array.isArray(v)
    ? v.map((x: Param) => param(x, lookup)).join(', ')
    : typeof v === 'object'
      ? render(v as MessageRef, lookup)
      : String(v)

/** A message: `msg('{{where}} is required', { where: where(p) })`. */
export function msg(id: string, params: Params = {}): Message {
  return { id, params, text: render({ id, params }) }
}

/** The placeholders a template names, in order of first use (the catalogue test compares them). */
export function placeholders(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((x) => x[1] as string))].sort()
}
