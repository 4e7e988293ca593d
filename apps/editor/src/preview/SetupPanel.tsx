import { CommitInput } from './CommitInput.tsx';
import { toLocalInput } from './formatClock.ts';
import type { PreviewSetup } from './previewTypes.ts';

/** How the run begins: the clock's start, the customer's WhatsApp id, a verified business. Changing it restarts. */
export function SetupPanel({
  setup,
  running,
  onRestart,
}: {
  setup: PreviewSetup;
  running: boolean;
  onRestart: (setup: Partial<PreviewSetup>) => void;
}) {
  return (
    <div className="pv-panel" data-testid="setup-panel">
      {running ? <p className="pv-panel__hint">Changing these restarts the conversation.</p> : null}
      <label className="pv-kv">
        <span className="pv-kv__key">Clock starts</span>
        <input
          type="datetime-local"
          className="input input--sm"
          data-testid="setup-start"
          value={toLocalInput(setup.start)}
          onChange={(event) => {
            const at = new Date(event.target.value).getTime();
            if (!Number.isNaN(at)) onRestart({ start: at });
          }}
        />
      </label>
      <div className="pv-kv">
        <span className="pv-kv__key">Customer’s WhatsApp id</span>
        <CommitInput
          className="input input--sm"
          aria-label="Customer’s WhatsApp id"
          data-testid="setup-waid"
          value={setup.contact.waId}
          onCommit={(waId) => /^\d{6,15}$/.test(waId) && onRestart({ contact: { ...setup.contact, waId } })}
        />
      </div>
      <label className="pv-check">
        <input
          type="checkbox"
          data-testid="setup-verified"
          checked={setup.businessVerified}
          onChange={(event) => onRestart({ businessVerified: event.target.checked })}
        />
        Verified business (WhatsApp Flows need one)
      </label>
    </div>
  );
}
