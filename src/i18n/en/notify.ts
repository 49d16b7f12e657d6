export const notify = {
  placeholder: '',
}
