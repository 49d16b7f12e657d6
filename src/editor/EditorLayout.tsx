import { LiveAnnouncer } from './a11y/LiveAnnouncer'
import { ArchiveMediaProvider } from './library/archive/ArchiveMediaProvider'
import { StoryDndProvider } from './canvas/StoryDndProvider'
import { ArchivedMediaProvider } from './mediaArchive/ArchivedMediaProvider'
import { StoryPanel } from './canvas/StoryPanel'
import { EditorHeader } from './header/EditorHeader'
import { LibraryPanel } from './library/LibraryPanel'
import { StorageProblems } from './status/StorageProblems'
import { ToastHost } from './status/ToastHost'
import { useUndoShortcuts } from './useUndoShortcuts'

export const EditorLayout = () => {
  useUndoShortcuts()
  return (
    // Archived media shows wherever posts do: library, story, preview and presentation.
    <ArchiveMediaProvider>
      <ArchivedMediaProvider>
        <div className="app">
          <EditorHeader />
          <StorageProblems />
          <main className="workspace">
            <StoryDndProvider>
              <LibraryPanel />
              <StoryPanel />
            </StoryDndProvider>
          </main>
          <ToastHost />
          <LiveAnnouncer />
        </div>
      </ArchivedMediaProvider>
    </ArchiveMediaProvider>
  )
}
