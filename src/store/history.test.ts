import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { BURST_MAX_MS, BURST_PAUSE_MS, emptyHistory, recordChange, redo, undo } from './history'

describe('history', () => {
  it('records each change without a key as its own step', () => {
    let history = emptyHistory<number>()
    history = recordChange(history, 0, { now: 0 })
    history = recordChange(history, 1, { now: 10 })
    expect(history.past).toEqual([0, 1])
  })

  it('coalesces a typing burst into one step and starts a new one after a pause', () => {
    let history = emptyHistory<string>()
    history = recordChange(history, '', { now: 0, coalesceKey: 'text:a' })
    history = recordChange(history, 'H', { now: 200, coalesceKey: 'text:a' })
    history = recordChange(history, 'He', { now: 400, coalesceKey: 'text:a' })
    expect(history.past).toEqual([''])
    history = recordChange(history, 'Hel', { now: 400 + BURST_PAUSE_MS + 1, coalesceKey: 'text:a' })
    expect(history.past).toEqual(['', 'Hel'])
  })

  it('cuts a long burst so that long typing still gives a few steps', () => {
    let history = emptyHistory<number>()
    for (let time = 0; time <= BURST_MAX_MS * 3; time += 250) {
      history = recordChange(history, time, { now: time, coalesceKey: 'text:a' })
    }
    expect(history.past.length).toBeGreaterThanOrEqual(3)
    expect(history.past.length).toBeLessThanOrEqual(5)
  })

  it('does not coalesce different keys', () => {
    let history = emptyHistory<number>()
    history = recordChange(history, 0, { now: 0, coalesceKey: 'text:a' })
    history = recordChange(history, 1, { now: 10, coalesceKey: 'text:b' })
    expect(history.past).toEqual([0, 1])
  })

  it('keeps at most `limit` steps, dropping the oldest', () => {
    let history = emptyHistory<number>()
    for (let value = 0; value < 300; value += 1)
      history = recordChange(history, value, { now: value, limit: 250 })
    expect(history.past).toHaveLength(250)
    expect(history.past[0]).toBe(50)
  })

  it('a new change clears the redo stack', () => {
    let history = recordChange(emptyHistory<number>(), 0, { now: 0 })
    const undone = undo(history, 1)!
    expect(undone.history.future).toEqual([1])
    history = recordChange(undone.history, 0, { now: 5 })
    expect(history.future).toEqual([])
  })

  it('undo on an empty history does nothing', () => {
    expect(undo(emptyHistory<number>(), 3)).toBeNull()
    expect(redo(emptyHistory<number>(), 3)).toBeNull()
  })

  it('property: undo then redo returns the same state, and undoing everything returns the first', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer(), { minLength: 1, maxLength: 60 }),
        fc.nat(60),
        (values, undoCount) => {
          let history = emptyHistory<number>()
          let current = values[0]!
          const first = current
          for (const [index, value] of values.slice(1).entries()) {
            history = recordChange(history, current, { now: index * 10_000 })
            current = value
          }
          const steps = Math.min(undoCount, history.past.length)
          for (let step = 0; step < steps; step += 1) {
            const result = undo(history, current)!
            history = result.history
            current = result.value
          }
          const beforeRedo = current
          const redone = redo(history, current)
          if (redone) {
            const again = undo(redone.history, redone.value)!
            expect(again.value).toBe(beforeRedo)
          }
          while (history.past.length > 0) {
            const result = undo(history, current)!
            history = result.history
            current = result.value
          }
          expect(current).toBe(first)
        },
      ),
    )
  })
})
