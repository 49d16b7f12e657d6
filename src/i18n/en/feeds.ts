export const feeds = {
  addressPlaceholder: 'Feed address, or a Mastodon, Bluesky or YouTube profile link',
  idle: 'Paste the address of an RSS, Atom or JSON feed (or of a Mastodon, Bluesky or YouTube profile), then press Search; or open a feed file saved on this computer.',
  openFile: 'Open feed file',
  openFileHint:
    'An RSS, Atom or JSON Feed file saved on this computer (.xml, .rss, .atom, .json, .txt).',
  reading: 'Reading {{name}}…',
  opened_one: '{{count}} post from the file {{name}}',
  opened_other: '{{count}} posts from the file {{name}}',
  problems: {
    empty: '{{name}} is empty.',
    binary: '{{name}} is not a text file: it holds binary data (an image or an archive, perhaps).',
    html: '{{name}} is a web page, not a feed. Look on that page for a link to its RSS, Atom or JSON feed.',
    'invalid-json': '{{name}} is not valid JSON ({{detail}}).',
    'not-json-feed': '{{name}} holds JSON, but not a JSON Feed.',
    'invalid-xml': '{{name}} is not well-formed XML: {{detail}}.',
    'not-a-feed': '{{name}} is not an RSS, Atom or JSON feed.',
    'unknown-encoding':
      '{{name}} is written in the text encoding “{{detail}}”, which this browser cannot read.',
    unreadable: '{{name}} could not be read from the disk.',
  },
  nothingAdded: 'Nothing was added: your library and your story are unchanged.',
}
