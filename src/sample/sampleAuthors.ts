import type { Author, AuthorStats } from '../domain/post'

/**
 * The fictional people and organisations of the built-in Sample library.
 * Every handle and URL lives on the reserved example domains (RFC 2606).
 */
type SampleServer = 'example.social' | 'example.org'

const author = (
  name: string,
  username: string,
  server: SampleServer,
  avatar: string,
  stats?: AuthorStats,
): Author => ({
  name,
  handle: `@${username}@${server}`,
  url: `https://${server}/@${username}`,
  avatarUrl: `/sample/avatars/${avatar}.svg`,
  ...(stats ? { stats } : {}),
})

/**
 * Invented audience counts, varied so that Insights has something to show offline: ordinary
 * accounts, one that follows back everyone, one with a large audience that barely reacts, one
 * a few weeks old, and one that gives no counts at all (Chloé).
 */
const counts = (followers: number, following: number, posts: number, createdAt: string) => ({
  followers,
  following,
  posts,
  createdAt,
})

export const SAMPLE_AUTHORS = {
  lea: author(
    'Léa Martin',
    'lea.martin',
    'example.social',
    'lea-martin',
    counts(1840, 612, 3910, '2019-03-12T09:00:00.000Z'),
  ),
  influenceDays: author(
    'Influence Days',
    'influencedays',
    'example.org',
    'influence-days',
    counts(12400, 180, 2210, '2017-11-02T08:00:00.000Z'),
  ),
  amara: author(
    'Amara Okafor',
    'amara.okafor',
    'example.social',
    'amara-okafor',
    counts(5230, 890, 7420, '2018-06-20T12:00:00.000Z'),
  ),
  thomas: author(
    'Thomas Nguyen',
    'thomas.nguyen',
    'example.social',
    'thomas-nguyen',
    counts(2050, 2012, 1530, '2020-01-08T10:00:00.000Z'),
  ),
  priya: author(
    'Priya Raman 📊',
    'priya.raman',
    'example.social',
    'priya-raman',
    counts(960, 410, 880, '2021-05-17T14:00:00.000Z'),
  ),
  camille: author(
    'Camille Durand',
    'camille.durand',
    'example.social',
    'camille-durand',
    counts(3120, 540, 2650, '2019-09-30T16:00:00.000Z'),
  ),
  jonas: author(
    'Jonas Becker 🚲',
    'jonas.becker',
    'example.social',
    'jonas-becker',
    counts(310, 280, 95, '2026-09-01T07:00:00.000Z'),
  ),
  ines: author(
    'Inès Haddad',
    'ines.haddad',
    'example.social',
    'ines-haddad',
    counts(1420, 760, 2100, '2020-10-05T11:00:00.000Z'),
  ),
  marc: author(
    'Marc Lefèvre',
    'marc.lefevre',
    'example.social',
    'marc-lefevre',
    counts(48200, 350, 1210, '2016-04-21T09:00:00.000Z'),
  ),
  hannah: author(
    'Hannah Kim',
    'hannah.kim',
    'example.social',
    'hannah-kim',
    counts(2730, 1020, 3300, '2018-12-03T15:00:00.000Z'),
  ),
  transparence: author(
    'Collectif Transparence Créateurs',
    'transparence',
    'example.org',
    'transparence',
    counts(8900, 120, 640, '2023-03-08T10:00:00.000Z'),
  ),
  noah: author(
    'Noah Williams',
    'noah.williams',
    'example.social',
    'noah-williams',
    counts(640, 300, 720, '2022-02-14T13:00:00.000Z'),
  ),
  chloe: author('Chloé Petit', 'chloe.petit', 'example.social', 'chloe-petit'),
} as const satisfies Record<string, Author>

export type SampleAuthorKey = keyof typeof SAMPLE_AUTHORS
