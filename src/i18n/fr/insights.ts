import type { Messages } from '../messages'
import type { insights as en } from '../en/insights'

export const insights: Messages<typeof en> = {
  button: 'Analyse',
  buttonDescription: 'Indices sur les auteurs, le ton et les images des messages du récit',
  heading: 'Analyse',
  close: 'Fermer',
  intro:
    'Des indices, jamais des verdicts : chacun montre les chiffres sur lesquels il repose, et rien n’est masqué ni retiré à cause de lui.',
  empty:
    'Ce récit ne contient encore aucun message. Ajoutez-en pour voir des indices sur leurs auteurs, leur ton et leurs images.',
  noStory: 'Ouvrez un récit pour en voir l’analyse.',
  authors: {
    heading: 'Auteurs',
    followers: 'Abonnés',
    following: 'Abonnements',
    posts: 'Messages',
    accountCreated: 'Compte créé le',
    accountAge_one: '{{date}} (il y a {{count}} jour)',
    accountAge_other: '{{date}} (il y a {{count}} jours)',
    rate: 'Taux d’engagement',
    formulaHelp:
      'Interactions (réponses + partages + j’aime + citations) sur chacun de ses messages du récit (au plus les 20 plus récents), en moyenne par message, divisées par le nombre d’abonnés, × 100.',
    countsCaveat:
      'Les compteurs sont ceux que montrait la source quand chaque message a été ajouté. Un serveur Mastodon ne voit souvent qu’une partie des interactions sur les messages d’autres serveurs : les taux y paraissent plus bas.',
    formula: '({{terms}}) ÷ {{posts}} ÷ {{followers}} × 100 = {{rate}} %',
    formulaPosts_one: '{{count, number}} message',
    formulaPosts_other: '{{count, number}} messages',
    formulaFollowers_one: '{{count, number}} abonné',
    formulaFollowers_other: '{{count, number}} abonnés',
    band: {
      below: 'En dessous de la fourchette de 1 à 5 % habituelle pour une audience organique.',
      within: 'Dans la fourchette de 1 à 5 % habituelle pour une audience organique.',
      above: 'Au-dessus de la fourchette de 1 à 5 % habituelle pour une audience organique.',
    },
    unknown: {
      'no-posts-with-metrics':
        'Pas de taux d’engagement : aucun de ses messages du récit n’est venu avec des compteurs de réactions.',
      'no-followers': 'Pas de taux d’engagement : le compte n’a aucun abonné.',
    },
    noCountsFrom: '{{source}} n’a donné aucun chiffre d’audience pour ce compte.',
    noCounts: 'Cette source ne donne aucun chiffre d’audience.',
    noCountsHint: 'Rien n’est deviné à leur place.',
    hints: 'Indices',
    flags: {
      'mass-following':
        'Suit à peu près autant de comptes qu’il a d’abonnés ({{following}} abonnements, {{followers}} abonnés). Cela peut indiquer une croissance par abonnements réciproques plutôt qu’une audience attirée par le contenu.',
      'inflated-audience':
        'Très peu d’interactions pour une large audience (moins de 0,1 % avec {{followers}} abonnés). Cela peut indiquer beaucoup d’abonnés inactifs ou achetés.',
      'bought-interactions':
        'Nombre d’interactions inhabituel pour cette audience (plus de 20 %). Cela peut indiquer des interactions achetées — ou un message qui a circulé bien au-delà des abonnés.',
      'young-account_one':
        'Le compte a {{count}} jour. Cela peut indiquer un compte créé pour l’occasion ; un nouveau compte ne coûte rien.',
      'young-account_other':
        'Le compte a {{count}} jours. Cela peut indiquer un compte créé pour l’occasion ; un nouveau compte ne coûte rien.',
    },
  },
  moderation: {
    heading: 'Modération',
    help: 'Les messages que la charte ci-dessous signale. Ils restent dans le récit tels quels.',
    none: 'Rien à signaler selon la charte actuelle.',
    postBy: 'Message de {{name}}',
    shouting: 'Majuscules : {{percent}} % des lettres sont en capitales.',
    strongLanguage: 'Langage grossier : {{words}}.',
    contentWarning: 'Avertissement : {{warning}}',
    showText: 'Afficher le texte',
  },
  alt: {
    heading: 'Texte alternatif',
    help: 'Images et vidéos sans description. Une description ajoutée ici est présentée comme la vôtre, jamais comme celle de l’auteur, dans l’éditeur et dans chaque export.',
    none: 'Chaque image et vidéo du récit a une description.',
    item: '{{kind}} {{position}} du message de {{name}}',
    label: 'Description ajoutée par la curatrice ou le curateur',
    save: 'Enregistrer la description',
    saved: 'Description enregistrée.',
    emptyText: 'Écrivez d’abord une description.',
    showSensitive: 'Média sensible — afficher',
  },
  charter: {
    heading: 'Charte',
    help: 'Ce que l’éditeur signale. Conservée dans ce navigateur uniquement.',
    shoutingEnabled: 'Signaler les textes en majuscules',
    threshold: 'Part de capitales à partir de laquelle un texte crie (%)',
    profanityEnabled: 'Signaler le langage grossier',
    words: {
      en: 'Mots anglais, un par ligne',
      fr: 'Mots français, un par ligne',
    },
    wordsHelp:
      'Casse et accents ne comptent pas ; les pluriels en -s ou -x et les élisions (l’, d’, qu’) sont reconnus. Les listes de départ ne contiennent que des jurons courants : ajoutez les mots dont votre charte a besoin.',
    altEnabled: 'Signaler les médias sans description',
    save: 'Enregistrer la charte',
    saved: 'Charte enregistrée.',
    reset: 'Revenir à la charte de départ',
  },
  badges: {
    shouting: 'Majuscules',
    shoutingDescription:
      '{{percent}} % de ses lettres sont des capitales, au-delà des {{threshold}} % de la charte.',
    strongLanguage: 'Langage grossier',
    strongLanguageDescription: 'Mots de la liste de la charte : {{words}}.',
    noAlt: 'Sans texte alternatif',
    noAltDescription_one:
      '{{count}} image ou vidéo n’a pas de description. Ajoutez-en une dans Analyse ; elle sera présentée comme la vôtre.',
    noAltDescription_other:
      '{{count}} images ou vidéos n’ont pas de description. Ajoutez-les dans Analyse ; elles seront présentées comme les vôtres.',
  },
}
