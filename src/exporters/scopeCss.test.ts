import { describe, expect, it } from 'vitest'
import { scopeCss, scopeSelector } from './scopeCss'
import { rendererCssText } from './testStory'

const S = '.sl-x'

/** Every style rule's selectors, outside at-rules' own preludes. */
const selectorsOf = (css: string): string[] =>
  [...css.matchAll(/([^{};]+)\{/g)]
    .map((match) => match[1]!.trim())
    .filter((prelude) => !prelude.startsWith('@') && !/^(?:from|to|\d+%)/.test(prelude))
    .flatMap((prelude) => prelude.split(',\n').map((selector) => selector.trim()))

describe('scopeCss', () => {
  it('prefixes plain, grouped and pseudo selectors', () => {
    expect(scopeCss('.a, .b > p::before { color: red }', S)).toBe(
      '.sl-x .a,\n.sl-x .b > p::before { color: red }\n',
    )
  })

  it('turns :root, html and body into the wrapper', () => {
    expect(scopeSelector(':root', S)).toBe('.sl-x')
    expect(scopeSelector('html body .x', S)).toBe('.sl-x .x')
    expect(scopeSelector('body', S)).toBe('.sl-x')
    expect(scopeSelector('.body', S)).toBe('.sl-x .body')
    expect(scopeSelector('htmlish', S)).toBe('.sl-x htmlish')
  })

  it('keeps commas inside :is() and strings together', () => {
    expect(scopeCss(':is(.a, .b) .c, [title="x, y"] { x: y }', S)).toBe(
      '.sl-x :is(.a, .b) .c,\n.sl-x [title="x, y"] { x: y }\n',
    )
  })

  it('scopes inside @media and @supports, keeps @keyframes, drops @import and comments', () => {
    const css = `@import url(https://evil.example/x.css);
/* a { } comment */
@media (prefers-color-scheme: dark) { :root { --c: #000 } .a { color: var(--c) } }
@supports (display: grid) { .g { display: grid } }
@keyframes spin { from { rotate: 0deg } to { rotate: 360deg } }
.b { content: '}' }`
    const out = scopeCss(css, S)
    expect(out).not.toContain('@import')
    expect(out).not.toContain('comment')
    expect(out).toContain('@media (prefers-color-scheme: dark) {\n.sl-x { --c: #000 }\n.sl-x .a {')
    expect(out).toContain('@supports (display: grid) {\n.sl-x .g {')
    expect(out).toContain('@keyframes spin { from { rotate: 0deg } to { rotate: 360deg } }')
    expect(out).toContain(".sl-x .b { content: '}' }")
  })

  it('leaves no selector of the real stylesheet unscoped', () => {
    const out = scopeCss(rendererCssText(), S)
    const selectors = selectorsOf(out)
    expect(selectors.length).toBeGreaterThan(80)
    for (const selector of selectors) expect(selector.startsWith(S), selector).toBe(true)
  })
})
