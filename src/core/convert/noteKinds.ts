/** A note of each severity, with the SiteConfig path it comes from. */
import type { Message } from '../messages/message.ts'
import type { Path } from '../document/path.ts'
import type { Note } from './types.ts'

export const warn = (message: Message, path?: Path): Note => ({
  severity: 'warning',
  message,
  ...(path ? { path } : {}),
})
export const error = (message: Message, path?: Path): Note => ({
  ...warn(message, path),
  severity: 'error',
})
export const info = (message: Message, path?: Path): Note => ({
  ...warn(message, path),
  severity: 'info',
})
