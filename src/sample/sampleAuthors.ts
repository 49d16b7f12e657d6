import type { Author } from '../domain/post'

/**
 * The fictional people and organisations of the built-in Sample library.
 * Every handle and URL lives on the reserved example domains (RFC 2606).
 */
type SampleServer = 'example.social' | 'example.org'

const author = (name: string, username: string, server: SampleServer, avatar: string): Author => ({
  name,
  handle: `@${username}@${server}`,
  url: `https://${server}/@${username}`,
  avatarUrl: `/sample/avatars/${avatar}.svg`,
})

export const SAMPLE_AUTHORS = {
  lea: author('Léa Martin', 'lea.martin', 'example.social', 'lea-martin'),
  influenceDays: author('Influence Days', 'influencedays', 'example.org', 'influence-days'),
  amara: author('Amara Okafor', 'amara.okafor', 'example.social', 'amara-okafor'),
  thomas: author('Thomas Nguyen', 'thomas.nguyen', 'example.social', 'thomas-nguyen'),
  priya: author('Priya Raman 📊', 'priya.raman', 'example.social', 'priya-raman'),
  camille: author('Camille Durand', 'camille.durand', 'example.social', 'camille-durand'),
  jonas: author('Jonas Becker 🚲', 'jonas.becker', 'example.social', 'jonas-becker'),
  ines: author('Inès Haddad', 'ines.haddad', 'example.social', 'ines-haddad'),
  marc: author('Marc Lefèvre', 'marc.lefevre', 'example.social', 'marc-lefevre'),
  hannah: author('Hannah Kim', 'hannah.kim', 'example.social', 'hannah-kim'),
  transparence: author(
    'Collectif Transparence Créateurs',
    'transparence',
    'example.org',
    'transparence',
  ),
  noah: author('Noah Williams', 'noah.williams', 'example.social', 'noah-williams'),
  chloe: author('Chloé Petit', 'chloe.petit', 'example.social', 'chloe-petit'),
} as const satisfies Record<string, Author>

export type SampleAuthorKey = keyof typeof SAMPLE_AUTHORS
