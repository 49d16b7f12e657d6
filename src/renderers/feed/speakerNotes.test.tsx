import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { richTextFromPlainText } from '../../domain/richText'
import { FeedRenderer } from './FeedRenderer'

describe('FeedRenderer and speaker notes', () => {
  it('leaves text blocks marked as speaker notes out of the feed', () => {
    const html = renderToStaticMarkup(
      <FeedRenderer
        story={{
          id: 's',
          title: 'Talk',
          createdAt: '2024-05-01T10:00:00.000Z',
          updatedAt: '2024-05-01T10:00:00.000Z',
          blocks: [
            { id: 'a', type: 'text', content: richTextFromPlainText('For the audience') },
            {
              id: 'b',
              type: 'text',
              content: richTextFromPlainText('Only for me'),
              notes: true,
            },
          ],
        }}
        posts={{}}
        locale="en"
      />,
    )
    expect(html).toContain('For the audience')
    expect(html).not.toContain('Only for me')
  })
})
