/** A translation must have every key of the English messages, with string values. */
export type Messages<T> = { [K in keyof T]: T[K] extends string ? string : Messages<T[K]> }
