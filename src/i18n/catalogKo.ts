/** The Korean catalogues (see catalog.ts), apart so the app loads them only for a Korean page. */
import { actions as koActions } from './ko/actions.ts'
import { common as koCommon } from './ko/common.ts'
import { convert as koConvert } from './ko/convert.ts'
import { forms as koForms } from './ko/forms.ts'
import { fleet as koFleet } from './ko/fleet.ts'
import { frame as koFrame } from './ko/frame.ts'
import { resources as koResources } from './ko/resources.ts'
import { side as koSide } from './ko/side.ts'

/** Each area's Korean catalogue, apart: a text two areas both have must read the same in both. */
export const KO_AREAS = {
  common: koCommon,
  frame: koFrame,
  forms: koForms,
  side: koSide,
  actions: koActions,
  convert: koConvert,
  resources: koResources,
  fleet: koFleet,
}

export const ko = {
  ...koCommon,
  ...koFrame,
  ...koForms,
  ...koSide,
  ...koActions,
  ...koConvert,
  ...koResources,
  ...koFleet,
}
