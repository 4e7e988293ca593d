import type { GraphNode } from '../graph.ts';
import { LIMITS, type LimitName } from '../limits.ts';
import type { ValidationContext } from './context.ts';
import { FIELD_LIMITS, type FieldLimit, OWN_LIMITS } from './fieldLimits.ts';
import { resolvePattern } from './paths.ts';
import { charCount, plural, quote } from './text.ts';

/** Every limit of `FIELD_LIMITS`, plus the per-type button counts of templates. */
export function checkLimits(ctx: ValidationContext): void {
  for (const node of ctx.graph.nodes) {
    for (const limit of FIELD_LIMITS) {
      if (limit.nodeType === node.type) checkFieldLimit(ctx, node, limit);
    }
    if (node.type === 'template') checkTemplateButtonKinds(ctx, node);
  }
}

function checkFieldLimit(ctx: ValidationContext, node: GraphNode, limit: FieldLimit): void {
  const matches = resolvePattern(node.data, limit.path);
  const max = limit.max === undefined ? undefined : LIMITS[limit.max];
  const who = limit.max && OWN_LIMITS.has(limit.max) ? 'Salesbot' : 'WhatsApp';
  const where = (path: string) => ({ nodeId: node.id, path });

  if (limit.kind === 'length') {
    for (const { path, value } of matches) {
      // UTF-16 length ≥ code points: only a text longer than the limit in units needs counting.
      if (typeof value !== 'string' || max === undefined || value.length <= max) continue;
      const length = charCount(value);
      if (length <= max) continue;
      const shown = length <= 60 ? ` ${quote(value, 60)}` : '';
      ctx.report('limit.tooLong', `${limit.label}${shown} is ${fmt(length)} characters; ${who} allows ${fmt(max)}.`, {
        ...where(path),
        hint: `Shorten it by ${plural(length - max, 'character')}.`,
      });
    }
    return;
  }

  if (limit.kind === 'value') {
    for (const { path, value } of matches) {
      if (typeof value === 'number' && max !== undefined && value > max) {
        ctx.report(
          'limit.tooLarge',
          `${limit.label} is ${fmt(value)}; ${who} allows at most ${fmt(max)}.`,
          where(path),
        );
      }
    }
    return;
  }

  const arrays = matches.filter((match) => Array.isArray(match.value));
  const min = typeof limit.min === 'string' ? LIMITS[limit.min as LimitName] : limit.min;
  const counts = limit.total
    ? arrays.length === 0
      ? []
      : [{ path: limit.path.slice(0, limit.path.indexOf('.*')), count: sum(arrays.map((a) => length(a.value))) }]
    : arrays.map((match) => ({ path: match.path, count: length(match.value) }));
  const scope = limit.total ? ' in total' : '';
  for (const { path, count } of counts) {
    if (max !== undefined && count > max) {
      ctx.report(
        'limit.tooMany',
        `There are ${fmt(count)} ${limit.label}${scope}; ${who} allows at most ${fmt(max)}.`,
        {
          ...where(path),
          hint: `Remove ${count - max}.`,
        },
      );
    } else if (min !== undefined && count < min) {
      ctx.report(
        'limit.tooFew',
        `There are ${fmt(count)} ${limit.label}${scope}; at least ${fmt(min)} ${min === 1 ? 'is' : 'are'} needed.`,
        {
          ...where(path),
          hint: `Add ${min - count}.`,
        },
      );
    }
  }
}

const BUTTON_KIND_LIMITS = {
  url: { max: 'templateUrlButtonsMax', label: 'URL buttons' },
  phone: { max: 'templatePhoneButtonsMax', label: 'phone buttons' },
  copyCode: { max: 'templateCopyCodeButtonsMax', label: 'copy-code buttons' },
} as const;

function checkTemplateButtonKinds(ctx: ValidationContext, node: Extract<GraphNode, { type: 'template' }>): void {
  for (const [type, { max, label }] of Object.entries(BUTTON_KIND_LIMITS)) {
    const count = node.data.buttons.filter((button) => button.type === type).length;
    if (count > LIMITS[max]) {
      ctx.report('limit.tooMany', `There are ${count} ${label}; WhatsApp allows at most ${LIMITS[max]}.`, {
        nodeId: node.id,
        path: 'buttons',
        hint: `Remove ${count - LIMITS[max]}.`,
      });
    }
  }
}

function length(value: unknown): number {
  return Array.isArray(value) ? value.length : 0;
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

function fmt(value: number): string {
  return value.toLocaleString('en-US');
}
