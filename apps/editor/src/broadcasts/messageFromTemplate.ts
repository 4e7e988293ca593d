import type { TemplateParam } from '@salesbot/graph';
import type { WorkspaceTemplate } from '../api/apiTypes.ts';
import { templateToCarouselData, templateToStepData } from '../templates/templateToStepData.ts';
import type { BroadcastMessageStep } from './broadcastTypes.ts';

/**
 * The step a broadcast sends for a registry template, its parameters prefilled where the text suggests a contact
 * field (`{{first_name}}`, `{{name}}`) and left empty otherwise: custom and Flow templates as a template step,
 * carousels as a carousel step.
 */
export function messageFromTemplate(template: WorkspaceTemplate): BroadcastMessageStep {
  if (template.kind === 'carousel') {
    const data = templateToCarouselData(template);
    return {
      type: 'carousel',
      data: {
        ...data,
        bodyParams: data.bodyParams.map(guess),
        cards: data.cards.map((card) => ({ ...card, bodyParams: card.bodyParams.map(guess) })),
      } as unknown as BroadcastMessageStep['data'],
    };
  }
  const data = templateToStepData(template);
  return {
    type: 'template',
    data: {
      ...data,
      bodyParams: data.bodyParams.map(guess),
      ...(data.header?.format === 'text' ? { header: { ...data.header, params: data.header.params.map(guess) } } : {}),
    } as unknown as BroadcastMessageStep['data'],
  };
}

const GUESSES: Record<string, string> = {
  name: '{{contact.name}}',
  first_name: '{{contact.first_name}}',
  firstname: '{{contact.first_name}}',
  customer_name: '{{contact.first_name}}',
};

function guess(param: TemplateParam, index: number): TemplateParam {
  if (param.value) return param;
  const named = param.name ? GUESSES[param.name.toLowerCase()] : undefined;
  // A first positional parameter is most often the greeting's name.
  return { ...param, value: named ?? (index === 0 && !param.name ? '{{contact.first_name}}' : '') };
}
