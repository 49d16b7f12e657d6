export const library = {
  region: 'Library',
  heading: 'Library',
  source: 'Source',
  sampleSource: 'Sample',
  sampleDescription:
    'A day at Influence Days 2026, a conference on influence marketing — bundled, works offline.',
  filter: 'Filter library',
  filterPlaceholder: 'Filter by text, author or #hashtag',
  count_one: '{{count, number}} post',
  count_other: '{{count, number}} posts',
  countFiltered: '{{shown, number}} of {{total, number}} posts',
  empty: 'No post matches “{{query}}”.',
  clearFilter: 'Clear filter',
  addToStory: 'Add to story',
  dragToStory: 'Drag to story',
  postBy: 'Post by {{name}}',
  inStory: 'In story',
} as const
