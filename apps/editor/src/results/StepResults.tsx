import { useEditor } from '../store/EditorStoreContext.tsx';
import { compactCount } from '../ui/formatCount.ts';
import { Icon } from '../ui/Icon.tsx';
import { deliveryOf, percent } from './resultsFormat.ts';

/**
 * A step's line of results on its card, while the Results tab shows them: the sessions that reached it (and their
 * share of all started), those waiting there now, the messages the policy refused there, and how many of its
 * messages were read (delivered, while none was read: the sandbox and some phones never report reads).
 */
export function StepResults({ nodeId }: { nodeId: string }) {
  const started = useEditor((state) => state.analytics?.sessions.started ?? null);
  const stats = useEditor((state) => state.analytics?.steps[nodeId]);
  if (started === null) return null;
  const reached = stats?.reached ?? 0;
  const delivery = deliveryOf(stats?.messages);
  return (
    <div className={`step-results${reached === 0 ? ' is-zero' : ''}`} data-testid={`results-${nodeId}`}>
      <span
        className="step-results__item step-results__item--reached"
        data-stat="reached"
        title={`${reached.toLocaleString('en-US')} of ${started.toLocaleString('en-US')} sessions reached this step`}
      >
        <Icon name="contacts" size={13} strokeWidth={2.2} />
        {reached === 0 ? 'Not reached' : `${compactCount(reached)} · ${percent(reached, started)}`}
      </span>
      {stats && stats.waiting > 0 ? (
        <span className="step-results__item" data-stat="waiting" title="Sessions waiting here now">
          <Icon name="clock" size={13} strokeWidth={2.2} />
          {compactCount(stats.waiting)} waiting
        </span>
      ) : null}
      {stats && stats.refused > 0 ? (
        <span
          className="step-results__item step-results__item--refused"
          data-stat="refused"
          title="Sessions whose message here WhatsApp's rules did not allow (a closed window, a template not approved)"
        >
          <Icon name="warning" size={13} strokeWidth={2.2} />
          {compactCount(stats.refused)} refused
        </span>
      ) : null}
      {delivery ? (
        <span
          className="step-results__item"
          data-stat="read"
          title={`${delivery.total} sent · ${delivery.delivered} delivered · ${delivery.read} read${delivery.failed ? ` · ${delivery.failed} failed` : ''}`}
        >
          <Icon name="check" size={13} strokeWidth={2.2} />
          {delivery.read > 0
            ? `${percent(delivery.read, delivery.total)} read`
            : `${percent(delivery.delivered, delivery.total)} delivered`}
        </span>
      ) : null}
    </div>
  );
}
