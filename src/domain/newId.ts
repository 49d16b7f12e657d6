/** Random, collision-resistant ids; crypto.randomUUID is in every browser we support and in Node. */
export const newId = (): string => crypto.randomUUID()
