import Link from '@tiptap/extension-link'
import StarterKit from '@tiptap/starter-kit'
import { isSafeLinkHref } from '../../domain/richText'

/** The only rel and target a commentary link gets, in the editor and in every renderer. */
export const LINK_ATTRIBUTES = { rel: 'noopener noreferrer ugc', target: '_blank' } as const

/**
 * The one extension list of the commentary editor. Its schema is exactly the nodes and marks of
 * RICH_TEXT_NODE_TYPES, so whatever the editor produces survives normalizeRichText unchanged.
 */
export const commentaryExtensions = [
  StarterKit.configure({
    heading: { levels: [2, 3] },
    code: false,
    codeBlock: false,
    horizontalRule: false,
    strike: false,
    underline: false,
    // Configured below on its own, so its options are typed and visible in one place.
    link: false,
    // It appends an empty paragraph after a trailing list or quote: the stored JSON would change
    // just by opening the editor.
    trailingNode: false,
  }),
  Link.configure({
    openOnClick: false,
    autolink: true,
    linkOnPaste: true,
    // No custom scheme is registered with linkify: http(s) and mailto are built in.
    protocols: [],
    defaultProtocol: 'https',
    HTMLAttributes: { ...LINK_ATTRIBUTES },
    // Gates setLink, pasted <a href> and autolinks alike. A bare `example.org` is refused here
    // and completed by the link form instead.
    isAllowedUri: (url) => isSafeLinkHref(url),
    shouldAutoLink: (url) => isSafeLinkHref(url),
  }),
]
