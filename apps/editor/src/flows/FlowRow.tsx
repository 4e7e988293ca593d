import type { FlowSummary } from '../api/apiTypes.ts';

import { Link } from '../router/Link.tsx';
import { navigate } from '../router/navigate.ts';
import { compactCount } from '../ui/formatCount.ts';
import { formatDateTime, formatRelativeTime } from '../ui/formatTime.ts';
import { Icon } from '../ui/Icon.tsx';
import { MenuButton } from '../ui/Menu.tsx';

export interface FlowRowProps {
  flow: FlowSummary;
  onRename: () => void;
  onDuplicate: () => void;
  onExport: () => void;
  onDelete: () => void;
}

/** One flow in the list: name, publish status, problems, last update and its actions. */
export function FlowRow({ flow, onRename, onDuplicate, onExport, onDelete }: FlowRowProps) {
  const href = `/flows/${encodeURIComponent(flow.id)}`;
  return (
    <tr className="flows__row" onClick={(event) => !(event.target as Element).closest('button, a') && navigate(href)}>
      <td>
        <Link to={href} className="flows__name">
          <span className="flows__avatar">
            <Icon name="flows" size={16} />
          </span>
          <span>
            <span className="flows__title">{flow.name}</span>
            <span className="flows__id">{flow.description || flow.id}</span>
          </span>
        </Link>
      </td>
      <td>
        {flow.publishedVersion ? (
          <span className="badge badge--green">
            <span className="dot dot--green" />
            Live · v{flow.publishedVersion}
          </span>
        ) : (
          <span className="badge">Draft</span>
        )}
      </td>
      <td>
        {flow.errorCount + flow.warningCount === 0 ? (
          <span className="flows__ok">
            <Icon name="checkCircle" size={15} />
            None
          </span>
        ) : (
          <span className="flows__problems">
            {flow.errorCount > 0 ? (
              <span className="badge badge--red">
                <Icon name="error" size={12} strokeWidth={2.2} />
                {flow.errorCount} {flow.errorCount === 1 ? 'error' : 'errors'}
              </span>
            ) : null}
            {flow.warningCount > 0 ? (
              <span className="badge badge--amber">
                <Icon name="warning" size={12} strokeWidth={2.2} />
                {flow.warningCount} {flow.warningCount === 1 ? 'warning' : 'warnings'}
              </span>
            ) : null}
          </span>
        )}
      </td>
      <td className="flows__sessions" title="Sessions started in the last 7 days" data-sessions={flow.sessions7d}>
        {flow.sessions7d > 0 ? compactCount(flow.sessions7d) : <span className="muted">–</span>}
      </td>
      <td className="muted" title={formatDateTime(flow.updatedAt)}>
        {formatRelativeTime(flow.updatedAt, Date.now())}
      </td>
      <td className="flows__actions">
        <MenuButton
          trigger={({ toggle, open }) => (
            <button
              type="button"
              className="btn btn--ghost btn--icon btn--sm"
              aria-label={`Actions for ${flow.name}`}
              aria-expanded={open}
              onClick={toggle}
            >
              <Icon name="more" size={18} />
            </button>
          )}
          items={[
            { label: 'Open', icon: 'edit', onSelect: () => navigate(href) },
            { label: 'Rename', icon: 'setField', onSelect: onRename },
            { label: 'Duplicate', icon: 'copy', onSelect: onDuplicate },
            { label: 'Export JSON', icon: 'download', onSelect: onExport },
            { label: 'Delete', icon: 'trash', tone: 'danger', onSelect: onDelete, separatorBefore: true },
          ]}
        />
      </td>
    </tr>
  );
}
