import { downloadJson } from '../../lib/downloadJson'
import { readRawData } from '../../store/session'

/** The way out when saving fails or data is damaged: everything, as the database holds it. */
export const downloadWorkspaceCopy = async () => {
  const stamp = new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-')
  downloadJson(`storyloom-data-${stamp}.json`, await readRawData())
}
