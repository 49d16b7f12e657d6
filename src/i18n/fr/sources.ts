import type { sources as en } from '../en/sources'
import type { Messages } from '../messages'

export const sources: Messages<typeof en> = {
  heading: 'Sources',
  server: 'Serveur',
  serverHint: 'Le serveur à lire, par exemple {{example}}',
  search: 'Rechercher',
  searchPlaceholder: '#hashtag, @compte ou lien d’un post',
  searchButton: 'Rechercher',
  loadMore: 'Charger la suite',
  retry: 'Réessayer',
  options: 'Options',
  excludeReplies: 'Sans les réponses',
  excludeReposts: 'Sans les partages',
  mediaOnly: 'Seulement les posts avec médias',
  urlMode: 'Pour un lien de post',
  urlModes: {
    post: 'Le post seul',
    thread: 'Tout le fil',
    'author-thread': 'Le fil de l’auteur seulement',
    quotes: 'Les posts qui le citent',
  },
  searching: 'Recherche sur {{source}}…',
  loadingMore: 'Chargement de la suite…',
  resultCount_one: '{{count}} post de {{source}}',
  resultCount_other: '{{count}} posts de {{source}}',
  endOfResults: 'Plus aucun post.',
  noResults: 'Aucun post trouvé pour « {{query}} » sur {{source}}.',
  idle: 'Tapez un #hashtag, un @compte ou collez le lien d’un post, puis lancez la recherche.',
  idleBluesky:
    'Tapez un compte (nom.bsky.social) ou collez le lien d’un post, d’une liste ou d’un fil. La recherche par mot ou hashtag demande de vous connecter (Sources).',
  invalidServer: {
    empty: 'Saisissez l’adresse d’un serveur, par exemple {{example}}.',
    invalid: '« {{server}} » n’est pas une adresse de serveur. Saisissez-en une comme {{example}}.',
    insecure:
      '« {{server}} » utilise http sans chiffrement : tout passerait en clair. Utilisez https (http n’est accepté que pour un serveur sur cet ordinateur).',
  },
  emptyQuery: 'Tapez d’abord ce que vous cherchez.',
  unsupportedQuery: '{{source}} ne sait pas chercher ce type de requête. Essayez {{kinds}}.',
  queryKinds: {
    hashtag: 'un #hashtag',
    account: 'un @compte',
    url: 'un lien de post',
    text: 'des mots',
  },
  errors: {
    network: '{{source}} ({{server}}) est injoignable. Vérifiez l’adresse et votre connexion.',
    timeout: '{{source}} ({{server}}) a mis trop de temps à répondre.',
    'rate-limited':
      '{{source}} ({{server}}) limite les requêtes. Réessayez dans {{seconds}} secondes.',
    'not-found':
      '{{source}} ({{server}}) n’a rien trouvé à cette adresse : le post ou le compte a peut-être été supprimé, ou le lien est erroné.',
    unauthorized: '{{source}} ({{server}}) a refusé la requête.',
    'sign-in-required':
      '{{source}} ne répond à cette recherche que pour un utilisateur connecté. Connectez-vous dans Sources, ou cherchez plutôt un compte ou un lien.',
    http: '{{source}} ({{server}}) a répondu par une erreur ({{status}}).',
    'invalid-response':
      '{{source}} ({{server}}) a envoyé une réponse illisible pour Storyloom. Est-ce bien un serveur {{source}} ?',
    unsupported: '{{source}} ({{server}}) ne propose pas cela.',
    'invalid-query': '{{source}} ne sait pas lire cette requête.',
    'relay-required':
      '{{source}} ne peut être lu qu’à travers le relais de Storyloom, et cette copie de l’éditeur tourne sans lui. Lancez l’éditeur avec npm start, ou ouvrez plutôt un fichier.',
    unknown: 'Un problème est survenu en lisant {{source}}.',
    serverSaid: 'Le serveur a répondu : « {{message}} »',
  },
  storyUntouched: 'Votre story n’a pas changé.',
  resolving: 'Récupération du post sur {{source}}…',
  resolved: 'Post de {{name}} ajouté à la story.',
  noAdapterForLink:
    'Storyloom ne reconnaît pas ce lien. Collez le lien d’un post Mastodon, Bluesky, Reddit, Hacker News ou Lemmy, d’une page YouTube, Vimeo, X, Threads, TikTok, Flickr, Spotify, SoundCloud, Instagram ou Facebook, ou d’un flux.',
  settings: {
    open: 'Sources…',
    title: 'Sources',
    intro:
      'Choisissez le serveur par défaut de chaque réseau. Ils sont gardés dans ce navigateur seulement.',
    defaultServer: 'Adresse {{source}} par défaut',
    save: 'Enregistrer',
    close: 'Fermer',
    saved: 'Sources enregistrées.',
    relay: {
      heading: 'Relais',
      checking: 'Vérification du relais de Storyloom…',
      available:
        'Le relais de Storyloom fonctionne : les sources qui n’envoient pas d’en-têtes CORS ({{sources}}) sont lues à travers lui. Il ne lit que des adresses publiques, jamais votre réseau local.',
      absent:
        'Cette copie de l’éditeur tourne sans son relais : {{sources}} ne peuvent pas être lus d’ici. Les fichiers de flux s’ouvrent toujours depuis votre disque. Lancez l’éditeur avec npm start pour avoir le relais.',
    },
    bluesky: {
      heading: 'Connexion à Bluesky',
      why: 'Bluesky ne permet la recherche par mot ou hashtag qu’aux utilisateurs connectés. Connectez-vous avec un mot de passe d’application (Réglages → Confidentialité et sécurité → Mots de passe d’application sur Bluesky), jamais avec votre mot de passe principal.',
      where:
        'Storyloom garde la session (pas le mot de passe) dans le stockage local de ce navigateur et ne l’envoie qu’à votre serveur Bluesky. Elle ne fait jamais partie d’une story ni d’un export. Déconnectez-vous pour l’effacer.',
      service: 'Hôte Bluesky (PDS)',
      identifier: 'Identifiant ou e-mail',
      password: 'Mot de passe d’application',
      signIn: 'Se connecter',
      signingIn: 'Connexion…',
      signOut: 'Se déconnecter',
      signedInAs: 'Connecté en tant que {{account}}.',
      signedOut: 'Déconnecté de Bluesky.',
    },
  },
}
