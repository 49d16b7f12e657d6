import type { Messages } from '../messages'
import type { sourceCheck as en } from '../en/sourceCheck'

export const sourceCheck: Messages<typeof en> = {
  placeholder: '',
}
