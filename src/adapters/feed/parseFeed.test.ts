import { describe, expect, it } from 'vitest'
import { feedBytes } from './feedFixtures'
import { FeedFormatError } from './feedFormatError'
import { parseFeed } from './parseFeed'

const parse = (name: string, url?: string) => parseFeed(feedBytes(name), { url })

describe('parseFeed on recorded RSS 2.0 feeds', () => {
  it('reads ISO-8859-1 with CRLF line ends from its XML declaration', () => {
    const bytes = feedBytes('rss-parser-encoding.rss')
    expect(bytes.includes(0x0d)).toBe(true) // CRLF, as recorded
    const feed = parseFeed(bytes)
    expect(feed.format).toBe('rss')
    expect(feed.title).toBe('Jornal de Notícias - Últimas Notícias')
    expect(feed.description).toBe('JN. Rede de Informação.')
    expect(feed.language).toBe('pt-pt')
    expect(feed.imageUrl).toBe('http://www.jn.pt/favicon.ico')
    expect(feed.updated).toBe('2018-01-03T14:11:52.000Z')
    expect(feed.items).toHaveLength(40)
    const first = feed.items[0]
    expect(first?.title).toBe('Mãe de utente é a nova presidente da Raríssimas')
    expect(first?.published).toBe('2018-01-03T13:47:00.000Z')
    expect(first?.categories).toEqual(['Nacional'])
    expect(first?.content?.value).toMatch(/^Sónia Laygue, profissional na área/)
  })

  it('reads CDATA titles, content:encoded over description, dc:creator and categories', () => {
    const feed = parse('rss-parser-content-encoded.rss')
    expect(feed.title).toBe('Food in Invironment on Medium')
    expect(feed.selfUrl).toBe('https://medium.com/feed/invironment/tagged/food')
    expect(feed.imageUrl).toBe('https://cdn-images-1.medium.com/proxy/1*TGH72Nnw24QL3iV9IOm4VA.png')
    expect(feed.items).toHaveLength(7)
    const first = feed.items[0]
    expect(first?.title).toBe('THE CREATIVE FORAGER')
    expect(first?.id).toBe('https://medium.com/p/125af37d838f')
    expect(first?.link).toBe(
      'https://medium.com/invironment/the-creative-forager-125af37d838f?source=rss----d12c403d4976--food',
    )
    expect(first?.authors).toEqual([{ name: 'Jeremy Puma' }])
    expect(first?.categories).toEqual(['plants', 'environment', 'nature', 'foraging', 'food'])
    expect(first?.content?.kind).toBe('html')
    expect(first?.content?.value).toMatch(/^<h4>Using Wild Ingredients in the\u00a0Kitchen</)
    expect(first?.published).toBe('2018-04-09T18:55:38.000Z')
  })

  it('reads a podcast: enclosure, itunes image, "UTC" dates, managingEditor', () => {
    const feed = parse('rss-parser-narro.rss')
    expect(feed.title).toBe('foobar on Narro')
    expect(feed.imageUrl).toBe('https://www.narro.co/images/narro-icon-lg.png')
    expect(feed.language).toBe('en')
    expect(feed.updated).toBe('2016-07-08T13:40:00.000Z')
    expect(feed.authors).toEqual([{ email: 'foobar@gmail.com' }])
    expect(feed.items).toHaveLength(1)
    const item = feed.items[0]
    expect(item?.title).toBe('FAQ for Narro')
    expect(item?.published).toBe('2015-02-20T09:51:15.000Z')
    expect(item?.enclosures).toEqual([
      {
        url: 'https://s3.amazonaws.com/nareta-articles/audio/54d046c293f79c0300000003/7e2d2b00-a945-441a-f49b-063786a319a4.mp3',
        mimeType: 'audio/mpeg',
        length: 74,
      },
    ])
    // `author` and `itunes:author` name the same address: one author.
    expect(item?.authors).toEqual([{ email: 'foobar@gmail.com' }])
  })

  it('keeps literal markup in a description and reads media:thumbnail', () => {
    const feed = parse('rss-parser-reddit-atom.rss')
    expect(feed.title).toBe('reddit: the front page of the internet')
    expect(feed.description).toBeUndefined()
    expect(feed.items).toHaveLength(24)
    const first = feed.items[0]
    expect(first?.title).toBe('The Difficulties in Space')
    expect(first?.published).toBe('2016-01-23T15:40:37.000Z')
    expect(first?.content?.value).toMatch(/^<table><tr><td><a href="https:\/\/www\.reddit\.com/)
    expect(first?.thumbnails[0]?.url).toBe(
      'https://b.thumbs.redditmedia.com/l50PUpLyyNMLwFrYMuCb3kwlDaq3k1Pwo5YhsdAz2jU.jpg',
    )
  })
})

describe('parseFeed on hand-made RSS quirks', () => {
  it('skips an empty Atom <link> in the default namespace before the real RSS link', () => {
    const feed = parseFeed(`<rss version="2.0"><channel>
      <link xmlns="http://www.w3.org/2005/Atom" rel="self" href="https://site.example/feed.xml"/>
      <link>https://site.example/</link><title>Site</title>
      <item><link xmlns="http://www.w3.org/2005/Atom" rel="related" href="https://x.example/"/>
        <link>/posts/1</link><guid isPermaLink="false">42</guid></item>
    </channel></rss>`)
    expect(feed.selfUrl).toBe('https://site.example/feed.xml')
    expect(feed.link).toBe('https://site.example/')
    expect(feed.items[0]?.link).toBe('https://site.example/posts/1')
    expect(feed.items[0]?.id).toBe('42')
  })
})

describe('parseFeed on recorded Atom feeds', () => {
  it('reads a YouTube channel without XML declaration: media:group, thumbnails, description', () => {
    const feed = parse('capyreader-atom-feed-youtube-digitalfoundry.xml')
    expect(feed.format).toBe('atom')
    expect(feed.title).toBe('Digital Foundry')
    expect(feed.link).toBe('https://www.youtube.com/channel/UC9PBzalIcEQCsiIkq36PyUA')
    expect(feed.items).toHaveLength(15)
    const first = feed.items[0]
    expect(first?.id).toBe('yt:video:W_S7iKZZdHw')
    expect(first?.link).toBe('https://www.youtube.com/watch?v=W_S7iKZZdHw')
    expect(first?.title).toBe('Digital Foundry Games of 2024: The Oliver Mackenzie Collection!')
    expect(first?.published).toBe('2025-01-01T16:07:24.000Z')
    expect(first?.updated).toBe('2025-01-01T21:08:15.000Z')
    expect(first?.authors[0]?.name).toBe('Digital Foundry')
    expect(first?.thumbnails).toEqual([
      { url: 'https://i4.ytimg.com/vi/W_S7iKZZdHw/hqdefault.jpg', width: 480, height: 360 },
    ])
    expect(first?.media[0]?.mimeType).toBe('application/x-shockwave-flash')
    expect(first?.summary).toMatchObject({ kind: 'text' })
    expect(first?.summary?.value).toMatch(/^As the holiday period begins to unwind/)
  })

  it('reads the Kotlin channel feed (no XML declaration either)', () => {
    const feed = parse('prof18-atom-feed-youtube.xml')
    expect(feed.title).toBe('Kotlin by JetBrains')
    expect(feed.items).toHaveLength(1)
    expect(feed.items[0]?.title).toBe('Multi-dollar String Interpolation in Kotlin | $$')
    expect(feed.items[0]?.thumbnails[0]?.url).toBe(
      'https://i2.ytimg.com/vi/ULBuIB9lHkc/hqdefault.jpg',
    )
  })

  it('reads an html title in CDATA, an html summary and an author uri', () => {
    const feed = parse('prof18-atom-feed-emoji.xml')
    expect(feed.title).toBe('Arch Linux Forums / Multimedia and Games')
    expect(feed.selfUrl).toBe('https://bbs.archlinux.org/extern.php?action=feed&fid=32&type=atom')
    const item = feed.items[0]
    expect(feed.items).toHaveLength(1)
    expect(item?.title).toBe('[Solved] WINE does not start at all')
    expect(item?.summary?.kind).toBe('html')
    expect(item?.summary?.value).toMatch(/^<div class="quotebox"><cite>seth wrote:<\/cite>/)
    expect(item?.authors[0]).toEqual({
      name: 'nephtalima',
      url: 'https://bbs.archlinux.org/profile.php?id=171009',
    })
    expect(item?.updated).toBe('2025-08-24T23:41:54.000Z')
  })

  it("reads Reddit's Atom: logo, categories by label, escaped html content", () => {
    const feed = parse('prof18-atom-feed-reddit.xml')
    expect(feed.title).toBe('Minecraft on reddit')
    expect(feed.description).toBe('Minecraft community on Reddit')
    expect(feed.imageUrl).toBe(
      'https://b.thumbs.redditmedia.com/_J-qf37qKLV9YDnyzSrazonFiPR7LSZTOTUILuaXp5A.png',
    )
    const item = feed.items[0]
    expect(item?.title).toBe('Vibrant Visuals - Troubleshooting')
    expect(item?.link).toBe(
      'https://www.reddit.com/r/Minecraft/comments/1ldu6hr/vibrant_visuals_troubleshooting/',
    )
    expect(item?.categories).toEqual(['r/Minecraft'])
    expect(item?.authors[0]?.name).toBe('/u/Mlakuss')
    expect(item?.content?.value).toMatch(/^<table> <tr><td> <a href="https:\/\/www\.reddit\.com/)
  })

  it('resolves relative links against the feed address, and reads xml:lang and offsets', () => {
    const feed = parse('rss-parser-gulp-atom.atom', 'https://github.com/gulpjs/gulp/releases.atom')
    expect(feed.language).toBe('en-US')
    expect(feed.items).toHaveLength(10)
    expect(feed.items[0]?.link).toBe('https://github.com/gulpjs/gulp/releases/tag/v3.9.0')
    expect(feed.items[0]?.updated).toBe('2015-06-01T21:49:41.000Z')
    expect(feed.items[1]?.updated).toBe('2015-02-09T20:37:28.000Z')
    expect(feed.items[0]?.content).toEqual({ kind: 'html', value: '<p>3.9.0</p>' })
    expect(feed.items[0]?.thumbnails[0]).toEqual({
      url: 'https://avatars3.githubusercontent.com/u/425716?v=3&s=60',
      width: 30,
      height: 30,
    })
  })

  it('resolves relative links against the self link when read from a file', () => {
    const feed = parse('rss-parser-gulp-atom.atom')
    expect(feed.items[0]?.link).toBe('https://github.com/gulpjs/gulp/releases/tag/v3.9.0')
  })

  it('reads heise: UTF-8 umlauts, summary and CDATA content, feed author', () => {
    const feed = parse('rss-parser-heise.atom')
    expect(feed.title).toBe('heise developer neueste Meldungen')
    expect(feed.description).toBe('Informationen für Entwickler')
    expect(feed.authors).toEqual([{ name: 'heise online' }])
    expect(feed.items).toHaveLength(15)
    const first = feed.items[0]
    expect(first?.title).toBe('Java-Anwendungsserver: Red Hat gibt WildFly 10 frei')
    expect(first?.published).toBe('2016-02-01T16:22:00.000Z')
    expect(first?.summary?.value).toMatch(/^Die nun verfügbare Version 10/)
    expect(first?.content?.value).toMatch(/^<a href="http:\/\/www\.heise\.de\/developer\/meldung/)
  })

  it('survives an entry with nothing but an empty author', () => {
    const feed = parse('rss-parser-incomplete-fields.atom')
    expect(feed.title).toBeUndefined()
    expect(feed.items).toHaveLength(1)
    expect(feed.items[0]).toMatchObject({ authors: [], title: undefined, link: undefined })
  })
})

describe('parseFeed on Atom 0.3 and xml:base', () => {
  it('reads mode="base64" content, issued/modified dates and nested xml:base', () => {
    const encoded = btoa('<p>Hello <a href="../about">me</a></p>')
    const feed = parseFeed(
      `<feed version="0.3" xmlns="http://purl.org/atom/ns#" xml:base="https://old.example/blog/">
        <title mode="escaped" type="text/html">Old &lt;b&gt;Atom&lt;/b&gt; &amp;amp; co</title>
        <link rel="alternate" type="text/html" href="/"/>
        <tagline>Since 2004</tagline>
        <entry xml:base="2004/">
          <title>First</title>
          <link rel="alternate" type="text/html" href="first.html"/>
          <issued>2004-01-02T10:00:00+01:00</issued>
          <modified>2004-01-03T10:00:00Z</modified>
          <author><name>Mark</name><url>/mark</url></author>
          <content type="text/html" mode="base64">${encoded}</content>
        </entry>
      </feed>`,
    )
    expect(feed.title).toBe('Old Atom & co')
    expect(feed.description).toBe('Since 2004')
    expect(feed.link).toBe('https://old.example/')
    const entry = feed.items[0]
    expect(entry?.link).toBe('https://old.example/blog/2004/first.html')
    expect(entry?.published).toBe('2004-01-02T09:00:00.000Z')
    expect(entry?.updated).toBe('2004-01-03T10:00:00.000Z')
    expect(entry?.authors).toEqual([{ name: 'Mark', url: 'https://old.example/mark' }])
    expect(entry?.content).toEqual({
      kind: 'html',
      value: '<p>Hello <a href="../about">me</a></p>',
    })
    expect(entry?.baseUrl).toBe('https://old.example/blog/2004/')
  })
})

describe('parseFeed on recorded JSON Feeds', () => {
  it('reads an RFC 822 date where JSON Feed wants RFC 3339 (kibty.town)', () => {
    const feed = parse('capyreader-jsonfeed-kibty-town.json')
    expect(feed.format).toBe('json')
    expect(feed.title).toBe("xyzeva's blog")
    expect(feed.selfUrl).toBe('https://kibty.town/blog.json')
    expect(feed.items).toHaveLength(6)
    expect(feed.items[0]?.published).toBe('2024-09-07T00:00:00.000Z')
    expect(feed.items[0]?.content?.kind).toBe('html')
    expect(feed.items.every((item) => item.published !== undefined)).toBe(true)
  })

  it('reads NPR: feed author and icon, attachments, item images, summaries', () => {
    const feed = parse('capyreader-jsonfeed-npr-world.json')
    expect(feed.title).toBe('World')
    expect(feed.imageUrl).toBe('https://media.npr.org/images/stations/nprone_logos/npr.png')
    expect(feed.authors[0]?.name).toBe('NPR')
    expect(feed.items).toHaveLength(23)
    const first = feed.items[0]
    expect(first?.id).toBe('1198913145')
    expect(first?.title).toBe('Eggs and Bananas: Life after a Russian prison')
    expect(first?.published).toBe('2024-08-27T00:32:01.000Z')
    expect(first?.enclosures[0]).toMatchObject({
      mimeType: 'audio/mp3',
      title: 'Listen to the Story',
    })
    expect(first?.imageUrl).toMatch(/^https:\/\/media\.npr\.org\/assets\/img\/2024\/08\/26\//)
  })
})

describe('parseFeed on documents that are not feeds', () => {
  const problemOf = (input: Uint8Array | string): [string, string] => {
    try {
      parseFeed(input)
    } catch (error) {
      if (error instanceof FeedFormatError) return [error.problem, error.message]
      throw error
    }
    throw new Error('parsed without complaint')
  }

  it('says a CDATA section is never closed (feedparser illformed_rss_incomplete_cdata)', () => {
    const [problem, message] = problemOf(feedBytes('feedparser/illformed_rss_incomplete_cdata.xml'))
    expect(problem).toBe('invalid-xml')
    expect(message).toBe(
      'The feed is not well-formed XML: a CDATA section opened on line 13 is never closed; the file may be truncated',
    )
  })

  it('says which elements a truncated document leaves open', () => {
    const [problem, message] = problemOf('<rss version="2.0"><channel><title>x</title><item>')
    expect(problem).toBe('invalid-xml')
    expect(message).toMatch(
      /elements still open \(rss > channel > item\); the file may be truncated/,
    )
  })

  it('names an empty file, an HTML page, non-feed JSON, bad JSON, binary data', () => {
    expect(problemOf(new Uint8Array())).toEqual(['empty', 'The document is empty.'])
    expect(problemOf('  \n ')[0]).toBe('empty')
    expect(problemOf('<!DOCTYPE html><html><head><title>Blog</title></head></html>')).toEqual([
      'html',
      'The document is a web page (HTML), not a feed.',
    ])
    expect(problemOf('{"statuses": []}')[0]).toBe('not-json-feed')
    expect(problemOf('{"version": "https://jsonfeed.org/version/1.1", "items": [')[0]).toBe(
      'invalid-json',
    )
    expect(
      problemOf(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0])),
    ).toEqual(['binary', 'The document is binary data, not a text feed.'])
    expect(problemOf('<svg xmlns="http://www.w3.org/2000/svg"/>')).toEqual([
      'not-a-feed',
      'The XML document is a <svg>, not an RSS, Atom or RDF feed.',
    ])
    expect(problemOf('just some words')[0]).toBe('not-a-feed')
  })

  it('names an encoding the browser cannot read', () => {
    const bytes = new TextEncoder().encode('<?xml version="1.0" encoding="x-klingon"?><rss/>')
    expect(problemOf(bytes)).toEqual([
      'unknown-encoding',
      'The feed\'s XML declaration names the text encoding "x-klingon", which this browser cannot read.',
    ])
  })

  it('never expands DOCTYPE entities (billion laughs), and keeps unknown ones as written', () => {
    const laughs = [
      '<?xml version="1.0"?>',
      '<!DOCTYPE rss [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">',
      '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>',
      '<rss version="2.0"><channel><title>T &lol3; &amp; co</title>',
      '<item><title>&lol3;</title></item></channel></rss>',
    ].join('')
    const feed = parseFeed(laughs)
    expect(feed.title).toBe('T &lol3; & co')
    expect(feed.items[0]?.title).toBe('&lol3;')
  })
})

describe('parseFeed on RSS 1.0 (RDF)', () => {
  it('reads items beside the channel, rdf:about and dc:date', () => {
    const feed = parseFeed(
      `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://example.org/rss"><title>Old school</title><link>https://example.org/</link></channel>
  <item rdf:about="https://example.org/a"><title>A</title><dc:date>2003-12-13T18:30:02Z</dc:date><dc:creator>Ann</dc:creator></item>
</rdf:RDF>`,
    )
    expect(feed.format).toBe('rdf')
    expect(feed.title).toBe('Old school')
    expect(feed.items).toEqual([
      expect.objectContaining({
        id: 'https://example.org/a',
        link: 'https://example.org/a',
        title: 'A',
        published: '2003-12-13T18:30:02.000Z',
        authors: [{ name: 'Ann' }],
      }),
    ])
  })
})
