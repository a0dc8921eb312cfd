/** Character codes the scanners compare against (`text.charCodeAt(i)`), by name. */
export const TAB = 0x09
export const LF = 0x0a
export const CR = 0x0d
export const SPACE = 0x20
export const BANG = 0x21 // !
export const DOUBLE_QUOTE = 0x22 // "
export const HASH = 0x23 // #
export const AMPERSAND = 0x26 // &
export const SINGLE_QUOTE = 0x27 // '
export const DASH = 0x2d // -
export const COLON = 0x3a // :
export const GREATER = 0x3e // > (folded block scalar)
export const QUESTION = 0x3f // ? (complex key)
export const OPEN_SQUARE = 0x5b // [
export const BACKSLASH = 0x5c
export const CLOSE_SQUARE = 0x5d // ]
export const OPEN_CURLY = 0x7b // {
export const PIPE = 0x7c // | (literal block scalar)
export const CLOSE_CURLY = 0x7d // }

/** What `charCodeAt` gives past the end of the text. */
export const isPastEnd = (c: number) => Number.isNaN(c)
