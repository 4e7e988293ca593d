import { type ReactNode, useCallback, useRef, useState } from 'react';
import { Icon, type IconName } from './Icon.tsx';
import { useDismiss } from './usePopover.ts';

export interface MenuItem {
  label: string;
  icon?: IconName;
  tone?: 'danger';
  onSelect: () => void;
  separatorBefore?: boolean;
}

export interface MenuButtonProps {
  /** The trigger's content and accessible name. */
  trigger: (props: { open: boolean; toggle: () => void }) => ReactNode;
  items: MenuItem[];
  align?: 'left' | 'right';
}

/** A trigger that opens a small menu of actions below it. */
export function MenuButton({ trigger, items, align = 'right' }: MenuButtonProps) {
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  const close = useCallback(() => setOpen(false), []);
  useDismiss(ref, open, close);
  return (
    <div ref={ref} style={{ position: 'relative', display: 'inline-flex' }}>
      {trigger({ open, toggle: () => setOpen((value) => !value) })}
      {open ? (
        <div className="menu" role="menu" style={{ top: 'calc(100% + 4px)', [align]: 0 }}>
          {items.map((item) => (
            <div key={item.label}>
              {item.separatorBefore ? <div className="menu__sep" /> : null}
              <button
                type="button"
                role="menuitem"
                className={`menu__item${item.tone === 'danger' ? ' menu__item--danger' : ''}`}
                onClick={() => {
                  setOpen(false);
                  item.onSelect();
                }}
              >
                {item.icon ? <Icon name={item.icon} size={16} /> : null}
                {item.label}
              </button>
            </div>
          ))}
        </div>
      ) : null}
    </div>
  );
}
