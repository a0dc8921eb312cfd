/**
 * Where the generator's YAML 1.1 reader (gopkg.in/yaml.v2) sees another document than ours
 * (js-yaml, YAML 1.2): U+0085, U+2028 and U+2029 are line breaks there, and `<<` merges mappings.
 * A reviewer must not approve configuration that no view of the file shows. Also yes/no/on/off
 * unquoted: text to YAML 1.2, booleans to YAML 1.1.
 */
import type { Path, PathSegment } from '../document/path.ts'
import { show, where } from './context.ts'
import type { Check, RuleContext } from './context.ts'
import { yaml11Boolean, yaml11LineBreak, yamlMergeKey } from './rules/yaml.ts'
import { msg } from '../messages/message.ts'

const MAX_FINDINGS = 20
const BREAKS: Record<string, string> = {
  '\u0085': 'U+0085 next line',
  '\u2028': 'U+2028 line separator',
  '\u2029': 'U+2029 paragraph separator',
}

/**
 * Whether the break at `at` sits in a comment, by a scan of its own line (yaml.v2's line: it
 * starts after any break). Only the wording depends on it: every such break is an error.
 */
function inComment(text: string, at: number): boolean {
  let i =
    Math.max(...['\n', '\r', ...Object.keys(BREAKS)].map((b) => text.lastIndexOf(b, at - 1))) + 1
  if (at - i > 10_000) return false // (a wording only; not worth a long scan)
  let quote = ''
  for (; i < at; i++) {
    const c = text[i] as string
    if (quote) {
      if (c === '\\' && quote === '"') i++
      else if (c === quote) quote = ''
    } else if (c === '#' && (i === 0 || /[\s\u0085\u2028\u2029]/.test(text[i - 1] as string)))
      return true
    else if (c === '"' || c === "'") quote = c
  }
  return false
}

/** What follows the break on its line, as the generator's next line (escaped, cut short). */
function restOfLine(text: string, at: number): string {
  const m = /^[^\n\r\u0085\u2028\u2029]{0,60}/.exec(text.slice(at + 1, at + 61))
  return JSON.stringify(m ? m[0] : '')
}

/**
 * A raw break is an error wherever it is: outside quotes the generator reads what follows as a
 * new line of YAML (keys no view shows); inside quotes it folds it into a space. No SiteConfig
 * needs one raw (double quotes can hold the escape `\u2028`).
 */
function lineBreakRule(ctx: RuleContext): void {
  const text = ctx.file.text
  // three native searches rule out the usual case ~10x faster than the regex's scan
  if (!text.includes('\u0085') && !text.includes('\u2028') && !text.includes('\u2029')) return
  const re = /[\u0085\u2028\u2029]/g
  let n = 0
  for (let m = re.exec(text); m && n < MAX_FINDINGS; m = re.exec(text), n++) {
    const at = m.index
    const what = BREAKS[m[0]] as string
    const rest = restOfLine(text, at)
    ctx.report(
      yaml11LineBreak,
      [],
      inComment(text, at)
        ? msg(
            'a {{what}} ends this comment for the generator (YAML 1.1): it reads {{rest}} as a new line of YAML; remove the character',
            { what, rest },
          )
        : msg(
            'a {{what}} is a line break for the generator (YAML 1.1): in a quoted value it reads a space there, anywhere else it reads {{rest}} as a new line of YAML; remove the character (or write the escape \\u{{p}} in double quotes)',
            { what, rest, p: m[0].charCodeAt(0).toString(16).padStart(4, '0') },
          ),
      at,
    )
  }
}

const isMap = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v)

function keyList(keys: string[]): string {
  const shown = keys.slice(0, 8).map((k) => (k.length > 60 ? k.slice(0, 60) + '…' : k))
  return shown.join(', ') + (keys.length > 8 ? ` and ${keys.length - 8} more` : '')
}

/**
 * A key "<<" is written as `<<` or, in double quotes, with an escaped `<` (\x3c, \u003c,
 * \U0000003c): without either in the text there is none, and the walk over every value is skipped.
 */
const mayHoldMergeKey = (text: string) =>
  text.includes('<<') ||
  text.includes('\\x3') ||
  text.includes('\\u003') ||
  text.includes('\\U0000003')

function mergeKeyRule(ctx: RuleContext): void {
  if (!mayHoldMergeKey(ctx.file.text)) return
  const seen = new Set<object>()
  let found = 0
  // one path array pushed and popped along the walk, copied only for a finding
  const at: PathSegment[] = []
  const walk = (v: unknown): void => {
    if (v === null || typeof v !== 'object' || seen.has(v) || found >= MAX_FINDINGS) return
    seen.add(v)
    const keys: PathSegment[] = Array.isArray(v) ? v.map((_, i) => i) : Object.keys(v)
    if (!Array.isArray(v) && Object.hasOwn(v, '<<')) {
      found++
      reportMerge(ctx, v as Record<string, unknown>, [...at, '<<'])
    }
    for (const k of keys) {
      at.push(k)
      walk((v as Record<PathSegment, unknown>)[k])
      at.pop()
    }
  }
  walk(ctx.data)
}

function reportMerge(ctx: RuleContext, node: Record<string, unknown>, path: Path): void {
  const src = node['<<']
  const maps = Array.isArray(src) ? src : [src]
  if (!maps.every(isMap))
    return ctx.report(
      yamlMergeKey,
      path,
      msg(
        '"<<" is a merge key for the generator (YAML 1.1), and it fails on this one: it merges only a mapping or a list of mappings',
      ),
    )
  const own = new Set(Object.keys(node))
  const added = [...new Set(maps.flatMap((m) => Object.keys(m)))].filter((k) => !own.has(k))
  if (!added.length)
    return ctx.report(
      yamlMergeKey.as('warning'),
      path,
      msg(
        '"<<" is a merge key for the generator (YAML 1.1); here it adds no key (each is set on this node), but the editor reads it as a key named "<<": remove it',
      ),
    )
  ctx.report(
    yamlMergeKey,
    path,
    added.length > 1
      ? msg(
          '"<<" is a merge key for the generator (YAML 1.1): it merges {{keys}} into this node, which no view of the editor shows; write those keys out instead',
          { keys: keyList(added) },
        )
      : msg(
          '"<<" is a merge key for the generator (YAML 1.1): it merges {{keys}} into this node, which no view of the editor shows; write that key out instead',
          { keys: keyList(added) },
        ),
  )
}

const YAML11 = /^(y|n|yes|no|on|off)$/i

/** Unquoted yes/no/on/off/y/n: YAML 1.2 (the editor, js-yaml) reads text, Kubernetes' YAML 1.1 a boolean. */
// `at` is one array pushed and popped along the walk (copied only for a finding): a 1,000-node
// file has ~200,000 values
function yaml11(ctx: RuleContext, v: unknown, at: PathSegment[]) {
  if (at.length > 12) return
  if (typeof v === 'string') {
    // the length first: testing a long value would flatten it (js-yaml builds it piece by piece)
    if (v.length > 3 || !YAML11.test(v)) return
    const path = [...at]
    // the range holds the whole entry or item: look past `key:` or `- `
    const raw = ctx.source(path) ?? ''
    const src = (
      typeof path.at(-1) === 'number' ? raw.replace(/^-\s*/, '') : raw.slice(raw.indexOf(':') + 1)
    ).trim()
    if (src && !/^["']/.test(src))
      ctx.report(
        yaml11Boolean,
        path,
        msg(
          '{{where}}: {{value}} is text to YAML 1.2 but a boolean to Kubernetes\' YAML 1.1 parser — quote it ("{{value2}}") or write true/false',
          { where: where(path), value: v, value2: show(v) },
        ),
      )
    return
  }
  if (Array.isArray(v))
    v.forEach((x, i) => {
      at.push(i)
      yaml11(ctx, x, at)
      at.pop()
    })
  else if (v && typeof v === 'object')
    for (const k of Object.keys(v)) {
      at.push(k)
      yaml11(ctx, (v as Record<string, unknown>)[k], at)
      at.pop()
    }
}

export const yaml11BooleanRules: Check = (ctx) => yaml11(ctx, ctx.data, [])

export const yaml11Rules: Check = (ctx) => {
  lineBreakRule(ctx)
  mergeKeyRule(ctx)
}
