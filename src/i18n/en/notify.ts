export const notify = {
  open: 'Notify authors',
  heading: 'Notify authors',
  intro:
    'Tell the people you quoted about your story, if you wish. Nothing is ever sent from here: each link opens your own composer (or your mail app) with the message filled in, and you decide whether to post it.',
  noAuthors: 'This story quotes no one yet.',
  /** `{{mentions}}` stays in the message: the names go there, as many as fit in one post. */
  template:
    'Hello {{mentions}}, I quoted your post in my story “{{title}}”. Thank you! If you would rather not be in it, just tell me and I will take it out.',
  subject: 'Your post in my story “{{title}}”',
  untitled: 'Untitled story',
  authors: 'Authors on {{network}}',
  doNotContact: 'Do not contact',
  doNotContactHint: 'Remembered on this device for every story.',
  message: 'Message for {{network}}',
  messageHint: 'The names go where {{mentions}} is; long lists are split into several posts.',
  everyoneExcluded: 'Everyone here is on your do-not-contact list.',
  compose: {
    mastodon: 'Write on Mastodon ({{server}})',
    bluesky: 'Write on Bluesky',
    x: 'Write on X',
    email: 'Write an e-mail',
  },
  part: '{{link}}, message {{index}} of {{count}}',
  newTab: '(opens in a new tab)',
  emailHint: 'No address is filled in: add the authors’ addresses in your mail app.',
  tooLong:
    'Too long to fit in one post with this message; shorten the message to include: {{mentions}}',
  badServer:
    'Your Mastodon address in the source settings is not a web address ({{server}}): fix it to get a link.',
}
