import { useTranslation } from 'react-i18next'
import type { RendererLocale } from '../../renderers/rendererStrings'

export const useRendererLocale = (): RendererLocale => {
  const { i18n } = useTranslation()
  return i18n.resolvedLanguage === 'fr' ? 'fr' : 'en'
}
