import type { ValidationContext } from './context.ts';

/** The flow has a trigger, and each trigger starts at an existing step. */
export function checkTriggers(ctx: ValidationContext): void {
  if (ctx.graph.triggers.length === 0) {
    ctx.report('graph.noTrigger', 'This flow has no trigger, so it never starts.', {
      hint: 'Add a trigger: an incoming message, a stage change, the API or a reply to a broadcast.',
    });
  }
  for (const trigger of ctx.graph.triggers) {
    if (trigger.nodeId === null) {
      ctx.report('trigger.unconnected', 'A trigger is not connected to a first step.', {
        triggerId: trigger.id,
        path: 'nodeId',
        hint: 'Connect the trigger to the step the bot should start with.',
      });
    } else if (!ctx.nodes.has(trigger.nodeId)) {
      ctx.report('trigger.targetMissing', `A trigger starts at step “${trigger.nodeId}”, which does not exist.`, {
        triggerId: trigger.id,
        path: 'nodeId',
        hint: 'Connect the trigger to an existing step.',
      });
    }
  }
}
