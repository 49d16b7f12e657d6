import type { RichTextDoc } from '../../domain/richText'
import { RichText } from '../blocks/RichText'

/** The speaker notes of one slide, for presenter views; empty when the slide has none. */
export function SlideNotes({ notes }: { notes: readonly RichTextDoc[] }) {
  return (
    <>
      {notes.map((doc, index) => (
        // Notes never move within one slide: their position is a stable key.
        <div key={index} className="slide-notes__item">
          <RichText doc={doc} />
        </div>
      ))}
    </>
  )
}
