import type { Messages } from '../messages'
import type { networks as en } from '../en/networks'

export const networks: Messages<typeof en> = {
  placeholder: '',
}
