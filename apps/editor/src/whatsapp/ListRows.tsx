import type { RenderChoice } from './ChoiceSlot.ts';
import { FormattedText } from './FormattedText.tsx';

export interface ListSectionView {
  title?: string;
  rows: { id: string; title: string; description?: string }[];
}

/** The rows of a list message by section, as its sheet shows them. */
export function ListRows({
  sections,
  renderChoice,
  placeholders,
  onPick,
}: {
  sections: ListSectionView[];
  renderChoice: RenderChoice;
  placeholders?: boolean;
  onPick?: (row: { id: string; title: string }) => void;
}) {
  return (
    <div className="wa-list">
      {sections.map((section, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: sections have no id
        <div key={index} className="wa-list__section">
          {section.title ? <div className="wa-list__title">{section.title}</div> : null}
          {section.rows.map((row) => (
            <div key={row.id} className="wa-list__slot" data-choice={row.id}>
              {renderChoice(
                { id: row.id, title: row.title, kind: 'row' },
                onPick ? (
                  <button type="button" className="wa-list__row is-clickable" onClick={() => onPick(row)}>
                    <RowContent row={row} placeholders={placeholders} />
                  </button>
                ) : (
                  <div className="wa-list__row">
                    <RowContent row={row} placeholders={placeholders} />
                  </div>
                ),
              )}
            </div>
          ))}
        </div>
      ))}
    </div>
  );
}

function RowContent({ row, placeholders }: { row: ListSectionView['rows'][number]; placeholders?: boolean }) {
  return (
    <>
      <span className="wa-list__text">
        <span className="wa-list__row-title">
          {row.title ? <FormattedText text={row.title} placeholders={placeholders} /> : <i>Untitled</i>}
        </span>
        {row.description ? (
          <span className="wa-list__desc">
            <FormattedText text={row.description} placeholders={placeholders} />
          </span>
        ) : null}
      </span>
      <span className="wa-radio" />
    </>
  );
}
