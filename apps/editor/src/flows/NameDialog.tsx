import { type FormEvent, useState } from 'react';
import { Dialog } from '../ui/Dialog.tsx';

export interface NameDialogProps {
  title: string;
  label: string;
  initial?: string;
  confirmLabel: string;
  onSubmit: (name: string) => Promise<void> | void;
  onCancel: () => void;
}

/** Asks for a name (new flow, rename). */
export function NameDialog({ title, label, initial = '', confirmLabel, onSubmit, onCancel }: NameDialogProps) {
  const [name, setName] = useState(initial);
  const [busy, setBusy] = useState(false);
  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (!name.trim()) return;
    setBusy(true);
    try {
      await onSubmit(name.trim());
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog
      title={title}
      icon="edit"
      onClose={onCancel}
      footer={
        <>
          <button type="button" className="btn" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" form="name-dialog" className="btn btn--primary" disabled={busy || !name.trim()}>
            {busy ? <span className="spinner" /> : null}
            {confirmLabel}
          </button>
        </>
      }
    >
      <form id="name-dialog" onSubmit={submit} className="field">
        <label className="field__label" htmlFor="name-dialog-input">
          {label}
        </label>
        <input
          id="name-dialog-input"
          className="input"
          value={name}
          data-autofocus
          onChange={(event) => setName(event.target.value)}
          placeholder="e.g. Lead qualification"
        />
      </form>
    </Dialog>
  );
}
