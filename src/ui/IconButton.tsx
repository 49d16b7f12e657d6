import { forwardRef, type ButtonHTMLAttributes } from 'react'
import { Icon, type IconName } from './Icon'

type IconButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & {
  icon: IconName
  /** The accessible name, also shown as a tooltip. */
  label: string
  /** Show the label beside the icon. */
  showLabel?: boolean
}

export const IconButton = forwardRef<HTMLButtonElement, IconButtonProps>(function IconButton(
  { icon, label, showLabel = false, className, ...rest },
  ref,
) {
  return (
    <button
      ref={ref}
      type="button"
      className={['icon-button', showLabel ? 'icon-button--labelled' : '', className ?? '']
        .join(' ')
        .trim()}
      aria-label={showLabel ? undefined : label}
      title={label}
      {...rest}
    >
      <Icon name={icon} />
      {showLabel && <span>{label}</span>}
    </button>
  )
})
