import { useMemo } from 'react'
import { storyPosts, type StoryPost } from '../../domain/insights/storyPosts'
import type { Story } from '../../domain/story'
import { useEditorStore } from '../../store/editorStore'
import { selectActiveStory } from '../../store/selectors'

/** The open story and its posts in reading order, recomputed only when either changes. */
export const useStoryPosts = (): { story: Story | undefined; posts: StoryPost[] } => {
  const story = useEditorStore(selectActiveStory)
  const allPosts = useEditorStore((state) => state.posts)
  const posts = useMemo(() => (story ? storyPosts(story.blocks, allPosts) : []), [story, allPosts])
  return { story, posts }
}
