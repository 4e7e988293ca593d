import type { Interactive } from '@salesbot/whatsapp';
import { useState } from 'react';
import { Icon } from '../ui/Icon.tsx';
import { FormattedText } from '../whatsapp/FormattedText.tsx';
import { SendIcon } from './SendIcon.tsx';

type ListMessage = Extract<Interactive, { type: 'list' }>;

/**
 * A list message opened as WhatsApp opens it: a bottom sheet over the chat with the sections and their rows; the
 * customer picks one and taps Send.
 */
export function ListSheet({
  list,
  onPick,
  onClose,
}: {
  list: ListMessage;
  onPick: (row: { id: string; title: string }) => void;
  onClose: () => void;
}) {
  const [picked, setPicked] = useState<string | null>(null);
  const rows = list.action.sections.flatMap((section) => section.rows);
  const chosen = rows.find((row) => row.id === picked);
  return (
    <div className="pv-overlay" data-testid="list-sheet">
      <button type="button" className="pv-overlay__backdrop" aria-label="Close the list" onClick={onClose} />
      <div className="pv-sheet" role="dialog" aria-label={list.action.button}>
        <div className="pv-sheet__grip" />
        <header className="pv-sheet__header">
          <button type="button" className="pv-icon-btn" aria-label="Close" onClick={onClose}>
            <Icon name="close" size={20} />
          </button>
          <span className="pv-sheet__title">
            <FormattedText text={list.action.button} />
          </span>
        </header>
        <div className="pv-sheet__body">
          {list.action.sections.map((section, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: sections are positional
            <section key={index} className="pv-sheet__section">
              {section.title ? (
                <h3 className="pv-sheet__section-title">
                  <FormattedText text={section.title} />
                </h3>
              ) : null}
              {section.rows.map((row) => (
                <label
                  key={row.id}
                  className={`pv-sheet__row${picked === row.id ? ' is-picked' : ''}`}
                  data-row={row.id}
                >
                  <span className="pv-sheet__row-text">
                    <span className="pv-sheet__row-title">
                      <FormattedText text={row.title} />
                    </span>
                    {row.description ? (
                      <span className="pv-sheet__row-desc">
                        <FormattedText text={row.description} />
                      </span>
                    ) : null}
                  </span>
                  <input
                    type="radio"
                    name="pv-list-row"
                    className="pv-radio"
                    checked={picked === row.id}
                    onChange={() => setPicked(row.id)}
                  />
                </label>
              ))}
            </section>
          ))}
        </div>
        <footer className="pv-sheet__footer">
          <button
            type="button"
            className="pv-send-round"
            aria-label="Send"
            disabled={!chosen}
            onClick={() => chosen && onPick({ id: chosen.id, title: chosen.title })}
          >
            <SendIcon />
          </button>
        </footer>
      </div>
    </div>
  );
}
