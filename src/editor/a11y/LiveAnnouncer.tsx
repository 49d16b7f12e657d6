import { useEffect, useState } from 'react'
import { subscribeToAnnouncements } from './announce'

/** One polite live region for the whole editor; repeated messages are re-announced. */
export const LiveAnnouncer = () => {
  const [message, setMessage] = useState({ text: '', serial: 0 })
  useEffect(
    () =>
      subscribeToAnnouncements((text) =>
        setMessage((previous) => ({ text, serial: previous.serial + 1 })),
      ),
    [],
  )
  return (
    <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      <span key={message.serial}>{message.text}</span>
    </div>
  )
}
