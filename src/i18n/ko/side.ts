import type { side as en } from '../en/side.ts'
import type { Translation } from '../types.ts'

export const side: Translation<typeof en> = {}
