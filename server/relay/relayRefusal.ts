/** Why the relay answers a request itself instead of passing the source's answer on. */
export class RelayRefusal extends Error {
  constructor(
    readonly status: 400 | 403 | 404 | 405 | 429 | 502 | 504,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message)
    this.name = 'RelayRefusal'
  }
}
