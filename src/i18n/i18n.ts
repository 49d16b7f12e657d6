import i18next from 'i18next'
import LanguageDetector from 'i18next-browser-languagedetector'
import { initReactI18next } from 'react-i18next'
import { resources, SUPPORTED_LANGUAGES } from './resources'

export const LANGUAGE_STORAGE_KEY = 'storyloom.language'

/** Language from the user's last choice, else the browser's; English when neither is supported. */
export const initI18n = () => {
  i18next.on('languageChanged', (language) => {
    if (typeof document !== 'undefined') document.documentElement.lang = language
  })
  return i18next
    .use(LanguageDetector)
    .use(initReactI18next)
    .init({
      resources,
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
      // Resources are bundled, so the first render can use them without a Suspense fallback.
      initAsync: false,
    })
}

export { i18next }
