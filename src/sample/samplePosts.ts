import type { Author, Media, Post } from '../domain/post'
import { SAMPLE_AUTHORS as A } from './sampleAuthors'

/**
 * The built-in Sample library: one day at "Influence Days 2026", a fictional conference on
 * influence marketing (Paris, 15 October 2026), told in French and English posts that the
 * project wrote itself. Times are UTC; Paris is UTC+2 that day (09:30 in the room is 07:30Z).
 */

const DAY = '2026-10-15'
/** When the Sample snapshots were "taken": the morning after, when the recap gets written. */
const FETCHED_AT = '2026-10-16T07:30:00Z'

// ---------- text → safe HTML ----------

const REL = 'noopener noreferrer ugc'

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

const serverOf = (author: Author): string => author.handle.split('@')[2] ?? 'example.social'

const authorsByUsername = new Map<string, Author>(
  Object.values(A).map((author) => [author.handle.split('@')[1] ?? '', author]),
)

/** A link, a mention (`@user` or `@user@server`) or a hashtag. */
const TOKEN =
  /(https:\/\/[^\s]*[^\s.,;:!?)»])|(?<![\p{L}\p{N}_])@([\p{L}\p{N}_][\p{L}\p{N}._-]*[\p{L}\p{N}_])(?:@[a-z0-9-]+(?:\.[a-z0-9-]+)+)?|(?<![\p{L}\p{N}_&/])#([\p{L}\p{N}_]+)/gu

const inlineHtml = (line: string, author: Author): string => {
  let html = ''
  let last = 0
  for (const match of line.matchAll(TOKEN)) {
    const [whole, url, username, tag] = match
    html += escapeHtml(line.slice(last, match.index))
    last = match.index + whole.length
    if (url !== undefined) {
      html += `<a href="${escapeHtml(url)}" rel="${REL}">${escapeHtml(url)}</a>`
    } else if (username !== undefined) {
      const mentioned = authorsByUsername.get(username)
      if (!mentioned?.url) throw new Error(`Sample post mentions an unknown author: ${whole}`)
      html += `<a href="${mentioned.url}" rel="${REL}" class="mention">${escapeHtml(whole)}</a>`
    } else if (tag !== undefined) {
      const href = `https://${serverOf(author)}/tags/${encodeURIComponent(tag)}`
      html += `<a href="${href}" rel="${REL}" class="hashtag">${escapeHtml(whole)}</a>`
    }
  }
  return html + escapeHtml(line.slice(last))
}

/** Paragraphs on blank lines, `<br>` on single line breaks, links for URLs, mentions and tags. */
const toHtml = (text: string, author: Author): string =>
  text
    .split('\n\n')
    .map(
      (paragraph) =>
        `<p>${paragraph
          .split('\n')
          .map((line) => inlineHtml(line, author))
          .join('<br>')}</p>`,
    )
    .join('')

// ---------- builders ----------

const photo = (file: string, alt: string, width: number, height: number): Media => ({
  kind: 'image',
  url: `/sample/photos/${file}.svg`,
  alt,
  width,
  height,
  mimeType: 'image/svg+xml',
})

const landscape = (file: string, alt: string): Media => photo(file, alt, 1200, 800)
const square = (file: string, alt: string): Media => photo(file, alt, 1080, 1080)

type Draft = Omit<
  Post,
  'id' | 'source' | 'url' | 'createdAt' | 'fetchedAt' | 'html' | 'media' | 'availability'
> & {
  /** Position in the day, becomes `sample:NN`. */
  n: number
  /** UTC time of day, `HH:MM:SS`. */
  at: string
  media?: Media[]
}

const post = ({ n, at, media = [], ...rest }: Draft): Post => {
  const nativeId = String(n).padStart(2, '0')
  const statusId = `115384${at.replace(/:/g, '')}${nativeId}0000`
  return {
    id: `sample:${nativeId}`,
    source: 'sample',
    url: `${rest.author.url ?? 'https://example.social'}/${statusId}`,
    createdAt: `${DAY}T${at}Z`,
    fetchedAt: FETCHED_AT,
    html: toHtml(rest.text, rest.author),
    media,
    availability: { state: 'available' },
    ...rest,
  }
}

const replyTo = (parent: Post): Post['replyTo'] => ({
  url: parent.url,
  authorHandle: parent.author.handle,
})

// ---------- the day ----------

const p01 = post({
  n: 1,
  at: '06:05:12',
  author: A.lea,
  language: 'fr',
  text: "Badge récupéré, café en main ☕\n\nPremière fois à #InfluenceDays : je live-tweete la journée pour l'équipe. Au programme : keynote sur la confiance, panel sur la transparence des partenariats, atelier brief créateur… On y va !",
  media: [
    square(
      'badge-lanyard',
      "Un badge « Influence Days 2026 · Paris », au nom de Léa Martin, community manager, mention « Pass 1 jour », suspendu à un tour de cou corail et posé sur une table en bois à côté d'un carnet et d'une tasse de café vue de dessus.",
    ),
  ],
  metrics: { replies: 3, reposts: 2, likes: 27, quotes: 0 },
})

const p02 = post({
  n: 2,
  at: '06:30:00',
  author: A.influenceDays,
  language: 'fr',
  text: "Les portes sont ouvertes ! Bienvenue au Hangar 12 pour la 4e édition d'#InfluenceDays.\n\nVestiaire à gauche, café à droite, keynote à 9 h 30 en salle Lumière. Le code Wi-Fi est au dos de votre badge.",
  media: [
    landscape(
      'venue-exterior',
      "Façade d'un ancien hangar en briques au toit arrondi, surmontée d'une bannière violette « Influence Days 2026 · 15 octobre · Le Hangar 12 ». Une quinzaine de personnes font la queue devant la grande porte, sous un ciel clair du matin.",
    ),
  ],
  metrics: { replies: 2, reposts: 14, likes: 58, quotes: 1 },
})

const p03 = post({
  n: 3,
  at: '06:55:40',
  author: A.hannah,
  language: 'en',
  text: 'In Paris for #InfluenceDays today, covering it for the newsletter. The badge line goes around the building, which tells you something about where marketing budgets are heading.\n\nNotes to follow 🧵',
  metrics: { replies: 4, reposts: 3, likes: 31, quotes: 0 },
})

const p04 = post({
  n: 4,
  at: '07:15:00',
  author: A.influenceDays,
  language: 'en',
  text: "Opening in 15 minutes! Here's the title card you'll see on every screen today 🎬 #InfluenceDays",
  media: [
    {
      kind: 'video',
      url: '/sample/video/opening.mp4',
      previewUrl: '/sample/video/opening-poster.jpg',
      alt: 'Silent five-second title card: on a deep violet background, a short yellow line appears, then the words "Influence Days 2026" fade in in white, followed by "Paris · 15 October 2026" and "Trust · Reach · Transparency". A coral progress bar fills along the bottom edge.',
      width: 1280,
      height: 720,
      mimeType: 'video/mp4',
    },
  ],
  metrics: { replies: 1, reposts: 9, likes: 44, quotes: 0 },
})

const p05 = post({
  n: 5,
  at: '07:32:18',
  author: A.lea,
  language: 'fr',
  text: "Keynote d'ouverture : @amara.okafor, « Trust is the new reach ».\n\nPremier message : l'audience ne fait plus confiance au nombre d'abonnés, elle fait confiance à la constance. 1/5\n\n#InfluenceDays #keynote",
  media: [
    landscape(
      'keynote-stage',
      'Une scène plongée dans la pénombre : une oratrice en silhouette, éclairée par un projecteur, devant un grand écran violet qui affiche « Trust is the new reach — Amara Okafor · Influence Days 2026 ». Au premier plan, les têtes du public.',
    ),
  ],
  metrics: { replies: 2, reposts: 11, likes: 64, quotes: 1 },
})

const p06 = post({
  n: 6,
  at: '07:36:02',
  author: A.lea,
  language: 'fr',
  replyTo: replyTo(p05),
  text: "2/5 Le chiffre qui a fait réagir la salle : sur les 5 000 campagnes analysées par son équipe, la portée explique moins de 20 % des ventes attribuées. La régularité d'un même créateur sur six mois pèse bien plus lourd. #InfluenceDays",
  metrics: { replies: 1, reposts: 8, likes: 39, quotes: 0 },
})

const p07 = post({
  n: 7,
  at: '07:41:27',
  author: A.priya,
  language: 'en',
  text: 'The slide everyone photographed: median engagement rate by follower tier. Nano and micro accounts sit way above the mega tier.\n\nWould love to see the methodology, @amara.okafor 👀\n\n#InfluenceDays #engagement',
  media: [
    landscape(
      'slide-engagement',
      'Photo of a projected slide titled "Median engagement rate by follower tier" (Instagram and TikTok, 5,000 sponsored posts, 2025–2026). A bar chart: nano 4.8 %, micro 3.6 %, mid 2.1 %, macro 1.4 %, mega 0.9 %. In the foreground, someone holds up a phone to photograph it.',
    ),
  ],
  metrics: { replies: 6, reposts: 23, likes: 112, quotes: 3 },
})

const p08 = post({
  n: 8,
  at: '07:44:50',
  author: A.lea,
  language: 'fr',
  replyTo: replyTo(p06),
  text: "3/5 « Un créateur qui parle de vélo depuis six ans vaut plus pour une marque de vélos qu'une star qui en parle une fois. » Applaudissements spontanés. #InfluenceDays",
  metrics: { replies: 2, reposts: 15, likes: 71, quotes: 2 },
})

const p09 = post({
  n: 9,
  at: '07:47:33',
  author: A.chloe,
  language: 'fr',
  text: 'Première conf pro de ma vie et la keynote est déjà meilleure que la moitié de mes cours de master 😅 #InfluenceDays',
  media: [
    landscape(
      'audience',
      "Vue depuis le fond d'une salle de conférence pleine : des rangées de têtes et d'épaules en silhouette, de plus en plus sombres vers le premier plan, tournées vers un écran violet où l'on lit « Trust is the new reach ».",
    ),
  ],
  metrics: { replies: 3, reposts: 1, likes: 41, quotes: 0 },
})

const p10 = post({
  n: 10,
  at: '07:52:05',
  author: A.thomas,
  language: 'fr',
  text: "Je veux bien qu'on enterre le nombre d'abonnés, mais mon comex, lui, me le demande toujours en premier.\n\nQui a une slide qui convainc un directeur financier ? #InfluenceDays",
  metrics: { replies: 9, reposts: 4, likes: 52, quotes: 1 },
})

const p11 = post({
  n: 11,
  at: '07:58:41',
  author: A.jonas,
  language: 'en',
  replyTo: replyTo(p10),
  text: "@thomas.nguyen Show them cost per engaged viewer instead of cost per follower. I have 18k followers; my last sponsored ride video did 9.4 % engagement, and the brand's promo-code page got more traffic from it than from their macro campaign. Happy to share the numbers.",
  metrics: { replies: 2, reposts: 6, likes: 48, quotes: 0 },
})

const p12 = post({
  n: 12,
  at: '08:03:15',
  author: A.priya,
  language: 'en',
  replyTo: replyTo(p10),
  text: "@thomas.nguyen Finance people like ranges, not heroes. Plot every creator you've worked with on engagement vs. conversions and show the band most of them fall in. I'll post mine after lunch. #InfluenceDays",
  metrics: { replies: 1, reposts: 3, likes: 36, quotes: 0 },
})

const p13 = post({
  n: 13,
  at: '08:06:09',
  author: A.lea,
  language: 'fr',
  replyTo: replyTo(p08),
  text: "4/5 Sur les faux abonnés : selon elle, environ un compte sur cinq au-delà de 100 000 abonnés a une audience « gonflée » d'au moins 15 %. Conseil : regarder la courbe de croissance, pas le total. #InfluenceDays #fauxabonnés",
  metrics: { replies: 1, reposts: 12, likes: 49, quotes: 1 },
})

const p14 = post({
  n: 14,
  at: '08:10:30',
  author: A.lea,
  language: 'fr',
  replyTo: replyTo(p13),
  text: "5/5 Conclusion de @amara.okafor : « Votre audience n'est pas un chiffre, c'est une relation. »\n\nMerci pour cette ouverture ! Pause café, on se retrouve à 10 h 45 pour le panel transparence. #InfluenceDays",
  metrics: { replies: 2, reposts: 9, likes: 57, quotes: 0 },
})

const p15 = post({
  n: 15,
  at: '08:14:55',
  author: A.amara,
  repostedBy: A.influenceDays,
  language: 'en',
  text: "Thank you Paris! Here are this morning's keynote slides, with sources for every chart and the methodology note @priya.raman asked for: https://example.org/talks/trust-is-the-new-reach #InfluenceDays",
  card: {
    url: 'https://example.org/talks/trust-is-the-new-reach',
    title: 'Trust is the new reach: keynote slides and sources',
    description:
      'Slides from the Influence Days 2026 opening keynote, with the dataset description and methodology for each chart.',
    imageUrl: '/sample/cards/keynote-slides.svg',
    siteName: 'Amara Okafor',
  },
  metrics: { replies: 7, reposts: 38, likes: 146, quotes: 4 },
})

const p16 = post({
  n: 16,
  at: '08:20:12',
  editedAt: `${DAY}T08:27:45Z`,
  author: A.hannah,
  language: 'en',
  replyTo: replyTo(p03),
  text: "Keynote notes from @amara.okafor:\n1. Reach explains less than a fifth of attributed sales in her dataset.\n2. A creator's consistency over six months matters more than their size.\n3. Roughly one account in five above 100k followers has an inflated audience.\nStrong start. #InfluenceDays",
  metrics: { replies: 3, reposts: 21, likes: 88, quotes: 2 },
})

const p17 = post({
  n: 17,
  at: '08:35:48',
  author: A.noah,
  language: 'en',
  text: 'Hallway moment of the day: someone DMed me an offer for "10k real followers, €49" while I was standing at the fake-follower booth. The irony writes itself.\n\nMy talk is at 14:00 in salle Lumière. #InfluenceDays #fakefollowers',
  metrics: { replies: 5, reposts: 17, likes: 93, quotes: 1 },
})

const p18 = post({
  n: 18,
  at: '08:45:00',
  author: A.influenceDays,
  language: 'fr',
  text: 'Dans 5 minutes, panel « Transparence : que dit vraiment la loi ? », avec @camille.durand (avocate), @ines.haddad (créatrice), @thomas.nguyen (annonceur) et @transparence.\n\nVos questions avec #InfluenceDays #partenariat',
  media: [
    landscape(
      'panel-stage',
      'Quatre intervenants assis dans des fauteuils orange sur une scène, une table basse avec deux micros devant eux. Au-dessus, un écran : « Panel · Transparence — Que dit vraiment la loi ? », avec deux étiquettes « Publicité » et « Collaboration commerciale ».',
    ),
  ],
  metrics: { replies: 1, reposts: 10, likes: 39, quotes: 0 },
})

const p19 = post({
  n: 19,
  at: '08:52:24',
  author: A.lea,
  language: 'fr',
  text: 'Panel transparence. @camille.durand rappelle le cadre : depuis la loi du 9 juin 2023, dite « loi influenceurs », une collaboration doit être signalée par « Publicité » ou « Collaboration commerciale », de façon claire, lisible et pendant toute la durée du contenu. #InfluenceDays #partenariat',
  metrics: { replies: 2, reposts: 26, likes: 84, quotes: 1 },
})

const p20 = post({
  n: 20,
  at: '08:58:03',
  author: A.camille,
  language: 'fr',
  text: "Je le redis ici puisque la salle a applaudi : #partenariat tout seul, en bas d'une liste de quinze hashtags, ce n'est pas une mention claire.\n\nLe mot doit se voir sans cliquer sur « plus ». Les recommandations de l'ARPP vont dans le même sens depuis des années. #InfluenceDays",
  metrics: { replies: 14, reposts: 61, likes: 238, quotes: 9 },
})

const p21 = post({
  n: 21,
  at: '09:05:37',
  author: A.thomas,
  language: 'fr',
  text: "Côté marques, c'est aussi notre responsabilité : l'annonceur est solidairement responsable avec le créateur. On a réécrit tous nos briefs en conséquence et, honnêtement, les contenus n'y ont rien perdu. #InfluenceDays",
  quote: { state: 'available', post: { ...p20 } },
  metrics: { replies: 4, reposts: 12, likes: 67, quotes: 1 },
})

const p22 = post({
  n: 22,
  at: '09:12:10',
  author: A.ines,
  language: 'fr',
  contentWarning: 'Harcèlement en ligne, insultes (captures masquées)',
  sensitive: true,
  text: "Ce que j'ai raconté sur scène : chaque fois que j'affiche clairement « Collaboration commerciale », je reçois ce genre de messages. Je partage quelques captures, texte masqué, parce qu'on n'en parle pas assez.\n\nLa transparence ne devrait pas coûter ça. #InfluenceDays",
  media: [
    square(
      'harassment-messages',
      "Capture d'écran d'une boîte de « demandes de messages » (23) : six bulles dont le texte est masqué par des bandes grises. Seuls les mots « vendue » et « arnaque » restent lisibles, à côté d'émojis rouges en colère.",
    ),
  ],
  metrics: { replies: 21, reposts: 34, likes: 196, quotes: 3 },
})

const p23 = post({
  n: 23,
  at: '09:18:44',
  author: A.hannah,
  language: 'en',
  text: 'The disclosure panel was the most practical hour so far. Takeaway for anyone working with French creators: #ad or #partenariat buried among the hashtags is not enough. The law wants "Publicité" or "Collaboration commerciale", clearly visible, for the whole video. #InfluenceDays #disclosure',
  metrics: { replies: 3, reposts: 29, likes: 102, quotes: 2 },
})

const p24 = post({
  n: 24,
  at: '09:21:16',
  author: A.camille,
  language: 'fr',
  replyTo: replyTo(p23),
  text: "@hannah.kim Exactement. Et deux mentions de plus à ne pas oublier : « Image retouchée » quand un visage ou une silhouette a été modifié, « Image virtuelle » quand l'image est générée par IA.",
  metrics: { replies: 1, reposts: 15, likes: 74, quotes: 0 },
})

const p25 = post({
  n: 25,
  at: '09:25:00',
  author: A.transparence,
  language: 'fr',
  text: 'Comme promis pendant le panel : notre guide gratuit « Mentionner un partenariat en 2026 », avec des exemples par format (story, Reels, vidéo longue, live) et une checklist à imprimer.\n\nhttps://example.org/guides/mentions-partenariat-2026\n\n#InfluenceDays #partenariat',
  card: {
    url: 'https://example.org/guides/mentions-partenariat-2026',
    title: 'Mentionner un partenariat en 2026 : le guide pratique',
    description:
      "Ce que dit la loi du 9 juin 2023, ce que recommande l'ARPP, et des exemples concrets format par format. Checklist à imprimer incluse.",
    imageUrl: '/sample/cards/guide-mentions.svg',
    siteName: 'Collectif Transparence Créateurs',
  },
  metrics: { replies: 6, reposts: 88, likes: 173, quotes: 5 },
})

const p26 = post({
  n: 26,
  at: '09:31:52',
  author: A.chloe,
  language: 'fr',
  replyTo: replyTo(p22),
  text: "@ines.haddad Merci d'avoir osé en parler sur scène. Ton témoignage a été le moment le plus fort de la matinée 💛",
  metrics: { replies: 1, reposts: 0, likes: 23, quotes: 0 },
})

const p27 = post({
  n: 27,
  at: '09:38:20',
  author: A.jonas,
  language: 'en',
  text: 'On stage in 20 minutes for "Small accounts, big trust". Spoiler: I\'ll show my follower count (18k), then explain why it\'s the least interesting number on the slide. #InfluenceDays #microinfluencers',
  metrics: { replies: 2, reposts: 5, likes: 46, quotes: 0 },
})

const p28 = post({
  n: 28,
  at: '10:30:08',
  author: A.hannah,
  language: 'en',
  text: 'Line of the day so far, from @jonas.becker: "My follower count is the least interesting number on this slide." Then: 9 % average engagement, and 70 % of his audience lives within 50 km of Paris.\n\nLocal brands, take note. #InfluenceDays #microinfluencers',
  metrics: { replies: 3, reposts: 19, likes: 81, quotes: 1 },
})

const p29 = post({
  n: 29,
  at: '10:45:33',
  author: A.ines,
  language: 'fr',
  text: "Déjeuner 100 % végétarien et franchement réussi : velouté de potimarron, taboulé de chou-fleur, tarte aux pommes. Bravo au traiteur !\n\nEt non, ce n'est pas un #partenariat 😄 #InfluenceDays",
  media: [
    landscape(
      'lunch-table',
      "Vue de dessus d'une longue table en bois : trois bols de velouté orange, deux assiettes de taboulé piqué de grenade et d'herbes, une tarte aux pommes entamée au centre, des verres d'eau et les mains de deux convives.",
    ),
  ],
  metrics: { replies: 5, reposts: 3, likes: 88, quotes: 0 },
})

const p30 = post({
  n: 30,
  at: '11:15:02',
  author: A.noah,
  language: 'en',
  text: 'Update: the account that offered me "10k real followers" this morning has already deleted the post it was advertising from. I kept screenshots for my slides anyway. #InfluenceDays #fakefollowers',
  quote: {
    state: 'unavailable',
    reason: 'deleted',
    url: 'https://example.social/@growth.boost.pro/115384060212990000',
  },
  metrics: { replies: 4, reposts: 9, likes: 61, quotes: 0 },
})

const p31 = post({
  n: 31,
  at: '12:15:26',
  author: A.priya,
  language: 'en',
  replyTo: replyTo(p12),
  text: 'As promised, @thomas.nguyen: 212 creator partnerships from the last two years, engagement rate vs. conversion rate. Most land in a 1–5 % engagement band; outside it, conversions stop tracking engagement at all.\n\nShow the band, not the outlier. #InfluenceDays #engagement',
  media: [
    landscape(
      'engagement-band',
      'Scatter plot titled "212 creator partnerships: engagement vs. conversion". Engagement rate from 0 to 10 % on the horizontal axis, conversion rate from 0 to 5 % on the vertical axis. A shaded teal band between 1 and 5 % engagement, labelled "1–5 % engagement band", holds most of the dots, which rise together; the few dots outside it are scattered.',
    ),
  ],
  metrics: { replies: 8, reposts: 47, likes: 164, quotes: 6 },
})

const p32 = post({
  n: 32,
  at: '12:22:49',
  author: A.thomas,
  language: 'en',
  replyTo: replyTo(p31),
  text: "@priya.raman That's exactly the slide I needed for Monday's board meeting. Thank you! I'll credit the source, promise.",
  metrics: { replies: 1, reposts: 1, likes: 29, quotes: 0 },
})

const p33 = post({
  n: 33,
  at: '12:45:10',
  author: A.noah,
  language: 'en',
  text: "Slides from my fake-follower talk. The tell is rarely the total, it's the shape: a flat curve, then +41k in 48 hours, then followers who never like, never reply, and all follow the same 300 accounts. #InfluenceDays #fakefollowers",
  media: [
    landscape(
      'fake-followers',
      'Line chart titled "Followers over 90 days: spot the shape". The follower line stays flat around 20,000 for two months, then jumps almost vertically to about 61,000, annotated "+41k in 48 h". A second line, likes per post, stays flat the whole time.',
    ),
  ],
  metrics: { replies: 6, reposts: 52, likes: 139, quotes: 3 },
})

const p34 = post({
  n: 34,
  at: '12:52:37',
  author: A.lea,
  language: 'fr',
  text: 'Talk de @noah.williams sur les faux abonnés. Trois signaux à vérifier avant toute collab :\n1) des pics de croissance soudains ;\n2) un ratio commentaires/abonnés anormalement bas ;\n3) des commentaires génériques (« Nice pic 🔥 ») en boucle.\n#InfluenceDays #fauxabonnés',
  metrics: { replies: 2, reposts: 31, likes: 92, quotes: 1 },
})

const p35 = post({
  n: 35,
  at: '13:10:14',
  author: A.chloe,
  language: 'fr',
  replyTo: replyTo(p34),
  text: "@lea.martin J'ai appliqué la checklist de @noah.williams aux trois comptes que ma boîte voulait contacter. Deux sur trois ont pris +30 000 abonnés en une semaine. Réunion intéressante en perspective lundi… 😬",
  metrics: { replies: 3, reposts: 2, likes: 44, quotes: 0 },
})

const p36 = post({
  n: 36,
  at: '13:40:55',
  author: A.marc,
  language: 'fr',
  text: "Atelier « Briefer un créateur en 20 minutes » : 30 participants, 6 tables, 1 règle — on écrit le brief avec le créateur, pas pour lui.\n\nRésultat : des briefs d'une page, avec la mention « Collaboration commerciale » prévue dès le départ. #InfluenceDays #atelier",
  media: [
    landscape(
      'workshop-postits',
      'Un tableau blanc couvert de post-it jaunes, roses, verts et bleus, rangés en quatre colonnes : « Objectif », « Message », « Mention », « Livrables ».',
    ),
    square(
      'workshop-table',
      "Vue de dessus d'une table ronde : six participants autour, des feuilles de brief devant chacun, des feutres et un grand post-it jaune au centre.",
    ),
    square(
      'brief-template',
      "Un brief imprimé d'une page, « Brief créateur · 1 page », avec les rubriques Objectif, Ce que le créateur décide, Calendrier, un encadré « Mention obligatoire » qui rappelle « Collaboration commerciale », et trois cases dont deux cochées.",
    ),
  ],
  metrics: { replies: 4, reposts: 18, likes: 76, quotes: 1 },
})

const p37 = post({
  n: 37,
  at: '14:30:21',
  author: A.hannah,
  language: 'en',
  text: 'Quiet moment of the afternoon: @ines.haddad and @camille.durand, still at the disclosure booth two hours after their panel, answering creators one by one. That is the conference working as intended. #InfluenceDays',
  metrics: { replies: 2, reposts: 8, likes: 67, quotes: 0 },
})

const p38 = post({
  n: 38,
  at: '16:20:00',
  author: A.influenceDays,
  language: 'en',
  text: "That's a wrap! Thank you to 1,200 attendees, 34 speakers, our volunteers and the Hangar 12 team. Merci Paris, see you in October 2027 💜 #InfluenceDays",
  media: [
    landscape(
      'closing-stage',
      'The stage at the end of the day: six team members in silhouette wave with both arms raised under a violet screen reading "Merci ! Rendez-vous en 2027", while confetti falls over the stage and the front row.',
    ),
  ],
  metrics: { replies: 12, reposts: 41, likes: 215, quotes: 2 },
})

const p39 = post({
  n: 39,
  at: '16:28:43',
  author: A.amara,
  language: 'en',
  text: 'A closing remark I will quote in every talk from now on, from a creator in the Q&A: "Disclosure doesn\'t kill the magic. Hiding it does."\n\nThank you Influence Days, merci Paris. #InfluenceDays',
  metrics: { replies: 9, reposts: 73, likes: 288, quotes: 7 },
})

const p40 = post({
  n: 40,
  at: '16:40:19',
  author: A.jonas,
  language: 'en',
  replyTo: replyTo(p39),
  text: '@amara.okafor That was @ines.haddad! Credit where it is due 🙌',
  metrics: { replies: 2, reposts: 6, likes: 58, quotes: 0 },
})

const p41 = post({
  n: 41,
  at: '17:05:00',
  author: A.lea,
  language: 'fr',
  text: "Fin du live pour aujourd'hui. Mes trois mots de la journée : confiance, constance, transparence.\n\nLe récap complet arrive demain sur le blog. Merci #InfluenceDays ! 🙏",
  metrics: { replies: 6, reposts: 7, likes: 73, quotes: 0 },
})

const p42 = post({
  n: 42,
  at: '17:15:32',
  author: A.marc,
  language: 'fr',
  text: "Les six briefs écrits pendant l'atelier sont en ligne, anonymisés, pour celles et ceux qui n'ont pas pu venir : https://example.org/ateliers/brief-createur-2026\n\nMerci à toutes les tables ! #InfluenceDays #atelier",
  metrics: { replies: 3, reposts: 22, likes: 59, quotes: 0 },
})

const p43 = post({
  n: 43,
  at: '17:40:06',
  author: A.priya,
  language: 'en',
  text: 'Train home. Best conference of my year: less hype about reach, more honest numbers. The anonymised 1–5 % band dataset goes up on Friday. #InfluenceDays',
  metrics: { replies: 4, reposts: 5, likes: 62, quotes: 0 },
})

/** The built-in Sample library, oldest first. */
export const SAMPLE_POSTS: readonly Post[] = [
  p01,
  p02,
  p03,
  p04,
  p05,
  p06,
  p07,
  p08,
  p09,
  p10,
  p11,
  p12,
  p13,
  p14,
  p15,
  p16,
  p17,
  p18,
  p19,
  p20,
  p21,
  p22,
  p23,
  p24,
  p25,
  p26,
  p27,
  p28,
  p29,
  p30,
  p31,
  p32,
  p33,
  p34,
  p35,
  p36,
  p37,
  p38,
  p39,
  p40,
  p41,
  p42,
  p43,
]
