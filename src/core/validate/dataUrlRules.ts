/** dataurl- rules: each `data:` source of an override's files, checked as Ignition decodes it. */
import { DataUrlError } from '../codecs/dataUrl.ts'
import type { DataUrl } from '../codecs/dataUrl.ts'
import type { At, RuleContext } from './context.ts'
import type { Rule } from './registry.ts'
import type { Override } from './override.ts'
import { show } from './context.ts'
import {
  dataurlBase64,
  dataurlPercentChars,
  dataurlPercentEscape,
  dataurlPlus,
  dataurlSyntax,
} from './rules/dataurl.ts'
import { msg } from '../messages/message.ts'

const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/

function syntaxProblem(url: string): string | undefined {
  if (!url.startsWith('data:'))
    return `scheme must be written "data:" in lower case (got "${url.slice(0, 5)}")`
  const comma = url.indexOf(',')
  if (comma < 0) return 'data URL missing comma before data'
  const params = url.slice(5, comma).split(';')
  const [type = '', ...rest] = params
  if (type && !/^[^/]+\/[^/]+$/.test(type)) return `media type "${show(type)}" is not type/subtype`
  if (type && !type.split('/').every((t) => TOKEN.test(t)))
    return `media type "${show(type)}" has characters outside RFC 2045 tokens`
  const b64 = rest.indexOf('base64')
  if (b64 >= 0 && b64 !== rest.length - 1) return ';base64 must be the last parameter'
  const bad = rest.find((p, i) => i !== b64 && !/^[^=;,]+=[^;,]*$/.test(p))
  return bad !== undefined ? `parameter "${show(bad)}" is not attribute=value` : undefined
}

const ruleOf = (e: DataUrlError): Rule =>
  /escape/.test(e.message)
    ? dataurlPercentEscape
    : /base64/.test(e.message)
      ? dataurlBase64
      : dataurlPercentChars

// '+' between word characters, as form encoding writes spaces; real scripts rarely have many
const FORM_PLUS = /[A-Za-z0-9]\+[A-Za-z0-9-]/g

/** Checks one source; returns the parsed URL when it decodes. */
export function checkDataUrl(
  ctx: RuleContext,
  o: Override,
  url: string,
  label: string,
  at: At,
): DataUrl | undefined {
  const syntax = syntaxProblem(url)
  if (syntax) {
    ctx.report(dataurlSyntax, o.path, msg('{{label}}: {{syntax}}', { label, syntax }), at)
    return undefined
  }
  try {
    const parsed = ctx.cache.dataUrl(url)
    const data = url.slice(url.indexOf(',') + 1)
    if (
      parsed.encoding === 'percent' &&
      !/%20/i.test(data) &&
      (data.match(FORM_PLUS)?.length ?? 0) >= 2
    )
      ctx.report(
        dataurlPlus,
        o.path,
        msg(
          "{{label}}: '+' is not decoded as a space in data URLs; the file will contain literal '+' (encode spaces as %20)",
          { label },
        ),
        at,
      )
    return parsed
  } catch (e) {
    if (!(e instanceof DataUrlError)) throw e
    ctx.report(
      ruleOf(e),
      o.path,
      msg('{{label}}: {{message}} at offset {{offset}}', {
        label,
        message: e.message,
        offset: e.offset,
      }),
      at,
    )
    return undefined
  }
}
