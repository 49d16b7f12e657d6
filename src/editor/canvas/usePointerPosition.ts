import { useEffect, useRef } from 'react'

/** The pointer's last position, read at the drop (capture phase, so before dnd-kit's handlers). */
export const usePointerPosition = () => {
  const position = useRef<{ x: number; y: number } | null>(null)
  useEffect(() => {
    const track = (event: PointerEvent) => {
      position.current = { x: event.clientX, y: event.clientY }
    }
    window.addEventListener('pointermove', track, { capture: true, passive: true })
    window.addEventListener('pointerup', track, { capture: true, passive: true })
    return () => {
      window.removeEventListener('pointermove', track, { capture: true })
      window.removeEventListener('pointerup', track, { capture: true })
    }
  }, [])
  return position
}
