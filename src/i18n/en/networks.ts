export const networks = {
  placeholder: '',
}
