export const feeds = {
  placeholder: '',
}
