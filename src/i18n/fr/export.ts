import type { Messages } from '../messages'
import type { exportMessages as en } from '../en/export'

export const exportMessages: Messages<typeof en> = {
  heading: 'Exporter',
}
