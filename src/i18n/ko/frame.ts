import type { frame as en } from '../en/frame.ts'
import type { Translation } from '../types.ts'

export const frame: Translation<typeof en> = {
  Language: '언어',
  Theme: '테마',
  'Follow the system': '시스템 설정 따르기',
  Light: '밝게',
  Dark: '어둡게',
}
