import type { ReactNode } from 'react';
import { Icon } from '../../ui/Icon.tsx';
import { Field } from './Field.tsx';

export interface ItemListProps<T> {
  label: string;
  /** The array's data path (its count problems show under the list). */
  path: string;
  items: readonly T[];
  /** The most items WhatsApp allows: a counter, and Add disabled at the limit. */
  max?: number;
  addLabel: string;
  onAdd: () => void;
  onRemove: (index: number) => void;
  onMove: (from: number, to: number) => void;
  renderItem: (item: T, index: number) => ReactNode;
  itemTitle?: (item: T, index: number) => string;
  hint?: string;
  /** Hide Add even below the limit (e.g. a total across sections is reached). */
  addDisabled?: boolean;
}

/** An editable list (buttons, rows, branches, fields…): add, remove and reorder, with a count against its limit. */
export function ItemList<T>({
  label,
  path,
  items,
  max,
  addLabel,
  onAdd,
  onRemove,
  onMove,
  renderItem,
  itemTitle,
  hint,
  addDisabled,
}: ItemListProps<T>) {
  const full = (max !== undefined && items.length >= max) || addDisabled;
  return (
    <Field label={label} path={path} limit={max} count={max !== undefined ? items.length : undefined} hint={hint}>
      <div
        className="items"
        data-path={items.length === 0 ? path : undefined}
        tabIndex={items.length === 0 ? -1 : undefined}
      >
        {items.map((item, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: items are edited in place; their position is their identity here
          <div key={index} className="item">
            <div className="item__bar">
              <span className="item__title">{itemTitle ? itemTitle(item, index) : `${index + 1}`}</span>
              <div className="item__tools">
                <button
                  type="button"
                  className="item__tool"
                  aria-label="Move up"
                  title="Move up"
                  disabled={index === 0}
                  onClick={() => onMove(index, index - 1)}
                >
                  <Icon name="arrowUp" size={14} />
                </button>
                <button
                  type="button"
                  className="item__tool"
                  aria-label="Move down"
                  title="Move down"
                  disabled={index === items.length - 1}
                  onClick={() => onMove(index, index + 1)}
                >
                  <Icon name="arrowDown" size={14} />
                </button>
                <button
                  type="button"
                  className="item__tool item__tool--danger"
                  aria-label="Remove"
                  title="Remove"
                  onClick={() => onRemove(index)}
                >
                  <Icon name="trash" size={14} />
                </button>
              </div>
            </div>
            <div className="item__body">{renderItem(item, index)}</div>
          </div>
        ))}
        <button type="button" className="items__add" onClick={onAdd} disabled={full}>
          <Icon name="plus" size={15} />
          {full && max !== undefined ? `At most ${max}` : addLabel}
        </button>
      </div>
    </Field>
  );
}

/** An array with the item at `from` moved to `to`. */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const copy = list.slice();
  const [item] = copy.splice(from, 1);
  if (item !== undefined) copy.splice(Math.max(0, Math.min(to, copy.length)), 0, item);
  return copy;
}
