import type { GraphNode } from '../graph.ts';
import { LIMITS, type LimitName } from '../limits.ts';
import type { ValidationContext } from './context.ts';
import { FIELD_LIMITS, type FieldLimit, OWN_LIMITS } from './fieldLimits.ts';
import { groupByType } from './groupByType.ts';
import { resolvePattern } from './paths.ts';
import { charCount, plural, quote } from './text.ts';

/** Every limit of `FIELD_LIMITS`, plus the per-type button counts of templates. */
export function checkLimits(ctx: ValidationContext): void {
  for (const node of ctx.graph.nodes) {
    for (const limit of LIMITS_BY_TYPE.get(node.type) ?? []) checkFieldLimit(ctx, node, limit);
    if (node.type === 'template') checkTemplateButtonKinds(ctx, node);
  }
}

/** `FIELD_LIMITS` by step type, in table order: a node looks only at its own. */
const LIMITS_BY_TYPE = groupByType(FIELD_LIMITS);

function checkFieldLimit(ctx: ValidationContext, node: GraphNode, limit: FieldLimit): void {
  const matches = resolvePattern(node.data, limit.path);
  const max = limit.max === undefined ? undefined : LIMITS[limit.max];
  const who = limit.max && OWN_LIMITS.has(limit.max) ? 'Salesbot' : 'WhatsApp';
  const nodeId = node.id;

  if (limit.kind === 'length') {
    for (const { path, value } of matches) {
      // UTF-16 length ≥ code points: only a text longer than the limit in units needs counting.
      if (typeof value !== 'string' || max === undefined || value.length <= max) continue;
      const length = charCount(value);
      if (length <= max) continue;
      const shown = length <= 60 ? ` ${quote(value, 60)}` : '';
      ctx.report('limit.tooLong', `${limit.label}${shown} is ${fmt(length)} characters; ${who} allows ${fmt(max)}.`, {
        nodeId,
        path,
        hint: `Shorten it by ${plural(length - max, 'character')}.`,
      });
    }
    return;
  }

  if (limit.kind === 'value') {
    for (const { path, value } of matches) {
      if (typeof value === 'number' && max !== undefined && value > max) {
        ctx.report('limit.tooLarge', `${limit.label} is ${fmt(value)}; ${who} allows at most ${fmt(max)}.`, {
          nodeId,
          path,
        });
      }
    }
    return;
  }

  const min = typeof limit.min === 'string' ? LIMITS[limit.min as LimitName] : limit.min;
  const counts: { path: string; count: number }[] = [];
  let total = 0;
  let arrays = 0;
  for (const match of matches) {
    if (!Array.isArray(match.value)) continue;
    arrays++;
    total += match.value.length;
    if (!limit.total) counts.push({ path: match.path, count: match.value.length });
  }
  if (limit.total && arrays > 0) counts.push({ path: limit.path.slice(0, limit.path.indexOf('.*')), count: total });
  const scope = limit.total ? ' in total' : '';
  for (const { path, count } of counts) {
    if (max !== undefined && count > max) {
      ctx.report(
        'limit.tooMany',
        `There are ${fmt(count)} ${limit.label}${scope}; ${who} allows at most ${fmt(max)}.`,
        { nodeId, path, hint: `Remove ${count - max}.` },
      );
    } else if (min !== undefined && count < min) {
      ctx.report(
        'limit.tooFew',
        `There are ${fmt(count)} ${limit.label}${scope}; at least ${fmt(min)} ${min === 1 ? 'is' : 'are'} needed.`,
        { nodeId, path, hint: `Add ${min - count}.` },
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

function fmt(value: number): string {
  return value.toLocaleString('en-US');
}
