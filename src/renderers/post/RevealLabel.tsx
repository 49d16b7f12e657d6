export interface RevealLabelProps {
  show: string
  hide: string
}

/**
 * A <summary> can only hold one label, and without JavaScript (exports) we cannot swap it; CSS
 * shows one of the two depending on the parent <details>' open state.
 */
export function RevealLabel({ show, hide }: RevealLabelProps) {
  return (
    <span className="post-reveal">
      <span className="post-reveal-show">{show}</span>
      <span className="post-reveal-hide">{hide}</span>
    </span>
  )
}
