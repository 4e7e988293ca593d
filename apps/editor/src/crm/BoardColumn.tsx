import { useState } from 'react';
import { Icon } from '../ui/Icon.tsx';
import type { BoardLead, BoardStage } from './crmTypes.ts';
import { LeadCard } from './LeadCard.tsx';
import { LEAD_DRAG_TYPE } from './leadDrag.ts';

/**
 * One stage of the board: its most recently moved leads (the count and value are the whole stage's), the flows a
 * move here starts, and a drop target.
 */
export function BoardColumn({
  stage,
  stages,
  leads,
  moving,
  onMove,
}: {
  stage: BoardStage;
  stages: readonly BoardStage[];
  leads: readonly BoardLead[];
  moving: ReadonlySet<string>;
  onMove: (leadId: string, stageName: string) => void;
}) {
  const [over, setOver] = useState(false);
  const { total, value } = stage;
  return (
    <section
      className={`bcol${over ? ' is-over' : ''}`}
      aria-label={`Stage ${stage.name}`}
      data-testid="stage"
      data-stage={stage.name}
      onDragOver={(event) => {
        if (!event.dataTransfer.types.includes(LEAD_DRAG_TYPE)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'move';
        setOver(true);
      }}
      onDragLeave={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOver(false);
      }}
      onDrop={(event) => {
        event.preventDefault();
        setOver(false);
        const leadId = event.dataTransfer.getData(LEAD_DRAG_TYPE);
        if (leadId) onMove(leadId, stage.name);
      }}
    >
      <header className="bcol__head">
        <div className="bcol__title">
          {stage.name}
          <span className="bcol__count">{total.toLocaleString()}</span>
          {value ? <span className="bcol__value">{value.toLocaleString()}</span> : null}
        </div>
        {stage.flows.length > 0 ? (
          <div className="bcol__flows">
            {stage.flows.map((flow) => (
              <span
                key={flow.id}
                className="bcol__flow"
                title={`Moving a lead here starts “${flow.name}” (v${flow.version}) unless a bot is already running`}
                data-flow={flow.id}
              >
                <Icon name="play" size={10} strokeWidth={2.4} /> {flow.name}
              </span>
            ))}
          </div>
        ) : null}
      </header>
      <div className="bcol__cards">
        {leads.length === 0 ? <div className="bcol__empty">Drop a lead here</div> : null}
        {leads.map((lead) => (
          <LeadCard key={lead.id} lead={lead} stages={stages} moving={moving.has(lead.id)} onMove={onMove} />
        ))}
        {total > leads.length ? (
          <div className="bcol__more" data-testid="column-more">
            Showing the {leads.length.toLocaleString()} most recently moved of {total.toLocaleString()}
          </div>
        ) : null}
      </div>
    </section>
  );
}
