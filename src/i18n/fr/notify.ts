import type { Messages } from '../messages'
import type { notify as en } from '../en/notify'

export const notify: Messages<typeof en> = {
  placeholder: '',
}
