import { describe, expect, it } from 'vitest'
import { SourceError } from '../sourceError'
import { signIn, signOut } from './session'
import { fakeContext, jsonResponse } from './testTransport'

const PASSWORD = 'abcd-efgh-ijkl-mnop'

const session = (didDoc?: unknown) =>
  jsonResponse(200, {
    did: 'did:plc:alice',
    handle: 'alice.example',
    email: 'alice@example.org',
    accessJwt: 'access-1',
    refreshJwt: 'refresh-1',
    ...(didDoc ? { didDoc } : {}),
  })

const rejection = async (promise: Promise<unknown>): Promise<SourceError> => {
  try {
    await promise
  } catch (error) {
    if (error instanceof SourceError) return error
    throw error
  }
  throw new Error('expected a SourceError')
}

describe('signIn', () => {
  it('creates a session on bsky.social and keeps the PDS its DID document names', async () => {
    const { context, requests } = fakeContext([
      session({
        id: 'did:plc:alice',
        service: [
          {
            id: '#atproto_pds',
            type: 'AtprotoPersonalDataServer',
            serviceEndpoint: 'https://morel.us-east.host.bsky.network',
          },
        ],
      }),
    ])
    const credentials = await signIn(context, {
      identifier: '@alice.example',
      appPassword: PASSWORD,
    })
    expect(requests).toHaveLength(1)
    expect(requests[0]?.method).toBe('POST')
    expect(requests[0]?.url).toBe('https://bsky.social/xrpc/com.atproto.server.createSession')
    expect(requests[0]?.headers['content-type']).toBe('application/json')
    expect(JSON.parse(requests[0]?.body ?? '')).toEqual({
      identifier: 'alice.example',
      password: PASSWORD,
    })
    expect(credentials).toEqual({
      service: 'https://morel.us-east.host.bsky.network',
      account: 'alice.example',
      accessToken: 'access-1',
      refreshToken: 'refresh-1',
    })
    expect(JSON.stringify(credentials)).not.toContain(PASSWORD)
  })

  it('signs in on the server the user named, and stays there without a DID document', async () => {
    const { context, requests } = fakeContext([session()])
    const credentials = await signIn(context, {
      service: 'pds.example.org',
      identifier: 'alice.example',
      appPassword: PASSWORD,
    })
    expect(requests[0]?.url).toBe('https://pds.example.org/xrpc/com.atproto.server.createSession')
    expect(credentials.service).toBe('https://pds.example.org')
  })

  it('ignores a PDS endpoint that is not https', async () => {
    const { context } = fakeContext([
      session({ service: [{ id: '#atproto_pds', serviceEndpoint: 'http://plain.example' }] }),
    ])
    const credentials = await signIn(context, {
      identifier: 'alice.example',
      appPassword: PASSWORD,
    })
    expect(credentials.service).toBe('https://bsky.social')
  })

  it('passes on the server’s words for a wrong password, and never the password', async () => {
    const { context } = fakeContext([
      jsonResponse(401, {
        error: 'AuthenticationRequired',
        message: 'Invalid identifier or password',
      }),
    ])
    const error = await rejection(
      signIn(context, { identifier: 'alice.example', appPassword: PASSWORD }),
    )
    expect(error.kind).toBe('unauthorized')
    expect(error.message).toBe(
      'https://bsky.social did not accept the handle and app password for alice.example: ' +
        'Invalid identifier or password.',
    )
    expect(error.details).toEqual({ status: 401, sourceMessage: 'Invalid identifier or password' })
    expect(JSON.stringify({ message: error.message, details: error.details })).not.toContain(
      PASSWORD,
    )
  })

  it('explains that app passwords avoid the emailed two-factor code', async () => {
    const { context } = fakeContext([
      jsonResponse(401, {
        error: 'AuthFactorTokenRequired',
        message: 'A sign in code has been sent to your email address',
      }),
    ])
    const error = await rejection(
      signIn(context, { identifier: 'alice.example', appPassword: 'main-password' }),
    )
    expect(error.kind).toBe('unauthorized')
    expect(error.message).toBe(
      'This account asks for a sign-in code sent by email (two-factor sign-in). Use an app ' +
        'password instead (Bluesky Settings → Privacy and security → App passwords): app ' +
        'passwords do not need the code.',
    )
  })

  it('asks for a handle and a password before sending anything', async () => {
    const { context, requests } = fakeContext([])
    const error = await rejection(signIn(context, { identifier: ' @ ', appPassword: PASSWORD }))
    expect(error.kind).toBe('invalid-query')
    expect(requests).toEqual([])
  })

  it('refuses an answer without an access token', async () => {
    const { context } = fakeContext([jsonResponse(200, { did: 'did:plc:alice' })])
    const error = await rejection(
      signIn(context, { identifier: 'alice.example', appPassword: PASSWORD }),
    )
    expect(error.kind).toBe('invalid-response')
  })
})

describe('signOut', () => {
  const credentials = {
    service: 'https://morel.us-east.host.bsky.network',
    account: 'alice.example',
    accessToken: 'access-1',
    refreshToken: 'refresh-1',
  }

  it('deletes the session with the refresh token', async () => {
    const { context, requests } = fakeContext([new Response(null, { status: 200 })])
    await signOut(context, credentials)
    expect(requests.map((request) => `${request.method} ${request.url}`)).toEqual([
      'POST https://morel.us-east.host.bsky.network/xrpc/com.atproto.server.deleteSession',
    ])
    expect(requests[0]?.headers.authorization).toBe('Bearer refresh-1')
  })

  it('swallows failures: the caller forgets the tokens anyway', async () => {
    const { context } = fakeContext([jsonResponse(400, { error: 'ExpiredToken' })])
    await expect(signOut(context, credentials)).resolves.toBeUndefined()
    const offline = () => {
      throw new TypeError('Failed to fetch')
    }
    const { context: down } = fakeContext([offline, offline, offline, offline])
    await expect(signOut(down, credentials)).resolves.toBeUndefined()
  })
})
