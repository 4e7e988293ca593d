import type { FlowAnalytics, StepAnalytics } from '@salesbot/api';
import type { EndReason } from '@salesbot/engine';
import { type GraphNode, getNodeOutputs } from '@salesbot/graph';
import { compactCount } from '../ui/formatCount.ts';

/** The periods the Results tab offers, in days (null: since the first session). */
export const PERIODS: { days: number | null; label: string }[] = [
  { days: 1, label: 'Last 24 hours' },
  { days: 7, label: 'Last 7 days' },
  { days: 30, label: 'Last 30 days' },
  { days: 90, label: 'Last 90 days' },
  { days: null, label: 'All time' },
];

/** How a session ended, in a marketer's words (docs/engine-semantics.md has each reason; a new one fails to compile). */
export const END_REASON_LABELS: Record<EndReason, string> = {
  completed: 'Completed',
  handoff: 'Handed to a person',
  goToFlow: 'Went on to another flow',
  windowClosed: 'Window closed, nothing to send',
  refused: 'Refused by WhatsApp’s rules',
  invalidReply: 'No valid answer',
  loopLimit: 'Stopped in a loop',
  agentTookOver: 'An agent took over',
  sendFailed: 'A message failed',
  error: 'Error',
};

export function endReasonLabel(reason: EndReason): string {
  return END_REASON_LABELS[reason] ?? reason;
}

/** `part` as a whole percentage of `whole` ("–" of nothing; "<1%" for a few of many). */
export function percent(part: number, whole: number): string {
  if (whole <= 0) return '–';
  const value = (part / whole) * 100;
  if (part > 0 && value < 1) return '<1%';
  return `${Math.round(value)}%`;
}

/** The ended sessions by reason, the most frequent first. */
export function endedByReason(analytics: FlowAnalytics): { reason: EndReason; n: number }[] {
  return (Object.entries(analytics.sessions.ended) as [EndReason, number][])
    .map(([reason, n]) => ({ reason, n }))
    .sort((a, b) => b.n - a.n || a.reason.localeCompare(b.reason));
}

/** Of a step's messages (by WhatsApp status), how many were delivered and read (a read one was delivered too). */
export function deliveryOf(messages: StepAnalytics['messages']) {
  if (!messages) return null;
  let total = 0;
  for (const n of Object.values(messages)) total += n;
  const read = (messages.read ?? 0) + (messages.played ?? 0);
  const delivered = read + (messages.delivered ?? 0);
  return { total, delivered, read, failed: messages.failed ?? 0 };
}

/**
 * Sessions that reached a step and neither left it through an output nor wait there: they stopped at it (the policy
 * refused its message with nowhere to go, an agent took over, a send failed…). Zero for steps that end a session by
 * design (no outputs: end, handoff, go to flow). A session that took two outputs of a step (a loop) is counted out
 * twice, so the result never goes below zero.
 */
export function stoppedAt(node: GraphNode, stats: StepAnalytics | undefined): number {
  if (!stats || getNodeOutputs(node).length === 0) return 0;
  let left = stats.waiting;
  for (const n of Object.values(stats.outputs)) left += n;
  return Math.max(0, stats.reached - left);
}

/** A step's line under its bar in the Results tab: who waits, stopped, was refused, and how its messages fared. */
export function stepNotes(node: GraphNode, stats: StepAnalytics | undefined): string[] {
  if (!stats) return [];
  const notes: string[] = [];
  if (stats.waiting > 0) notes.push(`${compactCount(stats.waiting)} waiting`);
  const stopped = stoppedAt(node, stats);
  if (stopped > 0) notes.push(`${compactCount(stopped)} stopped here`);
  if (stats.refused > 0) notes.push(`${compactCount(stats.refused)} refused`);
  const delivery = deliveryOf(stats.messages);
  if (delivery) {
    notes.push(
      `${compactCount(delivery.total)} sent, ${percent(delivery.delivered, delivery.total)} delivered, ${percent(delivery.read, delivery.total)} read`,
    );
  }
  return notes;
}
