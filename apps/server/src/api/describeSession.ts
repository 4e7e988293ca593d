import type { SessionSummary } from '@salesbot/api';
import { sessionSummary } from '../bot/runSession.ts';
import type { Services } from '../services.ts';
import type { Session } from '../store/sessions.ts';

/**
 * A session as the API lists it: its summary, its times, and the label of the step it waits on in the session's
 * version (a version that no longer compiles has none to give). Not for the hot path: it may compile that version.
 */
export function describeSession(
  services: Services,
  session: Session,
): SessionSummary & { startedAt: number; endedAt: number | null } {
  return {
    ...sessionSummary(session),
    startedAt: session.startedAt,
    endedAt: session.endedAt,
    waitingLabel: waitingLabel(services, session),
  };
}

function waitingLabel(services: Services, session: Session): string | null {
  if (!session.waitingNode) return null;
  try {
    const { graph } = services.flows.get(session.workspaceId, session.flowId, session.flowVersion);
    return graph.nodes.find((node) => node.id === session.waitingNode)?.label ?? null;
  } catch {
    return null;
  }
}
