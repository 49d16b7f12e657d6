import type { BlockId } from '../../domain/block'
import type { ToastKind } from '../editorData'
import { editorStore } from '../editorStore'

let toastCounter = 0

export const showToast = (kind: ToastKind, undoable = false) => {
  toastCounter += 1
  editorStore.setState({ toast: { id: toastCounter, kind, undoable } })
}

export const dismissToast = () => editorStore.setState({ toast: null })

export const setPreview = (preview: boolean) =>
  editorStore.setState(preview ? { preview, editingBlockId: null } : { preview })

export const startEditing = (blockId: BlockId) => editorStore.setState({ editingBlockId: blockId })

export const stopEditing = () => editorStore.setState({ editingBlockId: null })

export const setLibraryQuery = (libraryQuery: string) => editorStore.setState({ libraryQuery })
