/** Why a wait or request stopped: the signal's own reason, or the standard AbortError. */
export const abortReason = (signal: AbortSignal | null | undefined): unknown =>
  signal?.reason ?? new DOMException('The request was cancelled.', 'AbortError')

/** Resolves after `ms` (of the real or a fake clock); rejects as soon as `signal` aborts. */
export const abortableDelay = (ms: number, signal?: AbortSignal | null): Promise<void> =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) {
      reject(abortReason(signal))
      return
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort)
      resolve()
    }, ms)
    const onAbort = () => {
      clearTimeout(timer)
      reject(abortReason(signal))
    }
    signal?.addEventListener('abort', onAbort, { once: true })
  })
