export const insights = {
  button: 'Insights',
  buttonDescription: 'Hints about the authors, wording and images of this story’s posts',
  heading: 'Insights',
  close: 'Close',
  intro:
    'Hints, never verdicts: each one shows the numbers behind it, and nothing is hidden or removed because of it.',
  empty:
    'This story has no posts yet. Add posts to see hints about their authors, wording and images.',
  noStory: 'Open a story to see its insights.',
  authors: {
    heading: 'Authors',
    followers: 'Followers',
    following: 'Following',
    posts: 'Posts',
    accountCreated: 'Account created',
    accountAge_one: '{{date}} ({{count}} day ago)',
    accountAge_other: '{{date}} ({{count}} days ago)',
    rate: 'Engagement rate',
    formulaHelp:
      'Interactions (replies + reposts + likes + quotes) on each of their posts in this story (at most the 20 most recent), averaged per post, divided by their followers, × 100.',
    countsCaveat:
      'Counts are what the source showed when each post was added. A Mastodon server often sees only part of the interactions on posts from other servers, so rates read low there.',
    formula: '({{terms}}) ÷ {{posts}} ÷ {{followers}} × 100 = {{rate}} %',
    formulaPosts_one: '{{count, number}} post',
    formulaPosts_other: '{{count, number}} posts',
    formulaFollowers_one: '{{count, number}} follower',
    formulaFollowers_other: '{{count, number}} followers',
    band: {
      below: 'Below the 1–5 % band usually seen for organic audiences.',
      within: 'Within the 1–5 % band usually seen for organic audiences.',
      above: 'Above the 1–5 % band usually seen for organic audiences.',
    },
    unknown: {
      'no-posts-with-metrics':
        'No engagement rate: none of their posts in this story came with reaction counts.',
      'no-followers': 'No engagement rate: the account has no followers to divide by.',
    },
    noCountsFrom: '{{source}} gave no audience counts for this account.',
    noCounts: 'This source gives no audience counts.',
    noCountsHint: 'Nothing is guessed in their place.',
    hints: 'Hints',
    flags: {
      'mass-following':
        'Follows about as many accounts as follow it ({{following}} following, {{followers}} followers). This may suggest follow-for-follow growth rather than an audience drawn by the content.',
      'inflated-audience':
        'Very few interactions for a large audience (under 0.1 % with {{followers}} followers). This may suggest many inactive or bought followers.',
      'bought-interactions':
        'Unusually many interactions for the audience (over 20 %). This may suggest bought interactions — or a post that travelled far beyond the followers.',
      'young-account_one':
        'The account is {{count}} day old. This may suggest an account made for the occasion; new accounts are cheap to make.',
      'young-account_other':
        'The account is {{count}} days old. This may suggest an account made for the occasion; new accounts are cheap to make.',
    },
  },
  moderation: {
    heading: 'Moderation',
    help: 'Posts that the charter below points out. They stay in the story as they are.',
    none: 'Nothing to point out under the current charter.',
    postBy: 'Post by {{name}}',
    shouting: 'Shouting: {{percent}} % of the letters are capitals.',
    strongLanguage: 'Strong language: {{words}}.',
    contentWarning: 'Content warning: {{warning}}',
    showText: 'Show the text',
  },
  alt: {
    heading: 'Alt text',
    help: 'Images and videos with no description. A description you add is shown as yours, never as the author’s, in the editor and in every export.',
    none: 'Every image and video of this story has a description.',
    item: '{{kind}} {{position}} of the post by {{name}}',
    label: 'Description by the curator',
    save: 'Save description',
    saved: 'Description saved.',
    emptyText: 'Write a description first.',
    showSensitive: 'Sensitive media — show',
  },
  charter: {
    heading: 'Charter',
    help: 'What the editor points out. Kept in this browser only.',
    shoutingEnabled: 'Point out shouting (text mostly in capitals)',
    threshold: 'Share of capitals that counts as shouting (%)',
    profanityEnabled: 'Point out strong language',
    words: {
      en: 'English words, one per line',
      fr: 'French words, one per line',
    },
    wordsHelp:
      'Case and accents do not matter; plurals in -s or -x and French elisions (l’, d’, qu’) are found too. The starter lists hold common swear words only: add the words your own charter needs.',
    altEnabled: 'Point out media without a description',
    save: 'Save charter',
    saved: 'Charter saved.',
    reset: 'Restore the starter charter',
  },
  badges: {
    shouting: 'Shouting',
    shoutingDescription:
      '{{percent}} % of its letters are capitals, above the charter’s {{threshold}} %.',
    strongLanguage: 'Strong language',
    strongLanguageDescription: 'Words from the charter’s list: {{words}}.',
    noAlt: 'No alt text',
    noAltDescription_one:
      '{{count}} image or video has no description. Add one in Insights; it will be shown as yours.',
    noAltDescription_other:
      '{{count}} images or videos have no description. Add them in Insights; they will be shown as yours.',
  },
} as const
