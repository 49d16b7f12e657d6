import type { Messages } from '../messages'
import type { embeds as en } from '../en/embeds'

export const embeds: Messages<typeof en> = {
  placeholder: '',
}
