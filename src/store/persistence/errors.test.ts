import { describe, expect, it } from 'vitest'
import { CLOSED_MESSAGE, describeOpenError, QUOTA_MESSAGE, toSaveError } from './errors'

const domError = (name: string) => new DOMException(`${name} happened`, name)

describe('toSaveError', () => {
  it('recognises a quota error by name', () => {
    expect(toSaveError(domError('QuotaExceededError'))).toMatchObject({
      kind: 'quota',
      message: QUOTA_MESSAGE,
    })
  })

  it('finds a quota error behind an AbortError, in the transaction error or nested', () => {
    expect(toSaveError(domError('AbortError'), domError('QuotaExceededError')).kind).toBe('quota')
    expect(toSaveError({ name: 'AbortError', error: domError('QuotaExceededError') }).kind).toBe(
      'quota',
    )
    expect(toSaveError(new Error('wrapped', { cause: domError('QuotaExceededError') })).kind).toBe(
      'quota',
    )
  })

  it('explains a closed connection', () => {
    expect(toSaveError(domError('InvalidStateError'))).toMatchObject({
      kind: 'unknown',
      message: CLOSED_MESSAGE,
    })
  })

  it('keeps the cause and its message for anything else', () => {
    const cause = new TypeError('boom')
    expect(toSaveError(cause)).toEqual({
      kind: 'unknown',
      message: 'Your changes could not be saved: boom.',
      cause,
    })
    expect(toSaveError().message).toMatch(/unknown error/)
  })

  it('survives errors that point at themselves', () => {
    const loop: { name: string; error?: unknown } = { name: 'AbortError' }
    loop.error = loop
    expect(toSaveError(loop).kind).toBe('unknown')
  })
})

describe('describeOpenError', () => {
  it('tells a newer database from unavailable storage', () => {
    expect(describeOpenError(domError('VersionError')).kind).toBe('newer')
    expect(describeOpenError(domError('UnknownError'))).toMatchObject({ kind: 'unavailable' })
    expect(describeOpenError(domError('UnknownError')).message).toMatch(/UnknownError happened/)
  })
})
