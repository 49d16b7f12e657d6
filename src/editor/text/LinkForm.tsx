import { useId, useState, type FormEvent, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { completeLinkAddress } from './linkAddress'

export interface LinkFormProps {
  id: string
  initialHref: string
  /** The selection is in a link, so there is something to remove. */
  hasLink: boolean
  onApply: (href: string) => void
  onRemove: () => void
  onCancel: () => void
}

/** Inline link editing (no window.prompt): only http(s) and mailto addresses are applied. */
export function LinkForm({ id, initialHref, hasLink, onApply, onRemove, onCancel }: LinkFormProps) {
  const { t } = useTranslation('commentary')
  const [value, setValue] = useState(initialHref)
  const [invalid, setInvalid] = useState(false)
  const inputId = useId()
  const errorId = useId()
  const hintId = useId()

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const href = completeLinkAddress(value)
    if (href === undefined) setInvalid(true)
    else onApply(href)
  }

  // On every control rather than the form: Escape must not reach the editor, which would close.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return
    event.preventDefault()
    event.stopPropagation()
    onCancel()
  }

  return (
    <form
      id={id}
      className="commentary-link-form"
      aria-label={t('linkForm')}
      noValidate
      onSubmit={submit}
    >
      <label className="commentary-link-label" htmlFor={inputId}>
        {t('linkAddress')}
      </label>
      <input
        id={inputId}
        className="commentary-link-input"
        type="url"
        inputMode="url"
        autoComplete="url"
        spellCheck={false}
        placeholder={t('linkPlaceholder')}
        value={value}
        autoFocus
        aria-invalid={invalid}
        aria-describedby={invalid ? errorId : hintId}
        onChange={(event) => {
          setValue(event.target.value)
          setInvalid(false)
        }}
        onKeyDown={onKeyDown}
      />
      <button type="submit" className="commentary-link-apply" onKeyDown={onKeyDown}>
        {t('applyLink')}
      </button>
      <button
        type="button"
        className="commentary-link-remove"
        disabled={!hasLink}
        onClick={onRemove}
        onKeyDown={onKeyDown}
      >
        {t('removeLink')}
      </button>
      {invalid ? (
        <p id={errorId} className="commentary-link-error" role="alert">
          {t('linkInvalid')}
        </p>
      ) : (
        <p id={hintId} className="commentary-link-hint">
          {t('linkHint')}
        </p>
      )}
    </form>
  )
}
