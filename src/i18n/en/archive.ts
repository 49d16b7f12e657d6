export const archive = {
  source: 'Archives',
  importButton: 'Import archive',
  chooseFile: 'Choose an archive file',
  description:
    'Posts from archives you downloaded from your networks, kept in this browser only. Nothing is sent anywhere.',
  progressLabel: 'Import progress',
  progressReading: 'Reading {{file}}…',
  progressDetail: '{{processed}} of {{total}} · {{count, number}} posts found',
  progressDetailNoBytes: '{{count, number}} posts found',
  progressSaving: 'Saving: {{saved, number}} of {{count, number}} posts stored',
  cancel: 'Cancel',
  kind: {
    twitter: 'X',
    mastodon: 'Mastodon',
    bluesky: 'Bluesky',
    instagram: 'Instagram',
    facebook: 'Facebook',
    linkedin: 'LinkedIn',
  },
  imported_one: '{{count, number}} post imported from your {{kind}} archive.',
  imported_other: '{{count, number}} posts imported from your {{kind}} archive.',
  cancelled_one: 'Import cancelled. The {{count, number}} post saved before you cancelled is kept.',
  cancelled_other:
    'Import cancelled. The {{count, number}} posts saved before you cancelled are kept.',
  cancelledNothing: 'Import cancelled. Nothing was imported.',
  failure: {
    empty:
      'This file is empty (0 bytes). Choose the archive your network sent you: the .zip, or its tweets.js, outbox.json, .car or Shares.csv file.',
    truncated:
      'This archive is cut short: its download was probably interrupted. Download it again from your network, then import the complete .zip.',
    'html-page':
      'This is a web page, not an archive. Open the .zip your network sent you, or its tweets.js / outbox.json file.',
    'wrong-archive':
      'This is not an archive Storyloom can read. Expected: an X (Twitter), Mastodon, Bluesky, Instagram, Facebook or LinkedIn export: the .zip, or its tweets.js, outbox.json, .car or Shares.csv file.',
    malformed:
      'This archive could not be read: its content is damaged or in an unexpected format. Download it again from your network, then import the new file.',
    malformedKnown:
      'This {{kind}} archive could not be read: its content is damaged or in an unexpected format. Download it again from your network, then import the new file.',
    cancelled: 'The import was cancelled.',
    storage:
      'Your browser refused to store more posts: its storage may be full. Free some space, then import again.',
  },
  nothingLost: 'Nothing already imported or in your stories was lost.',
  savedBeforeFailure_one: 'The {{count, number}} post saved before the problem is kept.',
  savedBeforeFailure_other: 'The {{count, number}} posts saved before the problem are kept.',
  dismiss: 'Dismiss',
  dropHint: 'Drop the archive to import it',
  empty: {
    importing: 'Your archive is being imported. Its posts will be listed here once it is done.',
    title: 'No archive imported yet.',
    how: 'Download your archive from your network’s settings (X, Mastodon, Bluesky, Instagram, Facebook or LinkedIn), then choose “Import archive” above, or drop the .zip on the library.',
  },
  filters: {
    legend: 'Narrow the archive',
    from: 'From',
    to: 'To',
    hasMedia: 'Has media',
    leaveOutReplies: 'Leave out replies',
    leaveOutReposts: 'Leave out reposts',
    language: 'Post language',
    anyLanguage: 'Any language',
    reset: 'Reset filters',
  },
  noMatch: 'No imported post matches these filters.',
  loadingPosts: 'Loading imported posts…',
  list: 'Imported posts',
  forget: 'Forget imported archives',
  forgetConfirm_one:
    'Forget the {{count, number}} imported post? Stories keep their copies, but media from archives will no longer show in them.',
  forgetConfirm_other:
    'Forget all {{count, number}} imported posts? Stories keep their copies, but media from archives will no longer show in them.',
  forgetYes: 'Forget them',
  forgetNo: 'Keep them',
  forgotten: 'Imported archives forgotten.',
  readFailed: 'The imported posts could not be read from this browser’s storage.',
} as const
