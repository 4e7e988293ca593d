import { compileGraph } from '../compileGraph.ts';
import type { CompiledFlow, ContactState } from '../types.ts';
import { checkBotMessages } from './checkBotMessages.ts';
import { checkExpectation } from './checkExpectation.ts';
import { createSimulation, type Simulation } from './createSimulation.ts';
import { parseDuration } from './parseDuration.ts';
import type {
  ConversationResult,
  ConversationScript,
  ScriptConversation,
  ScriptFailure,
  ScriptResult,
  ScriptStep,
} from './scriptTypes.ts';

export interface RunScriptOptions {
  /** The graph document a script's `flow` names (a path relative to the script; the caller resolves it). */
  loadGraph: (flow: string) => unknown;
}

/**
 * Plays every conversation of a script through the engine with a simulated clock and reports, per conversation,
 * the first difference from the script. Pure: the graph comes from `loadGraph`.
 */
export function runScript(script: ConversationScript | string, options: RunScriptOptions): ScriptResult {
  const parsed = (typeof script === 'string' ? JSON.parse(script) : script) as ConversationScript;
  let compiled: CompiledFlow | ScriptFailure;
  try {
    const result = compileGraph(options.loadGraph(parsed.flow));
    compiled = result.ok
      ? result
      : {
          step: -1,
          stepKind: 'flow',
          message: `the flow does not compile: ${result.diagnostics
            .filter((diagnostic) => diagnostic.severity === 'error')
            .map((diagnostic) => `${diagnostic.code} ${diagnostic.message}`)
            .join('; ')}`,
        };
  } catch (error) {
    compiled = { step: -1, stepKind: 'flow', message: `the flow could not be loaded: ${String(error)}` };
  }
  const conversations = (parsed.conversations ?? []).map((conversation): ConversationResult => {
    const failure = 'machine' in compiled ? playConversation(compiled, conversation) : compiled;
    return { name: conversation.name, ok: failure === null, ...(failure ? { failure } : {}) };
  });
  // A script with no conversation checks nothing: it fails (its report says `no conversations`).
  const ok = conversations.length > 0 && conversations.every((conversation) => conversation.ok);
  return { flow: parsed.flow, ok, conversations };
}

/** Plays one conversation; null when everything went as the script says. */
export function playConversation(flow: CompiledFlow, conversation: ScriptConversation): ScriptFailure | null {
  const now = Date.parse(conversation.start);
  if (Number.isNaN(now)) return { step: -1, stepKind: 'start', message: `"${conversation.start}" is not an ISO time` };
  const simulation = createSimulation(flow, {
    now,
    contact: scriptContact(conversation.contact),
    channel: { businessVerified: conversation.channel?.businessVerified ?? true },
  });
  const steps = conversation.steps ?? [];
  for (const [index, step] of steps.entries()) {
    const kind = Object.keys(step)[0] ?? 'empty';
    const fail = (message: string, extra: Partial<ScriptFailure> = {}): ScriptFailure => ({
      step: index,
      stepKind: kind,
      message,
      ...extra,
    });
    try {
      if ('bot' in step) {
        const failure = checkBotMessages(step.bot, simulation.takeSent());
        if (failure) return fail(failure.message, failure);
        continue;
      }
      const unlisted = simulation.takeSent();
      if (unlisted.length > 0) {
        return fail(`the bot sent ${unlisted.length} message(s) the script does not list before this step`, {
          actual: unlisted.map((effect) => effect.message),
        });
      }
      if ('expect' in step) {
        const failure = checkExpectation(step.expect, simulation.state);
        if (failure) return fail(failure.message, failure);
        continue;
      }
      const problem = perform(simulation, step);
      if (problem) return fail(problem);
    } catch (error) {
      return fail(`the engine threw: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const unlisted = simulation.takeSent();
  if (unlisted.length > 0) {
    return {
      step: steps.length,
      stepKind: 'end',
      message: `the bot sent ${unlisted.length} message(s) after the last step that the script does not list`,
      actual: unlisted.map((effect) => effect.message),
    };
  }
  return null;
}

/** Performs an action step; a sentence when the script asks for something impossible. */
function perform(simulation: Simulation, step: ScriptStep): string | null {
  if ('customer' in step) {
    const result = simulation.customer(step.customer);
    return typeof result === 'string' ? result : null;
  }
  if ('advance' in step) {
    const ms = parseDuration(step.advance);
    if (ms === null) return `"${step.advance}" is not a duration (use s, m, h, d: "25h", "1d2h")`;
    simulation.advance(ms);
    return null;
  }
  if ('webhook' in step) {
    const result = simulation.webhook(step.webhook);
    return typeof result === 'string' ? result : null;
  }
  if ('start' in step) {
    const result = simulation.start(step.start.trigger, step.start.variables);
    return typeof result === 'string' ? result : null;
  }
  if ('stage' in step) {
    simulation.stage(step.stage.pipeline, step.stage.stage);
    return null;
  }
  return `unknown step: ${JSON.stringify(step)}`;
}

/** The script's contact with the documented defaults. */
function scriptContact(contact: ScriptConversation['contact']): ContactState {
  return {
    waId: contact?.waId ?? '15551234567',
    name: contact?.name ?? 'Ana López',
    fields: contact?.fields ?? {},
    tags: contact?.tags ?? [],
    optIn: contact?.optIn ?? 'optedIn',
    marketingOptOut: contact?.marketingOptOut ?? false,
    ...(contact?.stage ? { stage: contact.stage } : {}),
  };
}
