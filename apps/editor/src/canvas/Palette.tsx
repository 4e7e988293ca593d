import type { NodeType } from '@salesbot/graph';
import { useState } from 'react';
import { groupClass, stepIcons } from '../nodes/stepIcons.ts';
import { Icon } from '../ui/Icon.tsx';
import { GROUP_ORDER, STEP_DRAG_TYPE, searchCatalog } from './stepCatalog.ts';

/** The steps a marketer can drag onto the canvas (or click to add at the centre), grouped and searchable. */
export function Palette({ onAdd }: { onAdd: (type: NodeType) => void }) {
  const [query, setQuery] = useState('');
  const entries = searchCatalog(query);
  return (
    <aside className="palette" aria-label="Steps">
      <div className="palette__search">
        <Icon name="search" size={15} />
        <input
          className="input input--sm"
          placeholder="Search steps"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          aria-label="Search steps"
        />
      </div>
      <div className="palette__groups">
        {GROUP_ORDER.map((group) => {
          const items = entries.filter((entry) => entry.group === group);
          if (items.length === 0) return null;
          return (
            <section key={group} className="palette__group">
              <h3 className="palette__group-title">{group}</h3>
              {items.map((entry) => (
                <button
                  key={entry.type}
                  type="button"
                  className={`palette__item palette__item--${groupClass[entry.group]}`}
                  draggable
                  data-step-type={entry.type}
                  title={`${entry.description}. Drag onto the canvas, or click to add.`}
                  onDragStart={(event) => {
                    event.dataTransfer.setData(STEP_DRAG_TYPE, entry.type);
                    event.dataTransfer.effectAllowed = 'move';
                  }}
                  onClick={() => onAdd(entry.type)}
                >
                  <span className="palette__icon">
                    <Icon name={stepIcons[entry.type]} size={15} strokeWidth={2} />
                  </span>
                  <span className="palette__label">{entry.label}</span>
                  <Icon name="grip" size={14} className="palette__grip" />
                </button>
              ))}
            </section>
          );
        })}
        {entries.length === 0 ? <p className="palette__none">No step matches “{query}”.</p> : null}
      </div>
    </aside>
  );
}
