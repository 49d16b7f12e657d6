import type { common as en } from '../en/common'
import type { Messages } from '../messages'

export const common: Messages<typeof en> = {
  appName: 'Storyloom',
  language: 'Langue',
  undo: 'Annuler',
  redo: 'Rétablir',
  undoShortcut: 'Annuler (Ctrl+Z)',
  redoShortcut: 'Rétablir (Ctrl+Maj+Z)',
  preview: 'Aperçu',
  previewHint: 'Voir le récit comme vos lecteurs le verront',
  storyTitle: 'Titre du récit',
  storyTitlePlaceholder: 'Récit sans titre',
  untitled: 'Récit sans titre',
  stories: 'Récits',
  storiesDialog: 'Vos récits',
  newStory: 'Nouveau récit',
  openStory: 'Ouvrir',
  duplicateStory: 'Dupliquer',
  deleteStory: 'Supprimer',
  copyOf: '{{title}} (copie)',
  storyMeta_one: '{{count}} bloc · modifié {{date}}',
  storyMeta_other: '{{count}} blocs · modifié {{date}}',
  current: 'Ouvert',
  close: 'Fermer',
  save: {
    idle: 'Pas encore enregistré',
    saving: 'Enregistrement…',
    saved: 'Modifications enregistrées',
    savedAt: 'Enregistré à {{time}}',
    error: 'Modifications non enregistrées : {{message}}',
    retry: 'Réessayer',
    download: 'Télécharger une copie',
    readOnly: 'Lecture seule',
  },
  toast: {
    blockRemoved: 'Bloc retiré.',
    storyDeleted: 'Récit supprimé.',
    storyDuplicated: 'Récit dupliqué.',
    undo: 'Restaurer',
    dismiss: 'Fermer',
  },
  loading: 'Ouverture de vos récits…',
  problems: {
    title: "Certains récits enregistrés n'ont pas pu être ouverts",
    corrupt: 'Les données enregistrées d’un récit sont endommagées : {{message}}',
    newer:
      '{{message}} Rechargez cet onglet après la mise à jour, ou ouvrez Storyloom là où tourne la version récente.',
    download: 'Télécharger les données brutes',
    startFresh: 'Le supprimer et repartir de zéro',
    confirmStartFresh:
      'Supprimer définitivement ce récit endommagé ? Téléchargez d’abord les données brutes si vous pourriez en avoir besoin.',
    dismiss: 'Masquer ce message',
  },
  storage: {
    closed:
      'Storyloom a été mis à jour dans un autre onglet : cet onglet n’enregistre plus. Rechargez-le pour continuer ; téléchargez d’abord une copie si vous y avez fait des modifications.',
    reload: 'Recharger',
    readOnly: 'Cette histoire est ouverte dans un autre onglet ; cet onglet est en lecture seule.',
    readOnlyRefused:
      'Votre modification n’a pas été faite ici, car un autre onglet modifie l’histoire.',
    editHere: 'Modifier plutôt ici',
    takingOver: 'Reprise en cours…',
    handoverRefused:
      'L’autre onglet n’a pas pu enregistrer ses dernières modifications ; il continue donc de modifier pour les préserver. Enregistrez-les ou téléchargez une copie là-bas, puis réessayez.',
    unavailable:
      'Storyloom ne peut pas enregistrer dans ce navigateur ({{message}}). Vous pouvez continuer, mais rien ne sera conservé après la fermeture de l’onglet : téléchargez une copie avant de partir.',
  },
  crash: {
    title: 'Une erreur est survenue',
    body: 'L’éditeur s’est arrêté à cause d’une erreur inattendue. Les récits déjà enregistrés sont en sécurité dans ce navigateur.',
    details: 'Détails techniques',
    reload: 'Recharger l’éditeur',
    download: 'Télécharger vos données',
  },
}
