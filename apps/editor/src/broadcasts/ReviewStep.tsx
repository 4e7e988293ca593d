import { useEffect, useState } from 'react';
import { errorMessage } from '../api/ApiError.ts';
import { Icon } from '../ui/Icon.tsx';
import { MessageBubble } from '../whatsapp/MessageBubble.tsx';
import { broadcastsApi } from './broadcastsApi.ts';
import {
  type Audience,
  type AudienceCount,
  type BroadcastEstimate,
  type BroadcastMessageStep,
  EXCLUSION_LABELS,
  type ExclusionReason,
  type MessagingSettings,
  type PreviewResult,
  type SendMode,
} from './broadcastTypes.ts';

/** Step 3: the message as each sampled contact gets it, and the estimate — prices, exclusions, days. */
export function ReviewStep({
  audience,
  count,
  message,
  sendMode,
  onEstimate,
}: {
  audience: Audience;
  count: AudienceCount | null;
  message: BroadcastMessageStep;
  sendMode: SendMode;
  onEstimate: (estimate: BroadcastEstimate | null) => void;
}) {
  const sample = count?.sample ?? [];
  const [index, setIndex] = useState(0);
  const [preview, setPreview] = useState<PreviewResult | null>(null);
  const [estimate, setEstimate] = useState<BroadcastEstimate | null>(null);
  const [settings, setSettings] = useState<MessagingSettings | null>(null);
  const [error, setError] = useState<string | null>(null);
  const contact = sample[index];

  useEffect(() => {
    let live = true;
    broadcastsApi.preview({ message, ...(contact ? { contactId: contact.id } : { audience }) }).then(
      (result) => live && setPreview(result),
      (failure) => live && setError(errorMessage(failure)),
    );
    return () => {
      live = false;
    };
  }, [message, contact, audience]);

  const refresh = () => {
    setEstimate(null);
    onEstimate(null);
    broadcastsApi.estimate({ audience, message, sendMode }).then(
      (result) => {
        setEstimate(result);
        onEstimate(result);
      },
      (failure) => setError(errorMessage(failure)),
    );
    broadcastsApi.settings().then(setSettings, () => setSettings(null));
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: re-estimated when what is sent changes
  useEffect(refresh, [audience, message, sendMode]);

  const changeLimit = async (value: string) => {
    try {
      await broadcastsApi.setLimit(value === 'unlimited' ? null : Number(value));
      refresh();
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };

  return (
    <div className="bc-step bc-review">
      <section className="bc-preview">
        <div className="bc-preview__bar">
          <button
            type="button"
            className="btn btn--ghost btn--icon"
            aria-label="Previous contact"
            disabled={index === 0}
            onClick={() => setIndex(index - 1)}
          >
            <Icon name="chevronLeft" size={16} />
          </button>
          <span className="bc-preview__who" data-testid="preview-contact">
            {preview?.contact ? `${preview.contact.name ?? 'No name'} · +${preview.contact.waId}` : 'Example contact'}
          </span>
          <button
            type="button"
            className="btn btn--ghost btn--icon"
            aria-label="Next contact"
            disabled={index >= sample.length - 1}
            onClick={() => setIndex(index + 1)}
          >
            <Icon name="chevronRight" size={16} />
          </button>
        </div>
        <div className="bc-chat">
          {preview ? <MessageBubble message={preview.message} display={preview.display} side="received" /> : null}
        </div>
        {preview?.decision ? (
          preview.decision.send ? (
            <p className="bc-ok" data-testid="preview-decision">
              <Icon name="checkCircle" size={15} /> Receives it · {preview.decision.reason}
            </p>
          ) : (
            <p className="bc-problem" data-testid="preview-decision">
              <Icon name="error" size={15} /> Excluded: {EXCLUSION_LABELS[preview.decision.reason]} —{' '}
              {preview.decision.text}
            </p>
          )
        ) : null}
      </section>

      <section className="bc-estimate" data-testid="estimate">
        <h3 className="bc-h3">Estimate</h3>
        {error ? <p className="bc-problem">{error}</p> : null}
        {estimate ? (
          <>
            <div className="bc-tiles">
              <Tile label="Will receive it" value={estimate.recipients} strong />
              <Tile label="Excluded" value={estimate.matched - estimate.recipients} />
              <Tile label="Inside their 24 h window" value={estimate.insideWindow} />
            </div>
            <table className="bc-table bc-table--compact">
              <tbody>
                <tr>
                  <th>Free</th>
                  <td>{estimate.byPrice.free.toLocaleString()}</td>
                  <td className="muted">inside the customer-service window (utility) or an entry-point window</td>
                </tr>
                <tr>
                  <th>Utility</th>
                  <td>{estimate.byPrice.utility.toLocaleString()}</td>
                  <td className="muted">charged per delivered message</td>
                </tr>
                <tr>
                  <th>Marketing</th>
                  <td>{estimate.byPrice.marketing.toLocaleString()}</td>
                  <td className="muted">charged per delivered message</td>
                </tr>
              </tbody>
            </table>
            {Object.keys(estimate.excluded).length > 0 ? (
              <ul className="bc-reasons">
                {Object.entries(estimate.excluded).map(([reason, value]) => (
                  <li key={reason}>
                    <span>{EXCLUSION_LABELS[reason as ExclusionReason]}</span>
                    <strong>{(value ?? 0).toLocaleString()}</strong>
                  </li>
                ))}
              </ul>
            ) : null}
            <p className="bc-summary" data-testid="estimate-summary">
              {estimate.summary}
            </p>
            {estimate.days.length > 1 ? (
              <ol className="bc-days">
                {estimate.days.map((value, day) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: days are positional
                  <li key={day}>
                    <span>{day === 0 ? 'Today' : day === 1 ? 'Tomorrow' : `Day ${day + 1}`}</span>
                    <strong>{value.toLocaleString()}</strong>
                  </li>
                ))}
              </ol>
            ) : null}
          </>
        ) : (
          <p className="muted">Estimating…</p>
        )}
        {settings ? (
          <label className="bc-field bc-limit">
            <span className="bc-field__label">
              Messaging limit (unique contacts outside their window per 24 h; {settings.usedLast24h.toLocaleString()}{' '}
              used)
            </span>
            <select
              className="select"
              value={settings.messagingLimit === null ? 'unlimited' : String(settings.messagingLimit)}
              onChange={(event) => void changeLimit(event.target.value)}
              aria-label="Messaging limit"
            >
              {settings.tiers.map((tier) => (
                <option key={String(tier)} value={tier === null ? 'unlimited' : String(tier)}>
                  {tier === null ? 'Unlimited' : tier.toLocaleString()}
                </option>
              ))}
            </select>
          </label>
        ) : null}
      </section>
    </div>
  );
}

function Tile({ label, value, strong }: { label: string; value: number; strong?: boolean }) {
  return (
    <div className={`bc-tile${strong ? ' bc-tile--strong' : ''}`}>
      <span className="bc-tile__value">{value.toLocaleString()}</span>
      <span className="bc-tile__label">{label}</span>
    </div>
  );
}
