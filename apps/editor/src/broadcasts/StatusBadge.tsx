import { type Broadcast, STATUS_LABELS } from './broadcastTypes.ts';

const TONE: Record<Broadcast['status'], string> = {
  draft: '',
  scheduled: 'badge--blue',
  sending: 'badge--green',
  paused: 'badge--amber',
  completed: 'badge--purple',
  cancelled: 'badge--red',
};

/** A broadcast's status as a pill; a sending one waiting for the messaging limit says so. */
export function StatusBadge({ broadcast }: { broadcast: Pick<Broadcast, 'status' | 'waitingUntil'> }) {
  const waiting = broadcast.status === 'sending' && broadcast.waitingUntil !== null;
  return (
    <span className={`badge ${waiting ? 'badge--amber' : TONE[broadcast.status]}`} data-status={broadcast.status}>
      {waiting ? 'Waiting for the limit' : STATUS_LABELS[broadcast.status]}
    </span>
  );
}
