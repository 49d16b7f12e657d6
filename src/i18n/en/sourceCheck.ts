export const sourceCheck = {
  button: 'Check sources',
  buttonDescription: 'Read every post of this story again at its source',
  checking: 'Checking sources',
  progress: '{{done}} of {{total}} posts checked',
  cancel: 'Cancel',
  close: 'Close',
  summary: '{{live}} live, {{edited}} edited, {{deleted}} deleted, {{unavailable}} unavailable',
  uncheckable:
    '{{count}} cannot be checked (archives, samples, or sources that cannot read a post again)',
  failed: '{{count}} could not be reached; their status is unchanged',
  cancelled: 'Check cancelled; what was found so far is kept.',
  noPosts: 'This story has no posts to check.',
  badges: {
    live: 'Live',
    liveDescription:
      'Its source still shows this post as the story keeps it (checked {{date, datetime}}).',
    edited: 'Edited at source',
    editedDescription:
      'The author changed {{changes}} since the story kept it (checked {{date, datetime}}). The story keeps the version you added.',
    deleted: 'Deleted at source',
    deletedDescription:
      'Its source no longer has this post (checked {{date, datetime}}). The story keeps its copy; choose in Export what to do with it.',
    unavailable: 'Unavailable at source',
    unavailableDescription:
      'Its source no longer shows this post: {{reason}} (checked {{date, datetime}}).',
  },
  changes: {
    text: 'the text',
    media: 'the media',
    contentWarning: 'the content warning',
  },
  reasons: {
    deleted: 'deleted',
    revoked: 'revoked by its author',
    blocked: 'blocked',
    'not-found': 'not found',
    private: 'private or for signed-in readers only',
    detached: 'detached by its author',
    unknown: 'reason unknown',
  },
  policy: {
    legend: 'Deleted posts',
    hint: 'For posts that “Check sources” found deleted at their source.',
    keep: 'Keep with attribution',
    tombstone: 'Show a tombstone',
    omit: 'Leave out',
  },
}
