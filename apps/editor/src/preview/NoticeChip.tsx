import { Icon, type IconName } from '../ui/Icon.tsx';
import { useChatActions } from './chatActions.ts';
import type { NoticeCode, TranscriptEntry } from './previewTypes.ts';

type NoticeEntry = Extract<TranscriptEntry, { kind: 'notice' }>;

const ICON: Record<NoticeCode, IconName> = {
  started: 'play',
  noTrigger: 'info',
  clock: 'clock',
  timer: 'wait',
  windowClosed: 'lock',
  entryPointClosed: 'lock',
  fallback: 'template',
  refused: 'error',
  webhook: 'webhook',
  ended: 'end',
  edit: 'edit',
};

/** A line from the simulator in the middle of the chat (like WhatsApp's system messages): what happened and why. */
export function NoticeChip({ entry }: { entry: NoticeEntry }) {
  const actions = useChatActions();
  const { nodeId } = entry;
  const content = (
    <>
      <Icon name={ICON[entry.code]} size={13} />
      <span>{entry.text}</span>
    </>
  );
  return (
    <div className="pv-row pv-row--notice" data-entry={entry.id} data-notice={entry.code}>
      {nodeId ? (
        <button
          type="button"
          className={`pv-notice pv-notice--${entry.tone} is-link`}
          title={entry.detail}
          onClick={() => actions.select(nodeId)}
        >
          {content}
        </button>
      ) : (
        <div className={`pv-notice pv-notice--${entry.tone}`} title={entry.detail}>
          {content}
        </div>
      )}
    </div>
  );
}
