import { type ConversationFacts, formatDuration, getWindowState, type WindowState } from '@salesbot/policy';

const HOUR = 3_600_000;

/** Both messaging windows at `now`: the 24-hour customer-service window and the 72-hour entry-point window. */
export function WindowMeters({ facts, now }: { facts: ConversationFacts; now: number }) {
  const windows = getWindowState(facts, now);
  return (
    <div className="pv-clock__windows">
      <ServiceWindow state={windows.customerService} />
      <EntryPointWindow state={windows.entryPoint} now={now} />
    </div>
  );
}

function ServiceWindow({ state }: { state: WindowState['customerService'] }) {
  const open = state.open;
  const share = open ? Math.min(1, state.remainingMs / (24 * HOUR)) : 0;
  return (
    <div className={`pv-window${open ? ' is-open' : ' is-closed'}`} data-testid="window-service" data-open={open}>
      <span className="pv-window__name">24-hour window</span>
      <span className="pv-window__value">
        {open ? `${formatDuration(state.remainingMs)} left` : state.closesAt === null ? 'not open yet' : 'closed'}
      </span>
      <span className="pv-window__bar">
        <span style={{ width: `${share * 100}%` }} />
      </span>
    </div>
  );
}

function EntryPointWindow({ state, now }: { state: WindowState['entryPoint']; now: number }) {
  const text = (() => {
    switch (state.status) {
      case 'none':
        return 'no ad referral';
      case 'awaitingReply':
        return `opens with a reply (within ${formatDuration((state.replyDeadline ?? now) - now)})`;
      case 'open':
        return `${formatDuration(state.remainingMs)} left · free`;
      case 'expired':
        return 'over';
    }
  })();
  const share = state.status === 'open' ? Math.min(1, state.remainingMs / (72 * HOUR)) : 0;
  return (
    <div
      className={`pv-window pv-window--entry is-${state.status}`}
      data-testid="window-entry"
      data-status={state.status}
    >
      <span className="pv-window__name">72-hour entry point</span>
      <span className="pv-window__value">{text}</span>
      <span className="pv-window__bar">
        <span style={{ width: `${share * 100}%` }} />
      </span>
    </div>
  );
}
