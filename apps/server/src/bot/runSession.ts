import type { SessionSummary } from '@salesbot/api';
import type { EndReason, EngineEvent, StartEvent, StepResult, Trigger } from '@salesbot/engine';
import * as engine from '@salesbot/engine';
import { newId } from '../db/ids.ts';
import { stmt } from '../db/stmt.ts';
import type { Services } from '../services.ts';
import { saveConversation } from '../store/conversations.ts';
import { getActiveSession, insertSession, type Session, updateSession } from '../store/sessions.ts';
import type { PublishedFlow } from './flowCache.ts';
import { performEffects } from './performEffects.ts';
import { type Scope, stepContext } from './scope.ts';

/** goToFlow chains longer than this stop (a flow that jumps back and forth would loop forever). */
const MAX_FLOW_CHAIN = 8;

/**
 * Starts a session of `published` (its published version, pinned for the session's life) in the conversation,
 * runs it until it waits or ends, and performs its effects. Call inside a transaction, with no session running in
 * the conversation.
 */
export function startBotSession(
  services: Services,
  scope: Scope,
  published: PublishedFlow,
  trigger: Trigger,
  event: StartEvent,
  depth = 0,
): Session {
  const now = services.clock.now();
  const sessionId = newId('ss');
  const result = engine.startSession(published.flow, {
    sessionId,
    trigger,
    event,
    context: stepContext(services, scope),
  });
  const session: Session = {
    id: sessionId,
    workspaceId: scope.channel.workspaceId,
    conversationId: scope.conversation.id,
    flowId: published.flowId,
    flowVersion: published.version,
    triggerId: trigger.id,
    status: 'waiting',
    waitingNode: null,
    endReason: null,
    endDetail: null,
    snapshot: result.snapshot,
    startedAt: now,
    updatedAt: now,
    endedAt: null,
  };
  applyOutcome(session, result, now);
  // The row first (timers and webhook calls point at it), with the step's outcome already in it.
  insertSession(services.db, session, result.trace);
  finishStep(services, scope, session, result, depth, 'session.started');
  return session;
}

/** Feeds `event` to a running session and performs what it does. Call inside a transaction. */
export function stepBotSession(
  services: Services,
  scope: Scope,
  session: Session,
  event: EngineEvent,
  depth = 0,
): void {
  if (session.status !== 'waiting') return;
  const now = services.clock.now();
  let flow: ReturnType<Services['flows']['get']>;
  try {
    flow = services.flows.get(session.workspaceId, session.flowId, session.flowVersion);
  } catch (error) {
    // The pinned version no longer compiles (an engine upgrade): end the session rather than fail every event of
    // the conversation forever.
    services.logger.error({ err: error, sessionId: session.id }, 'session flow version unusable; ending it');
    endWithError(services, session, error instanceof Error ? error.message : String(error));
    return;
  }
  const result = engine.stepSession(flow, {
    sessionId: session.id,
    snapshot: session.snapshot,
    event,
    context: stepContext(services, scope),
  });
  applyOutcome(session, result, now);
  updateSession(services.db, session, result.trace, services.config.bot.maxTraceBytes);
  finishStep(
    services,
    scope,
    session,
    result,
    depth,
    result.snapshot.status === 'ended' ? 'session.ended' : 'session.updated',
  );
}

/** The session's fields after a step. */
function applyOutcome(session: Session, result: StepResult, now: number): void {
  session.snapshot = result.snapshot;
  session.status = result.snapshot.status;
  session.waitingNode = result.snapshot.nodeId;
  session.updatedAt = now;
  if (session.status === 'ended') {
    const end = result.effects.findLast((effect) => effect.type === 'end');
    session.endedAt = now;
    session.endReason = end?.type === 'end' ? end.reason : (session.endReason ?? 'completed');
    session.endDetail = end?.type === 'end' ? (end.detail ?? null) : session.endDetail;
  }
}

/** The conversation's facts, the effects, the event, then any goToFlow. */
function finishStep(
  services: Services,
  scope: Scope,
  session: Session,
  result: StepResult,
  depth: number,
  eventType: 'session.started' | 'session.updated' | 'session.ended',
): void {
  scope.conversation.facts = result.facts;
  const { startFlows } = performEffects(services, scope, session, result.effects);
  saveConversation(services.db, scope.conversation);
  services.bus.record(session.workspaceId, eventType, sessionSummary(session), session.updatedAt);
  for (const flowId of startFlows) startFlowById(services, scope, flowId, depth + 1);
}

/** A goToFlow: starts the target flow's published version through its API trigger. */
function startFlowById(services: Services, scope: Scope, flowId: string, depth: number): void {
  const log = services.logger.child({ conversationId: scope.conversation.id, flowId });
  if (depth > MAX_FLOW_CHAIN) {
    log.warn('goToFlow chain too long; not starting');
    return;
  }
  if (getActiveSession(services.db, scope.conversation.id)) {
    log.warn('goToFlow while another session is running; not starting');
    return;
  }
  const published = services.flows.publishedFlow(scope.channel.workspaceId, flowId);
  if (!published) {
    log.warn('goToFlow target has no published version');
    return;
  }
  const event: StartEvent = { type: 'api' };
  const trigger =
    engine.matchTrigger(published.flow.graph, event, { isNewContact: false }) ?? fallbackApiTrigger(published);
  if (!trigger) {
    log.warn('goToFlow target has no trigger to start from');
    return;
  }
  startBotSession(services, scope, published, trigger, event, depth);
}

/** A flow reached by goToFlow without an API trigger starts where its first trigger starts. */
function fallbackApiTrigger(published: PublishedFlow): Trigger | null {
  const nodeId = published.flow.graph.triggers.find((trigger) => trigger.nodeId)?.nodeId;
  return nodeId ? { id: 'goToFlow', type: 'api', nodeId } : null;
}

/**
 * Stops a running session: the engine hears `agentTookOver` (it ends the session and cancels its timers); a
 * session that would not end is closed by force. Call inside a transaction.
 */
export function stopBotSession(services: Services, scope: Scope, session: Session, agent?: string): void {
  stepBotSession(services, scope, session, { type: 'agentTookOver', ...(agent ? { agent } : {}) });
  if (session.status === 'ended') return;
  endByForce(services, session, { reason: 'agentTookOver', traceDetail: 'stopped', endDetail: session.endDetail });
}

function endWithError(services: Services, session: Session, detail: string): void {
  endByForce(services, session, { reason: 'error', traceDetail: detail, endDetail: detail });
}

/** Ends a session without the engine: the row, its trace, its pending timers and the SSE event. */
function endByForce(
  services: Services,
  session: Session,
  end: { reason: EndReason; traceDetail: string; endDetail: string | null },
): void {
  const now = services.clock.now();
  session.status = 'ended';
  session.endReason = end.reason;
  session.endDetail = end.endDetail;
  session.endedAt = now;
  session.updatedAt = now;
  session.snapshot = { ...session.snapshot, status: 'ended' };
  updateSession(
    services.db,
    session,
    [{ at: now, kind: 'end', reason: end.reason, detail: end.traceDetail }],
    services.config.bot.maxTraceBytes,
  );
  stmt(services.db, "UPDATE timers SET state = 'cancelled' WHERE session_id = ? AND state = 'pending'").run(session.id);
  services.bus.record(session.workspaceId, 'session.ended', sessionSummary(session), now);
}

/** What the SSE stream and lists show of a session. */
export function sessionSummary(session: Session): SessionSummary {
  return {
    id: session.id,
    conversationId: session.conversationId,
    flowId: session.flowId,
    flowVersion: session.flowVersion,
    status: session.status,
    waitingNode: session.waitingNode,
    endReason: session.endReason,
    updatedAt: session.updatedAt,
  };
}
