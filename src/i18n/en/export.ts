export const exportMessages = {
  heading: 'Export',
}
