import { SourceError } from '../sourceError'

/** What is wrong with a document that should have been a feed; the UI words each one. */
export type FeedProblem =
  | 'empty'
  | 'binary'
  | 'html'
  | 'invalid-json'
  | 'not-json-feed'
  | 'invalid-xml'
  | 'not-a-feed'
  | 'unknown-encoding'

/**
 * A document that is not a readable feed. A `SourceError` of kind `invalid-response`, so the
 * library shows it like any bad answer; `problem` and `detail` let the UI say which.
 */
export class FeedFormatError extends SourceError {
  readonly problem: FeedProblem
  /** The specific part: the XML error and its line, the root element, the encoding label. */
  readonly detail?: string

  constructor(problem: FeedProblem, message: string, detail?: string) {
    super('invalid-response', message)
    this.name = 'FeedFormatError'
    this.problem = problem
    this.detail = detail
  }
}
