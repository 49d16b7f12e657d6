/**
 * Prefixes every selector of a stylesheet with `scope` (a wrapper class), so a snippet pasted
 * into a WordPress or Ghost page styles only itself. `:root`, `html` and `body` become the
 * wrapper. Group rules (@media, @supports, @container, @layer) are scoped inside; @keyframes,
 * @font-face and @page are kept as they are; @import is dropped (a snippet loads nothing).
 *
 * A small tokenizer rather than a full CSS parser: it knows comments, strings, brackets and
 * braces, which is all our own stylesheets use.
 */
export const scopeCss = (css: string, scope: string): string =>
  scopeRules(stripComments(css), scope)

const stripComments = (css: string): string => {
  let out = ''
  for (let i = 0; i < css.length; i += 1) {
    const char = css[i]!
    if (char === '"' || char === "'") {
      const end = endOfString(css, i)
      out += css.slice(i, end)
      i = end - 1
    } else if (char === '/' && css[i + 1] === '*') {
      const end = css.indexOf('*/', i + 2)
      i = end === -1 ? css.length : end + 1
    } else {
      out += char
    }
  }
  return out
}

/** Index just past the string literal opening at `start`. */
const endOfString = (css: string, start: number): number => {
  const quote = css[start]
  for (let i = start + 1; i < css.length; i += 1) {
    if (css[i] === '\\') i += 1
    else if (css[i] === quote) return i + 1
  }
  return css.length
}

/** Index of the `}` closing the block whose `{` is at `open`. */
const endOfBlock = (css: string, open: number): number => {
  let depth = 0
  for (let i = open; i < css.length; i += 1) {
    const char = css[i]
    if (char === '"' || char === "'") i = endOfString(css, i) - 1
    else if (char === '{') depth += 1
    else if (char === '}') {
      depth -= 1
      if (depth === 0) return i
    }
  }
  return css.length
}

/** Splits on commas outside brackets and strings (`:is(a, b)` stays whole). */
const splitSelectors = (list: string): string[] => {
  const parts: string[] = []
  let depth = 0
  let start = 0
  for (let i = 0; i < list.length; i += 1) {
    const char = list[i]
    if (char === '"' || char === "'") i = endOfString(list, i) - 1
    else if (char === '(' || char === '[') depth += 1
    else if (char === ')' || char === ']') depth -= 1
    else if (char === ',' && depth === 0) {
      parts.push(list.slice(start, i))
      start = i + 1
    }
  }
  parts.push(list.slice(start))
  return parts.map((part) => part.trim()).filter(Boolean)
}

const ROOT = /^(?::root|html|body)(?![\w-])/i

export const scopeSelector = (selector: string, scope: string): string => {
  if (ROOT.test(selector)) {
    const rest = selector.replace(ROOT, '')
    // `html body .x` → `.scope .x`: every page-level element stands for the wrapper.
    return `${scope}${rest.replace(/^(?:\s+(?:html|body)(?![\w-]))+/i, '')}`
  }
  return `${scope} ${selector}`
}

const GROUP_RULES = /^@(?:media|supports|container|layer|document)\b/i

const scopeRules = (css: string, scope: string): string => {
  let out = ''
  let i = 0
  while (i < css.length) {
    const open = findTopLevel(css, i, '{', ';')
    if (open === -1) break
    const prelude = css.slice(i, open).trim()
    if (css[open] === ';') {
      // Statements: @charset and @layer lists are harmless; @import would load a file.
      if (prelude && !/^@import\b/i.test(prelude)) out += `${prelude};\n`
      i = open + 1
      continue
    }
    const close = endOfBlock(css, open)
    const inner = css.slice(open + 1, close)
    if (GROUP_RULES.test(prelude)) out += `${prelude} {\n${scopeRules(inner, scope)}}\n`
    else if (prelude.startsWith('@')) out += `${prelude} {${inner}}\n`
    else
      out += `${splitSelectors(prelude)
        .map((selector) => scopeSelector(selector, scope))
        .join(',\n')} {${inner}}\n`
    i = close + 1
  }
  return out
}

/** The next `a` or `b` outside strings and brackets, or -1. */
const findTopLevel = (css: string, from: number, a: string, b: string): number => {
  let depth = 0
  for (let i = from; i < css.length; i += 1) {
    const char = css[i]
    if (char === '"' || char === "'") i = endOfString(css, i) - 1
    else if (char === '(' || char === '[') depth += 1
    else if (char === ')' || char === ']') depth -= 1
    else if (depth === 0 && (char === a || char === b)) return i
  }
  return -1
}
