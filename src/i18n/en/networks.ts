export const networks = {
  reddit: {
    searchPlaceholder: 'r/subreddit, words, or a Reddit link',
    idle: 'Type r/subreddit for its newest posts, r/subreddit and words to search it, words to search all of Reddit, or paste a post or subreddit link.',
    relayNote:
      'Reddit blocks reading from browsers: Storyloom reads it through its relay. When Reddit refuses, its RSS feed is read instead (no scores, no media).',
  },
  hackernews: {
    searchPlaceholder: 'top, new, best, ask, show, @user or an item link',
    idle: 'Type top, new, best, ask or show for that list, @user or user:name for what someone submitted, or paste a news.ycombinator.com/item link. Hacker News has no word search.',
  },
  lemmy: {
    searchPlaceholder: '!community, !community@instance, words or a post link',
    idle: 'Type !community (or !community@instance) for its newest posts, words to search posts, or paste a post link from any Lemmy instance.',
    serverHint: 'The Lemmy instance to read from, e.g. {{example}}',
    commentsNotRead: 'Only the post itself is read; Lemmy comments are not imported yet.',
  },
}
