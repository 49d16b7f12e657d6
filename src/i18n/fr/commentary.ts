import type { Messages } from '../messages'
import type { commentary as en } from '../en/commentary'

export const commentary: Messages<typeof en> = {
  label: 'Commentaire',
}
