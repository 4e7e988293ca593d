import type { ValidationContext } from './context.ts';

/** An answer check whose minimum exceeds its maximum would reject every answer. */
export function checkReplyBounds(ctx: ValidationContext): void {
  for (const node of ctx.graph.nodes) {
    if (node.type !== 'waitForReply') continue;
    const { validation } = node.data;
    const bounds =
      validation.kind === 'text'
        ? { min: validation.minLength, max: validation.maxLength, path: 'validation.minLength', unit: ' characters' }
        : validation.kind === 'number'
          ? { min: validation.min, max: validation.max, path: 'validation.min', unit: '' }
          : undefined;
    if (!bounds || bounds.min === undefined || bounds.max === undefined || bounds.min <= bounds.max) continue;
    ctx.report(
      'waitForReply.invalidBounds',
      `The answer must be at least ${bounds.min}${bounds.unit} and at most ${bounds.max}${bounds.unit}: no answer can pass.`,
      { nodeId: node.id, path: bounds.path, hint: 'Swap the minimum and the maximum.' },
    );
  }
}
