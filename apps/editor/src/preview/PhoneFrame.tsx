import type { ReactNode } from 'react';
import { Icon } from '../ui/Icon.tsx';
import { formatTime } from './formatClock.ts';

/**
 * A phone showing a WhatsApp chat with the business: status bar (with the simulated time), the chat's header,
 * the wallpaper, the message box, and room for sheets and full-screen Flows over the chat.
 */
export function PhoneFrame({
  businessName,
  subtitle,
  now,
  children,
  footer,
  overlay,
}: {
  businessName: string;
  subtitle: string;
  now: number;
  children: ReactNode;
  footer: ReactNode;
  overlay?: ReactNode;
}) {
  const initials = businessName
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => word[0]?.toUpperCase() ?? '')
    .join('');
  return (
    <div className="pv-phone" data-testid="preview-phone">
      <div className="pv-phone__screen">
        <div className="pv-statusbar" aria-hidden="true">
          <span>{formatTime(now)}</span>
          <span className="pv-statusbar__icons">
            <svg viewBox="0 0 16 12" width="15" height="11" aria-hidden="true">
              <path fill="currentColor" d="M1 11h2V8H1zm4 0h2V6H5zm4 0h2V3H9zm4 0h2V0h-2z" />
            </svg>
            <svg viewBox="0 0 24 12" width="22" height="11" aria-hidden="true">
              <rect x="0.5" y="0.5" width="20" height="11" rx="3" fill="none" stroke="currentColor" />
              <rect x="2.5" y="2.5" width="14" height="7" rx="1.5" fill="currentColor" />
              <rect x="21.5" y="4" width="2" height="4" rx="1" fill="currentColor" />
            </svg>
          </span>
        </div>
        <header className="pv-chathead">
          <Icon name="arrowLeft" size={20} />
          <span className="pv-chathead__avatar">{initials || 'B'}</span>
          <span className="pv-chathead__who">
            <span className="pv-chathead__name">
              {businessName}
              <svg className="pv-chathead__verified" viewBox="0 0 16 16" width="14" height="14" aria-label="Business">
                <path
                  fill="#25d366"
                  d="M8 0l1.9 1.5 2.4-.3.9 2.2 2.2.9-.3 2.4L16.6 8l-1.5 1.9.3 2.4-2.2.9-.9 2.2-2.4-.3L8 16.6l-1.9-1.5-2.4.3-.9-2.2-2.2-.9.3-2.4L-.6 8 .9 6.1.6 3.7l2.2-.9.9-2.2 2.4.3z"
                />
                <path d="M4.8 8.2 7 10.3l4.3-4.6" fill="none" stroke="#fff" strokeWidth="1.7" strokeLinecap="round" />
              </svg>
            </span>
            <span className="pv-chathead__sub">{subtitle}</span>
          </span>
          <span className="pv-chathead__icons" aria-hidden="true">
            <Icon name="video" size={19} />
            <Icon name="phone" size={18} />
            <Icon name="more" size={19} />
          </span>
        </header>
        <div className="pv-chat">{children}</div>
        {footer}
        {overlay}
      </div>
    </div>
  );
}
