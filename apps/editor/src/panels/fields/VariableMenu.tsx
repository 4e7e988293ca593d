import { useCallback, useRef, useState } from 'react';
import { Icon } from '../../ui/Icon.tsx';
import { Tooltip } from '../../ui/Tooltip.tsx';
import { useDismiss } from '../../ui/usePopover.ts';
import { useVariableOptions } from './useVariableOptions.ts';

/** The `{x}` button beside a text: a menu of placeholders; picking one inserts `{{key}}` at the caret. */
export function VariableMenu({ onInsert }: { onInsert: (key: string) => void }) {
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  const close = useCallback(() => setOpen(false), []);
  useDismiss(ref, open, close);
  const options = useVariableOptions();
  return (
    <div ref={ref} className="varmenu">
      <Tooltip label="Insert a variable" shortcut="{{">
        <button
          type="button"
          className="varmenu__button"
          aria-label="Insert a variable"
          aria-expanded={open}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => setOpen((value) => !value)}
        >
          <Icon name="variable" size={14} />
        </button>
      </Tooltip>
      {open ? (
        <div className="menu varmenu__menu" role="menu">
          {(['Flow variables', 'Contact fields'] as const).map((group) => {
            const items = options.filter((option) => option.group === group);
            return (
              <div key={group}>
                <div className="varmenu__group">{group}</div>
                {items.length === 0 ? <div className="varmenu__empty">None yet — add them in Variables</div> : null}
                {items.map((option) => (
                  <button
                    key={option.key}
                    type="button"
                    role="menuitem"
                    className="menu__item"
                    onMouseDown={(event) => event.preventDefault()}
                    onClick={() => {
                      setOpen(false);
                      onInsert(option.key);
                    }}
                  >
                    <span className="wa-var">{option.key}</span>
                  </button>
                ))}
              </div>
            );
          })}
        </div>
      ) : null}
    </div>
  );
}
