import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { batchMentions, MENTIONS_PLACEHOLDER } from '../../domain/integrity/batchMentions'
import { mentionFor, type CitedAuthorGroup } from '../../domain/integrity/citedAuthors'
import { composeLink, composeTargetFor } from '../../domain/integrity/composeLinks'

interface NetworkNoticeProps {
  group: CitedAuthorGroup
  /** The network's name as readers see it, e.g. "Mastodon". */
  networkLabel: string
  message: string
  onMessageChange: (message: string) => void
  doNotContact: ReadonlySet<string>
  onDoNotContactChange: (key: string, doNotContact: boolean) => void
  mastodonServer: string
  subject: string
}

const hostOf = (server: string) => server.replace(/^https?:\/\//, '').replace(/\/.*$/, '')

/** One network: its cited authors, the curator's message, and a compose link per batch. */
export const NetworkNotice = ({
  group,
  networkLabel,
  message,
  onMessageChange,
  doNotContact,
  onDoNotContactChange,
  mastodonServer,
  subject,
}: NetworkNoticeProps) => {
  const { t } = useTranslation('notify')
  const ids = useId()
  const target = composeTargetFor(group.source)
  const byEmail = target === 'email'
  const names = group.authors
    .filter((cited) => !doNotContact.has(cited.key))
    .map((cited) => mentionFor(cited.author, byEmail))
  // An e-mail has no length limit and greets everyone by name in one sentence.
  const mentions = byEmail && names.length > 0 ? [names.join(', ')] : names
  const { messages, tooLong } = batchMentions(target, message, mentions)
  const linkLabel = t(`compose.${target}`, { server: hostOf(mastodonServer) })

  const links = messages.flatMap((text, index) => {
    try {
      const href = composeLink(target, text, { mastodonServer, subject })
      const label =
        messages.length > 1
          ? t('part', { link: linkLabel, index: index + 1, count: messages.length })
          : linkLabel
      return [{ href, label }]
    } catch {
      return []
    }
  })

  return (
    <section className="notify-network" aria-labelledby={`${ids}-heading`}>
      <h3 id={`${ids}-heading`}>{t('authors', { network: networkLabel })}</h3>
      <ul className="notify-network__authors">
        {group.authors.map((cited) => (
          <li key={cited.key}>
            <span className="notify-network__author">
              {cited.author.name || cited.author.handle}
              {cited.author.name && cited.author.handle && (
                <span className="muted"> {cited.author.handle}</span>
              )}
            </span>
            <label className="notify-network__exclude">
              <input
                type="checkbox"
                checked={doNotContact.has(cited.key)}
                aria-describedby={`${ids}-dnc-hint`}
                onChange={(event) => onDoNotContactChange(cited.key, event.target.checked)}
              />
              {t('doNotContact')}
              <span className="visually-hidden"> {cited.author.name || cited.author.handle}</span>
            </label>
          </li>
        ))}
      </ul>
      <p id={`${ids}-dnc-hint`} className="muted notify-network__hint">
        {t('doNotContactHint')}
      </p>

      <label htmlFor={`${ids}-message`}>{t('message', { network: networkLabel })}</label>
      <textarea
        id={`${ids}-message`}
        className="input notify-network__message"
        rows={4}
        value={message}
        aria-describedby={`${ids}-message-hint`}
        onChange={(event) => onMessageChange(event.target.value)}
      />
      <p id={`${ids}-message-hint`} className="muted notify-network__hint">
        {t('messageHint', { mentions: MENTIONS_PLACEHOLDER })}
      </p>

      {names.length === 0 ? (
        <p>{t('everyoneExcluded')}</p>
      ) : (
        <>
          {links.length < messages.length && (
            <p className="export-error">{t('badServer', { server: mastodonServer })}</p>
          )}
          <ul className="notify-network__links">
            {links.map((link) => (
              <li key={link.href}>
                <a href={link.href} target="_blank" rel="noopener noreferrer">
                  {link.label}
                  <span className="visually-hidden"> {t('newTab')}</span>
                </a>
              </li>
            ))}
          </ul>
          {byEmail && <p className="muted notify-network__hint">{t('emailHint')}</p>}
          {tooLong.length > 0 && <p>{t('tooLong', { mentions: tooLong.join(' ') })}</p>}
        </>
      )}
    </section>
  )
}
