import type { archive as en } from '../en/archive'
import type { Messages } from '../messages'

export const archive: Messages<typeof en> = {
  source: 'Archives',
  importButton: 'Importer une archive',
  chooseFile: 'Choisir un fichier d’archive',
  description:
    'Les messages des archives téléchargées depuis vos réseaux, conservés dans ce navigateur uniquement. Rien n’est envoyé nulle part.',
  progressLabel: 'Progression de l’import',
  progressReading: 'Lecture de {{file}}…',
  progressDetail: '{{processed}} sur {{total}} · {{count, number}} messages trouvés',
  progressDetailNoBytes: '{{count, number}} messages trouvés',
  progressSaving: 'Enregistrement : {{saved, number}} messages sur {{count, number}} conservés',
  cancel: 'Annuler',
  kind: {
    twitter: 'X',
    mastodon: 'Mastodon',
    bluesky: 'Bluesky',
    instagram: 'Instagram',
    facebook: 'Facebook',
    linkedin: 'LinkedIn',
  },
  imported_one: '{{count, number}} message importé de votre archive {{kind}}.',
  imported_other: '{{count, number}} messages importés de votre archive {{kind}}.',
  cancelled_one: 'Import annulé. Le message enregistré avant l’annulation est conservé.',
  cancelled_other:
    'Import annulé. Les {{count, number}} messages enregistrés avant l’annulation sont conservés.',
  cancelledNothing: 'Import annulé. Rien n’a été importé.',
  failure: {
    empty:
      'Ce fichier est vide (0 octet). Choisissez l’archive envoyée par votre réseau : le .zip, ou son fichier tweets.js, outbox.json, .car ou Shares.csv.',
    truncated:
      'Cette archive est incomplète : son téléchargement a sans doute été interrompu. Téléchargez-la de nouveau depuis votre réseau, puis importez le .zip complet.',
    'html-page':
      'Ceci est une page web, pas une archive. Ouvrez le .zip envoyé par votre réseau, ou son fichier tweets.js / outbox.json.',
    'wrong-archive':
      'Storyloom ne sait pas lire cette archive. Attendu : un export X (Twitter), Mastodon, Bluesky, Instagram, Facebook ou LinkedIn : le .zip, ou son fichier tweets.js, outbox.json, .car ou Shares.csv.',
    malformed:
      'Impossible de lire cette archive : son contenu est endommagé ou dans un format inattendu. Téléchargez-la de nouveau depuis votre réseau, puis importez le nouveau fichier.',
    malformedKnown:
      'Impossible de lire cette archive {{kind}} : son contenu est endommagé ou dans un format inattendu. Téléchargez-la de nouveau depuis votre réseau, puis importez le nouveau fichier.',
    cancelled: 'L’import a été annulé.',
    storage:
      'Votre navigateur refuse d’enregistrer plus de messages : son espace de stockage est peut-être plein. Libérez de la place, puis relancez l’import.',
  },
  nothingLost: 'Rien de ce qui était déjà importé ou dans vos récits n’a été perdu.',
  savedBeforeFailure_one: 'Le message enregistré avant le problème est conservé.',
  savedBeforeFailure_other:
    'Les {{count, number}} messages enregistrés avant le problème sont conservés.',
  dismiss: 'Fermer',
  dropHint: 'Déposez l’archive pour l’importer',
  empty: {
    importing:
      'Votre archive est en cours d’import. Ses messages seront listés ici une fois l’import terminé.',
    title: 'Aucune archive importée pour l’instant.',
    how: 'Téléchargez votre archive depuis les paramètres de votre réseau (X, Mastodon, Bluesky, Instagram, Facebook ou LinkedIn), puis choisissez « Importer une archive » ci-dessus, ou déposez le .zip sur la bibliothèque.',
  },
  filters: {
    legend: 'Affiner l’archive',
    from: 'Du',
    to: 'Au',
    hasMedia: 'Avec médias',
    leaveOutReplies: 'Sans les réponses',
    leaveOutReposts: 'Sans les partages',
    language: 'Langue des posts',
    anyLanguage: 'Toutes les langues',
    reset: 'Réinitialiser les filtres',
  },
  noMatch: 'Aucun message importé ne correspond à ces filtres.',
  loadingPosts: 'Chargement des messages importés…',
  list: 'Messages importés',
  forget: 'Oublier les archives importées',
  forgetConfirm_one:
    'Oublier le message importé ? Les récits gardent leur copie, mais les médias des archives n’y seront plus affichés.',
  forgetConfirm_other:
    'Oublier les {{count, number}} messages importés ? Les récits gardent leur copie, mais les médias des archives n’y seront plus affichés.',
  forgetYes: 'Les oublier',
  forgetNo: 'Les garder',
  forgotten: 'Archives importées oubliées.',
  readFailed: 'Impossible de lire les messages importés depuis le stockage de ce navigateur.',
}
