/** English texts of the side area (see src/i18n/catalog.ts). Each key is its own text. */
export const side = {} as const
