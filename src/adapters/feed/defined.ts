/** For `filter`: keeps the values that are there, and tells TypeScript so. */
export const defined = <T>(value: T | undefined): value is T => value !== undefined
