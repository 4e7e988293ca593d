import { type ConversationFacts, getWindowState } from '@salesbot/policy';

/** A window that closed while the clock moved. */
export interface WindowClosing {
  at: number;
  code: 'windowClosed' | 'entryPointClosed';
  text: string;
  detail: string;
}

/**
 * The windows that closed in (from, to]: the 24-hour customer-service window and the free entry-point window.
 * `before` are the facts when the clock started moving, `after` when it stopped (a business reply on the way may
 * have opened an entry-point window; customers do not write while the clock jumps).
 */
export function windowNotices(
  before: ConversationFacts,
  after: ConversationFacts,
  from: number,
  to: number,
): WindowClosing[] {
  const closings: WindowClosing[] = [];
  const service = getWindowState(before, from).customerService;
  if (service.open && service.closesAt !== null && service.closesAt <= to) {
    closings.push({
      at: service.closesAt,
      code: 'windowClosed',
      text: 'Customer-service window closed',
      detail: 'The customer last wrote 24 hours ago: from now on only templates can go until they write again.',
    });
  }
  const entry = getWindowState(after, to).entryPoint;
  if (entry.closesAt !== null && entry.closesAt > from && entry.closesAt <= to) {
    closings.push({
      at: entry.closesAt,
      code: 'entryPointClosed',
      text: 'Free entry-point window ended',
      detail: 'The 72 hours of free messages after answering an ad or page button are over.',
    });
  }
  return closings.sort((a, b) => a.at - b.at);
}
