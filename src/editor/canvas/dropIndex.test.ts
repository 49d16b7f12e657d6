import type { Active, Over } from '@dnd-kit/core'
import { describe, expect, it } from 'vitest'
import { insertionIndexOver } from './dropIndex'

const rect = (top: number, height: number) => ({
  top,
  height,
  left: 0,
  width: 100,
  bottom: top + height,
  right: 100,
})
const active = (top: number | null): Active =>
  ({
    id: 'a',
    data: { current: undefined },
    rect: { current: { initial: null, translated: top === null ? null : rect(top, 40) } },
  }) as Active
const over = (top: number, height: number): Over =>
  ({ id: 'b', rect: rect(top, height), disabled: false, data: { current: undefined } }) as Over

describe('insertionIndexOver', () => {
  it('inserts before a block when the dragged middle is above its middle', () => {
    expect(insertionIndexOver(active(100), over(100, 200), 3)).toBe(3)
  })

  it('inserts after it when the dragged middle is past its middle', () => {
    expect(insertionIndexOver(active(190), over(100, 200), 3)).toBe(4)
  })

  it('goes by the pointer when there is one, wherever the card is held', () => {
    expect(insertionIndexOver(active(190), over(100, 200), 3, 150)).toBe(3)
    expect(insertionIndexOver(active(100), over(100, 200), 3, 250)).toBe(4)
  })

  it('falls back to before the block when the dragged rect is unknown', () => {
    expect(insertionIndexOver(active(null), over(100, 200), 2)).toBe(2)
  })
})
