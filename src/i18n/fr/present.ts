import type { Messages } from '../messages'
import type { present as en } from '../en/present'

export const present: Messages<typeof en> = {
  heading: 'Présenter',
  present: 'Présenter',
  presentHint: 'Afficher le récit en diaporama plein écran',
  dialog: 'Présentation',
  exit: 'Quitter la présentation',
  previous: 'Diapositive précédente',
  next: 'Diapositive suivante',
  position: 'Diapositive {{position}} sur {{total}}',
  showNotes: 'Notes de l’orateur',
  noNotes: 'Pas de notes pour cette diapositive.',
  keys: '← → pour avancer, Échap pour quitter',
  noStory: 'Ouvrez un récit pour le présenter.',
  loadFailed: 'La présentation n’a pas pu être chargée. Vérifiez votre connexion et réessayez.',
  speakerNotes: 'Notes de l’orateur',
  speakerNotesBadge: 'Notes de l’orateur — visibles du seul présentateur',
  options: {
    legend: 'Diapositives',
    orientation: 'Format des diapositives',
    portrait: 'Portrait, 1080 × 1350',
    landscape: 'Paysage, 1920 × 1080',
    pixelRatio: 'Netteté des images',
    ratio1: 'Standard (1×)',
    ratio2: 'Nette (2×, fichiers plus lourds)',
    pdfMode: 'Mise en page du PDF',
    handout: 'Les diapositives, une par page',
    document: 'Le récit en document (A4)',
  },
}
