import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { StoryloomDatabase } from './database'
import { openTestDatabase } from './testFixtures'
import { writeAtomically } from './writeTransaction'

let db: StoryloomDatabase
beforeEach(async () => {
  db = await openTestDatabase()
})
afterEach(() => {
  db.close()
})

describe('writeAtomically', () => {
  it('commits every request and resolves with no errors', async () => {
    const tx = db.transaction('meta', 'readwrite')
    const meta = tx.objectStore('meta')
    const errors = await writeAtomically(tx, (track) => {
      track(meta.put(1, 'a'))
      track(meta.put(2, 'b'))
    })
    expect(errors).toEqual([])
    expect(await db.getAll('meta')).toEqual([1, 2])
  })

  it('undoes the requests already made when issuing throws, and reports the thrown error first', async () => {
    const tx = db.transaction('meta', 'readwrite')
    const meta = tx.objectStore('meta')
    const failure = new DOMException('full', 'QuotaExceededError')
    const errors = await writeAtomically(tx, (track) => {
      track(meta.put(1, 'a'))
      throw failure
    })
    expect(errors[0]).toBe(failure)
    expect(await db.getAll('meta')).toEqual([])
  })

  it('reports a request that fails asynchronously, with the transaction aborted', async () => {
    const tx = db.transaction('meta', 'readwrite')
    const meta = tx.objectStore('meta')
    const errors = await writeAtomically(tx, (track) => {
      track(meta.put(1, 'a'))
      track(meta.add(2, 'a')) // ConstraintError: the key exists
    })
    expect(errors.length).toBeGreaterThan(0)
    expect(errors.some((error) => (error as Error).name === 'ConstraintError')).toBe(true)
    expect(await db.getAll('meta')).toEqual([])
  })
})
