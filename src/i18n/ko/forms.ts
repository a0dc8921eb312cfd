import type { forms as en } from '../en/forms.ts'
import type { Translation } from '../types.ts'

export const forms: Translation<typeof en> = {}
