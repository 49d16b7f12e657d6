export const integrity = {
  badges: {
    sponsored: 'Sponsored',
    sponsoredDescription:
      'The author discloses a paid relationship ({{evidence}}). Every export labels this post “Sponsored”.',
    quotedSponsored: 'Quotes sponsored content',
    quotedSponsoredDescription:
      'The quoted post discloses a paid relationship ({{evidence}}). Exports label it “Sponsored”.',
    quotingRestricted: 'Quoting restricted',
    hiddenFromLoggedOut: 'Hidden from logged-out viewers',
  },
  /** One sentence per restriction, naming the author’s wish. */
  wishes: {
    'quote-nobody': '{{author}} does not allow anyone to quote this post.',
    'quote-followers': '{{author}} allows only their followers to quote this post.',
    'quote-following': '{{author}} allows only accounts they follow to quote this post.',
    'embedding-disabled': '{{author}} turned off quoting and embedding of this post.',
    'hidden-from-logged-out':
      '{{author}} asked not to be shown to people who are not logged in — as every reader of an export is.',
  },
  /** Short forms, for the list in the export dialog. */
  restrictions: {
    'quote-nobody': 'nobody may quote',
    'quote-followers': 'only followers may quote',
    'quote-following': 'only accounts they follow may quote',
    'embedding-disabled': 'quoting and embedding turned off',
    'hidden-from-logged-out': 'hidden from logged-out viewers',
  },
  exportWarning: {
    heading: 'Some authors restrict quoting',
    intro:
      'These authors limit how their posts may be quoted or shown. You can still export; consider asking them first, or leave their posts out.',
    item: '{{author}}: {{restrictions}}',
    leaveOut: 'Leave out posts whose authors restrict quoting',
    leftOut: 'Posts left out of this export: {{count}}',
  },
}
