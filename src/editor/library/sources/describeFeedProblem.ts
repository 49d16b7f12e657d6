import type { TFunction } from 'i18next'
import { FeedFormatError } from '../../../adapters/feed/feedFormatError'

/** Says what is wrong with a document that should have been a feed, naming the file or address. */
export const describeFeedProblem = (
  error: unknown,
  name: string,
  t: TFunction<'feeds'>,
): string | undefined =>
  error instanceof FeedFormatError
    ? t(`problems.${error.problem}`, { name, detail: error.detail ?? '' })
    : undefined
