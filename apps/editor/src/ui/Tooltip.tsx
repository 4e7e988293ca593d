import type { ReactNode } from 'react';

export interface TooltipProps {
  label: string;
  /** A keyboard shortcut shown beside the label, e.g. `Ctrl+Z`. */
  shortcut?: string;
  placement?: 'above' | 'below' | 'right';
  children: ReactNode;
}

/** A hover/focus label with its keyboard shortcut (pure CSS: no positioning library). */
export function Tooltip({ label, shortcut, placement = 'above', children }: TooltipProps) {
  const placementClass = placement === 'below' ? ' tip--below' : placement === 'right' ? ' tip--right' : '';
  return (
    <span className="tip-host">
      {children}
      <span className={`tip${placementClass}`} role="tooltip">
        {label}
        {shortcut ? <kbd>{shortcut}</kbd> : null}
      </span>
    </span>
  );
}
