import { describe, expect, it } from 'vitest'
import { readFixtureJson } from '../../test/fixturePath'
import type { RawContext, RawStatus } from './rawTypes'
import { rootAuthorChain, threadInReadingOrder } from './threadOrder'

const status = (id: string, author: string, parent?: string): RawStatus => ({
  id,
  account: { id: author },
  in_reply_to_id: parent ?? null,
})
const ids = (statuses: RawStatus[]) => statuses.map((item) => item.id)

describe('threadInReadingOrder', () => {
  it('puts the recorded descendants after the post (fosstodon context)', () => {
    const context = readFixtureJson('mastodon/rtoot-status-context.json') as RawContext
    const root = status('114026814291152535', '109302436954721982')
    expect(ids(threadInReadingOrder(root, context))).toEqual([
      '114026814291152535',
      '114027213608365869',
      '114055560713759881',
      '114058233338164636',
    ])
  })

  it('puts ancestors first, root down', () => {
    const thread = threadInReadingOrder(status('3', 'a', '2'), {
      ancestors: [status('1', 'a'), status('2', 'b', '1')],
      descendants: [status('4', 'a', '3')],
    })
    expect(ids(thread)).toEqual(['1', '2', '3', '4'])
  })
})

describe('rootAuthorChain', () => {
  it('keeps the root author replying to themselves, not their replies to others', () => {
    const thread = [
      status('1', 'a'),
      status('2', 'a', '1'),
      status('3', 'b', '2'),
      status('4', 'a', '3'), // answers b: not the author's own chain
      status('5', 'a', '2'),
      status('6', 'b', '5'),
      status('7', 'a', '5'),
    ]
    expect(ids(rootAuthorChain(thread))).toEqual(['1', '2', '5', '7'])
  })

  it('is the root alone when nobody else posts by the root author (recorded context)', () => {
    const context = readFixtureJson('mastodon/rtoot-status-context.json') as RawContext
    const thread = threadInReadingOrder(status('114026814291152535', '109302436954721982'), context)
    expect(ids(rootAuthorChain(thread))).toEqual(['114026814291152535'])
  })

  it('is empty for an empty thread', () => {
    expect(rootAuthorChain([])).toEqual([])
  })
})
