import type { ReactNode } from 'react';
import { Icon, type IconName } from '../ui/Icon.tsx';

/**
 * The head of a dock panel: its icon in the tone of its group (`messages`, `input`, `flow`… as the palette has them),
 * what it is, a line on what it is for, and its actions (`children`) at the right.
 */
export function PanelHeader({
  icon,
  tone,
  title,
  description,
  children,
}: {
  icon: IconName;
  tone: string;
  title: ReactNode;
  description: ReactNode;
  children?: ReactNode;
}) {
  return (
    <header className={`inspector__header palette__item--${tone}`}>
      <span className="palette__icon">
        <Icon name={icon} size={17} strokeWidth={2} />
      </span>
      <div className="inspector__heading">
        <span className="inspector__type">{title}</span>
        <span className="inspector__desc">{description}</span>
      </div>
      {children}
    </header>
  );
}
