import type { common as en } from '../en/common.ts'
import type { Translation } from '../types.ts'

export const common: Translation<typeof en> = {
  Close: '닫기',
  Cancel: '취소',
  Remove: '제거',
  Apply: '적용',
}
