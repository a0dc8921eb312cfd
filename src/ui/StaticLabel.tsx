import type { HTMLAttributes, ReactNode } from 'react'

type Status = 'danger' | 'warning' | 'info' | 'success' | 'custom'
type Color =
  'blue' | 'teal' | 'green' | 'orange' | 'purple' | 'red' | 'orangered' | 'yellow' | 'grey'

export interface StaticLabelProps extends HTMLAttributes<HTMLSpanElement> {
  status?: Status
  /** a palette colour when there is no status; grey is PatternFly's default (no modifier) */
  color?: Color
  icon?: ReactNode
}

/**
 * PatternFly's compact filled Label, its markup and classes without its component, for labels that
 * are neither editable nor clickable. The component measures its text when it mounts (a layout read
 * that forces any pending style and layout) and adds document-wide key and mouse listeners for
 * editing.
 */
export function StaticLabel({
  status,
  color,
  icon,
  className,
  children,
  ...rest
}: StaticLabelProps) {
  const mods = ['pf-m-filled', 'pf-m-compact']
  if (color && color !== 'grey') mods.push(`pf-m-${color}`)
  if (status) mods.push(`pf-m-${status}`)
  return (
    <span {...rest} className={['pf-v6-c-label', ...mods, className].filter(Boolean).join(' ')}>
      <span className="pf-v6-c-label__content">
        {icon && <span className="pf-v6-c-label__icon">{icon}</span>}
        <span className="pf-v6-c-label__text">{children}</span>
      </span>
    </span>
  )
}
