import type { Messages } from '../messages'
import type { insights as en } from '../en/insights'

export const insights: Messages<typeof en> = {
  placeholder: '',
}
