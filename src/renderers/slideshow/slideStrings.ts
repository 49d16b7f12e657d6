/** The slideshow's words (slide labels, the deck's controls, presenter view), per locale. */
export interface SlideStrings {
  /** e.g. "Slide 3 of 12": the accessible name of a slide and the deck's announcement. */
  position: (position: number | string, total: number | string) => string
  /** The cover's line under the title, e.g. "12 posts". */
  postCount: (n: number) => string
  notes: string
  noNotes: string
  nextSlide: string
  previous: string
  next: string
  presenter: string
  fullscreen: string
  elapsed: string
  end: string
  deck: string
  keys: string
}

export const slideStringsEn: SlideStrings = {
  position: (position, total) => `Slide ${position} of ${total}`,
  postCount: (n) => (n === 1 ? '1 post' : `${n} posts`),
  notes: 'Speaker notes',
  noNotes: 'No notes for this slide.',
  nextSlide: 'Next slide',
  previous: 'Previous',
  next: 'Next',
  presenter: 'Presenter view',
  fullscreen: 'Full screen',
  elapsed: 'Elapsed time',
  end: 'End of the slideshow',
  deck: 'Slideshow',
  keys: '← → Space: move · P: presenter view · F: full screen',
}

export const slideStringsFr: SlideStrings = {
  position: (position, total) => `Diapositive ${position} sur ${total}`,
  postCount: (n) => (n < 2 ? `${n} message` : `${n} messages`),
  notes: 'Notes de l’orateur',
  noNotes: 'Pas de notes pour cette diapositive.',
  nextSlide: 'Diapositive suivante',
  previous: 'Précédente',
  next: 'Suivante',
  presenter: 'Vue présentateur',
  fullscreen: 'Plein écran',
  elapsed: 'Temps écoulé',
  end: 'Fin du diaporama',
  deck: 'Diaporama',
  keys: '← → Espace\u00a0: avancer · P\u00a0: vue présentateur · F\u00a0: plein écran',
}
