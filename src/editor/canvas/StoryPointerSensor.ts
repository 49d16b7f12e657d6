import { PointerSensor, type PointerSensorOptions } from '@dnd-kit/core'
import type { PointerEvent as ReactPointerEvent } from 'react'

/** Pressing these starts their own action (typing, a link, a button, a player), never a drag. */
const CONTROLS =
  'input, textarea, select, a[href], summary, video, audio, [contenteditable="true"], [role="toolbar"], button:not([data-drag-handle])'

const startsOnControl = (target: EventTarget | null) =>
  target instanceof Element && target.closest(CONTROLS) !== null

/**
 * The pointer sensor, for whole cards as well as their handles: a card can be picked up
 * anywhere except on a control inside it (after a few pixels of movement, so clicks still work).
 */
export class StoryPointerSensor extends PointerSensor {
  static override activators = [
    {
      eventName: 'onPointerDown' as const,
      handler: (event: ReactPointerEvent, options: PointerSensorOptions) =>
        !startsOnControl(event.nativeEvent.target) &&
        PointerSensor.activators[0]!.handler(event, options),
    },
  ]
}
