import type { Messages } from '../messages'
import type { sources as en } from '../en/sources'

export const sources: Messages<typeof en> = {
  heading: 'Sources',
}
