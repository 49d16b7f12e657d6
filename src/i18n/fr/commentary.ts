import type { Messages } from '../messages'
import type { commentary as en } from '../en/commentary'

export const commentary: Messages<typeof en> = {
  label: 'Commentaire',
  toolbar: 'Mise en forme',
  bold: 'Gras',
  italic: 'Italique',
  heading: 'Titre',
  subheading: 'Sous-titre',
  quote: 'Citation',
  bulletList: 'Liste à puces',
  orderedList: 'Liste numérotée',
  link: 'Lien',
  done: 'Terminé',
  linkForm: 'Modifier le lien',
  linkAddress: 'Adresse du lien',
  linkPlaceholder: 'https://',
  applyLink: 'Appliquer le lien',
  removeLink: 'Supprimer le lien',
  linkInvalid: 'Les liens doivent commencer par https://, http:// ou mailto:',
  linkHint: 'Appuyez sur Échap pour annuler.',
  loading: 'Chargement de l’éditeur…',
  loadFailed:
    'L’éditeur de texte n’a pas pu être chargé. Vérifiez votre connexion, puis réessayez.',
  retry: 'Réessayer',
}
