import { useEffect, useState } from 'react'

/**
 * False until the browser has painted once after mount: a frame, then a task. What mounts behind
 * it (Monaco, the Problems list) then neither delays the first screen's paint nor competes with
 * it for the main thread (issue 13's "form usable" budget).
 */
export function useAfterFirstPaint(): boolean {
  const [ready, setReady] = useState(false)
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setReady(true), 0)
    })
    return () => {
      cancelAnimationFrame(frame)
      clearTimeout(timer)
    }
  }, [])
  return ready
}
