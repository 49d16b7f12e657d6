export const integrity = {
  placeholder: '',
}
