export const sources = {
  heading: 'Sources',
}
