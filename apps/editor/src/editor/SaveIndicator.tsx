import { useEditor } from '../store/EditorStoreContext.tsx';
import { Icon } from '../ui/Icon.tsx';

/** Saved / Saving… / Unsaved / Not saved (retrying) / Conflict, beside the flow's name. */
export function SaveIndicator({ onRetry }: { onRetry: () => void }) {
  const status = useEditor((state) => state.saveStatus);
  const error = useEditor((state) => state.saveError);
  switch (status) {
    case 'saved':
      return (
        <span className="save save--saved" data-testid="save-status" data-status="saved">
          <Icon name="check" size={14} strokeWidth={2.4} /> Saved
        </span>
      );
    case 'saving':
      return (
        <span className="save" data-testid="save-status" data-status="saving">
          <span className="spinner" /> Saving…
        </span>
      );
    case 'unsaved':
      return (
        <span className="save" data-testid="save-status" data-status="unsaved">
          <Icon name="cloud" size={14} /> Unsaved changes
        </span>
      );
    case 'error':
      return (
        <button
          type="button"
          className="save save--error"
          title={error ?? ''}
          onClick={onRetry}
          data-testid="save-status"
          data-status="error"
        >
          <Icon name="cloudOff" size={14} /> Not saved — retry
        </button>
      );
    case 'conflict':
      return (
        <button
          type="button"
          className="save save--error"
          title={error ?? ''}
          onClick={() => window.location.reload()}
          data-testid="save-status"
          data-status="conflict"
        >
          <Icon name="warning" size={14} /> Changed elsewhere — reload
        </button>
      );
  }
}
