import js from '@eslint/js'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

/**
 * Imports point down the layers of DESIGN.md:
 * app → editor → {store, renderers} → domain; lib and ui are generic and know no layer above them.
 */
const layer = (from, banned, extraPaths = []) => ({
  files: [`src/${from}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        paths: extraPaths,
        patterns: banned.map((target) => ({
          group: [`**/${target}/*`, `**/${target}`],
          message: `src/${from} must not import from src/${target} (imports point down the layers).`,
        })),
      },
    ],
  },
})

const noReact = [
  { name: 'react', message: 'The domain knows nothing of React.' },
  { name: 'zustand', message: 'Only src/store uses zustand.' },
]

export default tseslint.config(
  {
    ignores: [
      'dist',
      'src/test/fixtures',
      'node_modules',
      'test-results',
      'playwright-report',
      'bench/results',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      // We do not run the React Compiler, so its compatibility warnings do not apply.
      'react-hooks/incompatible-library': 'off',
      // The editor is an application: autofocus moves focus into the editor a user just opened.
      'jsx-a11y/no-autofocus': 'off',
    },
  },
  {
    files: ['**/*.{js,mjs}', 'e2e/**/*.ts', 'bench/**', 'scripts/**', '*.config.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  layer(
    'domain',
    ['store', 'editor', 'renderers', 'app', 'adapters', 'exporters', 'i18n', 'ui'],
    noReact,
  ),
  layer(
    'lib',
    ['store', 'editor', 'renderers', 'app', 'adapters', 'exporters', 'domain', 'i18n'],
    noReact,
  ),
  layer('renderers', ['store', 'editor', 'app', 'adapters', 'exporters'], [noReact[1]]),
  layer('store', ['editor', 'app', 'renderers', 'ui']),
  layer('sample', ['store', 'editor', 'app', 'renderers'], noReact),
  layer('editor', ['app'], [noReact[1]]),
  // Adapters turn a source's answers into Posts: no UI, no store, no exporters.
  layer('adapters', ['store', 'editor', 'app', 'renderers', 'exporters', 'ui', 'i18n'], noReact),
  // Exporters draw with the renderers and write files: they never read the store or the editor.
  layer('exporters', ['store', 'editor', 'app', 'adapters'], [noReact[1]]),
  {
    files: ['src/store/**/*.test.{ts,tsx}', 'src/store/**/*.{ts,tsx}'],
    rules: {},
  },
)
