// the Korean texts of the app and of the findings: one lazy chunk, loaded when Korean is shown
export { ko } from '../i18n/catalogKo.ts'
export { ko as findingsKo } from '../core/messages/ko/index.ts'
