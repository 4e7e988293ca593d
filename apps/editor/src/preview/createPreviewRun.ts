import { type CompiledFlow, createSimulation, type StepResult } from '@salesbot/engine';
import type { Trigger } from '@salesbot/graph';
import { formatDuration, getWindowState } from '@salesbot/policy';
import { describeTrigger } from '../nodes/describeTrigger.ts';
import { describeTimer } from './describeTimer.ts';
import { entriesOfStep } from './entriesOfStep.ts';
import type { PreviewAction, PreviewSetup, PreviewView, SendEffect, TranscriptEntry } from './previewTypes.ts';
import { windowNotices } from './windowNotices.ts';

/** The result of one action: the messages the bot sent, or why the action could not be done. */
export type ActionOutcome = { ok: true; sends: SendEffect[] } | { ok: false; error: string };

/** The session id the preview runs under: the same as conversation scripts, so flow tokens and ids match. */
export const PREVIEW_SESSION_ID = 'script';

/**
 * A conversation in the browser: the engine's script simulation (the same clock, timers and trigger matching as
 * `npx salesbot test`) plus what the chat draws — the transcript, the path taken, prices. Not undoable itself:
 * the preview store replays a run's actions to step back.
 */
export function createPreviewRun(flow: CompiledFlow, setup: PreviewSetup) {
  const simulation = createSimulation(flow, {
    now: setup.start,
    contact: setup.contact,
    channel: { businessVerified: setup.businessVerified },
    sessionId: PREVIEW_SESSION_ID,
  });
  const { state } = simulation;
  const transcript: TranscriptEntry[] = [];
  let nodeIds: string[] = [];
  let edgeIds: string[] = [];
  let entryCount = 0;
  let actionCount = 0;
  const nextId = () => `m${++entryCount}`;

  /** Adds a step's entries and path; a new session starts a new path. */
  function record(result: StepResult | null, action: number, startsSession: boolean): TranscriptEntry[] {
    if (!result) return [];
    if (startsSession) {
      nodeIds = [];
      edgeIds = [];
    }
    const { entries, path } = entriesOfStep(flow.graph, result, { action, nextId, handoff: state.handoff });
    for (const id of path.nodeIds) if (!nodeIds.includes(id)) nodeIds = [...nodeIds, id];
    for (const id of path.edgeIds) if (!edgeIds.includes(id)) edgeIds = [...edgeIds, id];
    return entries;
  }

  function notice(
    action: number,
    at: number,
    code: Extract<TranscriptEntry, { kind: 'notice' }>['code'],
    text: string,
    extra: { tone?: 'info' | 'warning' | 'danger'; detail?: string; nodeId?: string } = {},
  ): TranscriptEntry {
    return { kind: 'notice', id: nextId(), at, code, tone: extra.tone ?? 'info', text, action, ...extra };
  }

  function perform(action: PreviewAction, index: number): TranscriptEntry[] | string {
    const waiting = state.session?.status === 'waiting';
    switch (action.type) {
      case 'customer': {
        const at = state.now;
        const result = simulation.customer(action.input);
        if (typeof result === 'string') return result;
        const said: TranscriptEntry = {
          kind: 'customer',
          id: nextId(),
          at,
          input: action.input,
          ...(action.title !== undefined ? { title: action.title } : {}),
          heard: result !== null,
          action: index,
        };
        if (!result) {
          const text = waiting
            ? 'The session ignored this message'
            : 'No trigger of this flow matches this message: the bot stays silent';
          return [said, notice(index, at, 'noTrigger', text, { tone: 'warning' })];
        }
        const started = !waiting ? [startNotice(result, index, at, ['inboundMessage', 'broadcastReply'])] : [];
        return [said, ...started, ...record(result, index, !waiting)];
      }
      case 'start': {
        const at = state.now;
        const result = simulation.start(action.triggerId, action.variables);
        if (typeof result === 'string') return result;
        const trigger = flow.graph.triggers.find((candidate) => candidate.id === action.triggerId);
        return [notice(index, at, 'started', startedText(trigger)), ...record(result, index, true)];
      }
      case 'stage': {
        const at = state.now;
        const result = simulation.stage(action.pipeline, action.stage);
        const moved = notice(index, at, 'edit', `Lead moved to ${action.pipeline} › ${action.stage}`);
        if (!result) return [moved];
        return [
          moved,
          ...(!waiting ? [startNotice(result, index, at, ['stageChanged'])] : []),
          ...record(result, index, !waiting),
        ];
      }
      case 'webhook': {
        const result = simulation.webhook(action.answer);
        if (typeof result === 'string') return result;
        return record(result, index, false);
      }
      case 'advance':
        return advance(action.ms, index, action.live ?? false);
      case 'setVariable': {
        const session = state.session;
        if (!session) return 'Start the bot first: variables belong to a running session';
        const machine = session.machine as { context: { variables: Record<string, string> } };
        state.session = {
          ...session,
          machine: {
            ...machine,
            context: { ...machine.context, variables: { ...machine.context.variables, [action.name]: action.value } },
          },
        };
        return [notice(index, state.now, 'edit', `You set {{${action.name}}} to “${action.value}”`)];
      }
      case 'setContact':
        state.contact = action.contact;
        return [notice(index, state.now, 'edit', 'You edited the contact')];
    }
  }

  function advance(ms: number, index: number, live: boolean): TranscriptEntry[] {
    const from = state.now;
    const timers = new Map([...state.timers].map(([id, timer]) => [id, timer.at]));
    const factsBefore = state.facts;
    const results = simulation.advance(ms);
    const entries: TranscriptEntry[] = live
      ? []
      : [notice(index, from, 'clock', `Clock moved ${formatDuration(ms)} ahead`)];
    for (const result of results) {
      const fired = result.trace.find((entry) => entry.kind === 'event' && entry.event === 'timer');
      const timerId = fired?.kind === 'event' ? fired.detail : undefined;
      if (timerId && timers.has(timerId)) {
        const timer = describeTimer(flow.graph, timerId);
        entries.push(
          notice(index, timers.get(timerId) ?? state.now, 'timer', `Timer: ${timer.text}`, { nodeId: timer.nodeId }),
        );
      }
      entries.push(...record(result, index, false));
    }
    const closings = windowNotices(factsBefore, state.facts, from, state.now).map((closing) =>
      notice(index, closing.at, closing.code, closing.text, { tone: 'warning', detail: closing.detail }),
    );
    // A window closing at T comes before what happened at T: windows are half-open.
    for (const closing of closings) {
      const position = entries.findIndex((entry, i) => (live || i > 0) && entry.at >= closing.at);
      entries.splice(position === -1 ? entries.length : position, 0, closing);
    }
    return entries;
  }

  /** "Bot started: Keyword: book, appointment": the trigger of `types` whose step the session entered first. */
  function startNotice(
    result: StepResult,
    index: number,
    at: number,
    types: readonly Trigger['type'][],
  ): TranscriptEntry {
    const entered = result.trace.find((entry) => entry.kind === 'enter');
    const candidates = flow.graph.triggers.filter(
      (candidate) => types.includes(candidate.type) && entered?.kind === 'enter' && candidate.nodeId === entered.nodeId,
    );
    const trigger = candidates.length === 1 ? candidates[0] : undefined;
    return notice(index, at, 'started', startedText(trigger));
  }

  return {
    /**
     * Performs one action; on success its entries join the transcript. `merge`: it continues the previous action
     * (another second of the live clock), so its entries belong to that one.
     */
    apply(action: PreviewAction, merge = false): ActionOutcome {
      const index = merge ? actionCount - 1 : actionCount;
      const entries = perform(action, index);
      if (typeof entries === 'string') return { ok: false, error: entries };
      if (!merge) actionCount++;
      transcript.push(...entries);
      return {
        ok: true,
        sends: entries.flatMap((entry) => (entry.kind === 'bot' ? [entry.send] : [])),
      };
    },

    /** The run as the pane draws it (a fresh object each call; arrays are copies). */
    view(): PreviewView {
      const session = state.session;
      const context = (
        session?.machine as { context?: { variables?: Record<string, string>; lastReply?: string | null } }
      )?.context;
      const totals = { free: 0, utility: 0, marketing: 0 };
      for (const entry of transcript) if (entry.kind === 'bot') totals[entry.send.price]++;
      return {
        now: state.now,
        transcript: [...transcript],
        status: session ? session.status : 'idle',
        nodeId: session?.nodeId ?? null,
        ended: state.ended,
        path: { nodeIds, edgeIds },
        facts: state.facts,
        contact: state.contact,
        variables: { ...(context?.variables ?? {}) },
        lastReply: context?.lastReply ?? null,
        timers: [...state.timers]
          .sort(([, a], [, b]) => a.at - b.at || a.order - b.order)
          .map(([id, timer]) => {
            const { nodeId, purpose } = describeTimer(flow.graph, id);
            return { id, at: timer.at, nodeId, purpose };
          }),
        webhook: state.webhook,
        totals,
      };
    },

    /** When the next timer falls due, or null when none is set. */
    nextTimerAt(): number | null {
      let next: number | null = null;
      for (const timer of state.timers.values()) if (next === null || timer.at < next) next = timer.at;
      return next;
    },

    /** The window state right now (for the clock's countdowns). */
    windows: () => getWindowState(state.facts, state.now),
  };
}

export type PreviewRun = ReturnType<typeof createPreviewRun>;

/** "Bot started · Keyword: book", "Bot started by the API". */
function startedText(trigger: Trigger | undefined): string {
  if (!trigger) return 'Bot started';
  const title = describeTrigger(trigger).title;
  return title.startsWith('Started ')
    ? `Bot ${title.charAt(0).toLowerCase()}${title.slice(1)}`
    : `Bot started · ${title}`;
}
