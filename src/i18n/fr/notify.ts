import type { Messages } from '../messages'
import type { notify as en } from '../en/notify'

export const notify: Messages<typeof en> = {
  open: 'Prévenir les auteurs',
  heading: 'Prévenir les auteurs',
  intro:
    'Informez les personnes citées de votre récit, si vous le souhaitez. Rien n’est jamais envoyé d’ici\u00a0: chaque lien ouvre votre propre éditeur de message (ou votre messagerie) avec le texte prérempli, et c’est vous qui décidez de le publier.',
  noAuthors: 'Ce récit ne cite encore personne.',
  template:
    'Bonjour {{mentions}}, j’ai cité votre message dans mon récit «\u00a0{{title}}\u00a0». Merci\u00a0! Si vous préférez ne pas y figurer, dites-le-moi et je le retirerai.',
  subject: 'Votre message dans mon récit «\u00a0{{title}}\u00a0»',
  untitled: 'Récit sans titre',
  authors: 'Auteurs sur {{network}}',
  doNotContact: 'Ne pas contacter',
  doNotContactHint: 'Retenu sur cet appareil pour tous les récits.',
  message: 'Message pour {{network}}',
  messageHint:
    'Les noms se placent à l’endroit de {{mentions}}\u00a0; une longue liste est répartie sur plusieurs messages.',
  everyoneExcluded: 'Toutes les personnes ici sont sur votre liste «\u00a0ne pas contacter\u00a0».',
  compose: {
    mastodon: 'Écrire sur Mastodon ({{server}})',
    bluesky: 'Écrire sur Bluesky',
    x: 'Écrire sur X',
    email: 'Écrire un e-mail',
  },
  part: '{{link}}, message {{index}} sur {{count}}',
  newTab: '(s’ouvre dans un nouvel onglet)',
  emailHint:
    'Aucune adresse n’est remplie\u00a0: ajoutez celles des auteurs dans votre messagerie.',
  tooLong:
    'Trop long pour tenir dans un message avec ce texte\u00a0; raccourcissez-le pour inclure\u00a0: {{mentions}}',
  badServer:
    'Votre adresse Mastodon dans les réglages des sources n’est pas une adresse web ({{server}})\u00a0: corrigez-la pour obtenir un lien.',
}
