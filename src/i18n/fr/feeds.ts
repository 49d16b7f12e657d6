import type { Messages } from '../messages'
import type { feeds as en } from '../en/feeds'

export const feeds: Messages<typeof en> = {
  placeholder: '',
}
