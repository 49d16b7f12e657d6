import type { Messages } from '../messages'
import type { networks as en } from '../en/networks'

export const networks: Messages<typeof en> = {
  reddit: {
    searchPlaceholder: 'r/subreddit, des mots ou un lien Reddit',
    idle: 'Tapez r/subreddit pour ses publications les plus récentes, r/subreddit suivi de mots pour y chercher, des mots pour chercher dans tout Reddit, ou collez le lien d’une publication ou d’un subreddit.',
    relayNote:
      'Reddit bloque la lecture depuis les navigateurs : Storyloom le lit par son relais. Quand Reddit refuse, son flux RSS est lu à la place (sans scores ni médias).',
  },
  hackernews: {
    searchPlaceholder: 'top, new, best, ask, show, @utilisateur ou lien d’un élément',
    idle: 'Tapez top, new, best, ask ou show pour cette liste, @utilisateur ou user:nom pour ce qu’une personne a publié, ou collez un lien news.ycombinator.com/item. Hacker News ne permet pas de chercher des mots.',
  },
  lemmy: {
    searchPlaceholder: '!communauté, !communauté@instance, des mots ou un lien de publication',
    idle: 'Tapez !communauté (ou !communauté@instance) pour ses publications les plus récentes, des mots pour chercher des publications, ou collez le lien d’une publication de n’importe quelle instance Lemmy.',
    serverHint: 'L’instance Lemmy à lire, par ex. {{example}}',
    commentsNotRead:
      'Seule la publication elle-même est lue ; les commentaires Lemmy ne sont pas encore importés.',
  },
}
