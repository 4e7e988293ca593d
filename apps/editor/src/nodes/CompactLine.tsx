import type { ReactNode } from 'react';
import { FormattedText } from '../whatsapp/FormattedText.tsx';

/** One "label: value" line of a logic or CRM step's card. An empty value shows what is missing. */
export function CompactLine({ label, children, missing }: { label?: string; children?: ReactNode; missing?: string }) {
  const empty = children === undefined || children === null || children === '';
  return (
    <div className="compact-line">
      {label ? <span className="compact-line__label">{label}</span> : null}
      <span className={`compact-line__value${empty ? ' is-missing' : ''}`}>
        {empty ? (missing ?? 'Not set') : children}
      </span>
    </div>
  );
}

/** A short text with placeholders shown as chips (no WhatsApp formatting: it is not a message). */
export function TextWithVars({ text }: { text: string }) {
  return <FormattedText text={text} placeholders />;
}
