/** Issue 8: the hostile corpus in the slides the PNG/PDF capture stage draws (static render). */
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { storyToSlides } from '../../domain/slides'
import { SlideFrame } from '../../renderers/slideshow/SlideFrame'
import { StaticRenderContext } from '../../renderers/staticRender'
import { CORPUS_TIMEOUT, CorpusRun, expectClean } from './corpusChecks'
import { loadHostileCorpus } from './hostileCorpus'
import { hostileStory, VARIANTS } from './hostileStory'

const corpus = loadHostileCorpus()

/** The slides of a story as the capture stage mounts them: live React, in a static render. */
const renderSlides = ({ story, posts }: ReturnType<typeof hostileStory>) => {
  const all = storyToSlides(story)
  const markup = renderToStaticMarkup(
    <StaticRenderContext.Provider value>
      {all.map((slide, index) => (
        <SlideFrame
          key={index}
          slide={slide}
          position={index + 1}
          total={all.length}
          storyTitle={story.title}
          posts={posts}
          locale="en"
          orientation="portrait"
        />
      ))}
    </StaticRenderContext.Provider>,
  )
  return { markup, slides: all.length }
}

const SVG = /<svg[\s\S]*?<\/svg>/g

/**
 * The slides draw their own icons as inline SVG, which the checker refuses wholesale. Those are
 * the icons a harmless story gets, byte for byte; any other SVG came from content and stays.
 */
const OWN_ICONS = new Set(renderSlides(hostileStory('harmless', false)).markup.match(SVG) ?? [])
const withoutOwnIcons = (markup: string) =>
  markup.replace(SVG, (svg) => (OWN_ICONS.has(svg) ? '' : svg))

describe('a hostile story', () => {
  it(
    `PNG/PDF capture: ${corpus.length} vectors in the slides the capture stage draws`,
    () => {
      expect(OWN_ICONS.size).toBeGreaterThan(0)
      const run = new CorpusRun()
      let slides = 0
      for (const vector of corpus)
        for (const [hostileUrls, field] of VARIANTS)
          run.guard(vector, `capture, ${field}`, () => {
            const drawn = renderSlides(hostileStory(vector.payload, hostileUrls))
            slides += drawn.slides
            run.check(vector, `capture, ${field}`, withoutOwnIcons(drawn.markup))
          })
      expectClean(run)
      expect(slides).toBeGreaterThanOrEqual(corpus.length * 2 * 3)
    },
    CORPUS_TIMEOUT,
  )
})
