import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures/test.ts'

test.use({ hasTouch: true, viewport: { width: 1024, height: 768 } })

/** A finger drag through the DevTools protocol: Chromium turns it into touch and pointer events. */
const touchDrag = async (page: Page, from: Locator, to: Locator, aimY = 0.5) => {
  await from.scrollIntoViewIfNeeded()
  const start = await from.boundingBox()
  const end = await to.boundingBox()
  if (!start || !end) throw new Error('Both ends of the drag must be on screen.')
  const cdp = await page.context().newCDPSession(page)
  const x0 = start.x + start.width / 2
  const y0 = start.y + start.height / 2
  const viewport = page.viewportSize()
  const x1 = end.x + end.width / 2
  // A finger can only touch what is on screen: aim inside the visible part of a tall block.
  const y1 = Math.min(end.y + end.height * aimY, (viewport?.height ?? 768) - 8)
  await cdp.send('Input.dispatchTouchEvent', {
    type: 'touchStart',
    touchPoints: [{ x: x0, y: y0 }],
  })
  const steps = 16
  for (let step = 1; step <= steps; step += 1) {
    const t = step / steps
    await cdp.send('Input.dispatchTouchEvent', {
      type: 'touchMove',
      touchPoints: [{ x: x0 + (x1 - x0) * t, y: y0 + (y1 - y0) * t }],
    })
    await page.waitForTimeout(16)
  }
  await page.waitForTimeout(50)
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] })
  await cdp.detach()
}

test('by touch: drag a post from the library into the story, then reorder', async ({
  editor,
  page,
}) => {
  await editor.addFromLibrary(0)
  await expect(editor.blocks()).toHaveCount(1)
  const labels = () => editor.storyPostLabels()

  const second = editor.libraryPosts().nth(1)
  const secondLabel = await second.getAttribute('aria-label')
  await touchDrag(
    page,
    second.getByRole('button', { name: 'Drag to story' }),
    editor.blocks().nth(0),
    0.2,
  )
  await expect(editor.blocks()).toHaveCount(2)
  expect((await labels())[0]).toBe(secondLabel)

  const before = await labels()
  await touchDrag(
    page,
    editor.blocks().nth(0).getByRole('button', { name: 'Reorder' }),
    editor.blocks().nth(1),
    0.9,
  )
  expect(await labels()).toEqual([before[1], before[0]])
})
