import { useState } from 'react';
import { Icon } from '../ui/Icon.tsx';
import type { WebhookCall } from './previewTypes.ts';

/**
 * The webhook request the bot waits on, answered by the tester: nothing goes to the network. A status and a JSON
 * body, or a network error.
 */
export function WebhookCard({
  call,
  onAnswer,
}: {
  call: WebhookCall;
  onAnswer: (answer: { status?: number; body?: unknown; error?: string }) => void;
}) {
  const [status, setStatus] = useState('200');
  const [body, setBody] = useState('{}');
  const [problem, setProblem] = useState<string | null>(null);
  const answer = () => {
    const code = Number(status);
    if (!Number.isInteger(code) || code < 100 || code > 599) {
      setProblem('The status is a number from 100 to 599');
      return;
    }
    let parsed: unknown;
    if (body.trim() !== '') {
      try {
        parsed = JSON.parse(body);
      } catch (error) {
        setProblem(`The body is not JSON: ${error instanceof Error ? error.message : String(error)}`);
        return;
      }
    }
    setProblem(null);
    onAnswer({ status: code, ...(parsed === undefined ? {} : { body: parsed }) });
  };
  const headers = Object.entries(call.headers);
  return (
    <div className="pv-webhook" data-testid="webhook-card">
      <div className="pv-webhook__title">
        <Icon name="webhook" size={15} />
        The bot calls a webhook: answer it
      </div>
      <div className="pv-webhook__request">
        <span className="pv-webhook__method">{call.method}</span>
        <span className="pv-webhook__url" data-testid="webhook-url">
          {call.url}
        </span>
      </div>
      {headers.length > 0 ? (
        <div className="pv-webhook__headers">
          {headers.map(([name, value]) => (
            <div key={name}>
              <span>{name}:</span> {value}
            </div>
          ))}
        </div>
      ) : null}
      {call.body ? (
        <pre className="pv-webhook__body" data-testid="webhook-body">
          {call.body}
        </pre>
      ) : null}
      <div className="pv-webhook__answer">
        <label className="pv-kv">
          <span className="pv-kv__key">Status</span>
          <input
            className="input input--sm pv-webhook__status"
            inputMode="numeric"
            aria-label="Response status"
            value={status}
            onChange={(event) => setStatus(event.target.value)}
          />
        </label>
        <textarea
          className="textarea pv-webhook__json"
          aria-label="Response body (JSON)"
          rows={3}
          spellCheck={false}
          value={body}
          onChange={(event) => setBody(event.target.value)}
        />
        {problem ? <div className="pv-webhook__problem">{problem}</div> : null}
        <div className="pv-webhook__buttons">
          <button type="button" className="btn btn--primary btn--sm" onClick={answer}>
            Send response
          </button>
          <button type="button" className="btn btn--sm" onClick={() => onAnswer({ status: 0, error: 'network error' })}>
            Network error
          </button>
        </div>
      </div>
    </div>
  );
}
