/** English texts of the actions area (see src/i18n/catalog.ts). Each key is its own text. */
export const actions = {} as const
