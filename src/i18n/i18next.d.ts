// Typed keys: `t('a text the catalogue does not have')` fails tsc. `findings` (the rules' messages)
// joins when src/core/messages exists.
import type { Catalog } from './catalog.ts'

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation'
    keySeparator: false
    nsSeparator: '~'
    resources: { translation: Catalog }
  }
}
