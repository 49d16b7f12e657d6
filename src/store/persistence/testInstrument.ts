/**
 * Test support: wraps a database to count and fail writes, the way a full disk would.
 * Only test files import this module.
 */
import type { StoryloomDatabase } from './database'

export interface WriteLog {
  puts: { store: string; key: unknown }[]
  deletes: { store: string; key: unknown }[]
  transactions: number
  /** Most transactions open at once. */
  maxConcurrent: number
}

export interface Instrumented {
  db: StoryloomDatabase
  log: WriteLog
  /** Makes the nth put from now (1-based) throw this error; undefined stops failing. */
  failPut(nth: number | undefined, error?: unknown): void
  reset(): void
}

/** Forwards to the real object, with methods bound to it (idb's proxies need their own `this`). */
const forward = <T extends object>(target: T, overrides: Partial<Record<PropertyKey, unknown>>) =>
  new Proxy(target, {
    get(object, prop) {
      if (Object.hasOwn(overrides, prop)) return overrides[prop]
      const value: unknown = Reflect.get(object, prop, object)
      return typeof value === 'function'
        ? (value as (...args: unknown[]) => unknown).bind(object)
        : value
    },
  })

export const quotaError = () =>
  new DOMException('The quota has been exceeded.', 'QuotaExceededError')

export const instrument = (db: StoryloomDatabase): Instrumented => {
  const log: WriteLog = { puts: [], deletes: [], transactions: 0, maxConcurrent: 0 }
  let open = 0
  let failAt: number | undefined
  let failWith: unknown
  let putCount = 0

  const wrapStore = (store: object, name: string) => {
    const real = store as {
      put: (...args: unknown[]) => unknown
      delete: (...args: unknown[]) => unknown
    }
    return forward(store, {
      put: (...args: unknown[]) => {
        putCount += 1
        if (failAt !== undefined && putCount === failAt) throw failWith
        log.puts.push({ store: name, key: args[1] })
        return real.put.apply(store, args)
      },
      delete: (...args: unknown[]) => {
        log.deletes.push({ store: name, key: args[0] })
        return real.delete.apply(store, args)
      },
    })
  }

  const transaction = (...args: unknown[]) => {
    const tx = (
      db.transaction as (...a: unknown[]) => {
        done: Promise<void>
        objectStore(name: string): object
      }
    )(...args)
    log.transactions += 1
    open += 1
    log.maxConcurrent = Math.max(log.maxConcurrent, open)
    tx.done.then(
      () => (open -= 1),
      () => (open -= 1),
    )
    return forward(tx, {
      objectStore: (name: string) => wrapStore(tx.objectStore(name), name),
    })
  }

  return {
    db: forward(db, { transaction }) as StoryloomDatabase,
    log,
    failPut(nth, error = quotaError()) {
      putCount = 0
      failAt = nth
      failWith = error
    },
    reset() {
      log.puts = []
      log.deletes = []
      log.transactions = 0
      log.maxConcurrent = 0
    },
  }
}
