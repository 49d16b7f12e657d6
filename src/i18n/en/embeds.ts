/** Link embeds (oEmbed): what the library and editor say about pasted page links. */
export const embeds = {
  idle: 'Paste a link to a page on {{providers}}. It becomes a card with its title, author and picture; a video or track can be played from the card.',
  placeholder: 'A YouTube, Vimeo, X, Threads, TikTok, Spotify… link',
  providersList:
    'YouTube, Vimeo, X, Threads, TikTok, Flickr, Spotify, SoundCloud, Instagram or Facebook',
  cardOnly:
    '{{provider}} embeds with a script of its own, which Storyloom never runs: the post is shown as a card.',
  playerNote:
    'The player loads from {{provider}} only when a reader presses Play, in a sandboxed frame. Exports keep the card.',
  errors: {
    embeddingDisabled: 'The owner of this video has disabled embedding, so it cannot be added.',
    notFound:
      '{{provider}} found nothing to embed at this address: it was removed, is private, or the link is wrong.',
    refused:
      '{{provider}} refused to embed this link: it may be private, age-restricted, or its owner disabled embedding.',
    invalid: '{{provider}} sent an answer that is not a valid embed.',
    unsupported:
      'Storyloom cannot embed links from {{host}}. Paste a link from {{providers}}, or a Mastodon or Bluesky post.',
    relayRequired:
      '{{provider}} does not let browsers read its embeds directly: Storyloom’s relay must fetch them, and this copy runs without it.',
  },
}
