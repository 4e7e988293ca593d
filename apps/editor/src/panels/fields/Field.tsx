import type { ReactNode } from 'react';
import { Icon } from '../../ui/Icon.tsx';
import { LimitCounter } from './LimitCounter.tsx';
import { useFieldProblems } from './useFieldProblems.ts';

export interface FieldProps {
  label: string;
  /** The data path the field edits: its problems are shown under it. */
  path?: string;
  hint?: ReactNode;
  /** With a limit, a live counter of `value` beside the label. */
  limit?: number;
  value?: string;
  /** For counted lists: the item count shown against the limit. */
  count?: number;
  optional?: boolean;
  htmlFor?: string;
  action?: ReactNode;
  children: ReactNode;
}

/** A labelled form field with its counter, its hint and the validator's messages for its path. */
export function Field({ label, path, hint, limit, value, count, optional, htmlFor, action, children }: FieldProps) {
  const problem = useFieldProblems(path);
  return (
    <div className={`pfield${problem.severity ? ` pfield--${problem.severity}` : ''}`}>
      <div className="pfield__top">
        <label className="pfield__label" htmlFor={htmlFor}>
          {label}
          {optional ? <span className="pfield__optional">optional</span> : null}
        </label>
        {action}
        {limit !== undefined ? <LimitCounter value={value} limit={limit} count={count} /> : null}
      </div>
      {children}
      {problem.message ? (
        <p className="pfield__problem" role={problem.severity === 'error' ? 'alert' : undefined}>
          <Icon name={problem.severity === 'error' ? 'error' : 'warning'} size={13} strokeWidth={2.2} />
          <span>{problem.message}</span>
        </p>
      ) : hint ? (
        <p className="pfield__hint">{hint}</p>
      ) : null}
    </div>
  );
}
