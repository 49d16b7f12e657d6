import type { Messages } from '../messages'
import type { present as en } from '../en/present'

export const present: Messages<typeof en> = {
  heading: 'Présenter',
}
