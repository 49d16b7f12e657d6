import { useState, type ClipboardEvent, type DragEvent } from 'react'
import { useEditorStore } from '../../../store/editorStore'
import { selectActiveStory } from '../../../store/selectors'
import { hitTestDropIndex } from '../hitTestDropIndex'
import { mayCarryLink, readLink } from './readLink'

const isTextEntry = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable ||
    target.closest('input, textarea, select, [contenteditable]') !== null)

/** After the block that holds focus, or at the end of the story. */
const pasteIndex = (): number | undefined => {
  const story = selectActiveStory(useEditorStore.getState())
  const row = document.activeElement?.closest<HTMLElement>('[data-block-id]')
  if (!story || !row) return undefined
  const index = story.blocks.findIndex((block) => block.id === row.dataset.blockId)
  return index === -1 ? undefined : index + 1
}

/**
 * Paste and drop handlers for the story: a post link pasted on the story (outside a text
 * field) or dragged in from another tab becomes a post block where it was put.
 */
export const useLinkDropTarget = (importLink: (link: string, index?: number) => unknown) => {
  const [linkOver, setLinkOver] = useState(false)

  const onPaste = (event: ClipboardEvent) => {
    if (isTextEntry(event.target)) return
    const link = readLink(event.clipboardData)
    if (!link) return
    event.preventDefault()
    void importLink(link, pasteIndex())
  }

  const onDragOver = (event: DragEvent) => {
    // Drags inside the editor use pointer events (dnd-kit); native drags come from elsewhere.
    if (!mayCarryLink([...event.dataTransfer.types])) return
    event.preventDefault()
    event.dataTransfer.dropEffect = 'copy'
    if (!linkOver) setLinkOver(true)
  }

  const onDragLeave = (event: DragEvent) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setLinkOver(false)
  }

  const onDrop = (event: DragEvent) => {
    setLinkOver(false)
    const link = readLink(event.dataTransfer)
    if (!link) return
    event.preventDefault()
    const story = selectActiveStory(useEditorStore.getState())
    const index = story ? hitTestDropIndex(event.clientX, event.clientY, null, story) : null
    void importLink(link, index ?? undefined)
  }

  return { linkOver, handlers: { onPaste, onDragOver, onDragLeave, onDrop } }
}
