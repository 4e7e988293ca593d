import { type Duration, LIMITS } from '@salesbot/graph';
import { NumberField } from './NumberField.tsx';
import { TextField } from './TextField.tsx';
import { TimeoutField } from './TimeoutField.tsx';

export interface ReplyHandling {
  retryMessage?: string;
  maxRetries: number;
  timeout?: Duration;
}

/** What a waiting step does with answers it cannot use, and how long it waits. */
export function ReplyHandlingFields({
  value,
  set,
}: {
  value: ReplyHandling;
  set: (path: string, value: unknown) => void;
}) {
  return (
    <details className="psection" open={value.timeout !== undefined || value.retryMessage !== undefined}>
      <summary className="psection__title">When the answer does not fit</summary>
      <TextField
        label="Re-prompt"
        path="retryMessage"
        value={value.retryMessage}
        multiline
        rows={2}
        optional
        variables
        placeholder="Please tap one of the buttons 🙂"
        hint="Sent when the customer types something else. Without one, the same message is sent again."
        onChange={(text) => set('retryMessage', text === '' ? undefined : text)}
      />
      <NumberField
        label="Re-prompts before “Invalid answer”"
        path="maxRetries"
        value={value.maxRetries}
        min={0}
        max={LIMITS.retryAttemptsMax}
        onChange={(n) => set('maxRetries', Math.max(0, Math.round(n ?? 0)))}
      />
      <TimeoutField
        value={value.timeout}
        set={set}
        hint="Adds a “No answer” output taken when the customer does not answer in time."
      />
    </details>
  );
}
