import type { story as en } from '../en/story'
import type { Messages } from '../messages'

export const story: Messages<typeof en> = {
  region: 'Récit',
  count_one: '{{count}} bloc',
  count_other: '{{count}} blocs',
  blocks: 'Blocs du récit',
  addText: 'Ajouter du texte',
  addSection: 'Ajouter une section',
  addTextAfter: 'Insérer du texte dessous',
  moveUp: 'Monter',
  moveDown: 'Descendre',
  remove: 'Retirer',
  duplicate: 'Dupliquer',
  reorder: 'Réordonner',
  reorderHint:
    'Espace pour saisir, flèches pour déplacer, Espace pour déposer, Échap pour annuler.',
  editCommentary: 'Modifier le commentaire',
  emptyCommentary: 'Commentaire vide — cliquez pour écrire',
  sectionHeading: 'Titre de section',
  sectionPlaceholder: 'Titre de section',
  kind: {
    post: 'Message',
    text: 'Commentaire',
    section: 'Section',
  },
  empty: {
    title: 'Votre récit est vide',
    body: 'Glissez ici des messages de la bibliothèque, ou utilisez « Ajouter au récit ». Ajoutez du texte entre eux pour raconter ce qui s’est passé.',
  },
  dropHere: 'Déposer ici',
  missingPost: 'Ce message manque dans les données du récit.',
  previewOf: 'Aperçu du récit',
  dnd: {
    instructions:
      'Pour saisir un bloc, appuyez sur Espace ou Entrée. Pendant le glissement, déplacez-le avec les flèches. Appuyez de nouveau sur Espace ou Entrée pour le déposer, ou sur Échap pour annuler.',
    pickedUp: '{{name}} saisi.',
    movedOver: '{{name}} est à la position {{position}} sur {{total}}.',
    movedOutside: '{{name}} n’est plus au-dessus du récit.',
    dropped: '{{name}} déposé à la position {{position}} sur {{total}}.',
    droppedOutside: '{{name}} a été déposé hors du récit.',
    cancelled: 'Glissement annulé. {{name}} n’a pas bougé.',
    libraryPost: 'message de {{name}}',
  },
  announce: {
    added: '{{name}} ajouté à la position {{position}} sur {{total}}.',
    moved: 'Déplacé à la position {{position}} sur {{total}}.',
    removed: 'Retiré.',
  },
  badges: {
    label: 'Remarques sur ce message',
  },
}
