import { useTranslation } from 'react-i18next'
import { SOURCES } from '../../../adapters/registry'
import { useRelayStatus } from '../../relay/relayStatus'

/** The sources that read some or all of their addresses through the relay, by name. */
const relayedSourceNames = (locale: string): string =>
  new Intl.ListFormat(locale, { type: 'conjunction' }).format(
    SOURCES.filter((source) => source.relay !== undefined).map((source) => source.label),
  )

/** Says whether the relay runs, and which sources depend on it, in the Sources dialog. */
export const RelayStatusNote = () => {
  const { t, i18n } = useTranslation('sources')
  const status = useRelayStatus()
  const sources = relayedSourceNames(i18n.language)
  if (sources === '') return null
  return (
    <section className="relay-status" aria-labelledby="relay-status-heading">
      <h3 id="relay-status-heading">{t('settings.relay.heading')}</h3>
      <p className={status.state === 'absent' ? 'notice' : 'muted'}>
        {status.state === 'unknown'
          ? t('settings.relay.checking')
          : t(`settings.relay.${status.state}`, { sources })}
      </p>
    </section>
  )
}
