/**
 * Reddit asks clients to authenticate (an app-only OAuth token from a registered client) and
 * throttles anonymous callers hard. When the relay's host sets REDDIT_CLIENT_ID and
 * REDDIT_CLIENT_SECRET, the relay fetches a token, keeps it until shortly before it expires,
 * and sends www.reddit.com JSON requests to oauth.reddit.com with it.
 */

export const REDDIT_TOKEN_URL = 'https://www.reddit.com/api/v1/access_token'

export interface RedditCredentials {
  clientId: string
  clientSecret: string
}

export const redditCredentialsFrom = (
  env: Record<string, string | undefined>,
): RedditCredentials | undefined => {
  const clientId = env.REDDIT_CLIENT_ID?.trim()
  const clientSecret = env.REDDIT_CLIENT_SECRET?.trim()
  return clientId && clientSecret ? { clientId, clientSecret } : undefined
}

/** Posts a form to Reddit's token address and answers the status and parsed JSON body. */
export type PostForm = (
  url: string,
  headers: Record<string, string>,
  body: string,
  signal: AbortSignal,
) => Promise<{ status: number; json: unknown }>

/** A token is renewed this long before Reddit says it expires. */
const EXPIRY_MARGIN_MS = 60_000

const REDDIT_JSON_HOSTS = new Set(['www.reddit.com', 'old.reddit.com', 'reddit.com'])

/**
 * `https://www.reddit.com/r/x/new.json?limit=5` → `https://oauth.reddit.com/r/x/new?limit=5`.
 * Undefined for anything else (RSS, oauth.reddit.com itself), which is fetched as it is.
 */
export const toOAuthUrl = (url: URL): URL | undefined => {
  if (!REDDIT_JSON_HOSTS.has(url.hostname) || !url.pathname.endsWith('.json')) return undefined
  const oauth = new URL(url.href)
  oauth.hostname = 'oauth.reddit.com'
  oauth.pathname = url.pathname.slice(0, -'.json'.length) || '/'
  return oauth
}

interface TokenAnswer {
  access_token: string
  expires_in: number
}

const isTokenAnswer = (value: unknown): value is TokenAnswer =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as TokenAnswer).access_token === 'string' &&
  (value as TokenAnswer).access_token !== '' &&
  typeof (value as TokenAnswer).expires_in === 'number'

export interface RedditTokenSource {
  token(signal: AbortSignal): Promise<string>
  /** Drops the cached token (Reddit answered 401 to it). */
  forget(): void
}

export const createRedditTokenSource = (
  credentials: RedditCredentials,
  postForm: PostForm,
  now: () => number,
  userAgent: string,
): RedditTokenSource => {
  let cached: { value: string; expiresAt: number } | undefined
  let pending: Promise<string> | undefined

  const fetchToken = async (signal: AbortSignal): Promise<string> => {
    const basic = Buffer.from(`${credentials.clientId}:${credentials.clientSecret}`).toString(
      'base64',
    )
    const { status, json } = await postForm(
      REDDIT_TOKEN_URL,
      {
        Authorization: `Basic ${basic}`,
        'Content-Type': 'application/x-www-form-urlencoded',
        'User-Agent': userAgent,
        Accept: 'application/json',
      },
      'grant_type=client_credentials',
      signal,
    )
    if (status !== 200 || !isTokenAnswer(json)) {
      throw new Error(`Reddit refused the relay's app token request (status ${status}).`)
    }
    cached = {
      value: json.access_token,
      expiresAt: now() + json.expires_in * 1000 - EXPIRY_MARGIN_MS,
    }
    return json.access_token
  }

  return {
    token(signal) {
      if (cached && now() < cached.expiresAt) return Promise.resolve(cached.value)
      // Requests arriving together share one token request.
      pending ??= fetchToken(signal).finally(() => {
        pending = undefined
      })
      return pending
    },
    forget() {
      cached = undefined
    },
  }
}
