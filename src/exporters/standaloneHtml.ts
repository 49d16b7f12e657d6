import { escapeHtml } from './escapeHtml'

/** `'sha256-…'` of an inline element's text, for the page's Content-Security-Policy. */
export const cspHash = async (text: string): Promise<string> => {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))
  let binary = ''
  for (const byte of new Uint8Array(digest)) binary += String.fromCharCode(byte)
  return `'sha256-${btoa(binary)}'`
}

export interface StandaloneHtmlInput {
  lang: string
  title: string
  /** The Content-Security-Policy, whose hashes must match `styles` and `script`. */
  csp: string
  styles: string
  body: string
  script?: string
  bodyClass?: string
  /** Lets the browser draw its own controls dark when the reader's system is. */
  colorScheme?: boolean
}

/**
 * The shell every exported page shares: one inline style, at most one inline script, a CSP meta
 * tag, and no referrer sent when a link is followed.
 */
export const standaloneHtml = ({
  lang,
  title,
  csp,
  styles,
  body,
  script,
  bodyClass,
  colorScheme = false,
}: StandaloneHtmlInput): string => {
  // Inline text that closed its own element would let what follows it escape into the page.
  if (/<\/style/i.test(styles)) throw new Error('A stylesheet may not close its own element.')
  if (script !== undefined && /<\/script/i.test(script))
    throw new Error('A script may not close its own element.')
  return `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
${colorScheme ? '<meta name="color-scheme" content="light dark">\n' : ''}<meta name="generator" content="Storyloom">
<title>${escapeHtml(title)}</title>
<style>${styles}</style>
</head>
<body${bodyClass ? ` class="${escapeHtml(bodyClass)}"` : ''}>
${body}
${script !== undefined ? `<script>${script}</script>\n` : ''}</body>
</html>
`
}
