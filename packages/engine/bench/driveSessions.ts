import { applyConversationEvent, type ConversationFacts, EMPTY_FACTS } from '@salesbot/policy';
import type { InboundMessage } from '@salesbot/whatsapp';
import type { CompiledFlow, SessionSnapshot, StepContext, StepResult } from '../src/index.ts';
import { startSession, stepSession } from '../src/index.ts';

const contact = { waId: '15551234567', name: 'Ana López', fields: {}, tags: [], optIn: 'optedIn' as const };

/**
 * A driver of customer turns through a compiled generated flow (`generateGraph`): each call plays `count` turns
 * (a new session when one ends) and returns the count. Each step gets the stored snapshot through JSON, as the
 * server does.
 */
export function driveSessions(flow: CompiledFlow, count: number): () => number {
  const trigger = flow.graph.triggers[0];
  if (!trigger) throw new Error('no trigger');
  let now = Date.parse('2026-03-02T09:00:00Z');
  let facts: ConversationFacts = EMPTY_FACTS;
  let messages = 0;
  let snapshot: SessionSnapshot | null = null;

  const message = (content: InboundMessage['content']): InboundMessage => ({
    id: `wamid.bench.${++messages}`,
    from: contact.waId,
    timestamp: now,
    content,
  });
  /** What the customer answers at the step the session waits on: a tap, a row, or a typed answer. */
  const answerFor = (nodeId: string | null, turn: number): InboundMessage => {
    if (nodeId?.endsWith('_ask')) {
      const id = ['a', 'b', 'c'][turn % 3] ?? 'a';
      return message({ type: 'buttonReply', id, title: `Option ${id.toUpperCase()}` });
    }
    if (nodeId?.endsWith('_list')) return message({ type: 'listReply', id: turn % 2 ? 'on' : 'tag', title: 'Go on' });
    return message({ type: 'text', text: `answer ${turn}` });
  };

  return () => {
    for (let turn = 0; turn < count; turn++) {
      now += 5_000;
      const event = { type: 'inbound', message: answerFor(snapshot?.nodeId ?? null, turn) } as const;
      facts = applyConversationEvent(facts, { type: 'customerMessage', at: now });
      const context: StepContext = { now, facts, contact, channel: { businessVerified: true } };
      const result: StepResult =
        snapshot === null || snapshot.status === 'ended'
          ? startSession(flow, { sessionId: 'bench', trigger, event, context })
          : stepSession(flow, { sessionId: 'bench', snapshot: JSON.parse(JSON.stringify(snapshot)), event, context });
      facts = result.facts;
      snapshot = result.snapshot;
    }
    return count;
  };
}
