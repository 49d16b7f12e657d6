export const sources = {
  heading: 'Sources',
  server: 'Server',
  serverHint: 'The server to read from, e.g. {{example}}',
  search: 'Search',
  searchPlaceholder: '#hashtag, @account or a post link',
  searchButton: 'Search',
  loadMore: 'Load more',
  retry: 'Try again',
  options: 'Options',
  excludeReplies: 'Leave out replies',
  excludeReposts: 'Leave out boosts and reposts',
  mediaOnly: 'Only posts with media',
  urlMode: 'For a post link',
  urlModes: {
    post: 'The post alone',
    thread: 'The whole thread',
    'author-thread': 'The author’s own thread',
    quotes: 'Posts quoting it',
  },
  searching: 'Searching {{source}}…',
  loadingMore: 'Loading more…',
  resultCount_one: '{{count}} post from {{source}}',
  resultCount_other: '{{count}} posts from {{source}}',
  endOfResults: 'No more posts.',
  noResults: 'No posts found for “{{query}}” on {{source}}.',
  idle: 'Type a #hashtag, an @account or paste a post link, then press Search.',
  idleBluesky:
    'Type an account (name.bsky.social) or paste a post, list or feed link. Hashtag and word search need you to sign in (Sources).',
  invalidServer: {
    empty: 'Enter a server address, e.g. {{example}}.',
    invalid: '“{{server}}” is not a server address. Enter one like {{example}}.',
    insecure:
      '“{{server}}” uses plain http, which sends everything in the clear. Use https (plain http is accepted only for servers on this computer).',
  },
  emptyQuery: 'Type what to search for first.',
  unsupportedQuery: '{{source}} cannot search for this kind of query. Try {{kinds}}.',
  queryKinds: {
    hashtag: 'a #hashtag',
    account: 'an @account',
    url: 'a post link',
    text: 'words',
  },
  errors: {
    network: '{{source}} ({{server}}) could not be reached. Check the address and your connection.',
    timeout: '{{source}} ({{server}}) took too long to answer.',
    'rate-limited':
      '{{source}} ({{server}}) is limiting requests. Try again in {{seconds}} seconds.',
    'not-found':
      '{{source}} ({{server}}) found nothing at that address: the post or account may have been deleted, or the link is wrong.',
    unauthorized: '{{source}} ({{server}}) refused the request.',
    'sign-in-required':
      '{{source}} answers this search only for a signed-in user. Sign in under Sources, or search for an account or a link instead.',
    http: '{{source}} ({{server}}) answered with an error ({{status}}).',
    'invalid-response':
      '{{source}} ({{server}}) sent an answer Storyloom cannot read. Is this really a {{source}} server?',
    unsupported: '{{source}} ({{server}}) does not offer this.',
    'invalid-query': '{{source}} cannot read this query.',
    'relay-required':
      '{{source}} can only be read through Storyloom’s relay, and this copy of the editor runs without it. Start the editor with npm start, or open a file instead.',
    unknown: 'Something went wrong while reading {{source}}.',
    serverSaid: 'The server said: “{{message}}”',
  },
  storyUntouched: 'Your story is unchanged.',
  resolving: 'Fetching the post from {{source}}…',
  resolved: 'Added the post by {{name}} to the story.',
  noAdapterForLink:
    'Storyloom does not recognise this link. Paste a link to a post on Mastodon, Bluesky, Reddit, Hacker News or Lemmy, to a YouTube, Vimeo, X, Threads, TikTok, Flickr, Spotify, SoundCloud, Instagram or Facebook page, or to a feed.',
  settings: {
    open: 'Sources…',
    title: 'Sources',
    intro: 'Choose the default server of each network. They are kept in this browser only.',
    defaultServer: 'Default {{source}} address',
    save: 'Save',
    close: 'Close',
    saved: 'Sources saved.',
    relay: {
      heading: 'Relay',
      checking: 'Checking whether Storyloom’s relay is running…',
      available:
        'Storyloom’s relay is running: sources that send no CORS headers ({{sources}}) are read through it. It only fetches public addresses, never your local network.',
      absent:
        'This copy of the editor runs without its relay, so {{sources}} cannot be read from here. Feed files still open from your disk. Start the editor with npm start to get the relay.',
    },
    bluesky: {
      heading: 'Bluesky sign-in',
      why: 'Bluesky lets only signed-in users search posts by word or hashtag. Sign in with an app password (Settings → Privacy and security → App passwords on Bluesky), never your main password.',
      where:
        'Storyloom keeps the session (not the password) in this browser’s local storage and sends it only to your Bluesky server. It is never part of a story or an export. Sign out to remove it.',
      service: 'Bluesky host (PDS)',
      identifier: 'Handle or e-mail',
      password: 'App password',
      signIn: 'Sign in',
      signingIn: 'Signing in…',
      signOut: 'Sign out',
      signedInAs: 'Signed in as {{account}}.',
      signedOut: 'Signed out of Bluesky.',
    },
  },
} as const
