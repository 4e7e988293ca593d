import { PanelHeader } from '../panels/PanelHeader.tsx';
import { useEditor } from '../store/EditorStoreContext.tsx';
import { EmptyState } from '../ui/EmptyState.tsx';
import { formatDateTime, formatRelativeTime } from '../ui/formatTime.ts';
import { Icon } from '../ui/Icon.tsx';
import { useVersions } from './useVersions.ts';

/** The published versions: open one read-only (with what changed since) or go back to the draft. */
export function VersionsPanel({
  viewing,
  onOpen,
}: {
  viewing: number | null;
  onOpen: (version: number | null) => void;
}) {
  const flowId = useEditor((state) => state.flowId);
  const publishedVersion = useEditor((state) => state.publishedVersion);
  const { versions, error } = useVersions(flowId, publishedVersion);
  return (
    <div className="inspector" data-testid="versions-panel">
      <PanelHeader
        icon="history"
        tone="flow"
        title="Version history"
        description="Each publish keeps a version. Open one to compare it with the draft or restore it."
      />
      <ul className="versions">
        <li>
          <button
            type="button"
            className={`version${viewing === null ? ' is-current' : ''}`}
            onClick={() => onOpen(null)}
          >
            <span className="version__dot version__dot--draft" />
            <span className="version__text">
              <span className="version__title">Draft</span>
              <span className="version__meta">What you are editing</span>
            </span>
          </button>
        </li>
        {(versions ?? []).map((version) => (
          <li key={version.version}>
            <button
              type="button"
              className={`version${viewing === version.version ? ' is-current' : ''}`}
              onClick={() => onOpen(version.version)}
              data-version={version.version}
            >
              <span className={`version__dot${version.version === publishedVersion ? ' version__dot--live' : ''}`} />
              <span className="version__text">
                <span className="version__title">
                  Version {version.version}
                  {version.version === publishedVersion ? <span className="badge badge--green">Live</span> : null}
                </span>
                <span className="version__meta" title={formatDateTime(version.publishedAt)}>
                  Published {formatRelativeTime(version.publishedAt, Date.now())} · {version.nodeCount} steps
                </span>
              </span>
              <Icon name="chevronRight" size={15} />
            </button>
          </li>
        ))}
      </ul>
      {versions && versions.length === 0 ? (
        <EmptyState icon="publish" title="Not published yet">
          Publish the flow to make it answer customers; each publish is kept here.
        </EmptyState>
      ) : null}
      {error ? <p className="pfield__problem">{error}</p> : null}
    </div>
  );
}
