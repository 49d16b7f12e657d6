export const embeds = {
  placeholder: '',
}
