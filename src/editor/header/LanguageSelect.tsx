import { useTranslation } from 'react-i18next'
import { SUPPORTED_LANGUAGES } from '../../i18n/resources'

/** Each option is named in its own language, so people can find theirs. */
export const LanguageSelect = () => {
  const { t, i18n } = useTranslation()
  return (
    <label className="field field--inline">
      <span className="visually-hidden">{t('language')}</span>
      <select
        className="select"
        aria-label={t('language')}
        value={i18n.resolvedLanguage ?? 'en'}
        onChange={(event) => void i18n.changeLanguage(event.target.value)}
      >
        {SUPPORTED_LANGUAGES.map((language) => (
          <option key={language.code} value={language.code} lang={language.code}>
            {language.label}
          </option>
        ))}
      </select>
    </label>
  )
}
