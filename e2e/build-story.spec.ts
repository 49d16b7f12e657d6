import { expect, test } from './fixtures/test.ts'

// Tall enough that a drag's source and target blocks are both on screen.
test.use({ viewport: { width: 1280, height: 1000 } })

test.describe('building a story', () => {
  test('by mouse: drag posts from the library into the story, at the place they are dropped', async ({
    editor,
  }) => {
    const firstAuthor = await editor.libraryPosts().nth(0).getAttribute('aria-label')
    const secondAuthor = await editor.libraryPosts().nth(1).getAttribute('aria-label')
    const thirdAuthor = await editor.libraryPosts().nth(2).getAttribute('aria-label')

    await editor.dragLibraryPostToStory(0, 0)
    await expect(editor.blocks()).toHaveCount(1)
    await editor.dragLibraryPostToStory(1, 1)
    await expect(editor.blocks()).toHaveCount(2)
    // Dropped on the upper half of the first block: it lands before it.
    const handle = editor.libraryPosts().nth(2).getByRole('button', { name: 'Drag to story' })
    const { pointerDrag } = await import('./fixtures/dnd.ts')
    await pointerDrag(editor.page, handle, editor.blocks().nth(0), { aim: { x: 0.5, y: 0.15 } })
    await expect(editor.blocks()).toHaveCount(3)

    const order = await editor
      .blocks()
      .getByRole('article')
      .evaluateAll((articles) => articles.map((article) => article.getAttribute('aria-label')))
    expect(order).toEqual([thirdAuthor, firstAuthor, secondAuthor])
    // The library keeps its posts: dragging copies.
    await expect(editor.libraryPosts().nth(0)).toBeVisible()
    expect(editor.consoleErrors).toEqual([])
  })

  test('by mouse: reorder blocks by their Reorder handle', async ({ editor }) => {
    for (const index of [0, 1, 2]) await editor.addFromLibrary(index)
    const labels = () => editor.storyPostLabels()
    const before = await labels()
    const { pointerDrag } = await import('./fixtures/dnd.ts')
    await pointerDrag(
      editor.page,
      editor.blocks().nth(0).getByRole('button', { name: 'Reorder' }),
      // Anywhere on the block takes its place; away from the list's edge, which scrolls it.
      editor.blocks().nth(1),
      { aim: { x: 0.5, y: 0.3 } },
    )
    expect(await labels()).toEqual([before[1], before[0], before[2]])
  })

  test('by keyboard only: add posts, write commentary, reorder', async ({ editor, page }) => {
    // Reach the first "Add to story" button with Tab, as a keyboard user would.
    const firstAdd = editor.libraryPosts().nth(0).getByRole('button', { name: 'Add to story' })
    for (let presses = 0; presses < 40; presses += 1) {
      await page.keyboard.press('Tab')
      if (await firstAdd.evaluate((element) => element === document.activeElement)) break
    }
    await expect(firstAdd).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(editor.blocks()).toHaveCount(1)
    // On through the first post's links to the next post's "Add to story" button.
    const secondAdd = editor.libraryPosts().nth(1).getByRole('button', { name: 'Add to story' })
    for (let presses = 0; presses < 20; presses += 1) {
      await page.keyboard.press('Tab')
      if (await secondAdd.evaluate((element) => element === document.activeElement)) break
    }
    await expect(secondAdd).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(editor.blocks()).toHaveCount(2)

    await editor.page.getByRole('button', { name: 'Add text', exact: true }).focus()
    await page.keyboard.press('Enter')
    const commentary = page.getByRole('textbox', { name: 'Commentary' })
    await expect(commentary).toBeFocused()
    await page.keyboard.type('What a morning!')
    await page.keyboard.press('Escape')
    await expect(editor.blocks()).toHaveCount(3)
    await expect(editor.blocks().nth(2)).toContainText('What a morning!')

    // Move the commentary to the top with the dnd-kit keyboard sensor: Space, ↑ ↑, Space.
    await editor.keyboardMove(2, -2)
    await expect(editor.blocks().nth(0)).toContainText('What a morning!')
    // And back down one place with the "Move down" button; focus follows the block.
    await editor.blocks().nth(0).getByRole('button', { name: 'Move down' }).focus()
    await page.keyboard.press('Enter')
    await expect(editor.blocks().nth(1)).toContainText('What a morning!')
    await expect(editor.blocks().nth(1).getByRole('button', { name: 'Move down' })).toBeFocused()
  })

  test('by keyboard: drag a library post to a chosen place with Space and the arrow keys', async ({
    editor,
    page,
  }) => {
    await editor.addFromLibrary(0)
    await editor.addFromLibrary(1)
    const before = await editor.storyPostLabels()
    const third = editor.libraryPosts().nth(2)
    const thirdLabel = await third.getAttribute('aria-label')
    await third.getByRole('button', { name: 'Drag to story' }).focus()
    await page.keyboard.press('Space')
    // The insertion point starts after the last block; two steps up put it first.
    await page.keyboard.press('ArrowUp')
    await page.keyboard.press('ArrowUp')
    await expect(page.getByRole('status').filter({ hasText: 'position 1 of 3' })).not.toHaveCount(0)
    await page.keyboard.press('Space')
    await expect(editor.blocks()).toHaveCount(3)
    expect(await editor.storyPostLabels()).toEqual([thirdLabel, ...before])
  })

  test('the filter narrows the library, and an empty result says so', async ({ editor }) => {
    const all = await editor.libraryPosts().count()
    expect(all).toBeGreaterThanOrEqual(35)
    const filter = editor.library().getByRole('searchbox', { name: 'Filter library' })
    await filter.fill('#partenariat')
    await expect.poll(() => editor.libraryPosts().count()).toBeLessThan(all)
    expect(await editor.libraryPosts().count()).toBeGreaterThan(0)
    await filter.fill('zzzz-nothing-matches')
    await expect(editor.libraryPosts()).toHaveCount(0)
    await expect(editor.library()).toContainText('No post matches')
    await editor.library().getByRole('button', { name: 'Clear filter' }).click()
    await expect(editor.libraryPosts()).toHaveCount(all)
  })
})

test.describe("Playwright's own dragTo (one pointer move)", () => {
  test('drags a whole library card into the story and reorders by the Reorder handle', async ({
    editor,
  }) => {
    const labels = () => editor.storyPostLabels()
    const first = editor.libraryPosts().nth(0)
    const second = editor.libraryPosts().nth(1)
    const [firstLabel, secondLabel] = [
      await first.getAttribute('aria-label'),
      await second.getAttribute('aria-label'),
    ]

    await first.dragTo(editor.blockList())
    await expect(editor.blocks()).toHaveCount(1)
    await second.dragTo(editor.blocks().nth(0), { targetPosition: { x: 100, y: 10 } })
    await expect(editor.blocks()).toHaveCount(2)
    expect(await labels()).toEqual([secondLabel, firstLabel])

    await editor
      .blocks()
      .nth(0)
      .getByRole('button', { name: 'Reorder' })
      .dragTo(editor.blocks().nth(1), {
        targetPosition: { x: 100, y: 40 },
      })
    expect(await labels()).toEqual([firstLabel, secondLabel])

    // Dropped on the centre of another block, a block takes its place.
    await editor.addFromLibrary(2)
    const three = await labels()
    await editor
      .blocks()
      .nth(0)
      .getByRole('button', { name: 'Reorder' })
      .dragTo(editor.blocks().nth(2))
    expect(await labels()).toEqual([three[1], three[2], three[0]])
  })
})
