import { parseDuration, type ScriptStep } from '@salesbot/engine';
import type { PreviewAction } from './previewTypes.ts';

/**
 * The preview action a conversation-script step stands for; null for `bot` and `expect` (they check, they do not
 * act); a sentence when the step cannot be played.
 */
export function actionOfStep(step: ScriptStep): PreviewAction | null | string {
  if ('customer' in step) return { type: 'customer', input: step.customer };
  if ('advance' in step) {
    const ms = parseDuration(step.advance);
    return ms === null ? `"${step.advance}" is not a duration` : { type: 'advance', ms };
  }
  if ('webhook' in step) return { type: 'webhook', answer: step.webhook };
  if ('start' in step) {
    return {
      type: 'start',
      triggerId: step.start.trigger,
      ...(step.start.variables ? { variables: step.start.variables } : {}),
    };
  }
  if ('stage' in step) return { type: 'stage', pipeline: step.stage.pipeline, stage: step.stage.stage };
  return null;
}
