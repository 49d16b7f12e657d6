import { describe, expect, it, vi } from 'vitest'
import { startTabCoordinator, type TabCoordinatorOptions, type TabRole } from './tabCoordinator'
import { FakeChannelBus, FakeLocks } from './testTabFakes'

const NAME = 'storyloom-writer:test'

/** A tab: its coordinator, and the log of what the coordinator asked of it. */
const openTab = async (
  locks: FakeLocks | undefined,
  bus: FakeChannelBus | undefined,
  label: string,
  log: string[],
  overrides: Partial<TabCoordinatorOptions> = {},
) => {
  const roles: TabRole[] = []
  const onRemoteSave = vi.fn()
  const onNewerVersion = vi.fn()
  const coordinator = await startTabCoordinator({
    name: NAME,
    schemaVersion: 1,
    locks,
    channel: bus?.channel(NAME),
    onRole: (role) => {
      roles.push(role)
      log.push(`${label} ${role}`)
    },
    stopWriting: async () => {
      log.push(`${label} flushes`)
      await new Promise((resolve) => setTimeout(resolve, 5))
      log.push(`${label} flushed`)
    },
    onRemoteSave,
    onNewerVersion,
    handoverTimeoutMs: 50,
    startWaitMs: 20,
    ...overrides,
  })
  return { coordinator, roles, onRemoteSave, onNewerVersion }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20))

describe('startTabCoordinator', () => {
  it('makes the first tab the writer and the second a reader', async () => {
    const locks = new FakeLocks()
    const bus = new FakeChannelBus()
    const log: string[] = []
    const first = await openTab(locks, bus, 'A', log)
    const second = await openTab(locks, bus, 'B', log)
    expect(first.coordinator.role).toBe('writer')
    expect(second.coordinator.role).toBe('reader')
    expect(log).toEqual(['A writer', 'B reader'])
  })

  it('waits a moment for a lock that is about to be freed (a reload), instead of reading', async () => {
    const locks = new FakeLocks()
    const log: string[] = []
    const first = await openTab(locks, undefined, 'old page', log)
    setTimeout(() => first.coordinator.dispose(), 5)
    const second = await openTab(locks, undefined, 'new page', log, { startWaitMs: 200 })
    expect(second.coordinator.role).toBe('writer')
    expect(log).toEqual(['old page writer', 'new page writer'])
  })

  it('hands the lock to the waiting reader when the writer tab goes away', async () => {
    const locks = new FakeLocks()
    const log: string[] = []
    const first = await openTab(locks, undefined, 'A', log)
    const second = await openTab(locks, undefined, 'B', log)
    first.coordinator.dispose()
    await settle()
    expect(second.coordinator.role).toBe('writer')
    expect(log).toEqual(['A writer', 'B reader', 'B writer'])
  })

  it('takes over only after the writer flushed and turned reader', async () => {
    const locks = new FakeLocks()
    const bus = new FakeChannelBus()
    const log: string[] = []
    const first = await openTab(locks, bus, 'A', log)
    const second = await openTab(locks, bus, 'B', log)
    await second.coordinator.takeOver()
    expect(second.coordinator.role).toBe('writer')
    expect(first.coordinator.role).toBe('reader')
    expect(log).toEqual(['A writer', 'B reader', 'A flushes', 'A flushed', 'A reader', 'B writer'])

    // The former writer waits in the queue again: it writes once the new writer's tab closes.
    second.coordinator.dispose()
    await settle()
    expect(first.coordinator.role).toBe('writer')
    expect(locks.isHeld(NAME)).toBe(true)
  })

  it('leaves the writer in place when it could not save its last changes', async () => {
    const locks = new FakeLocks()
    const bus = new FakeChannelBus()
    const log: string[] = []
    let storageFull = true
    const first = await openTab(locks, bus, 'A', log, {
      stopWriting: async () => {
        if (!storageFull) return
        log.push('A cannot save')
        throw new Error('quota')
      },
    })
    const second = await openTab(locks, bus, 'B', log)
    const started = Date.now()
    await expect(second.coordinator.takeOver()).resolves.toBe('refused')
    // Answered at once, not overruled after the timeout.
    expect(Date.now() - started).toBeLessThan(45)
    await settle()
    expect(first.coordinator.role).toBe('writer')
    expect(second.coordinator.role).toBe('reader')
    expect(log).toEqual(['A writer', 'B reader', 'A cannot save'])

    // Once the writer can save again, the same request goes through.
    storageFull = false
    await expect(second.coordinator.takeOver()).resolves.toBe('taken')
    expect(second.coordinator.role).toBe('writer')
    expect(first.coordinator.role).toBe('reader')
  })

  it('steals the lock from a writer that does not answer, which then becomes a reader', async () => {
    const locks = new FakeLocks()
    const log: string[] = []
    // No channel: the writer never hears the request, as when its page is frozen.
    const first = await openTab(locks, undefined, 'A', log)
    const second = await openTab(locks, undefined, 'B', log)
    const started = Date.now()
    await second.coordinator.takeOver()
    expect(Date.now() - started).toBeGreaterThanOrEqual(45)
    await settle()
    expect(second.coordinator.role).toBe('writer')
    expect(first.coordinator.role).toBe('reader')
    expect(log).not.toContain('A flushes')
  })

  it('tells readers, and only readers, that the writer saved', async () => {
    const locks = new FakeLocks()
    const bus = new FakeChannelBus()
    const log: string[] = []
    const first = await openTab(locks, bus, 'A', log)
    const second = await openTab(locks, bus, 'B', log)
    const third = await openTab(locks, bus, 'C', log)
    first.coordinator.announceSaved()
    second.coordinator.announceSaved() // a reader has nothing to announce
    await settle()
    expect(second.onRemoteSave).toHaveBeenCalledTimes(1)
    expect(third.onRemoteSave).toHaveBeenCalledTimes(1)
    expect(first.onRemoteSave).not.toHaveBeenCalled()
  })

  it('reports a tab running a newer schema, whichever role it has', async () => {
    const locks = new FakeLocks()
    const bus = new FakeChannelBus()
    const log: string[] = []
    const old = await openTab(locks, bus, 'old', log)
    const newer = await openTab(locks, bus, 'new', log, { schemaVersion: 2 })
    await settle()
    expect(old.onNewerVersion).toHaveBeenCalledWith(2)
    expect(newer.onNewerVersion).not.toHaveBeenCalled()
  })

  it('ignores messages that are not its own kind', async () => {
    const bus = new FakeChannelBus()
    const log: string[] = []
    const tab = await openTab(new FakeLocks(), bus, 'A', log)
    bus.channel(NAME).postMessage('hello')
    bus.channel(NAME).postMessage({ type: 'saved' })
    await settle()
    expect(tab.onNewerVersion).not.toHaveBeenCalled()
    expect(tab.coordinator.role).toBe('writer')
  })

  it('without Web Locks every tab writes, as before', async () => {
    const log: string[] = []
    const first = await openTab(undefined, new FakeChannelBus(), 'A', log)
    const second = await openTab(undefined, new FakeChannelBus(), 'B', log)
    expect([first.coordinator.role, second.coordinator.role]).toEqual(['writer', 'writer'])
    await second.coordinator.takeOver() // nothing to take over
    expect(log).toEqual(['A writer', 'B writer'])
  })
})
