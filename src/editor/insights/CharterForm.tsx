import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  CHARTER_LANGUAGES,
  SHOUTING_THRESHOLD_RANGE,
  type Charter,
  type CharterLanguage,
} from '../../domain/insights/charter'
import { formatWordList, parseWordList } from '../../domain/insights/parseWordList'
import { charterStore, resetCharter, saveCharter, useCharter } from '../../store/charterStore'

interface Draft {
  shoutingEnabled: boolean
  thresholdPercent: string
  profanityEnabled: boolean
  words: Record<CharterLanguage, string>
  altEnabled: boolean
}

const draftOf = (charter: Charter): Draft => ({
  shoutingEnabled: charter.shouting.enabled,
  thresholdPercent: String(Math.round(charter.shouting.threshold * 100)),
  profanityEnabled: charter.profanity.enabled,
  words: {
    en: formatWordList(charter.profanity.words.en),
    fr: formatWordList(charter.profanity.words.fr),
  },
  altEnabled: charter.altText.enabled,
})

const charterOf = (draft: Draft, current: Charter): Charter => {
  const percent = Number(draft.thresholdPercent)
  return {
    shouting: {
      enabled: draft.shoutingEnabled,
      threshold: Number.isFinite(percent) ? percent / 100 : current.shouting.threshold,
    },
    profanity: {
      enabled: draft.profanityEnabled,
      words: { en: parseWordList(draft.words.en), fr: parseWordList(draft.words.fr) },
    },
    altText: { enabled: draft.altEnabled },
  }
}

/** The moderation charter, edited as a draft and applied with Save. */
export const CharterForm = () => {
  const { t } = useTranslation('insights')
  const ids = useId()
  const charter = useCharter()
  const [draft, setDraft] = useState(() => draftOf(charter))
  const [status, setStatus] = useState('')
  const update = (next: Partial<Draft>) => {
    setDraft((current) => ({ ...current, ...next }))
    setStatus('')
  }
  return (
    <section className="insights-section" aria-labelledby={`${ids}-heading`}>
      <h3 id={`${ids}-heading`}>{t('charter.heading')}</h3>
      <p className="muted insights-section__help">{t('charter.help')}</p>
      <form
        className="insights-charter"
        onSubmit={(event) => {
          event.preventDefault()
          saveCharter(charterOf(draft, charter))
          // Show what was kept: cleaned lists, a threshold brought within its range.
          setDraft(draftOf(charterStore.getState()))
          setStatus(t('charter.saved'))
        }}
      >
        <label className="insights-charter__check">
          <input
            type="checkbox"
            checked={draft.shoutingEnabled}
            onChange={(event) => update({ shoutingEnabled: event.target.checked })}
          />
          {t('charter.shoutingEnabled')}
        </label>
        <label className="insights-charter__field">
          {t('charter.threshold')}
          <input
            type="number"
            className="input insights-charter__number"
            min={SHOUTING_THRESHOLD_RANGE.min * 100}
            max={SHOUTING_THRESHOLD_RANGE.max * 100}
            step={5}
            value={draft.thresholdPercent}
            onChange={(event) => update({ thresholdPercent: event.target.value })}
          />
        </label>
        <label className="insights-charter__check">
          <input
            type="checkbox"
            checked={draft.profanityEnabled}
            onChange={(event) => update({ profanityEnabled: event.target.checked })}
          />
          {t('charter.profanityEnabled')}
        </label>
        <p id={`${ids}-words-help`} className="muted insights-section__help">
          {t('charter.wordsHelp')}
        </p>
        <div className="insights-charter__lists">
          {CHARTER_LANGUAGES.map((language) => (
            <label key={language} className="insights-charter__field">
              {t(`charter.words.${language}`)}
              <textarea
                className="input"
                rows={6}
                lang={language}
                spellCheck={false}
                aria-describedby={`${ids}-words-help`}
                value={draft.words[language]}
                onChange={(event) =>
                  update({ words: { ...draft.words, [language]: event.target.value } })
                }
              />
            </label>
          ))}
        </div>
        <label className="insights-charter__check">
          <input
            type="checkbox"
            checked={draft.altEnabled}
            onChange={(event) => update({ altEnabled: event.target.checked })}
          />
          {t('charter.altEnabled')}
        </label>
        <div className="insights-charter__actions">
          <button type="submit" className="button button--primary">
            {t('charter.save')}
          </button>
          <button
            type="button"
            className="button button--quiet"
            onClick={() => {
              resetCharter()
              setDraft(draftOf(charterStore.getState()))
              setStatus(t('charter.saved'))
            }}
          >
            {t('charter.reset')}
          </button>
          <p role="status" className="insights-section__status">
            {status}
          </p>
        </div>
      </form>
    </section>
  )
}
