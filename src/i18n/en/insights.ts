export const insights = {
  placeholder: '',
}
