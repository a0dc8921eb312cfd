/**
 * Marks U+0085, U+2028 and U+2029 in the YAML pane. Monaco keeps them inside a line (the text is
 * not altered) and draws them as '�'; the generator's YAML 1.1 reader breaks the line there, so
 * what follows is not a comment for it. Monaco's unicode highlighter does not count them as
 * invisible characters, hence these decorations.
 */
import type * as Monaco from 'monaco-editor/editor'

const NAMES: Record<string, string> = {
  '\u0085': 'U+0085 NEXT LINE',
  '\u2028': 'U+2028 LINE SEPARATOR',
  '\u2029': 'U+2029 PARAGRAPH SEPARATOR',
}
const PATTERN = '[\\u0085\\u2028\\u2029]'
const MAX_MARKS = 1000

export function attachLineBreakMarks(editor: Monaco.editor.IStandaloneCodeEditor): () => void {
  const marks = editor.createDecorationsCollection()
  let timer: ReturnType<typeof setTimeout> | undefined
  const update = () => {
    const model = editor.getModel()
    if (!model) return
    const found = model.findMatches(PATTERN, false, true, false, null, false, MAX_MARKS)
    marks.set(
      found.map((m) => ({
        range: m.range,
        options: {
          inlineClassName: 'unicode-highlight odd-line-break',
          hoverMessage: {
            value: `${NAMES[model.getValueInRange(m.range)] ?? 'line break'}: a line break for the generator (YAML 1.1), not for this editor`,
            isTrusted: false,
            supportHtml: false,
          },
        },
      })),
    )
  }
  update()
  const sub = editor.onDidChangeModelContent(() => {
    clearTimeout(timer)
    timer = setTimeout(update, 300)
  })
  const swap = editor.onDidChangeModel(update)
  return () => {
    clearTimeout(timer)
    sub.dispose()
    swap.dispose()
    marks.clear()
  }
}
