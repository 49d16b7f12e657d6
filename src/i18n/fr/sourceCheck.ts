import type { Messages } from '../messages'
import type { sourceCheck as en } from '../en/sourceCheck'

export const sourceCheck: Messages<typeof en> = {
  button: 'Vérifier les sources',
  buttonDescription: 'Relire chaque publication de ce récit à sa source',
  checking: 'Vérification des sources',
  progress: '{{done}} publications vérifiées sur {{total}}',
  cancel: 'Annuler',
  close: 'Fermer',
  summary:
    '{{live}} en ligne, {{edited}} modifiées, {{deleted}} supprimées, {{unavailable}} indisponibles',
  uncheckable:
    '{{count}} impossibles à vérifier (archives, exemples ou sources qui ne savent pas relire une publication)',
  failed: '{{count}} injoignables ; leur état reste inchangé',
  cancelled: 'Vérification annulée ; ce qui a été trouvé jusque-là est conservé.',
  noPosts: 'Ce récit ne contient aucune publication à vérifier.',
  badges: {
    live: 'En ligne',
    liveDescription:
      'Sa source montre toujours cette publication telle que le récit la conserve (vérifié le {{date, datetime}}).',
    edited: 'Modifiée à la source',
    editedDescription:
      'L’auteur a modifié {{changes}} depuis que le récit l’a conservée (vérifié le {{date, datetime}}). Le récit garde la version que vous avez ajoutée.',
    deleted: 'Supprimée à la source',
    deletedDescription:
      'Sa source n’a plus cette publication (vérifié le {{date, datetime}}). Le récit en garde la copie ; choisissez dans Exporter ce qu’il faut en faire.',
    unavailable: 'Indisponible à la source',
    unavailableDescription:
      'Sa source ne montre plus cette publication : {{reason}} (vérifié le {{date, datetime}}).',
  },
  changes: {
    text: 'le texte',
    media: 'les médias',
    contentWarning: 'l’avertissement de contenu',
  },
  reasons: {
    deleted: 'supprimée',
    revoked: 'retirée par son auteur',
    blocked: 'bloquée',
    'not-found': 'introuvable',
    private: 'privée ou réservée aux lecteurs connectés',
    detached: 'détachée par son auteur',
    unknown: 'raison inconnue',
  },
  policy: {
    legend: 'Publications supprimées',
    hint: 'Pour les publications que « Vérifier les sources » a trouvées supprimées à leur source.',
    keep: 'Garder avec l’attribution',
    tombstone: 'Afficher une pierre tombale',
    omit: 'Laisser de côté',
  },
}
