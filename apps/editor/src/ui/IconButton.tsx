import type { ButtonHTMLAttributes } from 'react';
import { Icon, type IconName } from './Icon.tsx';
import { Tooltip } from './Tooltip.tsx';

export interface IconButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'children'> {
  icon: IconName;
  /** The accessible name, also shown as the tooltip. */
  label: string;
  shortcut?: string;
  placement?: 'above' | 'below' | 'right';
  size?: 'sm' | 'md';
  active?: boolean;
}

/** A square ghost button with an icon, a tooltip and its keyboard shortcut. */
export function IconButton({
  icon,
  label,
  shortcut,
  placement,
  size = 'md',
  active,
  className,
  ...rest
}: IconButtonProps) {
  const classes = [
    'btn',
    'btn--ghost',
    'btn--icon',
    size === 'sm' ? 'btn--sm' : '',
    active ? 'is-active' : '',
    className ?? '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <Tooltip label={label} shortcut={shortcut} placement={placement}>
      <button type="button" className={classes} aria-label={label} aria-pressed={active} {...rest}>
        <Icon name={icon} size={size === 'sm' ? 16 : 18} />
      </button>
    </Tooltip>
  );
}
