/**
 * What an exported page adds around the renderers' CSS: the page itself, the brand bar, the
 * footer, and print rules. Colours come from the theme's custom properties only.
 */
export const PAGE_CSS = `
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0;
  background: var(--color-bg);
  color: var(--color-text);
  font-family: var(--font-body);
  line-height: 1.5;
}
img, video { max-width: 100%; }
.export-page {
  display: flex;
  flex-direction: column;
  gap: 1.5rem;
  max-width: 47rem;
  margin-inline: auto;
  padding: 2rem 1rem 3rem;
}
.export-brand {
  display: flex;
  align-items: center;
  gap: 0.75rem;
  padding-bottom: 0.75rem;
  border-bottom: 3px solid var(--color-accent);
  font-weight: 650;
}
.export-brand img {
  width: auto;
  height: 2.5rem;
}
.export-footer {
  padding-top: 1rem;
  border-top: 1px solid var(--color-border);
  color: var(--color-muted);
  font-size: 0.8125rem;
  text-align: center;
}
@media print {
  /* Paper is white whatever the theme: dark pages would waste ink and print poorly. */
  :root {
    color-scheme: light;
    --color-bg: #ffffff;
    --color-surface: #ffffff;
    --color-surface-2: #f6f6f6;
    --color-text: #000000;
    --color-muted: #444444;
    --color-border: #bbbbbb;
    --color-warning-bg: #ffffff;
  }
  .export-page {
    max-width: none;
    padding: 0;
  }
  .post-card,
  .post-link-card,
  .post-quote > .post-card {
    background: #ffffff;
    box-shadow: none;
  }
  .post-footer a.post-original::after {
    content: ' (' attr(href) ')';
    font-weight: 400;
    overflow-wrap: anywhere;
  }
  audio {
    display: none;
  }
}
`
