import type { FlowField, FlowScreen } from '@salesbot/graph';
import { useId, useState } from 'react';
import { Icon } from '../ui/Icon.tsx';

export type FlowAnswers = Record<string, string | string[]>;

/**
 * A WhatsApp Flow opened full screen over the chat: one screen at a time with its fields (text, text area, dropdown,
 * radio buttons, checkboxes, date), Continue between screens and Submit on the last. Answers are what WhatsApp
 * sends back: text as typed, option ids for choices (checkboxes in the order ticked), dates as YYYY-MM-DD.
 */
export function FlowForm({
  name,
  screens,
  onSubmit,
  onClose,
}: {
  name: string;
  screens: readonly FlowScreen[];
  onSubmit: (answers: FlowAnswers) => void;
  onClose: () => void;
}) {
  const [index, setIndex] = useState(0);
  const [answers, setAnswers] = useState<FlowAnswers>({});
  const [showMissing, setShowMissing] = useState(false);
  const screen = screens[index];
  const last = index === screens.length - 1;

  if (!screen) {
    return (
      <FlowShell title={name} onClose={onClose} onBack={null}>
        <div className="pv-flow__empty">This Flow has no screens yet.</div>
      </FlowShell>
    );
  }
  const missing = screen.fields.filter((field) => field.required && isEmpty(answers[field.name]));
  const next = () => {
    if (missing.length > 0) {
      setShowMissing(true);
      return;
    }
    setShowMissing(false);
    if (last) onSubmit(answers);
    else setIndex(index + 1);
  };
  const set = (field: string, value: string | string[]) => setAnswers((current) => ({ ...current, [field]: value }));
  return (
    <FlowShell
      title={screen.title}
      onClose={onClose}
      onBack={index > 0 ? () => setIndex(index - 1) : null}
      footer={
        <button type="button" className="pv-flow__submit" onClick={next} data-testid="flow-next">
          {screen.submitLabel || (last ? 'Submit' : 'Continue')}
        </button>
      }
    >
      <div className="pv-flow__fields" data-screen={screen.id}>
        {screen.fields.map((field) => (
          <FlowFieldInput
            key={field.name}
            field={field}
            value={answers[field.name]}
            invalid={showMissing && missing.includes(field)}
            onChange={(value) => set(field.name, value)}
          />
        ))}
      </div>
    </FlowShell>
  );
}

function FlowShell({
  title,
  onClose,
  onBack,
  footer,
  children,
}: {
  title: string;
  onClose: () => void;
  onBack: (() => void) | null;
  footer?: React.ReactNode;
  children: React.ReactNode;
}) {
  return (
    <div className="pv-flow" role="dialog" aria-label={title} data-testid="flow-form">
      <header className="pv-flow__header">
        {onBack ? (
          <button type="button" className="pv-icon-btn" aria-label="Back" onClick={onBack}>
            <Icon name="arrowLeft" size={20} />
          </button>
        ) : (
          <button type="button" className="pv-icon-btn" aria-label="Close" onClick={onClose}>
            <Icon name="close" size={20} />
          </button>
        )}
        <span className="pv-flow__title">{title}</span>
      </header>
      <div className="pv-flow__body">{children}</div>
      {footer ? <footer className="pv-flow__footer">{footer}</footer> : null}
      <div className="pv-flow__brand">Managed by the business. Learn more</div>
    </div>
  );
}

function FlowFieldInput({
  field,
  value,
  invalid,
  onChange,
}: {
  field: FlowField;
  value: string | string[] | undefined;
  invalid: boolean;
  onChange: (value: string | string[]) => void;
}) {
  const id = useId();
  const text = typeof value === 'string' ? value : '';
  const label = (
    <span className="pv-flow__label">
      {field.label}
      {field.required ? null : <span className="pv-flow__optional"> (optional)</span>}
    </span>
  );
  const helper = invalid ? (
    <span className="pv-flow__error">Required</span>
  ) : field.helperText ? (
    <span className="pv-flow__helper">{field.helperText}</span>
  ) : null;
  const common = { 'data-field': field.name, 'aria-invalid': invalid || undefined };
  switch (field.type) {
    case 'textInput':
    case 'textArea':
    case 'datePicker': {
      const inputType =
        field.type === 'datePicker'
          ? 'date'
          : field.type === 'textInput'
            ? { text: 'text', number: 'text', email: 'email', phone: 'tel', password: 'password' }[field.inputType]
            : undefined;
      return (
        <div className={`pv-flow__field pv-flow__field--outlined${invalid ? ' is-invalid' : ''}`}>
          <label htmlFor={id}>{label}</label>
          {field.type === 'textArea' ? (
            <textarea {...common} id={id} rows={3} value={text} onChange={(event) => onChange(event.target.value)} />
          ) : (
            <input
              {...common}
              id={id}
              type={inputType}
              inputMode={field.type === 'textInput' && field.inputType === 'number' ? 'decimal' : undefined}
              value={text}
              min={field.type === 'datePicker' ? field.minDate : undefined}
              max={field.type === 'datePicker' ? field.maxDate : undefined}
              onChange={(event) => onChange(event.target.value)}
            />
          )}
          {helper}
        </div>
      );
    }
    case 'dropdown':
      return (
        <label className={`pv-flow__field pv-flow__field--outlined${invalid ? ' is-invalid' : ''}`}>
          {label}
          <select {...common} value={text} onChange={(event) => onChange(event.target.value)}>
            <option value="" disabled>
              Select
            </option>
            {field.options.map((option) => (
              <option key={option.id} value={option.id}>
                {option.title}
              </option>
            ))}
          </select>
          {helper}
        </label>
      );
    case 'radioGroup':
    case 'checkboxGroup': {
      const picked = Array.isArray(value) ? value : [];
      return (
        <fieldset className={`pv-flow__field pv-flow__group${invalid ? ' is-invalid' : ''}`} {...common}>
          <legend>{label}</legend>
          {field.options.map((option) => {
            const checked = field.type === 'radioGroup' ? text === option.id : picked.includes(option.id);
            return (
              <label key={option.id} className="pv-flow__option" data-option={option.id}>
                <span>{option.title}</span>
                <input
                  type={field.type === 'radioGroup' ? 'radio' : 'checkbox'}
                  name={field.name}
                  checked={checked}
                  onChange={() => {
                    if (field.type === 'radioGroup') onChange(option.id);
                    else onChange(checked ? picked.filter((id) => id !== option.id) : [...picked, option.id]);
                  }}
                />
              </label>
            );
          })}
          {helper}
        </fieldset>
      );
    }
  }
}

function isEmpty(value: string | string[] | undefined): boolean {
  return value === undefined || (Array.isArray(value) ? value.length === 0 : value.trim() === '');
}
