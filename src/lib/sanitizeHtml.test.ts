import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { loadHostileCorpus } from '../test/hostileCorpus/hostileCorpus'
import { findDangerousMarkup } from './testDangerousMarkup'
import { plainTextFallback, sanitizePostHtml } from './sanitizeHtml'

interface Vector {
  title: string
  payload: string
}

const vectors = JSON.parse(
  readFileSync('/work/shared/fixtures/xss/dompurify-vectors.json', 'utf8'),
) as Vector[]

const ALLOWED_TAGS = new Set(
  'p br a span strong b em i u s del blockquote ul ol li code pre img'.split(' '),
)
const ALLOWED_ATTRS = new Set(['href', 'class', 'lang', 'rel', 'target', 'src', 'alt', 'title'])

/** The literal patterns a reviewer would grep for, on top of the parsing check. */
const expectNothingDangerous = (html: string): void => {
  expect(html).not.toMatch(/<script/i)
  expect(html).not.toMatch(/<[a-z][^>]*\son\w+\s*=/i)
  expect(html).not.toMatch(/(?:href|src)\s*=\s*["']?\s*(?:javascript|data|vbscript):/i)
  expect(html).not.toMatch(/<(?:iframe|object|embed|svg|style|form)\b/i)
  expect(findDangerousMarkup(html)).toEqual([])
}

const parse = (html: string): DocumentFragment => {
  const template = document.createElement('template')
  template.innerHTML = html
  return template.content
}

describe('sanitizePostHtml on the DOMPurify test vectors', () => {
  it('reads a non-trivial set of vectors', () => {
    expect(vectors.length).toBeGreaterThan(100)
  })

  it.each(vectors.map((vector, index) => [vector.title ?? `vector ${index}`, vector.payload]))(
    '%s',
    (_title, payload) => {
      const clean = sanitizePostHtml(payload)
      expectNothingDangerous(clean)
      for (const element of parse(clean).querySelectorAll('*')) {
        expect(ALLOWED_TAGS).toContain(element.localName)
        if (element.localName === 'img') {
          expect(element.getAttribute('class')).toBe('custom-emoji')
          expect(element.getAttribute('src')).toMatch(/^https?:\/\//)
        }
        for (const { name, value } of Array.from(element.attributes)) {
          // DOMPurify cannot remove `is` (it is fixed when the element is created), so it voids it.
          if (name === 'is') expect(value).toBe('')
          else expect(ALLOWED_ATTRS).toContain(name)
        }
      }
      expect(sanitizePostHtml(clean)).toBe(clean)
    },
  )
})

describe('sanitizePostHtml examples', () => {
  const mastodonStatus =
    '<p><span class="h-card" translate="no"><a href="https://example.social/@lea" class="u-url mention">@<span>lea</span></a></span> the lake is frozen! ' +
    '<a href="https://example.social/tags/winter" class="mention hashtag" rel="tag">#<span>winter</span></a> ' +
    '<a href="https://www.example.com/a/very/long/path" rel="nofollow noopener" translate="no" target="_blank"><span class="invisible">https://www.</span><span class="ellipsis">example.com/a/very</span><span class="invisible">/long/path</span></a></p>'

  it('keeps a Mastodon status: mentions, hashtags and shortened links', () => {
    const fragment = parse(sanitizePostHtml(mastodonStatus))
    const links = Array.from(fragment.querySelectorAll('a'))
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      'https://example.social/@lea',
      'https://example.social/tags/winter',
      'https://www.example.com/a/very/long/path',
    ])
    expect(links[0]?.className).toBe('u-url mention')
    expect(links[1]?.className).toBe('mention hashtag')
    expect(fragment.querySelector('.h-card')).not.toBeNull()
    expect(fragment.querySelectorAll('.invisible')).toHaveLength(2)
    expect(fragment.querySelector('.ellipsis')?.textContent).toBe('example.com/a/very')
    expect(fragment.textContent).toContain('the lake is frozen!')
  })

  it('gives every link rel="noopener noreferrer ugc" and target="_blank", replacing the input', () => {
    const link = parse(
      sanitizePostHtml('<a href="https://x.example/" rel="opener" target="_self">x</a>'),
    ).querySelector('a')
    expect(link?.getAttribute('rel')).toBe('noopener noreferrer ugc')
    expect(link?.getAttribute('target')).toBe('_blank')
  })

  it('keeps the text of a javascript: link and drops its href', () => {
    const clean = sanitizePostHtml('<a href="javascript:alert(1)">x</a>')
    const link = parse(clean).querySelector('a')
    expect(link?.textContent).toBe('x')
    expect(link?.hasAttribute('href')).toBe(false)
    expectNothingDangerous(clean)
  })

  it.each([
    ['vbscript:msgbox(1)'],
    [' javascript:alert(1)'],
    ['java&#x09;script:alert(1)'],
    ['data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='],
    ['/relative/path'],
    ['//evil.example/x'],
  ])('drops href %j', (href) => {
    expect(parse(sanitizePostHtml(`<a href="${href}">x</a>`)).querySelector('a[href]')).toBeNull()
  })

  it('keeps mailto: links', () => {
    const link = parse(
      sanitizePostHtml('<a href="mailto:lea@example.social">mail</a>'),
    ).querySelector('a')
    expect(link?.getAttribute('href')).toBe('mailto:lea@example.social')
  })

  it('percent-encodes markup characters inside an href', () => {
    const clean = sanitizePostHtml('<a href="https://x.example/<script>">x</a>')
    expect(clean).not.toMatch(/<script/i)
    expect(parse(clean).querySelector('a')?.getAttribute('href')).toBe(
      'https://x.example/%3Cscript%3E',
    )
  })

  it('drops unknown classes, style, id, data-* and keeps a valid lang', () => {
    const clean = sanitizePostHtml(
      '<p class="mention evil-overlay" style="position:fixed" id="x" data-x="1" lang="fr-CA">a</p><p lang="x y">b</p><p class="evil">c</p>',
    )
    expect(clean).toBe('<p class="mention" lang="fr-CA">a</p><p>b</p><p>c</p>')
  })

  it('drops images, media, forms and scripts with their scripts’ content', () => {
    const clean = sanitizePostHtml(
      '<p>ok</p><img src="https://x.example/a.png" onerror="alert(1)"><form action="https://x"><input name="q"></form><script>alert(1)</script><style>p{}</style><video src="https://x.example/v.mp4"></video>',
    )
    expect(clean).toBe('<p>ok</p>')
  })

  it('keeps lists, quotes and code', () => {
    const html =
      '<blockquote><p>q</p></blockquote><ul><li><strong>a</strong></li></ul><ol><li><em>b</em></li></ol><pre><code>c</code></pre><p><s>d</s><del>e</del><u>f</u><b>g</b><i>h</i><br></p>'
    expect(sanitizePostHtml(html)).toBe(html)
  })

  it('returns the same string from the cache', () => {
    const html = '<p>cached <b>value</b></p>'
    expect(sanitizePostHtml(html)).toBe(sanitizePostHtml(html))
  })

  it('keeps working past the cache limit', () => {
    for (let index = 0; index < 600; index += 1) {
      expect(sanitizePostHtml(`<p onclick="x">${index}</p>`)).toBe(`<p>${index}</p>`)
    }
    expect(sanitizePostHtml('<p onclick="x">0</p>')).toBe('<p>0</p>')
  })
})

describe('sanitizePostHtml custom emoji images', () => {
  it('keeps an image marked as a custom emoji, with its alt and title', () => {
    const html =
      '<p>hi <img class="custom-emoji" src="https://files.example/emoji/blobcat.png" alt=":blobcat:" title=":blobcat:"></p>'
    expect(sanitizePostHtml(html)).toBe(html)
  })

  it.each([
    ['an image without the emoji class', '<img src="https://x.example/a.png" alt="a">'],
    [
      'an emoji with a second class',
      '<img class="custom-emoji mention" src="https://x.example/a.png">',
    ],
    ['an emoji without src', '<img class="custom-emoji" alt=":x:">'],
    ['a data: emoji', '<img class="custom-emoji" src="data:image/png;base64,AAAA">'],
    ['a javascript: emoji', '<img class="custom-emoji" src="javascript:alert(1)">'],
    ['a relative emoji', '<img class="custom-emoji" src="/emoji/x.png">'],
    ['a blob: emoji', '<img class="custom-emoji" src="blob:https://x.example/1">'],
  ])('removes %s entirely', (_what, img) => {
    expect(sanitizePostHtml(`<p>a${img}b</p>`)).toBe('<p>ab</p>')
  })

  it('drops event handlers, style and srcset from a kept emoji', () => {
    const clean = sanitizePostHtml(
      '<img class="custom-emoji" src="https://x.example/e.png" alt=":e:" onerror="alert(1)" style="width:100vw" srcset="javascript:alert(1)">',
    )
    expect(clean).toBe('<img class="custom-emoji" src="https://x.example/e.png" alt=":e:">')
    expectNothingDangerous(clean)
  })

  it('keeps src, alt and title to images only', () => {
    expect(
      sanitizePostHtml(
        '<a href="https://x.example/" src="https://y.example/" alt="a" title="t">x</a>',
      ),
    ).toBe('<a href="https://x.example/" rel="noopener noreferrer ugc" target="_blank">x</a>')
  })
})

describe('sanitizePostHtml idempotence', () => {
  const fragment = fc.constantFrom(
    '<p>',
    '</p>',
    '<a href="https://example.social/@lea">',
    '<a href="javascript:alert(1)">',
    '<a href="mailto:a@b.example">',
    '</a>',
    '<span class="invisible">',
    '<span class="mention hashtag other">',
    '</span>',
    '<div>',
    '</div>',
    '<b>',
    '</b>',
    '<em>',
    '<pre>',
    '</pre>',
    '\n',
    '<ul><li>',
    '</li>',
    '<blockquote>',
    '<br>',
    '<img src=x onerror=alert(1)>',
    '<script>alert(1)</script>',
    '<svg><a>',
    '<table><tr><td>',
    '<template>',
    '<!--',
    '-->',
    '&amp;',
    '&lt;',
    '"',
    "'",
    '<',
    '>',
    ' onload=alert(1) ',
    'text',
  )
  // Whole vectors of the hostile corpus (issue 8), alone and spliced between other fragments.
  const vector = fc.constantFrom(...loadHostileCorpus().map((each) => each.payload))
  const htmlish = fc.oneof(
    fc.string(),
    vector,
    fc
      .array(fc.oneof(fragment, vector, fc.string({ maxLength: 4 })), { maxLength: 24 })
      .map((parts) => parts.join('')),
  )

  it('sanitising twice equals sanitising once', () => {
    fc.assert(
      fc.property(htmlish, (html) => {
        const once = sanitizePostHtml(html)
        expect(sanitizePostHtml(once)).toBe(once)
        expect(findDangerousMarkup(once)).toEqual([])
      }),
      { numRuns: 500 },
    )
  })
})

describe('plainTextFallback (no DOM available)', () => {
  it('strips tags and escapes what could open markup', () => {
    const out = plainTextFallback(
      '<p>a</p><img src=x onerror="alert(1)"><script>b</script>c <d "e\'',
    )
    expect(out).not.toMatch(/[<>"']/)
    expect(out).toContain('a')
    expect(out).toContain('c')
  })
})
