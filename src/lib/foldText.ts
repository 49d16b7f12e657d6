/** Lower-cases and strips accents, so "sponsorisé" matches "SPONSORISE" — French users type both. */
export const foldText = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
