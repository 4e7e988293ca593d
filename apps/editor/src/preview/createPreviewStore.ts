import { type CompiledFlow, compileGraph } from '@salesbot/engine';
import type { Graph } from '@salesbot/graph';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { createPreviewRun, type PreviewRun } from './createPreviewRun.ts';
import type { PreviewAction, PreviewSetup, PreviewView, SendEffect } from './previewTypes.ts';

/** The preview pane's state: the setup, the actions done so far, a snapshot of the view after each. */
export interface PreviewState {
  /** The graph the run plays (compiled when the run started or restarted). */
  graph: Graph;
  /** Errors that keep the draft from compiling; the run cannot start until they are fixed. */
  problems: string[] | null;
  setup: PreviewSetup;
  /** The actions that worked, in order: replaying them rebuilds the run. */
  actions: readonly PreviewAction[];
  /** Per action, the messages the bot sent after it (a recorded script's `bot` steps). */
  sends: readonly (readonly SendEffect[])[];
  /** `views[i]` is the view after `i` actions: step-back returns to the previous one at once. */
  views: readonly PreviewView[];
  view: PreviewView;
  /** Why the last action could not be done. */
  error: string | null;
  /** The editor's draft changed since the run was compiled. */
  stale: boolean;
  /** Performs an action; false (and `error` set) when it cannot be done. */
  act(action: PreviewAction): boolean;
  /** Jumps to the next timer, firing it (and any due at the same time). */
  nextTimer(): boolean;
  /** The live clock's tick: moves the clock by `ms`, continuing the previous live tick as one action. */
  tick(ms: number): void;
  /** Undoes the last action. */
  stepBack(): void;
  /** Starts over, with a new setup if given, on the latest draft. */
  restart(setup?: Partial<PreviewSetup>): void;
  /** Tells the preview about the editor's current draft. An idle run takes it at once; a running one is marked stale. */
  setDraft(graph: Graph): void;
  /** Replays the actions on the latest draft; stops at the first one the new draft cannot take. */
  replayOnDraft(): void;
  /** Starts over with `setup` on the latest draft and plays `actions` (a stored script); stops like a replay. */
  load(setup: PreviewSetup, actions: readonly PreviewAction[]): void;
  /** Clears `error`. */
  dismissError(): void;
}

export type PreviewStore = StoreApi<PreviewState>;

/** The default contact: the one conversation scripts use. */
export const DEFAULT_CONTACT: PreviewSetup['contact'] = {
  waId: '15551234567',
  name: 'Ana López',
  fields: {},
  tags: [],
  optIn: 'optedIn',
  marketingOptOut: false,
};

/** A preview of `graph`: one store per open flow. `setup.start` defaults to the current minute. */
export function createPreviewStore(graph: Graph, setup: Partial<PreviewSetup> = {}): PreviewStore {
  let draft = graph;
  let compiled: CompiledFlow | null = null;
  let run: PreviewRun | null = null;

  function compile(source: Graph): string[] | null {
    const result = compileGraph(source);
    if (result.ok) {
      compiled = result;
      return null;
    }
    compiled = null;
    return result.diagnostics
      .filter((diagnostic) => diagnostic.severity === 'error')
      .map((diagnostic) => diagnostic.message);
  }

  /** A fresh run of `actions` (those that still work): the state fields to set. */
  function replay(source: Graph, runSetup: PreviewSetup, actions: readonly PreviewAction[]): Partial<PreviewState> {
    const problems = compile(source);
    run = compiled ? createPreviewRun(compiled, runSetup) : null;
    const initial = run ? run.view() : emptyView(runSetup);
    const done: PreviewAction[] = [];
    const sends: SendEffect[][] = [];
    const views: PreviewView[] = [initial];
    let error: string | null = null;
    for (const action of run ? actions : []) {
      const outcome = run?.apply(action);
      if (!outcome?.ok) {
        error = `Replay stopped at action ${done.length + 1}: ${outcome?.error ?? 'the flow does not run'}`;
        break;
      }
      done.push(action);
      sends.push(outcome.sends);
      views.push((run as PreviewRun).view());
    }
    return {
      graph: source,
      problems,
      setup: runSetup,
      actions: done,
      sends,
      views,
      view: views[views.length - 1] as PreviewView,
      error,
      stale: false,
    };
  }

  const initialSetup: PreviewSetup = {
    start: setup.start ?? Math.floor(Date.now() / 60_000) * 60_000,
    contact: setup.contact ?? DEFAULT_CONTACT,
    businessVerified: setup.businessVerified ?? true,
  };

  return createStore<PreviewState>()((set, get) => ({
    ...(replay(graph, initialSetup, []) as Omit<PreviewState, 'act'>),
    act(action) {
      if (!run) {
        set({ error: 'The flow has errors: fix them to run the preview' });
        return false;
      }
      const outcome = run.apply(action);
      if (!outcome.ok) {
        set({ error: outcome.error });
        return false;
      }
      const view = run.view();
      const state = get();
      set({
        actions: [...state.actions, action],
        sends: [...state.sends, outcome.sends],
        views: [...state.views, view],
        view,
        error: null,
      });
      return true;
    },
    nextTimer() {
      const at = run?.nextTimerAt();
      if (at === null || at === undefined) {
        set({ error: 'No timer is set' });
        return false;
      }
      return get().act({ type: 'advance', ms: Math.max(0, at - get().view.now) });
    },
    tick(ms) {
      const state = get();
      const last = state.actions.at(-1);
      if (!run || last?.type !== 'advance' || !last.live) {
        state.act({ type: 'advance', ms, live: true });
        return;
      }
      const outcome = run.apply({ type: 'advance', ms, live: true }, true);
      if (!outcome.ok) return;
      const view = run.view();
      const at = state.actions.length - 1;
      set({
        actions: [...state.actions.slice(0, at), { ...last, ms: last.ms + ms }],
        sends: [...state.sends.slice(0, at), [...(state.sends[at] ?? []), ...outcome.sends]],
        views: [...state.views.slice(0, -1), view],
        view,
      });
    },
    stepBack() {
      const state = get();
      if (state.actions.length === 0) return;
      const actions = state.actions.slice(0, -1);
      const views = state.views.slice(0, -1);
      // The engine's simulation keeps its own counters: rebuild it from the remaining actions; the view is the
      // snapshot kept for that point.
      const rebuilt = replay(state.graph, state.setup, actions);
      set({ ...rebuilt, views, view: views[views.length - 1] as PreviewView });
    },
    restart(update) {
      const state = get();
      set(replay(draft, { ...state.setup, ...update }, []));
    },
    setDraft(next) {
      draft = next;
      const state = get();
      if (next === state.graph) return;
      if (state.actions.length === 0) set(replay(next, state.setup, []));
      else set({ stale: true });
    },
    replayOnDraft() {
      const state = get();
      set(replay(draft, state.setup, state.actions));
    },
    load(setup, actions) {
      set(replay(draft, setup, actions));
    },
    dismissError() {
      set({ error: null });
    },
  }));
}

function emptyView(setup: PreviewSetup): PreviewView {
  return {
    now: setup.start,
    transcript: [],
    status: 'idle',
    nodeId: null,
    ended: null,
    path: { nodeIds: [], edgeIds: [] },
    facts: { lastCustomerMessageAt: null, entryPoint: null },
    contact: setup.contact,
    variables: {},
    lastReply: null,
    timers: [],
    webhook: null,
    totals: { free: 0, utility: 0, marketing: 0 },
  };
}
