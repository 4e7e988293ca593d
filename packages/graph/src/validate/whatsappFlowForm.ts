import type { ValidationContext } from './context.ts';

/** A WhatsApp Flow's screens and fields have unique names, its answer mappings name real fields, its CTA no emoji. */
export function checkWhatsappFlowForms(ctx: ValidationContext): void {
  for (const node of ctx.graph.nodes) {
    if (node.type !== 'whatsappFlow') continue;
    const { data } = node;
    const screenIds = new Set<string>();
    const fieldNames = new Set<string>();
    data.screens.forEach((screen, s) => {
      if (screenIds.has(screen.id)) {
        ctx.report('whatsappFlow.duplicateName', `Two screens are called “${screen.id}”.`, {
          nodeId: node.id,
          path: `screens.${s}.id`,
        });
      }
      screenIds.add(screen.id);
      screen.fields.forEach((field, f) => {
        if (fieldNames.has(field.name)) {
          ctx.report('whatsappFlow.duplicateName', `Two form fields are called “${field.name}”.`, {
            nodeId: node.id,
            path: `screens.${s}.fields.${f}.name`,
            hint: 'Each field’s answer is stored under its name, so the names must differ.',
          });
        }
        fieldNames.add(field.name);
      });
    });
    data.answers.forEach((answer, i) => {
      if (fieldNames.has(answer.field)) return;
      ctx.report('whatsappFlow.unknownField', `The answer “${answer.field}” is not a field of this form.`, {
        nodeId: node.id,
        path: `answers.${i}.field`,
        hint: fieldNames.size ? `The form’s fields are: ${[...fieldNames].join(', ')}.` : 'The form has no fields.',
      });
    });
    if (/\p{Extended_Pictographic}/u.test(data.cta)) {
      ctx.report('whatsappFlow.ctaEmoji', 'WhatsApp does not allow emoji in a Flow’s button text.', {
        nodeId: node.id,
        path: 'cta',
      });
    }
  }
}
