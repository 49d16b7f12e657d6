import type { Messages } from '../messages'
import type { exportMessages as en } from '../en/export'

export const exportMessages: Messages<typeof en> = {
  heading: 'Exporter',
  open: 'Exporter',
  format: 'Format',
  formats: {
    feedHtml: 'Fil (HTML)',
    embed: 'Code à intégrer',
    slideshowHtml: 'Diaporama (HTML)',
    png: 'Images (PNG)',
    pdf: 'PDF',
    json: 'JSON',
    markdown: 'Markdown',
  },
  descriptions: {
    feedHtml:
      'Une page web qui fonctionne hors ligne, avec toutes ses images (un zip pour les très gros récits).',
    embed: 'Du code à coller dans un blog ou un site, à copier ou à garder en fichier.',
    slideshowHtml: 'Une diapositive par message, pour présenter.',
    png: 'Une image par message.',
    pdf: 'Un document à imprimer ou à partager.',
    json: 'Le récit complet, à garder ou à réimporter dans Storyloom.',
    markdown:
      'Du texte pour un éditeur de blog\u00a0; les images restent à leur adresse d’origine.',
  },
  theme: 'Thème',
  themes: {
    light: 'Clair',
    dark: 'Sombre',
    brand: 'Marque',
  },
  themeHint: 'Les pages Claires et Marque passent en sombre pour les lecteurs en mode sombre.',
  brandColour: 'Couleur d’accent',
  brandLogo: 'Logo',
  brandLogoRemove: 'Retirer le logo',
  brandLogoTooLarge: 'Le logo doit être une image de moins de 500 Ko.',
  brandName: 'Nom de la marque',
  download: 'Télécharger',
  working: 'Préparation de l’export…',
  progress: 'Récupération des médias\u00a0: {{done}} sur {{total}}',
  cancel: 'Annuler',
  done: 'Prêt\u00a0: {{fileName}}',
  failed: 'L’export a échoué\u00a0: {{message}}',
  empty:
    'Rien à exporter pour l’instant\u00a0: ajoutez d’abord des messages ou un commentaire au récit.',
  iframeCode: 'Code iframe',
  htmlSnippet: 'Extrait HTML',
  copyIframe: 'Copier le code iframe',
  copyHtml: 'Copier l’extrait HTML',
  copied: 'Copié dans le presse-papiers.',
  copyFailed: 'La copie a été refusée\u00a0: sélectionnez le code et copiez-le vous-même.',
  importStory: 'Importer un récit',
  importHint: 'Ouvre un export JSON de Storyloom comme nouveau récit.',
  imported: '«\u00a0{{title}}\u00a0» importé comme nouveau récit.',
  importErrors: {
    empty: 'Ce fichier est vide.',
    'not-json': 'Ce fichier n’est pas du JSON\u00a0: ce ne peut pas être un export Storyloom.',
    html: 'Ce fichier est une page web (HTML). Pour importer, choisissez le fichier JSON enregistré par «\u00a0Exporter → JSON\u00a0».',
    'not-storyloom': 'Ce fichier JSON n’est pas un export de récit Storyloom.',
    'workspace-backup':
      'Ce fichier est une copie de toutes vos données, pas l’export d’un récit. Choisissez un fichier enregistré par «\u00a0Exporter → JSON\u00a0».',
    newer:
      'Ce récit a été exporté par une version plus récente de Storyloom (format {{version}}). Mettez Storyloom à jour pour l’importer.',
    'broken-reference':
      'Cet export est endommagé\u00a0: il affiche des messages qu’il ne contient pas ({{detail}}).',
    invalid: 'Cet export est endommagé et ne peut pas être importé ({{detail}}).',
    unreadable: 'Le fichier n’a pas pu être lu.',
  },
}
