/**
 * Wraps text from a post (a name, a handle) in Unicode isolates (FSI … PDI), the plain-text
 * equivalent of <bdi>: a right-to-left name or a stray U+202E cannot reorder our sentence.
 */
export const isolate = (text: string): string => `\u2068${text}\u2069`
