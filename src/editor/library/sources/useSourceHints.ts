import { useTranslation } from 'react-i18next'
import type { SourceDescriptor } from '../../../adapters/types'

export interface SourceHints {
  /** What the library says before the first search. */
  idle: string
  /** The Search box's example. */
  placeholder: string
  /** A standing note about how the source is read (e.g. Reddit through the relay). */
  note?: string
}

/** Each network's own words for what its Search box understands. */
export const useSourceHints = (source: SourceDescriptor): SourceHints => {
  const { t } = useTranslation(['sources', 'feeds', 'embeds', 'networks'])
  switch (source.id) {
    case 'feed':
      return { idle: t('feeds:idle'), placeholder: t('feeds:addressPlaceholder') }
    case 'oembed':
      return {
        idle: t('embeds:idle', { providers: t('embeds:providersList') }),
        placeholder: t('embeds:placeholder'),
      }
    case 'reddit':
      return {
        idle: t('networks:reddit.idle'),
        placeholder: t('networks:reddit.searchPlaceholder'),
        note: t('networks:reddit.relayNote'),
      }
    case 'hackernews':
      return {
        idle: t('networks:hackernews.idle'),
        placeholder: t('networks:hackernews.searchPlaceholder'),
      }
    case 'lemmy':
      return {
        idle: t('networks:lemmy.idle'),
        placeholder: t('networks:lemmy.searchPlaceholder'),
        note: t('networks:lemmy.commentsNotRead'),
      }
    case 'bluesky':
      return { idle: t('idleBluesky'), placeholder: t('searchPlaceholder') }
    default:
      return { idle: t('idle'), placeholder: t('searchPlaceholder') }
  }
}
