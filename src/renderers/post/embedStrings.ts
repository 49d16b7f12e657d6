/** The words of a link embed card (`PostEmbed`), in each renderer locale. */
export interface EmbedStrings {
  /** The button's visible word. */
  play: string
  /** Its accessible name: what plays, and that a third party's page will load. */
  playLabel: (title: string, provider: string) => string
  openOn: (provider: string) => string
  /** The player frame's title, read by screen readers. */
  playerTitle: (title: string, provider: string) => string
}

export const embedStringsEn: EmbedStrings = {
  play: 'Play',
  playLabel: (title, provider) => `Play “${title}” (loads ${provider})`,
  openOn: (provider) => `Open on ${provider}`,
  playerTitle: (title, provider) => `${provider} player: ${title}`,
}

export const embedStringsFr: EmbedStrings = {
  play: 'Lire',
  playLabel: (title, provider) => `Lire «\u00a0${title}\u00a0» (charge ${provider})`,
  openOn: (provider) => `Ouvrir sur ${provider}`,
  playerTitle: (title, provider) => `Lecteur ${provider}\u00a0: ${title}`,
}
