export const sourceCheck = {
  placeholder: '',
}
