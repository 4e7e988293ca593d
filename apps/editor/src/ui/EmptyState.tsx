import type { ReactNode } from 'react';
import { Icon, type IconName } from './Icon.tsx';

/** What an empty list or page shows: what it is for and what to do first. */
export function EmptyState({
  icon,
  title,
  children,
  actions,
}: {
  icon: IconName;
  title: string;
  children?: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <div className="empty">
      <div className="empty__icon">
        <Icon name={icon} size={26} />
      </div>
      <div className="empty__title">{title}</div>
      {children ? <div className="empty__text">{children}</div> : null}
      {actions ? <div style={{ display: 'flex', gap: 8, marginTop: 8 }}>{actions}</div> : null}
    </div>
  );
}
