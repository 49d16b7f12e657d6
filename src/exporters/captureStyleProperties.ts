/**
 * The CSS properties html-to-image copies onto every cloned element. By default it copies all
 * ~350 computed properties of every element, which is most of a slide's capture time. Only the
 * properties some author rule or inline style sets can differ from what the browser's own
 * stylesheet gives the clone anyway, so those are the ones copied.
 *
 * html-to-image keeps the first list it is handed for the life of the page, so it gets this one
 * array, which is kept up to date with the stylesheets loaded since (lazy chunks bring their own).
 */
const STYLE_PROPERTIES: string[] = []
const known = new Set<string>()

/** Properties a capture needs even where no stylesheet names them (inherited by the clone root). */
const ALWAYS = [
  'display',
  'box-sizing',
  'width',
  'height',
  'color',
  'background-color',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'line-height',
  'content',
]

const add = (name: string) => {
  // Custom properties are already resolved into the real ones by getComputedStyle.
  if (name.startsWith('--') || known.has(name)) return
  known.add(name)
  STYLE_PROPERTIES.push(name)
}

const addDeclarations = (style: CSSStyleDeclaration) => {
  // Enumerating a declaration lists longhands: `margin` comes out as margin-top, -right…
  for (let index = 0; index < style.length; index += 1) add(style.item(index))
}

const addRules = (rules: CSSRuleList) => {
  for (const rule of Array.from(rules)) {
    // Style rules carry declarations; grouping rules (@media, @supports, @layer) nest more rules.
    if ('style' in rule && rule.style instanceof CSSStyleDeclaration) addDeclarations(rule.style)
    if ('cssRules' in rule && rule.cssRules) addRules(rule.cssRules as CSSRuleList)
  }
}

/** The property list for captures of `root`, refreshed from the document's stylesheets. */
export const captureStyleProperties = (root: Element): string[] => {
  ALWAYS.forEach(add)
  for (const sheet of Array.from(document.styleSheets)) {
    let rules: CSSRuleList
    try {
      rules = sheet.cssRules
    } catch {
      continue // a cross-origin sheet cannot be read, and styles nothing of ours
    }
    addRules(rules)
  }
  for (const element of [root, ...Array.from(root.querySelectorAll('[style]'))])
    if (element instanceof HTMLElement || element instanceof SVGElement)
      addDeclarations(element.style)
  return STYLE_PROPERTIES
}
