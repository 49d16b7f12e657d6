import type { Messages } from '../messages'
import type { embeds as en } from '../en/embeds'

export const embeds: Messages<typeof en> = {
  idle: 'Collez le lien d’une page de {{providers}}. Il devient une carte avec son titre, son auteur et son image\u00a0; une vidéo ou un morceau peut être lu depuis la carte.',
  placeholder: 'Un lien YouTube, Vimeo, X, Threads, TikTok, Spotify…',
  providersList:
    'YouTube, Vimeo, X, Threads, TikTok, Flickr, Spotify, SoundCloud, Instagram ou Facebook',
  cardOnly:
    '{{provider}} s’intègre avec son propre script, que Storyloom n’exécute jamais\u00a0: le message est présenté comme une carte.',
  playerNote:
    'Le lecteur ne se charge depuis {{provider}} que lorsqu’un lecteur appuie sur Lire, dans un cadre isolé. Les exports gardent la carte.',
  errors: {
    embeddingDisabled:
      'Le propriétaire de cette vidéo a désactivé l’intégration\u00a0: elle ne peut pas être ajoutée.',
    notFound:
      '{{provider}} n’a rien à intégrer à cette adresse\u00a0: le contenu a été retiré, est privé, ou le lien est erroné.',
    refused:
      '{{provider}} refuse l’intégration de ce lien\u00a0: il est peut-être privé, soumis à une limite d’âge, ou son propriétaire a désactivé l’intégration.',
    invalid: '{{provider}} a envoyé une réponse qui n’est pas une intégration valide.',
    unsupported:
      'Storyloom ne sait pas intégrer les liens de {{host}}. Collez un lien de {{providers}}, ou un message Mastodon ou Bluesky.',
    relayRequired:
      '{{provider}} ne laisse pas les navigateurs lire ses intégrations directement\u00a0: le relais de Storyloom doit les chercher, et cette copie fonctionne sans lui.',
  },
}
