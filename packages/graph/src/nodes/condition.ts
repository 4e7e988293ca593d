import { z } from 'zod';
import { idSchema, type NodeOutput, textSchema } from '../common.ts';

export const conditionSubjectSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('variable'), name: z.string() }),
  z.object({ kind: z.literal('contactField'), name: z.string() }),
  /** The contact's tags: `contains` / `notContains` a tag. */
  z.object({ kind: z.literal('tags') }),
  /** The text of the customer's last message. */
  z.object({ kind: z.literal('lastReply') }),
  /** The lead's current pipeline stage. */
  z.object({ kind: z.literal('stage') }),
]);
export type ConditionSubject = z.infer<typeof conditionSubjectSchema>;

export const conditionOperators = [
  'equals',
  'notEquals',
  'contains',
  'notContains',
  'startsWith',
  'endsWith',
  'matches',
  'greaterThan',
  'lessThan',
  'isSet',
  'isNotSet',
] as const;
export type ConditionOperator = (typeof conditionOperators)[number];

export const conditionRuleSchema = z.object({
  subject: conditionSubjectSchema,
  operator: z.enum(conditionOperators),
  /** Compared text (may hold placeholders); ignored by `isSet` / `isNotSet`. */
  value: textSchema.optional(),
});
export type ConditionRule = z.infer<typeof conditionRuleSchema>;

export const conditionBranchSchema = z.object({
  id: idSchema,
  label: z.string(),
  match: z.enum(['all', 'any']).default('all'),
  rules: z.array(conditionRuleSchema),
});
export type ConditionBranch = z.infer<typeof conditionBranchSchema>;

/** Ordered branches: the first whose rules hold is taken, else `else`. */
export const conditionDataSchema = z.object({
  branches: z.array(conditionBranchSchema),
});
export type ConditionData = z.infer<typeof conditionDataSchema>;

export function conditionOutputs(data: ConditionData): NodeOutput[] {
  return [
    ...data.branches.map(
      (branch): NodeOutput => ({ id: branch.id, label: branch.label, kind: 'branch', required: true }),
    ),
    { id: 'else', label: 'Else', kind: 'else', required: false },
  ];
}
