import type { library as en } from '../en/library'
import type { Messages } from '../messages'

export const library: Messages<typeof en> = {
  loading: 'Chargement…',
  region: 'Bibliothèque',
  heading: 'Bibliothèque',
  source: 'Source',
  sampleSource: 'Exemple',
  sampleDescription:
    'Une journée aux Influence Days 2026, conférence sur le marketing d’influence — intégrée, fonctionne hors ligne.',
  filter: 'Filtrer la bibliothèque',
  filterPlaceholder: 'Filtrer par texte, auteur ou #hashtag',
  count_one: '{{count, number}} message',
  count_other: '{{count, number}} messages',
  countFiltered: '{{shown, number}} messages sur {{total, number}}',
  empty: 'Aucun message ne correspond à « {{query}} ».',
  clearFilter: 'Effacer le filtre',
  addToStory: 'Ajouter au récit',
  dragToStory: 'Glisser vers le récit',
  postBy: 'Message de {{name}}',
  inStory: 'Dans le récit',
}
