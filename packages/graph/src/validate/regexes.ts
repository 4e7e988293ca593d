import type { ValidationContext, Where } from './context.ts';
import { quote } from './text.ts';

/** Regular expressions in triggers, answer checks and `matches` conditions compile. */
export function checkRegexes(ctx: ValidationContext): void {
  const check = (pattern: string, flags: string | undefined, where: Where) => {
    if (pattern.includes('{{')) return; // built from variables at run time
    try {
      new RegExp(pattern, flags);
    } catch (error) {
      const reason = error instanceof Error ? error.message.replace(/^Invalid regular expression: /, '') : '';
      ctx.report('regex.invalid', `The pattern ${quote(pattern)} is not a valid regular expression${suffix(reason)}.`, {
        ...where,
        hint: 'Check brackets and escapes, or use a keyword instead.',
      });
    }
  };
  for (const trigger of ctx.graph.triggers) {
    if (trigger.type === 'inboundMessage' && trigger.match.kind === 'regex') {
      check(trigger.match.pattern, trigger.match.flags, { triggerId: trigger.id, path: 'match.pattern' });
    }
  }
  for (const node of ctx.graph.nodes) {
    if (node.type === 'waitForReply' && node.data.validation.kind === 'regex') {
      const { pattern, flags } = node.data.validation;
      check(pattern, flags, { nodeId: node.id, path: 'validation.pattern' });
    }
    if (node.type === 'condition') {
      node.data.branches.forEach((branch, b) => {
        branch.rules.forEach((rule, r) => {
          if (rule.operator === 'matches' && rule.value !== undefined) {
            check(rule.value, undefined, { nodeId: node.id, path: `branches.${b}.rules.${r}.value` });
          }
        });
      });
    }
  }
}

function suffix(reason: string): string {
  return reason ? ` (${reason})` : '';
}
