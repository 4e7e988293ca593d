import type { NodeType } from '@salesbot/graph';
import { useCallback, useEffect, useRef, useState } from 'react';
import { groupClass, stepIcons } from '../nodes/stepIcons.ts';
import { Icon } from '../ui/Icon.tsx';
import { useDismiss } from '../ui/usePopover.ts';
import { searchCatalog } from './stepCatalog.ts';

export interface AddStepMenuProps {
  /** Where to open, relative to the canvas container. */
  at: { x: number; y: number };
  onPick: (type: NodeType) => void;
  onClose: () => void;
}

/** The searchable add menu at the cursor (double-click, `/`, or a connection dropped on empty canvas). */
export function AddStepMenu({ at, onPick, onClose }: AddStepMenuProps) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const ref = useRef<HTMLDivElement>(null);
  const close = useCallback(() => onClose(), [onClose]);
  useDismiss(ref, true, close);
  const entries = searchCatalog(query);
  useEffect(() => {
    ref.current?.querySelector(`[data-index="${active}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [active]);
  const pick = (index: number) => {
    const entry = entries[index];
    if (entry) onPick(entry.type);
  };
  return (
    <div ref={ref} className="add-menu" style={{ left: at.x, top: at.y }} role="dialog" aria-label="Add a step">
      <div className="add-menu__search">
        <Icon name="search" size={15} />
        <input
          // biome-ignore lint/a11y/noAutofocus: the menu opens to be typed into
          autoFocus
          placeholder="Add a step…"
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
          }}
          onKeyDown={(event) => {
            if (event.key === 'ArrowDown') {
              event.preventDefault();
              setActive((i) => Math.min(i + 1, entries.length - 1));
            } else if (event.key === 'ArrowUp') {
              event.preventDefault();
              setActive((i) => Math.max(i - 1, 0));
            } else if (event.key === 'Enter') {
              event.preventDefault();
              pick(active);
            } else if (event.key === 'Escape') {
              onClose();
            }
          }}
          aria-label="Search steps"
        />
      </div>
      <div className="add-menu__list" role="listbox">
        {entries.map((entry, index) => (
          <button
            key={entry.type}
            type="button"
            role="option"
            aria-selected={index === active}
            data-index={index}
            data-active={index === active}
            className={`add-menu__item palette__item--${groupClass[entry.group]}`}
            onMouseEnter={() => setActive(index)}
            onClick={() => pick(index)}
          >
            <span className="palette__icon">
              <Icon name={stepIcons[entry.type]} size={15} strokeWidth={2} />
            </span>
            <span className="add-menu__text">
              <span className="add-menu__label">{entry.label}</span>
              <span className="add-menu__desc">{entry.description}</span>
            </span>
            <span className="add-menu__group">{entry.group}</span>
          </button>
        ))}
        {entries.length === 0 ? <p className="palette__none">No step matches “{query}”.</p> : null}
      </div>
    </div>
  );
}
