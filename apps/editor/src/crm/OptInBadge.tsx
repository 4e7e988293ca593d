import type { OptIn } from '../inbox/inboxTypes.ts';

const LABEL: Record<OptIn, string> = { optedIn: 'Opted in', optedOut: 'Opted out', unknown: 'No opt-in' };
const TONE: Record<OptIn, string> = { optedIn: 'badge--green', optedOut: 'badge--red', unknown: '' };

/** The contact's consent at a glance. */
export function OptInBadge({ optIn, marketingOptOut }: { optIn: OptIn; marketingOptOut?: boolean }) {
  return (
    <span className="optin" data-opt-in={optIn}>
      <span className={`badge ${TONE[optIn]}`}>{LABEL[optIn]}</span>
      {marketingOptOut && optIn !== 'optedOut' ? <span className="badge badge--amber">No marketing</span> : null}
    </span>
  );
}
