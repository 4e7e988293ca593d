import { useState } from 'react';
import { Link } from '../router/Link.tsx';
import { Icon } from '../ui/Icon.tsx';
import { Avatar } from './Avatar.tsx';
import type { BoardLead, BoardStage } from './crmTypes.ts';
import { contactLabel, formatPhone } from './formatPhone.ts';
import { LEAD_DRAG_TYPE } from './leadDrag.ts';

/** A lead on the board: who, the deal's value, tags, a link to the chat; dragged to move it, or moved from its menu. */
export function LeadCard({
  lead,
  stages,
  moving,
  onMove,
}: {
  lead: BoardLead;
  stages: readonly BoardStage[];
  moving: boolean;
  onMove: (leadId: string, stageName: string) => void;
}) {
  const [dragging, setDragging] = useState(false);
  const contact = lead.contact;
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: dragging is the mouse path; the stage select is the keyboard one
    <div
      className={`lcard${dragging ? ' is-dragging' : ''}${moving ? ' is-moving' : ''}`}
      draggable
      onDragStart={(event) => {
        event.dataTransfer.setData(LEAD_DRAG_TYPE, lead.id);
        event.dataTransfer.effectAllowed = 'move';
        setDragging(true);
      }}
      onDragEnd={() => setDragging(false)}
      data-testid="lead-card"
      data-lead={lead.id}
      data-contact={lead.contactId}
    >
      <div className="lcard__top">
        <Avatar id={lead.contactId} name={contact?.name ?? null} size={30} />
        <div className="lcard__who">
          <div className="lcard__name">{contact ? contactLabel(contact) : 'Deleted contact'}</div>
          {contact ? <div className="lcard__phone">{formatPhone(contact.waId)}</div> : null}
        </div>
        {lead.value !== null ? <span className="lcard__value">{lead.value.toLocaleString()}</span> : null}
      </div>
      {contact && (contact.tags.length > 0 || contact.optIn === 'optedOut') ? (
        <div className="ccard__tags">
          {contact.optIn === 'optedOut' ? <span className="badge badge--red">Opted out</span> : null}
          {contact.tags.map((tag) => (
            <span key={tag} className="tag tag--plain">
              {tag}
            </span>
          ))}
        </div>
      ) : null}
      <div className="lcard__foot">
        <select
          className="select select--sm lcard__move"
          value={lead.stage}
          onChange={(event) => onMove(lead.id, event.target.value)}
          aria-label={`Move ${contact ? contactLabel(contact) : 'lead'} to a stage`}
          data-testid="lead-stage"
        >
          {stages.map((stage) => (
            <option key={stage.id} value={stage.name}>
              {stage.name}
            </option>
          ))}
        </select>
        {lead.conversation?.unread ? <span className="badge badge--green">{lead.conversation.unread} new</span> : null}
        {lead.conversation ? (
          <Link to={`/inbox/${encodeURIComponent(lead.conversation.id)}`} draggable={false}>
            <Icon name="inbox" size={13} /> Chat
          </Link>
        ) : null}
      </div>
    </div>
  );
}
