/** dataurl- rules (data: sources of override files): each declared once; rows are those of validation-rules.md. */
import { BOTH, rule } from '../registry.ts'

export const dataurlSyntax = rule({
  id: 'dataurl-syntax',
  severity: 'error',
  title:
    'Literal `data:` prefix (case-sensitive) and a comma; media type and parameters are RFC 2045 …',
  row: 133,
  kinds: BOTH,
})
export const dataurlPercentChars = rule({
  id: 'dataurl-percent-chars',
  severity: 'error',
  title:
    'Percent form: no raw space, newline, tab or other control character, `#`, `"`, `<`, `>`, `{`, …',
  row: 134,
  kinds: BOTH,
})
export const dataurlPercentEscape = rule({
  id: 'dataurl-percent-escape',
  severity: 'error',
  title: 'Every `%` is followed by two hex digits',
  row: 135,
  kinds: BOTH,
})
export const dataurlPlus = rule({
  id: 'dataurl-plus',
  severity: 'warning',
  title: '`+` in the percent form where the decoded text looks form-encoded (`+` is not a space)',
  row: 136,
  kinds: BOTH,
})
export const dataurlBase64 = rule({
  id: 'dataurl-base64',
  severity: 'error',
  title: 'Base64 form uses the standard alphabet (`A–Z a–z 0–9 + / =`) with correct padding',
  row: 137,
  kinds: BOTH,
})
