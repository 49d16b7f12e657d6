import { downloadBlob } from './downloadBlob'

/** Saves `data` as a JSON file. */
export const downloadJson = (fileName: string, data: unknown) =>
  downloadBlob(fileName, new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }))
