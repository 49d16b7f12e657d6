import type { Messages } from '../messages'
import type { feeds as en } from '../en/feeds'

export const feeds: Messages<typeof en> = {
  addressPlaceholder: 'Adresse du flux, ou lien d’un profil Mastodon, Bluesky ou YouTube',
  idle: 'Collez l’adresse d’un flux RSS, Atom ou JSON (ou d’un profil Mastodon, Bluesky ou YouTube), puis lancez la recherche ; ou ouvrez un fichier de flux enregistré sur cet ordinateur.',
  openFile: 'Ouvrir un fichier de flux',
  openFileHint:
    'Un fichier RSS, Atom ou JSON Feed enregistré sur cet ordinateur (.xml, .rss, .atom, .json, .txt).',
  reading: 'Lecture de {{name}}…',
  opened_one: '{{count}} post du fichier {{name}}',
  opened_other: '{{count}} posts du fichier {{name}}',
  problems: {
    empty: '{{name}} est vide.',
    binary:
      '{{name}} n’est pas un fichier texte : il contient des données binaires (une image ou une archive, peut-être).',
    html: '{{name}} est une page web, pas un flux. Cherchez sur cette page un lien vers son flux RSS, Atom ou JSON.',
    'invalid-json': '{{name}} n’est pas du JSON valide ({{detail}}).',
    'not-json-feed': '{{name}} contient du JSON, mais pas un flux JSON Feed.',
    'invalid-xml': '{{name}} n’est pas un XML bien formé : {{detail}}.',
    'not-a-feed': '{{name}} n’est pas un flux RSS, Atom ou JSON.',
    'unknown-encoding':
      '{{name}} est écrit dans l’encodage « {{detail}} », que ce navigateur ne sait pas lire.',
    unreadable: '{{name}} n’a pas pu être lu sur le disque.',
  },
  nothingAdded: 'Rien n’a été ajouté : votre bibliothèque et votre story n’ont pas changé.',
}
