import type { GraphNode } from '../graph.ts';
import type { TemplateInfo, ValidationContext } from './context.ts';

interface TemplateRef {
  name: string;
  language: string;
  category: string;
  /** Path of the reference's fields, e.g. `template.` for a WhatsApp Flow's fallback template. */
  prefix: string;
}

function templateRefs(node: GraphNode): TemplateRef[] {
  if (node.type === 'template' || node.type === 'carousel') return [{ ...node.data, prefix: '' }];
  if (node.type === 'whatsappFlow' && node.data.template) return [{ ...node.data.template, prefix: 'template.' }];
  return [];
}

/** With the account's templates known, each template a step sends exists in its language, is approved and agrees on the category. */
export function checkTemplateRegistry(ctx: ValidationContext): void {
  const registry = ctx.options.templates;
  if (!registry) return;
  // The first entry of each name and language, as a scan would find it; an account can have thousands.
  const byKey = new Map<string, TemplateInfo>();
  for (const template of registry) {
    const key = `${template.name}\u0000${template.language}`;
    if (!byKey.has(key)) byKey.set(key, template);
  }
  for (const node of ctx.graph.nodes) {
    for (const ref of templateRefs(node)) {
      const where = (field: string) => ({ nodeId: node.id, path: `${ref.prefix}${field}` });
      const found = byKey.get(`${ref.name}\u0000${ref.language}`);
      if (!found) {
        const other = registry.filter((t) => t.name === ref.name).map((t) => t.language);
        ctx.report(
          'template.unknown',
          `The template “${ref.name}” (${ref.language}) is not in your WhatsApp account.`,
          {
            ...where(other.length ? 'language' : 'name'),
            hint: other.length
              ? `It exists in: ${other.join(', ')}.`
              : 'Create it in WhatsApp Manager, or check the name and language.',
          },
        );
        continue;
      }
      if (found.status.toUpperCase() !== 'APPROVED') {
        ctx.report(
          'template.notApproved',
          `The template “${ref.name}” (${ref.language}) is ${found.status.toLowerCase()}, not approved; it cannot be sent.`,
          { ...where('name'), hint: 'Wait for Meta’s approval, or pick an approved template.' },
        );
      }
      checkCategory(ctx, node, ref, found);
    }
  }
}

function checkCategory(ctx: ValidationContext, node: GraphNode, ref: TemplateRef, found: TemplateInfo): void {
  const actual = found.category.toLowerCase();
  if (actual === ref.category) return;
  const path = `${ref.prefix}category`;
  if (actual === 'authentication') {
    ctx.report('policy.authenticationTemplate', `“${ref.name}” is an authentication template in your account.`, {
      nodeId: node.id,
      path,
      hint: 'Salesbot cannot send authentication templates; pick another.',
    });
    return;
  }
  ctx.report(
    'template.categoryMismatch',
    `The flow says “${ref.name}” is ${ref.category}, but your account has it as ${actual}.`,
    { nodeId: node.id, path, hint: `Set the category to ${actual}: it decides the price and where it may be sent.` },
  );
}
