import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { ExportFormatId, SlideExportOptions } from '../../../exporters/types'

interface SlideExportOptionsFieldsProps {
  format: ExportFormatId
  value: SlideExportOptions
  onChange: (next: SlideExportOptions) => void
  disabled?: boolean
}

const SLIDE_FORMATS: readonly ExportFormatId[] = ['slideshow-html', 'png', 'pdf']

/** The slide formats' choices: shape, sharpness (images) and PDF layout. Nothing for others. */
export const SlideExportOptionsFields = ({
  format,
  value,
  onChange,
  disabled = false,
}: SlideExportOptionsFieldsProps) => {
  const { t } = useTranslation('present')
  const ids = useId()
  if (!SLIDE_FORMATS.includes(format)) return null
  const slidesShown = format !== 'pdf' || value.pdfMode === 'handout'
  const imagesMade = format === 'png' || (format === 'pdf' && value.pdfMode === 'handout')
  const set = (next: Partial<SlideExportOptions>) => onChange({ ...value, ...next })
  const radio = <K extends keyof SlideExportOptions>(
    name: K,
    option: SlideExportOptions[K],
    label: string,
  ) => (
    <label className="export-theme">
      <input
        type="radio"
        name={`${ids}-${name}`}
        checked={value[name] === option}
        onChange={() => set({ [name]: option } as Partial<SlideExportOptions>)}
      />
      {label}
    </label>
  )
  return (
    <fieldset className="export-dialog__slide-options" disabled={disabled}>
      <legend>{t('options.legend')}</legend>
      {format === 'pdf' && (
        <div role="radiogroup" aria-label={t('options.pdfMode')}>
          {radio('pdfMode', 'handout', t('options.handout'))}
          {radio('pdfMode', 'document', t('options.document'))}
        </div>
      )}
      {slidesShown && (
        <div role="radiogroup" aria-label={t('options.orientation')}>
          {radio('orientation', 'portrait', t('options.portrait'))}
          {radio('orientation', 'landscape', t('options.landscape'))}
        </div>
      )}
      {(imagesMade || (format === 'pdf' && value.pdfMode === 'document')) && (
        <div role="radiogroup" aria-label={t('options.pixelRatio')}>
          {radio('pixelRatio', 1, t('options.ratio1'))}
          {radio('pixelRatio', 2, t('options.ratio2'))}
        </div>
      )}
    </fieldset>
  )
}
