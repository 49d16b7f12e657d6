import type { Post, UnavailableReason } from '../domain/post'
import type { RateLimitBook } from './rateLimitBook'

/** The network transport. `window.fetch` in the editor; a replay of recorded answers in tests. */
export type Transport = (url: string, init?: RequestInit) => Promise<Response>

/** A signed-in account on a source that needs one (Bluesky search). Never exported. */
export interface SourceCredentials {
  /** Base URL of the service that issued the tokens (the user's PDS). */
  service: string
  account: string
  accessToken: string
  refreshToken?: string
}

export interface SourceSettings {
  /** Base URL of the server the user picked: a Mastodon instance, a Bluesky AppView. */
  server: string
  credentials?: SourceCredentials
}

/**
 * Why the editor asks its relay (`server/`) to fetch something: each purpose has its own host
 * allow-list and accepted content types on the server.
 */
export type RelayPurpose = 'feed' | 'oembed' | 'reddit' | 'media'

/**
 * Our own server's `GET /relay?url=…&purpose=…`, for sources that send no CORS headers.
 * Absent in a static deployment: adapters then say that the source needs the relay.
 */
export interface RelayAccess {
  /** The same-origin address that makes the relay fetch `target`. */
  url(target: string, purpose: RelayPurpose): string
}

/** Everything an adapter may touch of the outside world, injected so tests replay it. */
export interface AdapterContext {
  fetch: Transport
  settings: SourceSettings
  /** Cancels the request, e.g. when the user starts another search. */
  signal?: AbortSignal
  /** Remembers `X-RateLimit-*` answers per server across requests. */
  rateLimits?: RateLimitBook
  /** Called when the adapter refreshed expired credentials, so the caller can keep the new ones. */
  onCredentialsChange?: (credentials: SourceCredentials | undefined) => void
  /** Waits; injected so retry tests run without real delays. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>
  /** Milliseconds since the epoch; injected for rate-limit tests. */
  now?: () => number
  /** In [0, 1); injected so backoff jitter is reproducible in tests. */
  random?: () => number
  /** Per-attempt timeout in milliseconds (default 15 s). */
  timeoutMs?: number
  /** Our relay, when the editor is served with one. */
  relay?: RelayAccess
}

/** What the user typed in the library's Search box, read by `parseSourceQuery`. */
export type SourceQuery =
  | { kind: 'hashtag'; tag: string }
  | { kind: 'account'; handle: string }
  | { kind: 'url'; url: string }
  | { kind: 'text'; text: string }

export type UrlMode = 'post' | 'thread' | 'author-thread' | 'quotes'

export interface SearchOptions {
  /** Account queries: leave out the account's replies to others. */
  excludeReplies?: boolean
  /** Account queries: leave out boosts / reposts. */
  excludeReposts?: boolean
  /** Account and hashtag queries: only posts with media. */
  mediaOnly?: boolean
  /** URL queries: the post alone, its whole thread, the author's own chain, or its quotes. */
  urlMode?: UrlMode
}

export interface ResultPage {
  posts: Post[]
  /** Opaque cursor for the next page; absent when the source has nothing more. */
  next?: string
}

/** What the editor knows of a source before using it: cheap, part of the first load. */
export interface SourceDescriptor {
  readonly id: string
  /** The network's name, shown as is in every language ("Mastodon", "Bluesky"). */
  readonly label: string
  /** Server used when the user names none. */
  readonly defaultServer: string
  /** Query kinds `search` answers; the UI explains the others. */
  readonly queryKinds: readonly SourceQuery['kind'][]
  /** Whether a pasted or dropped link belongs to this source. */
  matchesUrl(url: URL): boolean
  /** `false` when there is no server to choose (feeds, link embeds): no Server setting. */
  readonly choosesServer?: boolean
  /** Read through Storyloom's relay always (Reddit) or for some addresses (feeds, X embeds). */
  readonly relay?: 'always' | 'some'
}

/**
 * One source of posts. Small and uniform: the registry is an explicit list of these, and
 * adding a network is one folder plus one line there.
 */
export interface SourceAdapter extends SourceDescriptor {
  search(
    query: SourceQuery,
    options: SearchOptions,
    context: AdapterContext,
    cursor?: string,
  ): Promise<ResultPage>
  /** One post from its public link. */
  resolveUrl(url: string, context: AdapterContext): Promise<Post>
  /** Reads a post of a story again at its source ("Check sources"); absent when it cannot. */
  recheck?(post: Post, context: AdapterContext): Promise<RecheckResult>
}

/** What a source says of a post now. A deleted post is an answer, not an error. */
export type RecheckResult =
  | { state: 'live'; post: Post }
  | { state: 'deleted' }
  | { state: 'unavailable'; reason: UnavailableReason }

/** A source as the registry lists it: its descriptor at once, its code when first used. */
export interface SourceEntry extends SourceDescriptor {
  load(): Promise<SourceAdapter>
}
