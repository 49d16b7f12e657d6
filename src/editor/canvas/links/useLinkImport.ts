import { useCallback, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { sourceForUrl } from '../../../adapters/registry'
import { isAbortError } from '../../../adapters/sourceError'
import { addPostToStory } from '../../../store/actions/blockActions'
import { useEditorStore } from '../../../store/editorStore'
import { selectActiveStory } from '../../../store/selectors'
import { announce } from '../../a11y/announce'
import { adapterContext } from '../../library/sources/adapterContext'
import { describeSourceError } from '../../library/sources/describeSourceError'

export type LinkImportState =
  | { phase: 'idle' }
  | { phase: 'resolving'; source: string }
  | { phase: 'failed'; message: string; retry?: { link: string; index: number | undefined } }

/**
 * Turns a pasted or dropped post link into a post block at the place it was put. The story is
 * changed only once the post has been read, so a failure leaves it exactly as it was.
 */
export const useLinkImport = () => {
  const { t } = useTranslation('sources')
  const [state, setState] = useState<LinkImportState>({ phase: 'idle' })
  const controller = useRef<AbortController | null>(null)
  useEffect(() => () => controller.current?.abort(), [])

  const importLink = useCallback(
    async (link: string, index: number | undefined): Promise<void> => {
      const source = sourceForUrl(link)
      if (!source) {
        setState({ phase: 'failed', message: t('noAdapterForLink') })
        return
      }
      controller.current?.abort()
      const current = new AbortController()
      controller.current = current
      setState({ phase: 'resolving', source: source.label })
      announce(t('resolving', { source: source.label }))
      try {
        const adapter = await source.load()
        const post = await adapter.resolveUrl(link, adapterContext(source, current.signal))
        if (current.signal.aborted) return
        const total = selectActiveStory(useEditorStore.getState())?.blocks.length ?? 0
        addPostToStory(post, index === undefined ? undefined : Math.min(index, total))
        setState({ phase: 'idle' })
        announce(t('resolved', { name: post.author.name }))
      } catch (error) {
        if (current.signal.aborted || isAbortError(error)) return
        const server = new URL(link).origin
        setState({
          phase: 'failed',
          message: `${describeSourceError(error, source.label, server, t)} ${t('storyUntouched')}`,
          retry: { link, index },
        })
      }
    },
    [t],
  )

  const dismiss = useCallback(() => setState({ phase: 'idle' }), [])
  const retry = useCallback(() => {
    if (state.phase === 'failed' && state.retry)
      void importLink(state.retry.link, state.retry.index)
  }, [importLink, state])
  return { state, importLink, retry, dismiss }
}
