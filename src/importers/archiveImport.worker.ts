/// <reference lib="webworker" />
import { runArchiveImport } from './runArchiveImport'
import { transferablesOf } from './transferablesOf'
import type { ImportRequest } from './types'

const scope = self as unknown as DedicatedWorkerGlobalScope

let current: AbortController | undefined

scope.onmessage = (message: MessageEvent<ImportRequest>) => {
  const request = message.data
  if (request.type === 'cancel') {
    current?.abort()
    return
  }
  current?.abort()
  const controller = new AbortController()
  current = controller
  void runArchiveImport(
    request.file,
    request.options,
    (event) => scope.postMessage(event, transferablesOf(event)),
    controller.signal,
  )
}
