/**
 * The shape every language's catalogue must have. Keys are the English text (the consoles' style:
 * `keySeparator: false`, `~` as namespace separator), so an English catalogue maps each key to
 * itself. Korean has one plural form: a `…_one` key of English needs no Korean entry, `…_other` does.
 */
type BaseKey<K> = K extends `${string}_one` ? never : K

export type Translation<T> = { readonly [K in keyof T as BaseKey<K & string>]: string }
