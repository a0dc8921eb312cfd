import type { actions as en } from '../en/actions.ts'
import type { Translation } from '../types.ts'

export const actions: Translation<typeof en> = {}
