import type { Messages } from '../messages'
import type { integrity as en } from '../en/integrity'

export const integrity: Messages<typeof en> = {
  badges: {
    sponsored: 'Sponsorisé',
    sponsoredDescription:
      'L’auteur signale une relation rémunérée ({{evidence}}). Chaque export indique «\u00a0Sponsorisé\u00a0» sur ce message.',
    quotedSponsored: 'Cite un contenu sponsorisé',
    quotedSponsoredDescription:
      'Le message cité signale une relation rémunérée ({{evidence}}). Les exports indiquent «\u00a0Sponsorisé\u00a0» sur celui-ci.',
    quotingRestricted: 'Citation restreinte',
    hiddenFromLoggedOut: 'Masqué aux visiteurs non connectés',
  },
  wishes: {
    'quote-nobody': '{{author}} ne permet à personne de citer ce message.',
    'quote-followers': 'Seuls les abonnés de {{author}} peuvent citer ce message.',
    'quote-following': 'Seuls les comptes suivis par {{author}} peuvent citer ce message.',
    'embedding-disabled': '{{author}} a désactivé la citation et l’intégration de ce message.',
    'hidden-from-logged-out':
      '{{author}} demande à ne pas être montré aux personnes non connectées, ce que sont tous les lecteurs d’un export.',
  },
  restrictions: {
    'quote-nobody': 'citation interdite',
    'quote-followers': 'citation réservée aux abonnés',
    'quote-following': 'citation réservée aux comptes suivis',
    'embedding-disabled': 'citation et intégration désactivées',
    'hidden-from-logged-out': 'masqué aux visiteurs non connectés',
  },
  exportWarning: {
    heading: 'Certains auteurs restreignent la citation',
    intro:
      'Ces auteurs limitent la façon dont leurs messages peuvent être cités ou montrés. L’export reste possible\u00a0; pensez à leur demander d’abord, ou omettez leurs messages.',
    item: '{{author}}\u00a0: {{restrictions}}',
    leaveOut: 'Omettre les messages dont les auteurs restreignent la citation',
    leftOut: 'Messages omis de cet export\u00a0: {{count}}',
  },
}
