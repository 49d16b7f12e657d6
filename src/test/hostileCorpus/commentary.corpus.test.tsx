/**
 * Issue 8: the hostile corpus pasted into the commentary editor (tiptap with the editor's own
 * extensions, through ProseMirror's real paste pipeline), stored as the editor stores it
 * (`normalizeRichText`) and drawn by the text block renderer; and every vector typed into the
 * link form, then set as a link href.
 */
import { Editor } from '@tiptap/react'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, describe, expect, it } from 'vitest'
import { normalizeRichText } from '../../domain/normalizeRichText'
import { commentaryExtensions } from '../../editor/text/commentaryExtensions'
import { completeLinkAddress } from '../../editor/text/linkAddress'
import { RichText } from '../../renderers/blocks/RichText'
import { CORPUS_TIMEOUT, CorpusRun, expectClean } from './corpusChecks'
import { loadHostileCorpus } from './hostileCorpus'

// happy-dom's CSSStyleSheet lacks the legacy `rules` alias every browser keeps, and ProseMirror's
// paste reads it whenever the pasted HTML holds a <style>: without it, a test-only crash.
if (!('rules' in CSSStyleSheet.prototype))
  Object.defineProperty(CSSStyleSheet.prototype, 'rules', {
    configurable: true,
    get(this: CSSStyleSheet) {
      return this.cssRules
    },
  })

const corpus = loadHostileCorpus()
const editor = new Editor({ extensions: commentaryExtensions })
afterAll(() => editor.destroy())

const storedDoc = () => normalizeRichText(editor.getJSON())
const renderDoc = () => renderToStaticMarkup(<RichText doc={storedDoc()} />)

describe('commentary', () => {
  it(
    `paste: ${corpus.length} vectors pasted as HTML and as plain text`,
    () => {
      const run = new CorpusRun()
      let pasted = 0
      for (const vector of corpus) {
        run.guard(vector, 'pasted HTML', () => {
          editor.commands.clearContent()
          if (editor.view.pasteHTML(vector.payload)) pasted += 1
          run.check(vector, 'pasted HTML', renderDoc())
        })
        run.guard(vector, 'pasted text', () => {
          editor.commands.clearContent()
          editor.view.pasteText(vector.payload)
          run.check(vector, 'pasted text', renderDoc())
        })
      }
      expectClean(run)
      expect(pasted).toBe(corpus.length)
    },
    CORPUS_TIMEOUT,
  )

  it(
    `link form: ${corpus.length} vectors as a link address, accepted only as http(s) or mailto`,
    () => {
      const run = new CorpusRun()
      for (const vector of corpus) {
        const href = completeLinkAddress(vector.payload)
        if (href !== undefined && !/^(?:https?:\/\/|mailto:)/.test(href))
          run.add(vector, 'link form', `accepted as ${href}`)
        // Past the form too: the link mark itself, set with the raw payload, must not carry it.
        run.guard(vector, 'link mark', () => {
          editor.commands.setContent({
            type: 'doc',
            content: [{ type: 'paragraph', content: [{ type: 'text', text: 'link' }] }],
          })
          editor
            .chain()
            .selectAll()
            .setLink({ href: href ?? vector.payload })
            .run()
          run.check(vector, 'link mark', renderDoc())
        })
      }
      expectClean(run)
    },
    CORPUS_TIMEOUT,
  )
})
