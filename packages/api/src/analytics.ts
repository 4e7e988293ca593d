import type { EndReason } from '@salesbot/engine';
import type { MessageStatus } from './inbox.ts';

/**
 * How people went through a flow (`GET /api/flows/:id/analytics`): its sessions started in a period, read from
 * their step traces. Every count of a step is of sessions (a session that passed a step twice counts once), except
 * the messages a step sent, which are messages.
 */
export interface FlowAnalytics {
  flowId: string;
  /** Sessions started at or after this time (ms since the epoch); null: since the flow's first session. */
  since: number | null;
  /** Only the sessions of this published version; null: of every version. */
  version: number | null;
  /** Only the sessions of this number's (channel's) conversations — a test number's apart; null: of every number. */
  channelId: string | null;
  /** When the counts were read (the server's clock). */
  readAt: number;
  sessions: {
    started: number;
    /** Waiting for the customer (or a timer) now. */
    running: number;
    /** Ended, by the reason they ended (`completed`, `handoff`, `windowClosed`…). */
    ended: Partial<Record<EndReason, number>>;
  };
  /** By step id: steps no session reached are absent. */
  steps: Record<string, StepAnalytics>;
}

export interface StepAnalytics {
  /** Sessions that entered the step. */
  reached: number;
  /** Sessions waiting on it now (a question, a delay, a Flow…). */
  waiting: number;
  /** Sessions whose message here the messaging-window policy refused (a closed window, an unapproved template…). */
  refused: number;
  /** By output id (a button, a list row, a branch, `next`, `timeout`…): sessions that left the step through it. */
  outputs: Record<string, number>;
  /** The step's messages by their WhatsApp status (sent, delivered, read, failed…); absent if it sends none. */
  messages?: Partial<Record<MessageStatus, number>>;
}
