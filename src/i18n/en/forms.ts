/** English texts of the forms area (see src/i18n/catalog.ts). Each key is its own text. */
export const forms = {} as const
