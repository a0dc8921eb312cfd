/** One-line flow collections, for values that the file already writes in flow style. */
import { isMap } from './emit.ts'
import { renderKey, renderScalar } from './scalar.ts'

export function renderFlow(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(renderFlow).join(', ')}]`
  if (isMap(v))
    return `{${Object.entries(v)
      .map(([k, x]) => `${renderKey(k)}: ${renderFlow(x)}`)
      .join(', ')}}`
  const s = renderScalar(v)
  // plain scalars may not hold flow indicators inside a flow collection
  return typeof v === 'string' && s === v && /[,[\]{}]/.test(v) ? JSON.stringify(v) : s
}
