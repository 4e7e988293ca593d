import type { EndReason } from '@salesbot/engine';
import type { GraphNode } from '@salesbot/graph';
import { describe, expect, it } from 'vitest';
import { createTestGraph } from '../graph/createTestGraph.ts';
import { deliveryOf, endedByReason, endReasonLabel, percent, stepNotes, stoppedAt } from './resultsFormat.ts';

describe('results formatting', () => {
  it('percent: whole percentages, "<1%" for a few of many, a dash of nothing', () => {
    expect(percent(1, 3)).toBe('33%');
    expect(percent(2, 3)).toBe('67%');
    expect(percent(3, 3)).toBe('100%');
    expect(percent(0, 3)).toBe('0%');
    expect(percent(1, 500)).toBe('<1%');
    expect(percent(0, 0)).toBe('–');
  });

  it('deliveryOf: a read (or played) message was delivered too; none without messages', () => {
    expect(deliveryOf(undefined)).toBeNull();
    expect(deliveryOf({ sent: 2, delivered: 3, read: 4, played: 1, failed: 1 })).toEqual({
      total: 11,
      delivered: 8,
      read: 5,
      failed: 1,
    });
  });

  it('ended sessions by reason, most frequent first, in words (an unknown reason as it is)', () => {
    const analytics = {
      flowId: 'f',
      since: null,
      version: null,
      channelId: null,
      readAt: 0,
      sessions: { started: 9, running: 0, ended: { handoff: 2, completed: 5, windowClosed: 2 } },
      steps: {},
    };
    expect(endedByReason(analytics)).toEqual([
      { reason: 'completed', n: 5 },
      { reason: 'handoff', n: 2 },
      { reason: 'windowClosed', n: 2 },
    ]);
    expect(endReasonLabel('handoff')).toBe('Handed to a person');
    // A reason this build does not know yet (a newer server) shows as it is.
    expect(endReasonLabel('somethingNew' as EndReason)).toBe('somethingNew');
  });

  it('a step’s sessions that neither went on nor wait stopped there; steps that end a session stop none', () => {
    // The test graph's buttons step (outputs yes, no) and its end step.
    const [question, , end] = createTestGraph().nodes as [GraphNode, GraphNode, GraphNode];
    const stats = {
      reached: 10,
      waiting: 2,
      refused: 1,
      outputs: { yes: 4, no: 1 },
      messages: { delivered: 6, read: 4 },
    };
    expect(stoppedAt(question, stats)).toBe(3);
    expect(stoppedAt(question, { ...stats, outputs: { yes: 9, no: 9 } })).toBe(0);
    expect(stoppedAt(end, { reached: 5, waiting: 0, refused: 0, outputs: {} })).toBe(0);
    expect(stoppedAt(question, undefined)).toBe(0);
    expect(stepNotes(question, stats)).toEqual([
      '2 waiting',
      '3 stopped here',
      '1 refused',
      '10 sent, 100% delivered, 40% read',
    ]);
    expect(stepNotes(end, { reached: 5, waiting: 0, refused: 0, outputs: {} })).toEqual([]);
  });
});
