import type { ValidationContext } from './context.ts';

/** Template rules Salesbot or WhatsApp impose: no authentication templates, carousels and copy codes are marketing. */
export function checkTemplatePolicy(ctx: ValidationContext): void {
  for (const node of ctx.graph.nodes) {
    if (node.type !== 'template' && node.type !== 'carousel' && node.type !== 'whatsappFlow') continue;
    const where = (path: string) => ({ nodeId: node.id, path });
    const category =
      node.type === 'template' || node.type === 'carousel'
        ? { value: node.data.category, path: 'category' }
        : node.type === 'whatsappFlow' && node.data.template
          ? { value: node.data.template.category, path: 'template.category' }
          : undefined;
    if (category?.value === 'authentication') {
      ctx.report('policy.authenticationTemplate', 'Salesbot cannot send authentication (one-time code) templates.', {
        ...where(category.path),
        hint: 'Send codes from your own login system; use a utility or marketing template here.',
      });
    }
    if (node.type === 'carousel' && node.data.category !== 'marketing') {
      ctx.report(
        'policy.carouselNotMarketing',
        `A carousel must be a marketing template; this one is ${node.data.category}.`,
        { ...where('category'), hint: 'Set the category to marketing (and have the template approved as such).' },
      );
    }
    if (node.type === 'template' && node.data.category !== 'marketing') {
      node.data.buttons.forEach((button, i) => {
        if (button.type !== 'copyCode') return;
        ctx.report('template.copyCodeNotMarketing', 'Copy-code buttons are only allowed in marketing templates.', {
          ...where(`buttons.${i}`),
        });
      });
    }
  }
}
