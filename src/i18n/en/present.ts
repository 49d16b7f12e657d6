export const present = {
  heading: 'Present',
}
