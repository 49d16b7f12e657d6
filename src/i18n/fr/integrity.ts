import type { Messages } from '../messages'
import type { integrity as en } from '../en/integrity'

export const integrity: Messages<typeof en> = {
  placeholder: '',
}
