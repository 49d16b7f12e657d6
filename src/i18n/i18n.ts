import i18next, { type BackendModule, type ResourceKey } from 'i18next'
import LanguageDetector from 'i18next-browser-languagedetector'
import { initReactI18next } from 'react-i18next'
import { enResources, NAMESPACES, SUPPORTED_LANGUAGES } from './resources'

export const LANGUAGE_STORAGE_KEY = 'storyloom.language'

type Messages = Record<string, unknown>

/** Languages other than English, each fetched as one chunk the first time it is needed. */
const LOADERS: Record<string, () => Promise<Messages>> = {
  fr: () => import('./frResources').then((module) => module.frResources),
}

const loaded = new Map<string, Promise<Messages>>()

/**
 * Hands i18next the messages of a language that is not bundled. English ships with the editor
 * (it is every language's fallback); French costs a download only to those who read it.
 */
const lazyLanguages: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read: (language, namespace, callback) => {
    const load = LOADERS[language]
    if (!load) {
      callback(null, {})
      return
    }
    let messages = loaded.get(language)
    if (!messages) {
      messages = load()
      loaded.set(language, messages)
    }
    messages.then(
      (all) => callback(null, (all[namespace] ?? {}) as ResourceKey),
      (error: unknown) => {
        loaded.delete(language)
        callback(error instanceof Error ? error : new Error(String(error)), false)
      },
    )
  },
}

/**
 * Language from the user's last choice, else the browser's; English when neither is supported.
 * Resolves once the chosen language's messages are in, so the first render speaks it.
 */
export const initI18n = () => {
  i18next.on('languageChanged', (language) => {
    if (typeof document !== 'undefined') document.documentElement.lang = language
  })
  return i18next
    .use(lazyLanguages)
    .use(LanguageDetector)
    .use(initReactI18next)
    .init({
      resources: { en: enResources },
      // English is bundled; the backend fetches the others.
      partialBundledLanguages: true,
      ns: NAMESPACES,
      fallbackLng: 'en',
      supportedLngs: SUPPORTED_LANGUAGES.map((language) => language.code),
      nonExplicitSupportedLngs: true,
      load: 'languageOnly',
      defaultNS: 'common',
      interpolation: { escapeValue: false },
      detection: {
        order: ['localStorage', 'navigator'],
        lookupLocalStorage: LANGUAGE_STORAGE_KEY,
        caches: ['localStorage'],
      },
      returnNull: false,
      // English needs no wait; a first render in another language waits in `main.tsx`.
      initAsync: false,
      react: { useSuspense: false },
    })
}

export { i18next }
